//! Following, notifications in the platform and by mail (at once and as a
//! digest, through the real SMTP test server), and one-click unsubscribe.

use chrono::TimeDelta;
use testkit::app_tests;

async fn deliver(app: &testkit::TestApp, at: chrono::DateTime<chrono::Utc>) -> usize {
    web::notifications::mailer::deliver_due(&app.state, at).await.unwrap()
}

app_tests! {
    async fn supporters_hear_the_answer_and_authors_hear_about_moderation(app: &TestApp) {
        let author = app.login(&app.fixture.participant).await;
        let supporter = app.login(&app.fixture.other_coordinator).await;
        let coordinator = app.login(&app.fixture.coordinator).await;
        supporter.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[]).await.assert_status(303);
        coordinator
            .post_form("/m/musterstadt/ideen/1/antwort", &[("status", "taken_up"), ("reason", "Das Sprachcafé startet im Januar.")])
            .await
            .assert_status(303);
        let inbox = supporter.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Musterstadt hat auf „Sprachcafé in der Stadtbibliothek“ geantwortet"), "a supporter who does not follow is told: {}", inbox.body);
        let told = author.get("/benachrichtigungen").await;
        assert_eq!(told.body.matches("geantwortet").count(), 1, "the author (follower and supporter) is told once");

        // The author's comment is hidden and shown again: they are told, with the reason.
        coordinator.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "comment"), ("id", "1"), ("hide_reason", "Persönliche Daten einer anderen Person")]).await.assert_status(303);
        let inbox = author.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Die Moderation hat Ihren Kommentar zu „Mehrsprachige Elternabende“ ausgeblendet. Grund: Persönliche Daten einer anderen Person"), "{}", inbox.body);
        coordinator.post_form("/m/musterstadt/moderation/wiederherstellen", &[("kind", "comment"), ("id", "1")]).await.assert_status(303);
        let inbox = author.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Ihr Kommentar zu „Mehrsprachige Elternabende“ ist wieder sichtbar."), "{}", inbox.body);
        // Nobody else hears about it.
        assert!(!supporter.get("/benachrichtigungen").await.body.contains("Die Moderation hat"));
        // The whole idea hidden: the author still sees the notice, naming the idea.
        coordinator.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "idea"), ("id", "1"), ("hide_reason", "Werbung für ein Geschäft")]).await.assert_status(303);
        let inbox = author.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Die Moderation hat Ihre Idee „Sprachcafé in der Stadtbibliothek“ ausgeblendet. Grund: Werbung für ein Geschäft"), "{}", inbox.body);
        assert!(!supporter.get("/benachrichtigungen").await.body.contains("Werbung"), "others see nothing of hidden content");
    }

    async fn a_comment_on_my_idea_shows_in_the_header_in_the_inbox_and_by_mail(app: &TestApp) {
        let author = app.login(&app.fixture.participant).await;
        let coordinator = app.login(&app.fixture.coordinator).await;
        // The author follows their idea without doing anything.
        let page = author.get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("Nicht mehr folgen"), "authors follow their ideas");
        assert!(!page.body.contains("count-badge"), "nothing new yet");

        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Welche Sprachen braucht ihr?")]).await.assert_status(303);
        let page = author.get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("count-badge\">1<span class=\"kern-sr-only\"> ungelesen"), "the header counts one unread notification");
        // The one who commented is not told about their own comment.
        assert!(!coordinator.get("/konto").await.body.contains("count-badge"));

        // Mailed at once (here: when the job runs).
        assert_eq!(deliver(app, store::now()).await, 1);
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        assert_eq!(mails.len(), 1);
        let mail = &mails[0];
        assert_eq!(mail.subject(), "Neuer Kommentar zu „Sprachcafé in der Stadtbibliothek“");
        assert!(mail.body().contains("http://teilhabe.test/m/musterstadt/ideen/1#kommentar-3"), "{}", mail.body());
        assert!(mail.data.contains("List-Unsubscribe: <http://teilhabe.test/abbestellen/"), "{}", mail.data);
        assert!(mail.data.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert_eq!(deliver(app, store::now()).await, 0, "mailed once");

        let inbox = author.get("/benachrichtigungen").await;
        inbox.assert_status(200);
        assert!(inbox.body.contains("Neuer Kommentar zu „Sprachcafé in der Stadtbibliothek“"), "{}", inbox.body);
        assert!(inbox.body.contains("href=\"/m/musterstadt/ideen/1#kommentar-3\""), "links to the comment");
        assert!(inbox.body.contains("notification--unread"));
        let again = author.get("/benachrichtigungen").await;
        assert!(!again.body.contains("notification--unread"), "seen once shown");
        assert!(!again.body.contains("count-badge"));

        // What was already seen in the platform is not mailed afterwards.
        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Und welche Zeiten?")]).await.assert_status(303);
        author.get("/benachrichtigungen").await;
        assert_eq!(deliver(app, store::now()).await, 0);
    }

    async fn a_reply_tells_the_comment_author_once_and_the_other_followers_of_a_comment(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let moderator = app.login(&app.fixture.moderator).await;
        moderator.post_form("/m/musterstadt/ideen/2/folgen", &[("action", "add")]).await.assert_status(303);
        coordinator
            .post_form("/m/musterstadt/ideen/2/kommentare", &[("comment-body", "Das freut uns!"), ("parent", &app.fixture.comment.to_string())])
            .await
            .assert_status(303);
        let author = app.login(&app.fixture.participant).await;
        let inbox = author.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Antwort auf Ihren Kommentar zu „Mehrsprachige Elternabende“"));
        assert!(!inbox.body.contains("Neuer Kommentar"), "told once, as a reply");
        let other = moderator.get("/benachrichtigungen").await;
        assert!(other.body.contains("Neuer Kommentar zu „Mehrsprachige Elternabende“"));
    }

    async fn followers_of_a_process_hear_of_new_ideas_and_of_answers(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let page = coordinator.get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(page.body.contains(">Folgen<"), "a follow button on the process page");
        coordinator.post_form("/m/musterstadt/beteiligung/vielfalt-2026/folgen", &[("action", "add")]).await.assert_status(303);
        let participant = app.login(&app.fixture.participant).await;
        let r = participant
            .post_form(
                "/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu",
                &[("title", "Mehrsprachige Stadtführungen"), ("body", "Führungen auf Türkisch, Arabisch und Ukrainisch durch die Altstadt."), ("action_field", "1")],
            )
            .await;
        r.assert_status(303);
        let inbox = coordinator.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Neue Idee in „Vielfaltsstrategie Musterstadt 2026“: „Mehrsprachige Stadtführungen“"), "{}", inbox.body);
        assert!(inbox.body.contains("Dem folgen Sie") && inbox.body.contains("Beteiligung: <a"));

        coordinator
            .post_form("/m/musterstadt/ideen/1/antwort", &[("status", "under_review"), ("reason", "Wir prüfen Räume in der Bibliothek.")])
            .await
            .assert_status(303);
        let inbox = participant.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Musterstadt hat auf „Sprachcafé in der Stadtbibliothek“ geantwortet"), "{}", inbox.body);

        // Stop following: no more notifications about new ideas.
        coordinator
            .post_form("/m/musterstadt/beteiligung/vielfalt-2026/folgen", &[("action", "remove"), ("next", "/benachrichtigungen")])
            .await
            .assert_status(303);
        participant
            .post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", &[("title", "Interkulturelles Straßenfest"), ("body", "Ein Fest im Sommer mit Essen aus vielen Ländern und Musik."), ("action_field", "2")])
            .await
            .assert_status(303);
        assert!(!coordinator.get("/benachrichtigungen").await.body.contains("Straßenfest"));
    }

    async fn a_daily_digest_collects_everything_in_one_mail_the_next_morning(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        let r = participant.post_form("/benachrichtigungen/einstellungen", &[("email", "hourly")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte wählen Sie, wann Sie E-Mails bekommen möchten.") && r.body.contains("href=\"#email\""));
        participant.post_form("/benachrichtigungen/einstellungen", &[("email", "daily")]).await.assert_status(303);
        assert!(participant.get("/benachrichtigungen").await.body.contains("value=\"daily\" type=\"radio\" aria-describedby=\"email-daily-hint\" checked"));

        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Erste Frage")]).await.assert_status(303);
        coordinator.post_form("/m/musterstadt/ideen/2/kommentare", &[("comment-body", "Zweite Frage")]).await.assert_status(303);
        assert_eq!(deliver(app, store::now()).await, 0, "no mail before the digest time");
        let tomorrow_morning = store::now() + TimeDelta::days(1) + TimeDelta::hours(8);
        assert_eq!(deliver(app, tomorrow_morning).await, 1);
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        assert_eq!(mails.len(), 1, "one digest");
        assert_eq!(mails[0].subject(), "Ihre tägliche Übersicht: 2 Neuigkeiten");
        assert!(mails[0].body().contains("Sprachcafé") && mails[0].body().contains("Mehrsprachige Elternabende"));
        assert_eq!(deliver(app, tomorrow_morning + TimeDelta::hours(2)).await, 0, "one digest a day");
    }

    async fn topics_set_apart_are_mailed_on_their_own_rhythm(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        // A mistake in the general setting: the topics chosen stay chosen.
        let r = participant.post_form("/benachrichtigungen/einstellungen", &[("email", ""), ("topic_replies", "immediately"), ("topic_news", "never")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r#"<option value="immediately" selected>"#), "{}", r.body);
        participant
            .post_form("/benachrichtigungen/einstellungen", &[("email", "daily"), ("topic_replies", "immediately"), ("topic_comments", "daily"), ("topic_news", "never")])
            .await
            .assert_status(303);
        let settings = participant.get("/benachrichtigungen").await;
        assert!(settings.body.contains(r#"<select class="kern-form-input__select" id="topic_replies" name="topic_replies">"#));
        let data = participant.get("/konto/daten.json").await.json();
        assert_eq!(data["notifications"]["email"], "daily");
        assert_eq!(data["notifications"]["email_topics"]["replies"], "immediately");
        assert_eq!(data["notifications"]["email_topics"]["news"], "never");
        assert!(data["notifications"]["email_topics"].get("comments").is_none(), "a topic set like the general setting is not set apart");

        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Eine Frage zum Sprachcafé")]).await.assert_status(303);
        coordinator.post_form("/m/musterstadt/ideen/2/kommentare", &[("comment-body", "Gern, danke!"), ("parent", "1")]).await.assert_status(303);
        assert_eq!(deliver(app, store::now()).await, 1, "the reply at once");
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body().contains("#kommentar-"), "{}", mails[0].body());
        assert!(!mails[0].body().contains("Sprachcafé"), "the comment waits for the digest: {}", mails[0].body());
        let tomorrow_morning = store::now() + TimeDelta::days(1) + TimeDelta::hours(8);
        assert_eq!(deliver(app, tomorrow_morning).await, 1);
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        assert_eq!(mails.len(), 2);
        assert!(mails[1].subject().starts_with("Ihre tägliche Übersicht"), "{}", mails[1].subject());
        assert!(mails[1].body().contains("Sprachcafé"));
    }

    async fn the_unsubscribe_link_works_in_one_click_from_a_mail_program(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Eine Frage")]).await.assert_status(303);
        deliver(app, store::now()).await;
        let mail = app.deliver_mail(app.fixture.participant.email).await.pop().unwrap();
        let link = mail.link("http://teilhabe.test/abbestellen/").unwrap();
        let path = link.trim_start_matches("http://teilhabe.test");
        let page = app.client().get(path).await;
        page.assert_status(200);
        assert!(page.body.contains("Keine E-Mails mehr senden"));
        // A mail program posts without cookies or CSRF token (RFC 8058).
        let r = app.client().post_raw(path, &[("List-Unsubscribe", "One-Click")]).await;
        r.assert_status(200);
        assert!(r.body.contains("E-Mails abbestellt"));
        assert!(app.client().get(path).await.body.contains("bereits keine E-Mails"));

        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Noch eine Frage")]).await.assert_status(303);
        assert_eq!(deliver(app, store::now()).await, 0, "no more mail");
        let participant = app.login(&app.fixture.participant).await;
        assert!(participant.get("/konto").await.body.contains("count-badge"), "still told in the platform");
        assert!(participant.get("/benachrichtigungen").await.body.contains("value=\"never\" type=\"radio\" aria-describedby=\"email-never-hint\" checked"));
        app.client().post_raw("/abbestellen/0000000000000000000000000000000000000000000000000000000000000000", &[]).await.assert_status(404);
    }

    async fn following_another_municipalitys_idea_through_this_one_is_not_found(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form("/m/musterstadt/ideen/3/folgen", &[("action", "add")]).await.assert_status(404);
        participant.post_form("/m/beispielheim/beteiligung/vielfalt-2026/folgen", &[("action", "add")]).await.assert_status(404);
    }
}

app_tests! {
    async fn a_news_post_is_published_on_the_process_and_its_followers_are_told(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form("/m/musterstadt/beteiligung/vielfalt-2026/folgen", &[("action", "add")]).await.assert_status(303);
        let coordinator = app.login(&app.fixture.coordinator).await;
        let form = "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/neuigkeiten/neu";
        let r = coordinator.post_form(form, &[("title", "Ws"), ("body", "Einladung zum Workshop")]).await;
        r.assert_status(422);
        assert!(r.body.contains("value=\"Ws\"") && r.body.contains("Einladung zum Workshop</textarea>"), "what was typed stays");
        assert!(r.body.contains("href=\"#title\""));
        let r = coordinator
            .post_form(form, &[("title", "Workshop „Sprache & Bildung“ am 12. März"), ("body", "Wir laden alle Vereine und Schulen ein, **gemeinsam** Maßnahmen zu entwickeln.")])
            .await;
        r.assert_status(303);
        let location = r.header("location").unwrap().split('?').next().unwrap().to_owned();
        let post = app.client().get(&location).await;
        post.assert_status(200);
        assert!(post.body.contains("<strong>gemeinsam</strong>"));
        let process = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(process.body.contains("Workshop „Sprache &#38; Bildung“ am 12. März"), "the newest posts on the process page");

        let inbox = participant.get("/benachrichtigungen").await;
        assert!(inbox.body.contains(&format!("href=\"{location}\"")), "{}", inbox.body);
        assert!(inbox.body.contains("Neuigkeit in „Vielfaltsstrategie Musterstadt 2026“"));

        // Another municipality's coordinator cannot edit it; this one can.
        let id = location.rsplit('/').next().unwrap();
        let other = app.login(&app.fixture.other_coordinator).await;
        other.get(&format!("/m/musterstadt/verwaltung/neuigkeiten/{id}/bearbeiten")).await.assert_status(404);
        app.client().get(&location.replace("musterstadt", "beispielheim")).await.assert_status(404);
        coordinator
            .post_form(&format!("/m/musterstadt/verwaltung/neuigkeiten/{id}/bearbeiten"), &[("title", "Workshop am 19. März"), ("body", "Der Termin hat sich verschoben.")])
            .await
            .assert_status(303);
        assert!(app.client().get(&location).await.body.contains("Der Termin hat sich verschoben."));
    }
}
