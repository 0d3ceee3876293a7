use store::DatabaseConnection;

both_backends! {
    async fn migrations_are_complete_and_idempotent(db: &DatabaseConnection) {
        assert_eq!(store::connect::pending_migrations(db).await.unwrap(), 0);
        store::migrate(db).await.expect("running the migrations again changes nothing");
        assert_eq!(store::connect::pending_migrations(db).await.unwrap(), 0);
    }
}

both_backends! {
    async fn the_listed_ideas_indexes_leave_out_merged_duplicates(db: &DatabaseConnection) {
        use sea_orm::{ConnectionTrait, Statement};
        let backend = db.get_database_backend();
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE indexname LIKE 'idx_ideas_%'",
            _ => "SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_ideas_%'",
        };
        let rows = db.query_all_raw(Statement::from_string(backend, sql)).await.unwrap();
        let defs: Vec<(String, String)> =
            rows.iter().map(|r| (r.try_get::<String>("", "name").unwrap(), r.try_get::<String>("", "def").unwrap().to_lowercase())).collect();
        for name in ["idx_ideas_listed", "idx_ideas_listed_newest", "idx_ideas_listed_supports", "idx_ideas_listed_comments"] {
            let (_, def) = defs.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name} exists: {defs:?}"));
            assert!(def.contains("merged_into_id is null"), "{name}: {def}");
        }
        assert!(defs.iter().any(|(n, _)| n == "idx_ideas_merged_into"));
    }
}
