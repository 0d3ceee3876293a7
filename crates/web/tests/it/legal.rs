//! Editing legal texts and reporting barriers.

use testkit::app_tests;

app_tests! {
    async fn a_coordinator_edits_the_imprint_of_their_municipality_only(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let page = app.client().get("/m/musterstadt/impressum").await;
        assert!(!page.body.contains("Text bearbeiten"), "no edit link for visitors");
        let own = coordinator.get("/m/musterstadt/impressum").await;
        assert!(own.body.contains("href=\"/m/musterstadt/verwaltung/rechtliches/impressum\""));
        let form = coordinator.get("/m/musterstadt/verwaltung/rechtliches/impressum").await;
        form.assert_status(200);
        assert!(form.body.contains("Text von Musterstadt zu impressum"), "the current text is in the form");

        coordinator.post_form("/m/musterstadt/verwaltung/rechtliches/impressum", &[("body", "   ")]).await.assert_status(422);
        let r = coordinator.post_form("/m/musterstadt/verwaltung/rechtliches/impressum", &[("body", "## Anbieter\r\n\r\nStadt Musterstadt, <script>x()</script>Markt 1")]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/impressum?notice=saved"));
        let page = app.client().get("/m/musterstadt/impressum").await;
        assert!(page.body.contains("<h3>Anbieter</h3>"), "headings shifted below the page's h1/h2");
        assert!(page.body.contains("Markt 1"));
        assert!(!page.body.contains("<script>x()"));
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 1).await.unwrap();
        assert_eq!(log[0].action, "legal.page.save");
        assert_eq!(log[0].actor, Some(app.fixture.coordinator.id));

        // Beispielheim's pages are untouched and not editable by this coordinator.
        assert!(app.client().get("/m/beispielheim/impressum").await.body.contains("Text von Beispielheim"));
        coordinator.post_form("/m/beispielheim/verwaltung/rechtliches/impressum", &[("body", "gekapert")]).await.assert_status(404);
        assert!(app.client().get("/m/beispielheim/impressum").await.body.contains("Text von Beispielheim"));
    }

    async fn a_reported_barrier_reaches_the_coordinators_by_mail(app: &TestApp) {
        let visitor = app.client();
        let statement = visitor.get("/m/musterstadt/barrierefreiheit").await;
        assert!(statement.body.contains("href=\"/m/musterstadt/barrierefreiheit/rueckmeldung\""), "the statement links to the form");
        visitor.get("/m/musterstadt/barrierefreiheit/rueckmeldung").await.assert_status(200);
        let r = visitor.post_form("/m/musterstadt/barrierefreiheit/rueckmeldung", &[("problem", "kurz"), ("email", "falsch")]).await;
        r.assert_status(422);
        assert!(r.body.contains("10 bis 5.000 Zeichen"));
        assert!(r.body.contains("value=\"falsch\""));
        let r = visitor
            .post_form(
                "/m/musterstadt/barrierefreiheit/rueckmeldung",
                &[("location", "Startseite"), ("problem", "Der Kontrast der Links ist zu schwach."), ("name", "Ali"), ("email", "ali@example.org")],
            )
            .await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/barrierefreiheit?notice=feedback-sent"));
        let mails = app.deliver_mail(app.fixture.coordinator.email).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].subject().contains("Musterstadt"));
        assert!(mails[0].body().contains("Der Kontrast der Links ist zu schwach."));
        assert!(mails[0].body().contains("ali@example.org"));
        assert!(app.smtp.messages_to(app.fixture.other_coordinator.email).is_empty(), "not to another municipality");
    }
}
