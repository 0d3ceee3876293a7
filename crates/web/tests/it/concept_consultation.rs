//! Consultation on a draft, paragraph by paragraph: people comment on each
//! paragraph of the version in consultation (Beispielheim's in the fixture);
//! the version shows the counts beside the paragraphs; the coordinator
//! answers (the author is told) and moderates; a consultation may have a
//! last day, after which it takes no more comments; an adopted version
//! (Musterstadt's) takes no more comments either.

use domain::concept::stage::{Stage, StageChange};
use testkit::app_tests;

const PARAGRAPH: &str = "/m/beispielheim/konzept/versionen/1/absatz/ziel-1-1";

app_tests! {
    async fn residents_comment_on_a_paragraph_and_the_coordinator_answers(app: &TestApp) {
        let version = app.client().get("/m/beispielheim/konzept/versionen/1").await;
        version.assert_status(200);
        assert!(version.body.contains("Dieser Entwurf ist in der Beratung"));
        assert!(version.body.contains(&format!(r#"href="{PARAGRAPH}">Kommentieren</a>"#)), "{}", version.body);
        assert!(version.body.contains(r#"id="absatz-leitbild-1""#), "the vision's paragraph can be commented on too");
        // Visitors read and are asked to log in.
        let visitor = app.client().get(PARAGRAPH).await;
        visitor.assert_status(200);
        assert!(visitor.body.contains("Alle Kinder sprechen bei der Einschulung gut Deutsch") && visitor.body.contains("/anmelden?next="));

        // A choice the person may not make: the text comes back with the error.
        let participant = app.login(&app.fixture.participant).await;
        let r = participant.post_form(PARAGRAPH, &[("body", "Auch die Eltern brauchen Kurse."), ("speak_as", "999")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Auch die Eltern brauchen Kurse.") && r.body.contains(r##"href="#speak_as""##));
        let r = participant.post_form(PARAGRAPH, &[("body", "  "), ("speak_as", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#body""##));
        let r = participant.post_form(PARAGRAPH, &[("body", "Auch die **Eltern** brauchen Kurse."), ("speak_as", "")]).await;
        r.assert_status(303);
        let location = r.header("location").unwrap().to_owned();
        assert!(location.starts_with(&format!("{PARAGRAPH}#kommentar-")), "{location}");
        let id: i64 = location.rsplit('-').next().unwrap().parse().unwrap();
        let page = app.client().get(PARAGRAPH).await;
        assert!(page.body.contains("Auch die <strong>Eltern</strong> brauchen Kurse.") && page.body.contains(&format!(r#"id="kommentar-{id}""#)));
        let version = app.client().get("/m/beispielheim/konzept/versionen/1").await;
        assert!(version.body.contains(">1 Kommentar</a>"), "the count stands beside the paragraph");

        // The coordinator sees what is unanswered, and answers.
        let coordinator = app.login(&app.fixture.other_coordinator).await;
        assert!(coordinator.get("/m/beispielheim/konzept/versionen/1").await.body.contains("1 Kommentar (1 unbeantwortet)"));
        let answer_page = format!("/m/beispielheim/verwaltung/konzept/beratung/{id}");
        coordinator.get(&answer_page).await.assert_status(200);
        let r = coordinator.post_form(&answer_page, &[("outcome", ""), ("answer", "Wir ergänzen Elternkurse.")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte wählen Sie, was aus dem Kommentar wird.") && r.body.contains("Wir ergänzen Elternkurse."));
        coordinator.post_form(&answer_page, &[("outcome", "taken_up"), ("answer", "Wir ergänzen Elternkurse.")]).await.assert_status(303);
        let page = app.client().get(PARAGRAPH).await;
        assert!(page.body.contains("Berücksichtigt") && page.body.contains("Wir ergänzen Elternkurse."));
        // The author is told, with a link to the comment.
        let inbox = participant.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("hat Ihren Kommentar zum Entwurf beantwortet") && inbox.body.contains(&format!("{PARAGRAPH}#kommentar-{id}")), "{}", inbox.body);
        // Musterstadt's coordinator reaches none of it; the participant cannot answer.
        app.login(&app.fixture.coordinator).await.get(&answer_page).await.assert_status(404);
        participant.get(&answer_page).await.assert_status(403);

        // Moderation: hidden with a reason that stands in its place, then shown again.
        let r = coordinator.post_form(&format!("{answer_page}/ausblenden"), &[("reason", "")]).await;
        r.assert_status(422);
        coordinator.post_form(&format!("{answer_page}/ausblenden"), &[("reason", "Beleidigend")]).await.assert_status(303);
        let page = app.client().get(PARAGRAPH).await;
        assert!(page.body.contains("Ausgeblendet durch die Moderation: Beleidigend") && !page.body.contains("brauchen Kurse"));
        coordinator.post_form(&format!("{answer_page}/ausblenden"), &[("restore", "yes")]).await.assert_status(303);
        assert!(app.client().get(PARAGRAPH).await.body.contains("brauchen Kurse"));

        // A paragraph the version does not have does not exist.
        app.client().get("/m/beispielheim/konzept/versionen/1/absatz/ziel-9-9").await.assert_status(404);
        // In English.
        let en = app.client().with_header("accept-language", "en").get(PARAGRAPH).await;
        assert!(en.body.contains("Comments on:") && en.body.contains("Taken into account"));
    }

    async fn an_adopted_version_keeps_its_comments_and_takes_no_more(app: &TestApp) {
        let closed = "/m/musterstadt/konzept/versionen/1/absatz/ziel-1-1";
        let participant = app.login(&app.fixture.participant).await;
        let page = participant.get(closed).await;
        page.assert_status(200);
        assert!(page.body.contains("Bitte auch Erwachsene ansprechen.") && page.body.contains("Die Beratung dieser Fassung ist beendet."));
        assert!(!page.body.contains(r#"name="body""#), "no form to comment");
        let r = participant.post_form(closed, &[("body", "Noch ein Gedanke"), ("speak_as", "")]).await;
        r.assert_status(409);
        assert!(r.body.contains("Die Beratung ist beendet"));
        assert!(!participant.get(closed).await.body.contains("Noch ein Gedanke"));
    }

    async fn a_consultation_takes_comments_until_its_last_day(app: &TestApp) {
        let stage = "/m/beispielheim/verwaltung/konzept/stand";
        let coordinator = app.login(&app.fixture.other_coordinator).await;
        let today = web::participation_today();
        // A last day in the past is refused next to the field, with what was typed.
        let yesterday = (today - chrono::Days::new(1)).to_string();
        let r = coordinator.post_form(stage, &[("stage", "consultation"), ("consultation_until", &yesterday)]).await;
        r.assert_status(422);
        assert!(r.body.contains("Die Beratung kann frühestens heute enden.") && r.body.contains(&format!(r#"value="{yesterday}""#)), "{}", r.body);
        assert!(r.body.contains(r##"href="#consultation_until""##));
        let last_day = today + chrono::Days::new(14);
        let r = coordinator.post_form(stage, &[("stage", "consultation"), ("consultation_until", &last_day.to_string())]).await;
        r.assert_status(303);
        let shown = last_day.format("%d.%m.%Y").to_string();
        let version = app.client().get("/m/beispielheim/konzept/versionen/1").await;
        assert!(version.body.contains(&format!("Kommentare sind bis einschließlich {shown} möglich.")), "{}", version.body);
        assert!(app.client().get(PARAGRAPH).await.body.contains(&format!("bis einschließlich {shown}")));
        let versions = app.client().get("/m/beispielheim/konzept/versionen").await;
        assert!(versions.body.contains(&format!("Entwurf in der öffentlichen Beratung bis {shown}")), "{}", versions.body);
        assert_eq!(store::concept::versions::list(&app.db.conn, &app.fixture.beispielheim.scope).await.unwrap().len(), 1, "the same version, with a period");
        let api = app.client().get("/api/v1/m/beispielheim/concept/versions").await;
        let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        assert_eq!((json["total"].as_i64(), json["items"][0]["consultation_until"].as_str()), (Some(1), Some(last_day.to_string().as_str())));

        // The last day has passed: the comments stay, the form goes, a comment is refused.
        let ended_on = today - chrono::Days::new(1);
        let ended = StageChange { consultation_until: Some(ended_on), ..StageChange::new(Stage::Consultation) };
        store::concept::set_stage(&app.db.conn, &app.fixture.beispielheim.scope, app.fixture.other_coordinator.id, &ended).await.unwrap();
        let participant = app.login(&app.fixture.participant).await;
        let page = participant.get(PARAGRAPH).await;
        let ended_text = format!("Die Beratung dieser Fassung endete am {}.", ended_on.format("%d.%m.%Y"));
        assert!(page.body.contains(&ended_text) && !page.body.contains(r#"name="body""#), "{}", page.body);
        assert!(app.client().get("/m/beispielheim/konzept/versionen/1").await.body.contains(&ended_text));
        let r = participant.post_form(PARAGRAPH, &[("body", "Noch rechtzeitig?"), ("speak_as", "")]).await;
        r.assert_status(409);
        // A later last day opens it again.
        coordinator.post_form(stage, &[("stage", "consultation"), ("consultation_until", &last_day.to_string())]).await.assert_status(303);
        participant.post_form(PARAGRAPH, &[("body", "Jetzt aber."), ("speak_as", "")]).await.assert_status(303);
        // In English.
        let en = app.client().with_header("accept-language", "en").get(PARAGRAPH).await;
        assert!(en.body.contains("Comments are possible up to and including"), "{}", en.body);
    }
}
