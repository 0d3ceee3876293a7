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
