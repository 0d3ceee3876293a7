//! The outbox: mail survives an SMTP outage and is sent once the server is back.

use testkit::app_tests;

app_tests! {
    async fn mail_is_kept_and_retried_when_the_smtp_server_is_down(app: &TestApp) {
        app.client().post_form("/passwort-vergessen", &[("email", app.fixture.participant.email)]).await.assert_status(303);
        // Nothing listens on this port: the attempt fails and is recorded.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let down = mail::Mailer::new(Some(&format!("smtp://127.0.0.1:{closed}")), std::env::temp_dir(), "t <t@teilhabe.test>").unwrap();
        let (sent, failed) = mail::deliver_due(&app.db.conn, &down).await.unwrap();
        assert_eq!((sent, failed), (0, 1));
        assert_eq!(store::mail::pending_count(&app.db.conn).await.unwrap(), 1, "the message is kept");
        assert!(store::mail::due(&app.db.conn, store::now(), 10).await.unwrap().is_empty(), "and retried later, not at once");
        let later = store::now() + mail::backoff(0) + chrono::TimeDelta::seconds(1);
        let retry = store::mail::due(&app.db.conn, later, 10).await.unwrap();
        assert_eq!(retry.len(), 1);
        assert_eq!(retry[0].attempts, 1);
    }

    async fn a_message_is_sent_once_even_by_two_workers(app: &TestApp) {
        app.client().post_form("/passwort-vergessen", &[("email", app.fixture.participant.email)]).await.assert_status(303);
        let (a, b) = tokio::join!(app.deliver_mail(app.fixture.participant.email), app.deliver_mail(app.fixture.participant.email));
        assert_eq!(a.len().max(b.len()), 1, "claimed by one worker only");
        assert_eq!(app.smtp.messages().len(), 1);
    }
}
