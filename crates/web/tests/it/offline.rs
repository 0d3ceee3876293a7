//! The coordinator enters five workshop cards in one form: a mistake keeps
//! every card as typed; saved, they are listed with their source, counted
//! apart, and shown on their event's page.

use testkit::app_tests;

const FORM: &str = "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/eingaben";

app_tests! {
    async fn five_cards_in_one_form_nothing_typed_is_lost(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let page = coordinator.get(&format!("{FORM}?veranstaltung=1")).await;
        page.assert_status(200);
        assert!(page.body.contains(r#"<option value="1" selected>"#), "the event is chosen");
        assert!(page.body.contains(r#"id="title_4""#) && !page.body.contains(r#"id="title_5""#), "five cards");
        let mut cards = vec![
            ("source", "workshop"),
            ("event", "1"),
            ("note", "Workshop Sprache & Bildung, 12. März"),
            ("reference_0", "Karte 14"),
            ("title_0", "Elterncafé mit Dolmetschung"),
            ("name_0", "Fatma K."),
            ("consent_0", "yes"),
            ("title_1", "Hausaufgabenhilfe im Jugendzentrum"),
            ("body_1", "Ehrenamtliche helfen dienstags."),
            ("title_2", "Mehr Sprachkurse am Abend"),
            ("title_3", "Lesepatenschaften"),
            ("title_4", "Willkommensmappe in fünf Sprachen"),
            ("name_4", "Ali R."),
        ];
        let r = coordinator.post_form(FORM, &cards).await;
        r.assert_status(422);
        for kept in ["Elterncafé mit Dolmetschung", "Ehrenamtliche helfen dienstags.", "Willkommensmappe in fünf Sprachen", "Ali R.", "Karte 14"] {
            assert!(r.body.contains(kept), "{kept} is kept");
        }
        assert!(r.body.contains("href=\"#consent_4\"") && r.body.contains("Karte 5: Ein Name darf nur mit Einwilligung erscheinen"));
        assert!(r.body.contains(r#"id="consent_0" name="consent_0" type="checkbox" value="yes" checked"#));
        let before = app.client().get("/api/v1/m/musterstadt/ideas?source=workshop").await;
        assert!(before.body.contains(r#""total":0"#), "nothing saved while one card is wrong: {}", before.body);

        // More rows keep what was typed.
        let mut more = cards.clone();
        more.push(("more", "1"));
        let r = coordinator.post_form(FORM, &more).await;
        r.assert_status(200);
        assert!(r.body.contains(r#"id="title_9""#) && r.body.contains("Lesepatenschaften"));

        cards.push(("consent_4", "yes"));
        let r = coordinator.post_form(FORM, &cards).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().contains("herkunft=workshop&notice=offline-saved"));
        let list = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?herkunft=workshop").await;
        assert!(list.body.contains("Elterncafé mit Dolmetschung") && list.body.contains("Fatma K."));
        assert!(list.body.contains("Anonym"), "without consent no name");
        assert!(list.body.contains("Workshop (5)") && list.body.contains("Online ("), "counted apart");
        let api = app.client().get("/api/v1/m/musterstadt/ideas?source=workshop").await;
        assert!(api.body.contains(r#""total":5"#) && api.body.contains(r#""source":"workshop""#));
        let event = app.client().get("/m/musterstadt/veranstaltungen/1").await;
        assert!(event.body.contains("Beiträge aus dieser Veranstaltung") && event.body.contains("Lesepatenschaften"));
        let csv = coordinator.get("/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/ideen.csv").await;
        assert!(csv.body.contains("Workshop") && csv.body.contains("Fatma K."));

        // The idea page names the source and the event; anyone may support it.
        let ideas = store::participation::offline::of_event(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        let first = ideas.iter().find(|i| i.title == "Elterncafé mit Dolmetschung").unwrap();
        let idea = app.client().get(&format!("/m/musterstadt/ideen/{}", first.id)).await;
        assert!(idea.body.contains("Workshop Sprache &#38; Bildung, 12. März – Karte 14") && idea.body.contains("/m/musterstadt/veranstaltungen/1"));
        let participant = app.login(&app.fixture.participant).await;
        participant.post_form(&format!("/m/musterstadt/ideen/{}/unterstuetzung", first.id), &[]).await.assert_status(303);
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "participation.ideas.offline"));
    }

    async fn a_comment_given_by_phone_is_entered_with_its_source(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let idea = coordinator.get("/m/musterstadt/ideen/1").await;
        assert!(idea.body.contains("/m/musterstadt/ideen/1/kommentare/offline"), "coordinators find the form");
        assert!(!app.client().get("/m/musterstadt/ideen/1").await.body.contains("/kommentare/offline"));
        let form = [("offline_source", "phone"), ("offline_note", "Anruf im Bürgerbüro"), ("offline_name", "Frau M."), ("offline_body", "Bitte auch samstags anbieten.")];
        let r = coordinator.post_form("/m/musterstadt/ideen/1/kommentare/offline", &form).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte auch samstags anbieten.") && r.body.contains(r#"value="Frau M.""#) && r.body.contains("href=\"#offline_consent\""));
        let mut agreed = form.to_vec();
        agreed.push(("offline_consent", "yes"));
        let r = coordinator.post_form("/m/musterstadt/ideen/1/kommentare/offline", &agreed).await;
        r.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("Bitte auch samstags anbieten.") && page.body.contains("Frau M.") && page.body.contains("Telefon"));
        assert!(page.body.contains("Anruf im Bürgerbüro"));
        let api = app.client().get("/api/v1/m/musterstadt/ideas/1").await;
        assert!(api.body.contains(r#""source":"phone""#) && api.body.contains("Frau M."), "{}", api.body);
        app.login(&app.fixture.other_coordinator).await.post_form("/m/musterstadt/ideen/1/kommentare/offline", &agreed).await.assert_status(404);
    }
}
