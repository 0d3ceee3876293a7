use store::DatabaseConnection;
use store::audit::Entry;

both_backends! {
    async fn audit_entries_keep_their_time_to_the_microsecond(db: &DatabaseConnection) {
        let before = store::now();
        store::audit::record(db, Entry { actor: None, tenant: None, action: "test.action", subject: "x:1".into(), before: None, after: None }).await.unwrap();
        let log = store::audit::recent(db, None, 1).await.unwrap();
        assert_eq!(log[0].action, "test.action");
        assert!(log[0].at >= before);
        assert_eq!(log[0].at.timestamp_subsec_nanos() % 1000, 0, "stored at microsecond precision on both backends");
    }
}
