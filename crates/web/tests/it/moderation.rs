//! Reports and moderation: hidden with a public reason, restored, nothing deleted.

use testkit::app_tests;

app_tests! {
    async fn a_reported_comment_is_hidden_with_a_public_reason_and_can_be_restored(app: &TestApp) {
        let reporter = app.login(&app.fixture.coordinator).await;
        reporter.post_form("/m/musterstadt/kommentare/1/melden", &[("reason", "x")]).await.assert_status(422);
        let r = reporter.post_form("/m/musterstadt/kommentare/1/melden", &[("reason", "Beleidigt eine andere Person.")]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/ideen/2?notice=reported"));

        let moderator = app.login(&app.fixture.moderator).await;
        let queue = moderator.get("/m/musterstadt/moderation").await;
        queue.assert_status(200);
        assert!(queue.body.contains("Gute Idee, ich helfe gern mit.") && queue.body.contains("Beleidigt eine andere Person."), "the queue shows context");
        let r = moderator.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "comment"), ("id", "1"), ("report", "1"), ("hide_reason", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("href=\"#hide_reason\"") && r.body.contains("id=\"hide_reason\""), "the summary links to the field");
        moderator
            .post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "comment"), ("id", "1"), ("report", "1"), ("hide_reason", "Beleidigung einer anderen Person")])
            .await
            .assert_status(303);
        assert!(moderator.get("/m/musterstadt/moderation").await.body.contains("keine offenen Meldungen"));

        let public = app.client().get("/m/musterstadt/ideen/2").await;
        assert!(public.body.contains("Ausgeblendet durch die Moderation: Beleidigung einer anderen Person"));
        assert!(!public.body.contains("Gute Idee, ich helfe gern mit."), "the text is not shown publicly");
        let api = app.client().get("/api/v1/m/musterstadt/ideas/2").await.json();
        assert_eq!(api["comments"][0]["body_html"], "");
        assert_eq!(api["comments"][0]["hidden_by_moderation"], "Beleidigung einer anderen Person");
        // Nothing is deleted: moderators still see it and can restore it.
        assert!(moderator.get("/m/musterstadt/ideen/2").await.body.contains("Gute Idee, ich helfe gern mit."));
        moderator.post_form("/m/musterstadt/moderation/wiederherstellen", &[("kind", "comment"), ("id", "1")]).await.assert_status(303);
        assert!(app.client().get("/m/musterstadt/ideen/2").await.body.contains("Gute Idee, ich helfe gern mit."));
        let actions: Vec<String> = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 2).await.unwrap().into_iter().map(|e| e.action).collect();
        assert_eq!(actions, ["moderation.restore", "moderation.hide"]);
    }

    async fn a_hidden_idea_leaves_the_lists_and_the_api(app: &TestApp) {
        let moderator = app.login(&app.fixture.moderator).await;
        moderator.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "idea"), ("id", "1"), ("hide_reason", "Werbung für ein Geschäft")]).await.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("Ausgeblendeter Beitrag") && page.body.contains("Werbung für ein Geschäft"));
        assert!(!page.body.contains("Sprachcafé"), "title and text are not shown");
        assert!(!app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await.body.contains("Sprachcafé"));
        app.client().get("/api/v1/m/musterstadt/ideas/1").await.assert_status(404);
    }

    async fn only_this_municipalitys_moderators_moderate(app: &TestApp) {
        app.login(&app.fixture.participant).await.get("/m/musterstadt/moderation").await.assert_status(403);
        let other = app.login(&app.fixture.other_coordinator).await;
        other.get("/m/musterstadt/moderation").await.assert_status(404);
        other.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "comment"), ("id", "1"), ("hide_reason", "gekapert, gekapert")]).await.assert_status(404);
        // Beispielheim's moderators cannot reach Musterstadt's content through their own space either.
        other.post_form("/m/beispielheim/moderation/ausblenden", &[("kind", "comment"), ("id", "1"), ("hide_reason", "gekapert, gekapert")]).await.assert_status(404);
        assert!(app.client().get("/m/musterstadt/ideen/2").await.body.contains("Gute Idee, ich helfe gern mit."));
    }
}
