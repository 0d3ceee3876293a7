use store::DatabaseConnection;

both_backends! {
    async fn outbox_hands_out_due_mail_until_sent(db: &DatabaseConnection) {
        let first = store::mail::enqueue(db, "a@example.org", "Hallo", "Text").await.unwrap();
        let second = store::mail::enqueue(db, "b@example.org", "Hallo", "Text").await.unwrap();
        let due = store::mail::due(db, store::now(), 10).await.unwrap();
        assert_eq!(due.iter().map(|m| m.id).collect::<Vec<_>>(), [first, second]);

        let later = store::now() + chrono::TimeDelta::minutes(5);
        store::mail::mark_failed(db, &due[0], "connection refused", later).await.unwrap();
        store::mail::mark_sent(db, second).await.unwrap();
        assert!(store::mail::due(db, store::now(), 10).await.unwrap().is_empty());
        assert_eq!(store::mail::pending_count(db).await.unwrap(), 1);

        let retry = store::mail::due(db, later, 10).await.unwrap();
        assert_eq!(retry.len(), 1);
        assert_eq!(retry[0].attempts, 1);
    }
}
