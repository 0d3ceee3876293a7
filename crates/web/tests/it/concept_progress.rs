//! A measure's implementation: its owner reports progress, records indicator
//! values and ticks milestones (each form keeps what was typed when
//! something is wrong); the public reads it all on the measure's page, with
//! the indicator as a chart and a table; the owner cannot touch another
//! measure; the coordinator sets indicators and milestones.

use testkit::app_tests;

const MEASURE: &str = "/m/musterstadt/massnahmen/1";

app_tests! {
    async fn an_owner_reports_progress_that_the_public_reads(app: &TestApp) {
        // Read once before the report: what the page is built from is kept,
        // and the report must show all the same.
        assert!(app.client().get("/m/musterstadt/umsetzung").await.body.contains("noch kein Bericht zur Umsetzung"));
        let owner = app.login(&app.fixture.measure_owner).await;
        let page = owner.get(MEASURE).await;
        page.assert_status(200);
        assert!(page.body.contains(r#"href="/m/musterstadt/massnahmen/1/bericht""#), "the owner finds where to report");
        assert!(!app.client().get(MEASURE).await.body.contains("/bericht"), "visitors do not");
        owner.get(&format!("{MEASURE}/bericht")).await.assert_status(200);

        // Too many percent: the text typed comes back with the error beside the field.
        let typed = [("on", "2026-11-30"), ("status", "running"), ("percent", "120"), ("text", "Zwölf Familien kamen."), ("reason", "")];
        let r = owner.post_form(&format!("{MEASURE}/bericht"), &typed).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte geben Sie eine ganze Zahl von 0 bis 100 an.") && r.body.contains("Zwölf Familien kamen.") && r.body.contains(r##"href="#percent""##));
        // Paused without a reason.
        let r = owner.post_form(&format!("{MEASURE}/bericht"), &[("on", "2026-11-30"), ("status", "paused"), ("percent", "45"), ("text", "Sommerpause"), ("reason", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte begründen Sie, warum die Maßnahme pausiert"));
        let typed = [("on", "2026-11-30"), ("status", "running"), ("percent", "45"), ("text", "Zwölf **Familien** kamen."), ("reason", "")];
        owner.post_form(&format!("{MEASURE}/bericht"), &typed).await.assert_status(303);

        // A figure that is not one; then the right one.
        let r = owner.post_form(&format!("{MEASURE}/indikatoren/1/werte"), &[("on_1", "2026-11-30"), ("value_1", "viele"), ("note_1", "Liste November")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#value_1""##) && r.body.contains(r#"value="Liste November""#) && r.body.contains(r#"value="viele""#));
        owner.post_form(&format!("{MEASURE}/indikatoren/1/werte"), &[("on_1", "2026-11-30"), ("value_1", "18"), ("note_1", "Liste November")]).await.assert_status(303);
        owner.post_form(&format!("{MEASURE}/meilensteine/1"), &[("reached", "yes")]).await.assert_status(303);

        let public = app.client().get(MEASURE).await;
        public.assert_status(200);
        for text in [
            "45 % umgesetzt (Stand: 30.11.2026)",
            "Zwölf <strong>Familien</strong> kamen.",
            "Leitung Sprachcafé",
            "Familien im Sprachcafé",
            "18 Familien (30.11.2026) – 45 % des Wegs vom Ausgangswert zum Ziel",
            "Liste November",
            "Zweiter Wochentag</strong> – erreicht am",
            "<svg class=\"chart chart--line\" role=\"img\"",
            "Ziel 30 Familien",
        ] {
            assert!(public.body.contains(text), "the measure page shows {text:?}");
        }
        // The progress page sums it up, and filters without script.
        let overview = app.client().get("/m/musterstadt/umsetzung").await;
        overview.assert_status(200);
        for text in ["1 Maßnahme, zu 45 % umgesetzt", "45 % umgesetzt (Stand: 30.11.2026)", "Familien im Sprachcafé", "45 % des Wegs", "Sprache &#38; Bildung"] {
            assert!(overview.body.contains(text), "the progress page shows {text:?}");
        }
        let none = app.client().get("/m/musterstadt/umsetzung?status=done").await;
        assert!(none.body.contains("0 von 1 Maßnahmen") && none.body.contains(r#"<option value="done" selected>"#));
        // The same as open data.
        let api = app.client().get("/api/v1/m/musterstadt/measures/1").await;
        api.assert_status(200);
        let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        assert_eq!(json["percent_complete"], 45);
        assert_eq!(json["indicators"][0]["values"].as_array().unwrap().len(), 2);
        assert_eq!(json["indicators"][0]["values"][1]["value"], 18.0);
        assert_eq!((json["indicators"][0]["baseline"].as_f64(), json["indicators"][0]["better"].as_str()), (Some(8.0), Some("higher")));
        assert_eq!(json["updates"][0]["percent_complete"], 45);
        assert_eq!(json["milestones"][0]["title"], "Zweiter Wochentag");
        assert!(!api.body.contains("Leitung Sprachcafé"), "no names of people in open data");
        let en = app.client().with_header("accept-language", "en").get(MEASURE).await;
        assert!(en.body.contains("45 % done (as of 30 Nov 2026)") && en.body.contains("Target 30 Familien"));

        // A value entered by mistake goes again.
        let report = owner.get(&format!("{MEASURE}/bericht")).await;
        let remove = report.body.split(r#"action=""#).filter_map(|s| s.split('"').next()).find(|a| a.ends_with("/entfernen") && !a.contains("/werte/1/")).unwrap().to_owned();
        owner.post_form(&remove, &[]).await.assert_status(303);
        assert!(!app.client().get(MEASURE).await.body.contains("Liste November"));
    }

    async fn an_owner_cannot_touch_a_measure_they_do_not_own(app: &TestApp) {
        // A second measure of Musterstadt, without owner.
        let db = &app.db.conn;
        let scope = app.fixture.musterstadt.scope;
        let form = domain::concept::measures::MeasureForm { title: "Elterncafé".into(), goals: vec!["1".into()], ..domain::concept::measures::MeasureForm::blank() };
        let measure = form.validate(domain::concept::measures::Choices { goals: &[1], ..Default::default() }, None).unwrap();
        let other = store::concept::measures::create(db, &scope, app.fixture.coordinator.id, 1, &measure, "").await.unwrap();
        let owner = app.login(&app.fixture.measure_owner).await;
        let page = owner.get(&format!("/m/musterstadt/massnahmen/{other}")).await;
        assert!(!page.body.contains("/bericht"));
        owner.get(&format!("/m/musterstadt/massnahmen/{other}/bericht")).await.assert_status(403);
        let typed = [("on", "2026-11-30"), ("status", "running"), ("percent", "10"), ("text", "Fremd"), ("reason", "")];
        owner.post_form(&format!("/m/musterstadt/massnahmen/{other}/bericht"), &typed).await.assert_status(403);
        // Indicator 1 is measure 1's: not reachable through another measure's address.
        app.login(&app.fixture.coordinator).await
            .post_form(&format!("/m/musterstadt/massnahmen/{other}/indikatoren/1/werte"), &[("on_1", "2026-11-30"), ("value_1", "3")]).await
            .assert_status(404);
        // Nor may the owner define indicators or milestones, or reach another municipality.
        owner.get("/m/musterstadt/verwaltung/konzept/massnahmen/1/indikatoren").await.assert_status(403);
        owner.post_form("/m/musterstadt/verwaltung/konzept/massnahmen/1/meilensteine", &[("title", "Fest"), ("due_on", "2027-06-01")]).await.assert_status(403);
        owner.get("/m/beispielheim/massnahmen/2/bericht").await.assert_status(404);
        let stored = store::concept::progress::updates_of(db, &scope, &[other]).await.unwrap();
        assert!(stored.is_empty(), "nothing was written");
    }

    async fn a_coordinator_sets_indicators_and_milestones(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let new = "/m/musterstadt/verwaltung/konzept/massnahmen/1/indikatoren";
        let typed = [
            ("name", "Väter im Sprachcafé"),
            ("unit", "%"),
            ("baseline", "10,5"),
            ("baseline_on", "2025-01-01"),
            ("target", "25"),
            ("target_on", "2024-12-31"),
            ("source", "Befragung"),
            ("direction", "higher"),
        ];
        let r = coordinator.post_form(new, &typed).await;
        r.assert_status(422);
        assert!(r.body.contains("Das Ziel muss nach dem Stichtag des Ausgangswerts liegen.") && r.body.contains(r#"value="Väter im Sprachcafé""#) && r.body.contains(r#"value="10,5""#));
        let typed: Vec<(&str, &str)> = typed.iter().map(|&(k, v)| if k == "target_on" { (k, "2028-12-31") } else { (k, v) }).collect();
        let r = coordinator.post_form(new, &typed).await;
        r.assert_status(303);
        let edit = "/m/musterstadt/verwaltung/konzept/indikatoren/2";
        let form = coordinator.get(edit).await;
        form.assert_status(200);
        assert!(form.body.contains(r#"value="10,5""#) && form.body.contains(r#"value="25""#));
        let lower: Vec<(&str, &str)> = typed.iter().map(|&(k, v)| if k == "direction" { (k, "lower") } else { (k, v) }).collect();
        let r = coordinator.post_form(edit, &lower).await;
        r.assert_status(422);
        assert!(r.body.contains("Der Zielwert liegt auf der schlechteren Seite"));
        let page = app.client().get(MEASURE).await;
        assert!(page.body.contains("Väter im Sprachcafé") && page.body.contains("Ausgangswert 10,5 %"));

        let milestones = "/m/musterstadt/verwaltung/konzept/massnahmen/1/meilensteine";
        let r = coordinator.post_form(milestones, &[("title", ""), ("due_on", "2027-06-01")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte benennen Sie den Meilenstein.") && r.body.contains(r#"value="2027-06-01""#));
        coordinator.post_form(milestones, &[("title", "Sommerfest"), ("due_on", "2027-06-01")]).await.assert_status(303);
        assert!(app.client().get(MEASURE).await.body.contains("Sommerfest</strong> – geplant bis 01.06.2027"));
    }

    async fn followers_of_a_measure_hear_of_each_report(app: &TestApp) {
        let resident = app.login(&app.fixture.participant).await;
        let page = resident.get(MEASURE).await;
        assert!(page.body.contains(r#"action="/m/musterstadt/massnahmen/1/folgen""#));
        resident.post_form(&format!("{MEASURE}/folgen"), &[("action", "add")]).await.assert_status(303);
        assert!(resident.get(MEASURE).await.body.contains("Nicht mehr folgen"));
        let owner = app.login(&app.fixture.measure_owner).await;
        let typed = [("on", "2026-11-30"), ("status", "running"), ("percent", "50"), ("text", "Halbzeit."), ("reason", "")];
        owner.post_form(&format!("{MEASURE}/bericht"), &typed).await.assert_status(303);
        // Mailed (before the inbox is opened: what was seen there is not mailed again).
        web::notifications::mailer::deliver_due(&app.state, store::now()).await.unwrap();
        let mails = app.deliver_mail(app.fixture.participant.email).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body().contains("http://teilhabe.test/m/musterstadt/massnahmen/1#neuigkeiten"), "{}", mails[0].body());
        let inbox = resident.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Neuer Stand der Maßnahme 1: Sprachcafé mit Kinderbetreuung in Musterstadt"), "{}", inbox.body);
        assert!(inbox.body.contains(r##"href="/m/musterstadt/massnahmen/1#neuigkeiten""##));
        assert!(resident.get("/benachrichtigungen").await.body.contains("Maßnahme"), "the measure is among what they follow");
        // The owner who reported is not told of their own report.
        assert!(!owner.get("/benachrichtigungen").await.body.contains("Neuer Stand"));
    }

    async fn a_coordinator_holds_a_measure_up_as_good_practice(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let form = "/m/musterstadt/verwaltung/konzept/massnahmen/1/gute-praxis";
        coordinator.get(form).await.assert_status(200);
        let r = coordinator.post_form(form, &[("marked", "yes"), ("worked", "Kinderbetreuung im Nebenraum"), ("cost", "6.000 € im Jahr"), ("contact", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte nennen Sie, wen andere fragen können.") && r.body.contains("Kinderbetreuung im Nebenraum") && r.body.contains(r#"value="6.000 € im Jahr""#));
        coordinator
            .post_form(form, &[("marked", "yes"), ("worked", "Kinderbetreuung im Nebenraum"), ("cost", "6.000 € im Jahr"), ("contact", "Integrationsbüro")])
            .await
            .assert_status(303);
        let page = app.client().get(MEASURE).await;
        assert!(page.body.contains("Gute Praxis") && page.body.contains("Kinderbetreuung im Nebenraum") && page.body.contains("Integrationsbüro"));
        let json: serde_json::Value = serde_json::from_str(&app.client().get("/api/v1/m/musterstadt/measures/1").await.body).unwrap();
        assert_eq!(json["good_practice"]["contact"], "Integrationsbüro");
        let library = store::concept::practice::library(&app.db.conn).await.unwrap();
        assert_eq!(library.iter().map(|(_, id, ..)| *id).collect::<Vec<_>>(), [1]);
        // Taken back: gone from the page, the API and the library.
        coordinator.post_form(form, &[("worked", "egal")]).await.assert_status(303);
        assert!(!app.client().get(MEASURE).await.body.contains("id=\"gute-praxis\""));
        assert!(store::concept::practice::library(&app.db.conn).await.unwrap().is_empty());
        // Nobody else may.
        app.login(&app.fixture.measure_owner).await.post_form(form, &[("marked", "yes"), ("worked", "x"), ("contact", "y")]).await.assert_status(403);
        app.login(&app.fixture.other_coordinator).await.get(form).await.assert_status(404);
    }
}

app_tests! {
    async fn the_progress_page_lists_many_measures_in_pages_with_their_indicators(app: &TestApp) {
        use domain::concept::measures::{Choices, MeasureForm};
        let first = app.client().get("/m/musterstadt/umsetzung").await;
        assert!(first.body.contains("1 von 1 Maßnahmen") && !first.body.contains(r#"rel="next""#));
        // 29 more measures, written as the coordinator's form would.
        let scope = &app.fixture.musterstadt.scope;
        let db = &app.db.conn;
        let concept = store::concept::get(db, scope).await.unwrap().unwrap();
        let goals: Vec<i64> = store::concept::outline::outline(db, scope, concept.id).await.unwrap().iter().flat_map(|f| f.goals.iter().map(|g| g.id)).collect();
        for n in 2..=30 {
            let typed = MeasureForm { title: format!("Maßnahme Nummer {n}"), goals: vec![goals[0].to_string()], ..MeasureForm::blank() };
            let measure = typed.validate(Choices { goals: &goals, ..Default::default() }, None).unwrap();
            store::concept::measures::create(db, scope, app.fixture.coordinator.id, concept.id, &measure, "").await.unwrap();
        }
        let page = app.client().get("/m/musterstadt/umsetzung").await;
        page.assert_status(200);
        assert!(page.body.contains("30 Maßnahmen, im Mittel zu"), "the overview counts all, also those added since the last reading");
        assert!(page.body.contains("Seite 1 von 2") && page.body.contains(r##"href="?page=2#massnahmen" rel="next""##));
        assert_eq!(page.body.matches(r#"<a class="kern-link" href="/m/musterstadt/massnahmen/"#).count(), 25 + 1, "25 measures and the indicator of measure 1");
        assert!(page.body.contains("Familien im Sprachcafé") && page.body.contains("Gezeigt werden die Indikatoren der Maßnahmen auf dieser Seite."));
        let second = app.client().get("/m/musterstadt/umsetzung?page=2").await;
        assert!(second.body.contains("Seite 2 von 2") && second.body.contains("Maßnahme Nummer 30") && !second.body.contains("Maßnahme Nummer 20<"));
        assert!(!second.body.contains("Familien im Sprachcafé"), "measure 1's indicator is on the first page");
        // The filters travel with the pages; a page beyond the last shows the first.
        let planned = app.client().get("/m/musterstadt/umsetzung?status=planned&page=1").await;
        assert!(planned.body.contains(r##"href="?status=planned&#38;page=2#massnahmen""##), "{}", planned.body);
        assert!(app.client().get("/m/musterstadt/umsetzung?page=99").await.body.contains("Seite 1 von 2"));
    }
}

app_tests! {
    async fn a_report_shows_its_photos_with_their_text_and_its_evidence(app: &TestApp) {
        use testkit::samples::{PDF, PNG};
        let owner = app.login(&app.fixture.measure_owner).await;
        let day = web::participation_today().to_string();
        let fields = [("on", day.as_str()), ("status", "running"), ("percent", "50"), ("text", "Das Fest war voll."), ("reason", "")];
        // A photo without its text alternative: the report comes back with everything typed, the photo kept.
        let r = owner.post_multipart(&format!("{MEASURE}/bericht"), &fields, &[("photo_0", "fest.png", PNG), ("evidence", "liste.pdf", PDF)]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#photo_alt_0""##) && r.body.contains("Das Fest war voll.") && r.body.contains("fest.png"), "{}", r.body);
        let kept = |name: &str| r.body.split(&format!(r#"name="{name}" type="checkbox" value=""#)).nth(1).and_then(|s| s.split('"').next()).map(str::to_owned);
        let (photo, evidence) = (kept("kept_photo_0").expect("the photo is kept"), kept("kept_evidence").expect("the document is kept"));
        let mut again: Vec<(&str, &str)> = fields.to_vec();
        again.extend([("kept_photo_0", photo.as_str()), ("photo_alt_0", "Viele Familien am Büchertisch"), ("kept_evidence", evidence.as_str())]);
        owner.post_multipart(&format!("{MEASURE}/bericht"), &again, &[]).await.assert_status(303);

        let page = app.client().get(MEASURE).await;
        assert!(page.body.contains(r#"alt="Viele Familien am Büchertisch""#), "the photo with its text alternative");
        let src = page.body.split(r#"<img src=""#).nth(1).and_then(|s| s.split('"').next()).expect("the photo").to_owned();
        app.client().get(&src).await.assert_status(200);
        assert!(page.body.contains("liste.pdf") && page.body.contains("Nachweise"));
        let api: serde_json::Value = serde_json::from_str(&app.client().get("/api/v1/m/musterstadt/measures/1").await.body).unwrap();
        assert_eq!(api["updates"][0]["photos"][0]["alt"], "Viele Familien am Büchertisch");
        assert_eq!(api["updates"][0]["evidence"][0]["name"], "liste.pdf");
        // Another municipality's address does not serve it.
        app.client().get(&src.replacen("/m/musterstadt/", "/m/beispielheim/", 1)).await.assert_status(404);
        // Back to a draft: the public no longer gets the photo, the coordinator still does (never from a shared cache).
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/verwaltung/konzept/stand", &[("stage", "draft")]).await.assert_status(303);
        app.client().get(&src).await.assert_status(404);
        let staff = coordinator.get(&src).await;
        staff.assert_status(200);
        assert_eq!(staff.header("cache-control"), Some("private, no-store"));
    }
}
