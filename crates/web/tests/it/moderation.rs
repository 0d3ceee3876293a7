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

app_tests! {
    async fn a_moderator_blocks_an_author_for_a_time_with_a_mailed_reason_and_lifts_it(app: &TestApp) {
        let moderator = app.login(&app.fixture.moderator).await;
        let queue = moderator.get("/m/musterstadt/moderation").await;
        assert!(queue.body.contains("Zurzeit ist kein Konto gesperrt."));
        let form = moderator.get("/m/musterstadt/moderation/sperren?inhalt=comment-1").await;
        form.assert_status(200);
        assert!(form.body.contains("Ayşe Demir"), "names whom the block hits");
        let r = moderator.post_form("/m/musterstadt/moderation/sperren", &[("inhalt", "comment-1"), ("days", "3"), ("reason", "kurz")]).await;
        r.assert_status(422);
        assert!(r.body.contains("href=\"#days\"") && r.body.contains("href=\"#reason\"") && r.body.contains(">kurz</textarea>"));
        let reason = "Wiederholte Beleidigungen trotz Hinweis auf die Netiquette.";
        moderator.post_form("/m/musterstadt/moderation/sperren", &[("inhalt", "comment-1"), ("days", "7"), ("reason", reason)]).await.assert_status(303);

        let mails = app.deliver_mail(app.fixture.participant.email).await;
        let mail = mails.iter().find(|m| m.subject() == "Ihr Konto ist in Musterstadt gesperrt").expect("the person is told");
        assert!(mail.body().contains(reason) && mail.body().contains("http://teilhabe.test/m/musterstadt/netiquette"));

        let blocked = app.login(&app.fixture.participant).await;
        let r = blocked.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Doch noch ein Kommentar")]).await;
        r.assert_status(403);
        assert!(r.body.contains("Ihr Konto ist hier gesperrt") && r.body.contains(reason));
        blocked.post_form("/m/musterstadt/ideen/2/unterstuetzung", &[]).await.assert_status(403);
        blocked.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await.assert_status(403);
        blocked.get("/m/musterstadt/ideen/1").await.assert_status(200);
        // Only in Musterstadt: Beispielheim's process is open to them.
        blocked.post_form("/m/beispielheim/ideen/3/kommentare", &[("comment-body", "In Beispielheim geht es")]).await.assert_status(303);
        // Another municipality's coordinator cannot lift it.
        let queue = moderator.get("/m/musterstadt/moderation").await;
        assert!(queue.body.contains("gesperrt bis") && queue.body.contains(reason));
        let id = queue.body.split("name=\"block\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        app.login(&app.fixture.other_coordinator).await.post_form("/m/beispielheim/moderation/entsperren", &[("block", &id)]).await.assert_status(404);
        moderator.post_form("/m/musterstadt/moderation/entsperren", &[("block", &id)]).await.assert_status(303);
        blocked.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Jetzt wieder")]).await.assert_status(303);
    }
}
