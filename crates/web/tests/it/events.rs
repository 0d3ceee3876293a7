//! Events: the coordinator's form, registering with needs, the waiting list,
//! cancelling with the mailed link, the registration list.

use testkit::app_tests;

const EVENT: &str = "/m/musterstadt/veranstaltungen/1";

app_tests! {
    async fn the_coordinator_adds_an_event_and_nothing_typed_is_lost(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let new = "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/veranstaltungen/neu";
        // The process page shows its coming events; its coordinator finds the form there.
        let process = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(process.body.contains("Workshop Sprache &#38; Bildung") && !process.body.contains(new));
        assert!(coordinator.get("/m/musterstadt/beteiligung/vielfalt-2026").await.body.contains(&format!("href=\"{new}\"")));
        let form = [
            ("title", "Bürgerabend Wohnen"),
            ("kind", "citizens_evening"),
            ("starts_at", "2030-03-12T18:00"),
            ("ends_at", "2030-03-12T17:00"),
            ("place_name", "Bürgerhaus"),
            ("address", ""),
            ("capacity", "viele"),
            ("step_free", "yes"),
        ];
        let r = coordinator.post_form(new, &form).await;
        r.assert_status(422);
        assert!(r.body.contains(r#"value="Bürgerabend Wohnen""#) && r.body.contains(r#"value="Bürgerhaus""#), "what was typed stays");
        for field in ["ends_at", "address", "capacity"] {
            assert!(r.body.contains(&format!("href=\"#{field}\"")), "{field} is named at the top");
        }
        assert!(r.body.contains("Das Ende muss nach dem Beginn liegen."));
        let fixed = [("ends_at", "2030-03-12T20:30"), ("address", "Hauptstraße 5"), ("capacity", "40")];
        let form: Vec<(&str, &str)> = form.iter().filter(|(k, _)| !fixed.iter().any(|(f, _)| f == k)).copied().chain(fixed).collect();
        let r = coordinator.post_form(new, &form).await;
        r.assert_status(303);
        let location = r.header("location").unwrap().to_owned();
        let page = app.client().get(location.split('?').next().unwrap()).await;
        page.assert_status(200);
        assert!(page.body.contains("Bürgerabend Wohnen") && page.body.contains("Bürgerhaus, Hauptstraße 5"));
        assert!(page.body.contains("12.03.2030, 18:00–20:30 Uhr"), "shown in Berlin time");
        assert!(page.body.contains("Noch 40 freie Plätze von 40."));
        let list = app.client().get("/m/musterstadt/veranstaltungen").await;
        assert!(list.body.contains("Bürgerabend Wohnen") && list.body.contains("Workshop Sprache &#38; Bildung"));
        assert!(!list.body.contains("Gartenfest Beispielheim"), "only this municipality's events");
        let english = app.client();
        english.get("/lang/en?next=/").await;
        let page = english.get(location.split('?').next().unwrap()).await;
        assert!(page.body.contains("12 Mar 2030, 18:00–20:30") && page.body.contains("Citizens&#39; evening"), "{}", page.body);
    }

    async fn the_last_place_goes_then_people_wait_and_move_up_when_someone_cancels(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        let form = participant.get(EVENT).await;
        assert!(form.body.contains("Noch 2 freie Plätze von 2.") && form.body.contains("Gebärdensprache"));
        let r = participant.post_form(&format!("{EVENT}/anmelden"), &[("interpretation", "Arabisch"), ("childcare", "yes")]).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("?notice=event-registered"));
        let page = participant.get(EVENT).await;
        assert!(page.body.contains("Sie sind angemeldet.") && page.body.contains("Noch 1 freier Platz von 2."));
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        let confirmation = mails.iter().find(|m| m.subject().starts_with("Anmeldung bestätigt")).expect("a confirmation");
        let cancel = confirmation.link("http://teilhabe.test/m/musterstadt/veranstaltungen/abmelden/").expect("a cancel link");

        app.login(&app.fixture.moderator).await.post_form(&format!("{EVENT}/anmelden"), &[]).await.assert_status(303);
        let waiting = app.login(&app.fixture.organisation_admin).await;
        let r = waiting.post_form(&format!("{EVENT}/anmelden"), &[]).await;
        assert!(r.header("location").unwrap().ends_with("?notice=event-waiting"), "the third waits");
        assert!(waiting.get(EVENT).await.body.contains("Sie stehen auf der Warteliste."));
        let mails = app.deliver_mail(app.fixture.organisation_admin.email).await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Warteliste")));

        // The mailed link asks first; a visitor without login may use it.
        let path = cancel.trim_start_matches("http://teilhabe.test");
        let stranger = app.client();
        let ask = stranger.get(path).await;
        ask.assert_status(200);
        assert!(ask.body.contains("Workshop Sprache &#38; Bildung"));
        assert!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap() == (2, 1), "opening the link cancels nothing");
        stranger.post_form(path, &[]).await.assert_status(303);
        assert_eq!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap(), (2, 0), "the waiting one moved up");
        assert!(waiting.get(EVENT).await.body.contains("Sie sind angemeldet."));
        let mails = app.deliver_mail(app.fixture.organisation_admin.email).await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Sie haben einen Platz")), "told of the place");
        stranger.get(path).await.assert_status(404);
    }

    async fn the_coordinator_sees_the_registrations_with_needs_and_downloads_them(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form(&format!("{EVENT}/anmelden"), &[("interpretation", "Ukrainisch")]).await.assert_status(303);
        let other = app.login(&app.fixture.organisation_admin).await;
        other.post_form(&format!("{EVENT}/anmelden"), &[("note", "=HYPERLINK(\"x\")")]).await.assert_status(303);
        let coordinator = app.login(&app.fixture.coordinator).await;
        let list = coordinator.get("/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen").await;
        list.assert_status(200);
        assert!(list.body.contains(app.fixture.participant.name) && list.body.contains("Dolmetschen in die Sprache: Ukrainisch"));
        let csv = coordinator.get("/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen.csv").await;
        csv.assert_status(200);
        assert!(csv.body.contains(app.fixture.participant.email));
        assert!(csv.body.contains("'=HYPERLINK"), "no formula reaches a spreadsheet: {}", csv.body);
        // Nobody else sees them; another municipality's event does not exist here.
        participant.get("/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen").await.assert_status(403);
        app.login(&app.fixture.other_coordinator).await.get("/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen.csv").await.assert_status(404);
        app.client().get("/m/musterstadt/veranstaltungen/2").await.assert_status(404);
        coordinator.get("/m/musterstadt/verwaltung/veranstaltungen/2/bearbeiten").await.assert_status(404);
    }
}
