use store::DatabaseConnection;

both_backends! {
    async fn migrations_are_complete_and_idempotent(db: &DatabaseConnection) {
        assert_eq!(store::connect::pending_migrations(db).await.unwrap(), 0);
        store::migrate(db).await.expect("running the migrations again changes nothing");
        assert_eq!(store::connect::pending_migrations(db).await.unwrap(), 0);
    }
}
