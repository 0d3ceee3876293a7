//! The coordinator writes to an event's people and calls an event off.

use testkit::app_tests;

const EVENT: &str = "/m/musterstadt/veranstaltungen/1";
const MANAGE: &str = "/m/musterstadt/verwaltung/veranstaltungen/1";

app_tests! {
    async fn a_message_reaches_the_chosen_people_and_is_kept(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        app.login(&app.fixture.moderator).await.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        let waiting = app.login(&app.fixture.organisation_admin).await;
        waiting.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        app.deliver_mail(app.fixture.participant.email).await;

        let coordinator = app.login(&app.fixture.coordinator).await;
        let page = coordinator.get(&format!("{MANAGE}/anmeldungen")).await;
        assert!(page.body.contains("An die Teilnehmenden schreiben"));
        let bad = coordinator.post_form(&format!("{MANAGE}/nachricht"), &[("audience", "waiting"), ("subject", "R"), ("body", "Saal 2")]).await;
        bad.assert_status(422);
        assert!(bad.body.contains(r#"value="R""#) && bad.body.contains("Saal 2") && bad.body.contains("href=\"#subject\""));
        assert!(bad.body.contains(r#"<option value="waiting" selected>"#), "the choice stays");

        let form = [("audience", "registered"), ("subject", "Raumänderung"), ("body", "Wir treffen uns im Saal 2, erster Stock.")];
        let r = coordinator.post_form(&format!("{MANAGE}/nachricht"), &form).await;
        r.assert_status(303);
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        let message = mails.iter().find(|m| m.subject() == "Raumänderung").expect("the message");
        assert!(message.body().contains("Saal 2, erster Stock") && message.body().contains("/m/musterstadt/veranstaltungen/1"));
        let mails = app.deliver_mail(app.fixture.organisation_admin.email).await;
        assert!(!mails.iter().any(|m| m.subject() == "Raumänderung"), "not to the waiting list");
        let page = coordinator.get(&format!("{MANAGE}/anmeldungen")).await;
        assert!(page.body.contains("Gesendete Nachrichten") && page.body.contains("an 2 Personen gesendet"));
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "events.message"));
    }

    async fn calling_an_event_off_tells_everyone_and_updates_their_calendar(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        app.login(&app.fixture.moderator).await.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        app.login(&app.fixture.organisation_admin).await.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        for person in [&app.fixture.participant, &app.fixture.organisation_admin] {
            app.deliver_mail(person.email).await;
        }
        let coordinator = app.login(&app.fixture.coordinator).await;
        let bad = coordinator.post_form(&format!("{MANAGE}/absagen"), &[("reason", "Nö")]).await;
        bad.assert_status(422);
        assert!(bad.body.contains("Nö</textarea>") && bad.body.contains("href=\"#reason\""));
        assert!(store::events::get(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap().unwrap().cancelled_at.is_none());

        let r = coordinator.post_form(&format!("{MANAGE}/absagen"), &[("reason", "Die Stadtbibliothek ist wegen Wasserschaden geschlossen.")]).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("/veranstaltungen/1?notice=event-called-off"));
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        let told = mails.iter().find(|m| m.subject().starts_with("Abgesagt")).expect("told");
        assert!(told.body().contains("Wasserschaden"));
        let (_, _, ics) = told.attachments().into_iter().next().expect("the calendar file, cancelled");
        assert!(ics.contains("STATUS:CANCELLED"));
        let mails = app.deliver_mail(app.fixture.organisation_admin.email).await;
        let waiting = mails.iter().find(|m| m.subject().starts_with("Abgesagt")).expect("the waiting list is told too");
        assert!(waiting.attachments().is_empty(), "no calendar entry for someone who only waited");

        let page = app.client().get(EVENT).await;
        assert!(page.body.contains("Abgesagt") && page.body.contains("Wasserschaden") && !page.body.contains("/gast\""));
        let api = app.client().get("/api/v1/m/musterstadt/events").await;
        assert!(api.body.contains(r#""cancelled":true"#) && api.body.contains("Wasserschaden"));
        assert!(app.client().get("/m/musterstadt/events.ics").await.body.contains("STATUS:CANCELLED"));
        // Nobody can register any more; calling off again changes nothing.
        let late = app.login(&app.fixture.officer).await.post_form(&format!("{EVENT}/anmelden"), &[]).await;
        late.assert_status(409);
        coordinator.post_form(&format!("{MANAGE}/absagen"), &[("reason", "Noch einmal abgesagt.")]).await.assert_status(303);
        let event = store::events::get(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap().unwrap();
        assert_eq!(event.cancel_reason.as_deref(), Some("Die Stadtbibliothek ist wegen Wasserschaden geschlossen."));
    }
}
