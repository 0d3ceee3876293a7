//! Events without an account and in calendars: a guest registers with name
//! and address, confirms by the mailed link and gets the calendar file; the
//! municipality's feed and each event's file.

use testkit::app_tests;

const EVENT: &str = "/m/musterstadt/veranstaltungen/1";
const BASE: &str = "http://teilhabe.test";

app_tests! {
    async fn a_guest_registers_confirms_by_mail_and_gets_the_calendar_file(app: &TestApp) {
        let guest = app.client();
        let page = guest.get(EVENT).await;
        assert!(page.body.contains(&format!("action=\"{EVENT}/gast\"")) && page.body.contains("Ihr Name"), "the guest form is there");
        // A mistake: everything typed comes back, the errors named by the fields.
        let typed = [("name", " "), ("email", "ayse.example.org"), ("interpretation", "Türkisch"), ("childcare", "yes"), ("note", "Wir kommen zu zweit.")];
        let r = guest.post_form(&format!("{EVENT}/gast"), &typed).await;
        r.assert_status(422);
        assert!(r.body.contains(r#"value="ayse.example.org""#) && r.body.contains(r#"value="Türkisch""#));
        assert!(r.body.contains("Wir kommen zu zweit.") && r.body.contains(r#"id="childcare" name="childcare" type="checkbox" value="yes" checked"#));
        assert!(r.body.contains("href=\"#name\"") && r.body.contains("href=\"#email\""));

        let form = [("name", "Ayşe Yılmaz"), ("email", "Ayse@Example.org"), ("interpretation", "Türkisch"), ("childcare", "yes")];
        let r = guest.post_form(&format!("{EVENT}/gast"), &form).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("?notice=event-check-mail"));
        assert_eq!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap(), (0, 0), "nothing held before confirming");
        let mails = app.deliver_mail("ayse@example.org").await;
        let ask = mails.iter().find(|m| m.subject().starts_with("Bitte bestätigen")).expect("a confirmation link");
        let link = ask.link(&format!("{BASE}/m/musterstadt/veranstaltungen/bestaetigen/")).expect("link");
        let path = link.trim_start_matches(BASE);

        // Opening the link only asks; another municipality does not know it.
        let opened = app.client().get(path).await;
        opened.assert_status(200);
        assert!(opened.body.contains("Anmeldung bestätigen") && opened.body.contains("Workshop Sprache &#38; Bildung"));
        assert_eq!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap(), (0, 0));
        app.client().get(&path.replace("musterstadt", "beispielheim")).await.assert_status(404);
        let r = app.client().post_form(path, &[]).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("/veranstaltungen/1?notice=event-registered"));
        assert_eq!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap(), (1, 0));
        app.client().post_form(path, &[]).await.assert_status(404);

        let mails = app.deliver_mail("ayse@example.org").await;
        let confirmed = mails.iter().find(|m| m.subject().starts_with("Anmeldung bestätigt")).expect("confirmed");
        assert!(confirmed.link(&format!("{BASE}/m/musterstadt/veranstaltungen/abmelden/")).is_some(), "with a cancel link");
        let files = confirmed.attachments();
        let (name, kind, ics) = files.first().expect("a calendar file");
        assert_eq!((name.as_str(), kind.as_str()), ("veranstaltung-1.ics", "text/calendar"));
        assert!(ics.contains("BEGIN:VTIMEZONE") && ics.contains("DTSTART;TZID=Europe/Berlin:"), "{ics}");
        assert!(ics.contains("SUMMARY:Workshop Sprache & Bildung") && ics.contains("STATUS:CONFIRMED"));

        // The coordinator sees the guest, marked as one, with the needs.
        let coordinator = app.login(&app.fixture.coordinator).await;
        let list = coordinator.get("/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen").await;
        assert!(list.body.contains("Ayşe Yılmaz") && list.body.contains("ayse@example.org") && list.body.contains("ohne Konto"));
        assert!(list.body.contains("Kinderbetreuung"));

        // The same address again: the same answer, no second place, a new cancel link by mail.
        let again = app.client().post_form(&format!("{EVENT}/gast"), &form).await;
        assert!(again.header("location").unwrap().ends_with("?notice=event-check-mail"));
        assert_eq!(store::events::registrations::counts(&app.db.conn, 1).await.unwrap(), (1, 0));
        let mails = app.deliver_mail("ayse@example.org").await;
        assert_eq!(mails.iter().filter(|m| m.subject().starts_with("Anmeldung bestätigt")).count(), 2);
    }

    async fn a_guest_who_writes_in_english_gets_english_mails(app: &TestApp) {
        let guest = app.client();
        guest.get("/lang/en?next=/").await;
        let r = guest.post_form(&format!("{EVENT}/gast"), &[("name", "Olena"), ("email", "olena@example.org")]).await;
        r.assert_status(303);
        let mails = app.deliver_mail("olena@example.org").await;
        let ask = mails.iter().find(|m| m.subject().starts_with("Please confirm")).expect("in English");
        let path = ask.link(&format!("{BASE}/m/musterstadt/veranstaltungen/bestaetigen/")).unwrap().trim_start_matches(BASE).to_owned();
        // Confirmed from another browser (in German): the mail stays in the language she chose.
        app.client().post_form(&path, &[]).await.assert_status(303);
        let mails = app.deliver_mail("olena@example.org").await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Registration confirmed")));
    }

    async fn the_feed_and_the_event_file_are_calendars_of_this_municipality(app: &TestApp) {
        let feed = app.client().get("/m/musterstadt/events.ics").await;
        feed.assert_status(200);
        assert!(feed.header("content-type").unwrap().starts_with("text/calendar"));
        assert!(feed.body.starts_with("BEGIN:VCALENDAR\r\n") && feed.body.contains("X-WR-CALNAME:Musterstadt: Veranstaltungen"));
        assert!(feed.body.contains("UID:event-1@teilhabe.test") && !feed.body.contains("Gartenfest"));
        let other = app.client().get("/m/beispielheim/events.ics").await;
        assert!(other.body.contains("Gartenfest Beispielheim") && !other.body.contains("UID:event-1@"));
        let one = app.client().get("/m/musterstadt/veranstaltungen/1/kalender.ics").await;
        one.assert_status(200);
        assert_eq!(one.body.matches("BEGIN:VEVENT").count(), 1);
        app.client().get("/m/beispielheim/veranstaltungen/1/kalender.ics").await.assert_status(404);
        let list = app.client().get("/m/musterstadt/veranstaltungen").await;
        assert!(list.body.contains("http://teilhabe.test/m/musterstadt/events.ics"), "the address to subscribe to");
    }
}
