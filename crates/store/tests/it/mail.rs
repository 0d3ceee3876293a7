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

both_backends! {
    async fn attachments_come_back_byte_for_byte_text_or_binary(db: &DatabaseConnection) {
        use store::mail::Attachment;
        let pdf: Vec<u8> = b"%PDF-1.7\n".iter().copied().chain((0..=255u8).cycle().take(3_000)).collect();
        let calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Werkstatt Ü\r\nEND:VCALENDAR\r\n".as_bytes().to_vec();
        for (content_type, body) in [("application/pdf", pdf), ("text/calendar; charset=utf-8", calendar)] {
            let file = Attachment { name: "datei".into(), content_type: content_type.into(), body: body.clone() };
            let id = store::mail::enqueue_with_attachment(db, "a@example.org", "Hallo", "Text", &file).await.unwrap();
            let due = store::mail::due(db, store::now(), 10).await.unwrap();
            assert_eq!(due.iter().find(|m| m.id == id).unwrap().attachment.as_ref().unwrap().body, body, "{content_type}");
            store::mail::mark_sent(db, id).await.unwrap();
        }
    }
}
