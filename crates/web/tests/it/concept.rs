//! The concept: the coordinator writes texts, action fields, goals and
//! measures (each form keeps what was typed when something is wrong); the
//! public reads it once it is in consultation or adopted; measures keep their
//! status rules; another municipality reaches none of it.

use testkit::app_tests;

const MANAGE: &str = "/m/musterstadt/verwaltung/konzept";

app_tests! {
    async fn a_coordinator_writes_fields_goals_and_measures_that_the_public_reads(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let page = coordinator.get(MANAGE).await;
        page.assert_status(200);
        assert!(page.body.contains(r#"value="Gelebte Vielfalt in Musterstadt""#) && page.body.contains("Sprachcafé mit Kinderbetreuung"));
        // A missing title: the preamble typed comes back with the error.
        let r = coordinator.post_form(MANAGE, &[("title", " "), ("preamble", "Musterstadt ist vielfältig."), ("vision", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte geben Sie einen Titel an.") && r.body.contains("Musterstadt ist vielfältig.") && r.body.contains(r##"href="#title""##));
        coordinator.post_form(MANAGE, &[("title", "Gelebte Vielfalt in Musterstadt"), ("preamble", "Musterstadt ist **vielfältig**."), ("vision", "Alle gehören dazu.")]).await.assert_status(303);

        // A second action field and a goal in it.
        coordinator.post_form(&format!("{MANAGE}/handlungsfelder"), &[("name", ""), ("analysis", "Zahlen")]).await.assert_status(422);
        coordinator.post_form(&format!("{MANAGE}/handlungsfelder"), &[("name", "Arbeit & Ausbildung"), ("analysis", "Ein Viertel …")]).await.assert_status(303);
        let page = coordinator.get(MANAGE).await;
        let add_goal = page.body.split(r#"href=""#).filter_map(|s| s.split('"').next()).find(|h| h.ends_with("/ziele") && !h.ends_with("/1/ziele")).unwrap().to_owned();
        let r = coordinator.post_form(&add_goal, &[("title", ""), ("description", "Beschreibung bleibt")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Beschreibung bleibt") && r.body.contains("Arbeit &#38; Ausbildung"));
        coordinator.post_form(&add_goal, &[("title", "Mehr Ausbildungsplätze für Zugewanderte"), ("description", "")]).await.assert_status(303);
        let form = coordinator.get(&format!("{MANAGE}/massnahmen/neu")).await;
        form.assert_status(200);
        let goal = form.body.split("Mehr Ausbildungsplätze für Zugewanderte").next().unwrap().rsplit(r#"value=""#).next().unwrap().split('"').next().unwrap().to_owned();

        // Dropped without a reason, ending before it starts: all comes back.
        let fields = [
            ("title", "Praktikumsbörse"),
            ("description", "Betriebe stellen sich vor."),
            ("main_goal", goal.as_str()),
            ("goal", "1"),
            ("lead_organisation", "1"),
            ("starts_on", "2027-05-01"),
            ("ends_on", "2027-04-01"),
            ("priority", "high"),
            ("cost", "2.500"),
            ("status", "dropped"),
            ("status_reason", ""),
        ];
        let r = coordinator.post_form(&format!("{MANAGE}/massnahmen/neu"), &fields).await;
        r.assert_status(422);
        assert!(r.body.contains("Das Ende liegt vor dem Beginn.") && r.body.contains("Bitte begründen Sie"));
        assert!(r.body.contains(r#"value="Praktikumsbörse""#) && r.body.contains(r#"value="2.500""#));
        let fields: Vec<(&str, &str)> = fields.iter().map(|&(k, v)| match k {
            "ends_on" => (k, "2027-12-31"),
            "status" => (k, "planned"),
            _ => (k, v),
        }).collect();
        let r = coordinator.post_form(&format!("{MANAGE}/massnahmen/neu"), &fields).await;
        r.assert_status(303);
        let measure = r.header("location").unwrap().split('?').next().unwrap().to_owned();

        // The public reads it: the measure under its goal, with its status and details.
        let public = app.client().get("/m/musterstadt/konzept").await;
        public.assert_status(200);
        assert!(public.body.contains("<strong>vielfältig</strong>") && public.body.contains("Beschlossen am 26.06.2025 (DS 2025/117)"));
        assert!(public.body.contains("Maßnahme 2: Praktikumsbörse") && public.body.contains("Mehr Ausbildungsplätze für Zugewanderte"));
        // How many measures stand where, at the top.
        assert!(public.body.contains(r#"id="stand-der-massnahmen">2 Maßnahmen</h2>"#), "the total");
        assert!(public.body.contains(r#"<li><span class="kern-body kern-body--bold">1</span> <span class="kern-badge kern-badge--warning"><span class="kern-label">läuft</span>"#));
        let page = app.client().get(&measure).await;
        page.assert_status(200);
        assert!(page.body.contains("Maßnahme 2: Praktikumsbörse") && page.body.contains("geplant"));
        assert!(page.body.contains("2.500,00 €") && page.body.contains("Nachbarschaftsverein Musterstadt") && page.body.contains("01.05.2027 – 31.12.2027"));
        assert!(page.body.contains("Arbeit &#38; Ausbildung › Mehr Ausbildungsplätze") && page.body.contains("Sprache &#38; Bildung › Alle Kinder"));
        assert!(!page.body.contains("Maßnahme bearbeiten"), "only coordinators are offered to edit");
        let en = app.client().with_header("accept-language", "en").get(&measure).await;
        assert!(en.body.contains("Measure 2: Praktikumsbörse") && en.body.contains("2,500.00 €") && en.body.contains("planned"));
    }

    async fn a_started_measure_cannot_be_planned_again_and_dropping_needs_a_reason(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let edit = format!("{MANAGE}/massnahmen/1");
        let form = coordinator.get(&edit).await;
        assert!(form.body.contains(r#"value="Sprachcafé mit Kinderbetreuung""#) && form.body.contains(r#"value="running" checked"#));
        let base = [("title", "Sprachcafé mit Kinderbetreuung"), ("main_goal", "1"), ("priority", "medium"), ("status", "planned")];
        let r = coordinator.post_form(&edit, &base).await;
        r.assert_status(422);
        assert!(r.body.contains("schon begonnen"));
        let dropped = [("title", "Sprachcafé mit Kinderbetreuung"), ("main_goal", "1"), ("priority", "medium"), ("status", "dropped"), ("status_reason", "Die Räume fallen weg.")];
        coordinator.post_form(&edit, &dropped).await.assert_status(303);
        let page = app.client().get("/m/musterstadt/massnahmen/1").await;
        assert!(page.body.contains("aufgegeben") && page.body.contains("Die Räume fallen weg."));
    }

    async fn a_draft_is_for_the_coordinators_only(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "adopted")]).await.assert_status(422);
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "draft")]).await.assert_status(303);
        app.client().get("/m/musterstadt/konzept").await.assert_status(404);
        app.client().get("/m/musterstadt/massnahmen/1").await.assert_status(404);
        app.login(&app.fixture.participant).await.get("/m/musterstadt/konzept").await.assert_status(404);
        let own = coordinator.get("/m/musterstadt/konzept").await;
        own.assert_status(200);
        assert!(own.body.contains("noch nicht öffentlich"));
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "consultation")]).await.assert_status(303);
        let public = app.client().get("/m/musterstadt/konzept").await;
        assert!(public.body.contains("Entwurf in der öffentlichen Beratung"));
    }

    async fn another_municipality_reaches_none_of_it(app: &TestApp) {
        let other = app.login(&app.fixture.other_coordinator).await;
        // Musterstadt's parts under Beispielheim's address do not exist.
        for path in [
            "/m/beispielheim/massnahmen/1",
            "/m/beispielheim/verwaltung/konzept/handlungsfelder/1",
            "/m/beispielheim/verwaltung/konzept/handlungsfelder/1/ziele",
            "/m/beispielheim/verwaltung/konzept/ziele/1",
            "/m/beispielheim/verwaltung/konzept/massnahmen/1",
        ] {
            other.get(path).await.assert_status(404);
        }
        let goal = [("title", "Fremdes Ziel"), ("description", "")];
        other.post_form("/m/beispielheim/verwaltung/konzept/handlungsfelder/1/ziele", &goal).await.assert_status(404);
        other.post_form("/m/beispielheim/verwaltung/konzept/ziele/1", &goal).await.assert_status(404);
        let measure = [("title", "Übernommen"), ("main_goal", "1"), ("priority", "low"), ("status", "planned")];
        other.post_form("/m/beispielheim/verwaltung/konzept/massnahmen/1", &measure).await.assert_status(404);
        // Their own form does not offer Musterstadt's goal, and refuses it.
        let r = other.post_form("/m/beispielheim/verwaltung/konzept/massnahmen/neu", &measure).await;
        r.assert_status(422);
        assert!(r.body.contains("Diese Auswahl gibt es nicht"));
        let page = app.client().get("/m/musterstadt/massnahmen/1").await;
        assert!(page.body.contains("Sprachcafé mit Kinderbetreuung") && !page.body.contains("Übernommen"));
    }

    async fn an_idea_taken_up_into_a_measure_links_both_and_tells_its_author(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let form = coordinator.get("/m/musterstadt/ideen/1/massnahme").await;
        form.assert_status(200);
        assert!(form.body.contains("Maßnahme 1: Sprachcafé mit Kinderbetreuung"));
        let r = coordinator.post_form("/m/musterstadt/ideen/1/massnahme", &[("measure", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Bitte wählen Sie eine Maßnahme.") && r.body.contains(r##"href="#measure""##));
        coordinator.post_form("/m/musterstadt/ideen/1/massnahme", &[("measure", "1")]).await.assert_status(303);
        // Both pages name each other; the idea is taken up.
        let idea = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(idea.body.contains("Aufgenommen in:") && idea.body.contains(r#"href="/m/musterstadt/massnahmen/1""#));

        let measure = app.client().get("/m/musterstadt/massnahmen/1").await;
        assert!(measure.body.contains("Aus diesen Ideen entstanden") && measure.body.contains(r#"href="/m/musterstadt/ideen/1""#));
        // Its author is told.
        let inbox = app.login(&app.fixture.participant).await.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("Musterstadt hat auf „Sprachcafé in der Stadtbibliothek“ geantwortet"), "{}", inbox.body);
        // Once is enough: the measure is no longer offered.
        let again = coordinator.get("/m/musterstadt/ideen/1/massnahme").await;
        assert!(again.body.contains("schon aufgenommen") && !again.body.contains(r#"<option value="1""#));
        // Another municipality can neither take up this idea nor use this measure.
        let other = app.login(&app.fixture.other_coordinator).await;
        other.post_form("/m/beispielheim/ideen/1/massnahme", &[("measure", "2")]).await.assert_status(404);
        other.post_form("/m/beispielheim/ideen/3/massnahme", &[("measure", "1")]).await.assert_status(422);
    }

    async fn the_concept_and_its_measures_are_open_data(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/ideen/1/massnahme", &[("measure", "1")]).await.assert_status(303);
        let concept = app.client().get("/api/v1/m/musterstadt/concept").await;
        concept.assert_status(200);
        let concept = concept.json();
        assert_eq!((concept["title"].as_str(), concept["stage"].as_str(), concept["decision_number"].as_str()), (Some("Gelebte Vielfalt in Musterstadt"), Some("adopted"), Some("DS 2025/117")));
        let measure = &concept["action_fields"][0]["goals"][0]["measures"][0];
        assert_eq!((measure["number"].as_i64(), measure["status"].as_str()), (Some(1), Some("running")));
        assert_eq!(measure["lead_organisation"].as_str(), Some("Nachbarschaftsverein Musterstadt"));
        // Filtered by status and action field.
        let running = app.client().get("/api/v1/m/musterstadt/measures?status=running").await.json();
        assert_eq!((running["total"].as_u64(), running["items"][0]["title"].as_str()), (Some(1), Some("Sprachcafé mit Kinderbetreuung")));
        assert_eq!(app.client().get("/api/v1/m/musterstadt/measures?status=done").await.json()["total"], 0);
        assert_eq!(app.client().get("/api/v1/m/musterstadt/measures?field=999").await.json()["total"], 0);
        let field = concept["action_fields"][0]["id"].as_i64().unwrap();
        assert_eq!(app.client().get(&format!("/api/v1/m/musterstadt/measures?field={field}")).await.json()["total"], 1);
        // One measure, with the ideas it came from; never its owner's name.
        let detail = app.client().get("/api/v1/m/musterstadt/measures/1").await;
        let json = detail.json();
        assert_eq!(json["source_idea_ids"], serde_json::json!([1]));
        assert_eq!(json["goals"][0]["action_field"].as_str(), Some("Sprache & Bildung"));
        assert!(!detail.body.contains("Koordination") && json.get("owner").is_none());
        let missing = app.client().get("/api/v1/m/musterstadt/measures/2").await;
        missing.assert_status(404);
        assert_eq!(missing.header("content-type"), Some("application/problem+json"));
        let doc = app.client().get("/api/v1/openapi.json").await.json();
        assert!(doc["paths"]["/api/v1/m/{slug}/measures/{id}"]["get"].is_object() && doc["components"]["schemas"]["MeasureDetailJson"].is_object());
        // The measures as CSV, for spreadsheets.
        let csv = app.client().get("/m/musterstadt/measures.csv").await;
        csv.assert_status(200);
        assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
        assert!(csv.body.contains("Nummer,Titel der Maßnahme,Name des Handlungsfelds,Hauptziel,Weitere Ziele,Status") && csv.body.contains("1,Sprachcafé mit Kinderbetreuung,Sprache & Bildung"));
        // The coordinator works on the next version: the open data stays with the adopted one.
        let texts = [("title", "Gelebte Vielfalt 2030"), ("preamble", ""), ("vision", "Alle gehören dazu.")];
        coordinator.post_form(MANAGE, &texts).await.assert_status(303);
        let still = app.client().get("/api/v1/m/musterstadt/concept").await.json();
        assert_eq!((still["version"].as_i64(), still["title"].as_str()), (Some(1), Some("Gelebte Vielfalt in Musterstadt")));
        assert_eq!(still["action_fields"][0]["goals"][0]["measures"][0]["percent_complete"], measure["percent_complete"], "with where the measure stands now");
        // A draft is nobody's open data.
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "draft")]).await.assert_status(303);
        app.client().get("/api/v1/m/musterstadt/concept").await.assert_status(404);
        app.client().get("/api/v1/m/musterstadt/measures").await.assert_status(404);
        app.client().get("/api/v1/m/musterstadt/measures/1").await.assert_status(404);
        app.client().get("/m/musterstadt/measures.csv").await.assert_status(404);
        coordinator.get("/m/musterstadt/measures.csv").await.assert_status(200);
    }
}
