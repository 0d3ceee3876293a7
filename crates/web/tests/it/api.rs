use testkit::app_tests;

app_tests! {
    async fn municipalities_are_listed_with_public_fields_only(app: &TestApp) {
        let r = app.client().get("/api/v1/municipalities").await;
        r.assert_status(200);
        assert!(r.header("content-type").unwrap().starts_with("application/json"));
        let json = r.json();
        assert_eq!(json["total"], 2);
        let first = &json["items"][0];
        assert_eq!(first["slug"], "beispielheim");
        assert_eq!(first["name"], "Beispielheim");
        assert_eq!(first["ags"], "06435990");
        assert_eq!(first["population"], 12_500);
        assert_eq!(first["district"], "Main-Kinzig-Kreis");
        let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 5, "only public fields: {keys:?}");
    }

    async fn api_errors_are_problem_json_with_a_code(app: &TestApp) {
        let r = app.client().with_header("accept-language", "en").get("/api/v1/nothing-here").await;
        r.assert_status(404);
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        let json = r.json();
        assert_eq!(json["status"], 404);
        assert_eq!(json["code"], "error-not-found");
        assert_eq!(json["title"], "Page not found");
    }

    async fn the_openapi_document_describes_the_api(app: &TestApp) {
        let json = app.client().get("/api/v1/openapi.json").await.json();
        assert!(json["openapi"].as_str().unwrap().starts_with("3."));
        assert!(json["paths"]["/api/v1/municipalities"]["get"].is_object());
        assert!(json["components"]["schemas"]["MunicipalityJson"].is_object());
    }
}

app_tests! {
    async fn events_are_listed_with_their_free_places(app: &TestApp) {
        let json = app.client().get("/api/v1/m/musterstadt/events").await.json();
        let items = json["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "only this municipality's events: {json}");
        assert_eq!((items[0]["capacity"].as_u64(), items[0]["free_places"].as_u64()), (Some(2), Some(2)));
        assert_eq!(items[0]["kind"], "workshop");
        assert_eq!(items[0]["process"], "vielfalt-2026");
        app.login(&app.fixture.participant).await.post_form("/m/musterstadt/veranstaltungen/1/anmelden", &[]).await.assert_status(303);
        let json = app.client().get("/api/v1/m/musterstadt/events").await.json();
        assert_eq!(json["items"][0]["free_places"].as_u64(), Some(1));
        let text = json.to_string();
        assert!(!text.contains(app.fixture.participant.email) && !text.contains(app.fixture.participant.name), "nobody's registration shows");
        let doc = app.client().get("/api/v1/openapi.json").await.json();
        assert!(doc["paths"]["/api/v1/m/{slug}/events"]["get"].is_object());
        app.client().get("/api/v1/m/nirgendwo/events").await.assert_status(404);
    }

    async fn ideas_are_open_data_without_personal_details(app: &TestApp) {
        let list = app.client().get("/api/v1/m/musterstadt/ideas?process=vielfalt-2026").await;
        list.assert_status(200);
        let json = list.json();
        assert_eq!(json["total"], 2);
        assert_eq!(json["page"], 1);
        let first = &json["items"][1];
        assert_eq!(first["title"], "Sprachcafé in der Stadtbibliothek");
        assert_eq!(first["status"], "received");
        assert_eq!(first["source"], "online");
        assert_eq!(first["author"], "Ayşe Demir");
        assert!(!list.body.contains("@"), "no e-mail addresses: {}", list.body);
        let detail = app.client().get("/api/v1/m/musterstadt/ideas/2").await.json();
        assert_eq!(detail["comments"].as_array().unwrap().len(), 2);
        assert_eq!(detail["comments"][0]["body_html"], "<p>Gute Idee, ich helfe gern mit.</p>");
        // Another municipality's idea and unknown processes: problem JSON.
        let r = app.client().get("/api/v1/m/musterstadt/ideas/3").await;
        r.assert_status(404);
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        app.client().get("/api/v1/m/musterstadt/ideas?process=gibt-es-nicht").await.assert_status(404);
        let processes = app.client().get("/api/v1/m/musterstadt/processes").await.json();
        assert_eq!(processes["items"][0]["slug"], "vielfalt-2026");
        let doc = app.client().get("/api/v1/openapi.json").await.json();
        assert!(doc["paths"]["/api/v1/m/{slug}/ideas"]["get"].is_object());
    }

    async fn withdrawn_ideas_are_not_open_data(app: &TestApp) {
        let author = app.login(&app.fixture.participant).await;
        author.post_form("/m/musterstadt/ideen/2/zurueckziehen", &[]).await.assert_status(303);
        app.client().get("/api/v1/m/musterstadt/ideas/2").await.assert_status(404);
        assert_eq!(app.client().get("/api/v1/m/musterstadt/ideas").await.json()["total"], 1);
    }
}
