use testkit::app_tests;

fn html_lang(body: &str) -> &str {
    body.split("<html lang=\"").nth(1).and_then(|s| s.split('"').next()).expect("html lang attribute")
}

fn h1_count(body: &str) -> usize {
    body.matches("<h1").count()
}

app_tests! {
    async fn the_home_page_lists_every_municipality(app: &TestApp) {
        let r = app.client().get("/").await;
        r.assert_status(200);
        assert!(r.body.contains("Land Hessen (Test)"));
        assert!(r.body.contains("href=\"/m/musterstadt\""));
        assert!(r.body.contains("href=\"/m/beispielheim\""));
        assert!(r.body.contains("38.000 Einwohnerinnen und Einwohner"), "German number format");
        assert_eq!(h1_count(&r.body), 1);
    }

    async fn the_language_follows_cookie_then_accept_language(app: &TestApp) {
        let r = app.client().get("/m/musterstadt").await;
        assert_eq!(html_lang(&r.body), "de");
        assert!(r.body.contains("Einwohnerinnen und Einwohner"));

        let r = app.client().with_header("accept-language", "en-GB,en;q=0.9").get("/m/musterstadt").await;
        assert_eq!(html_lang(&r.body), "en");
        assert!(r.body.contains("Inhabitants"));
        assert!(r.body.contains("38,000"), "English number format");

        // The chosen language wins over the browser's and is remembered.
        let browser = app.client().with_header("accept-language", "en");
        let switched = browser.get("/lang/de?next=/m/musterstadt").await;
        switched.assert_status(303);
        assert!(switched.header("set-cookie").unwrap().contains("lang=de"));
        let r = browser.get("/m/musterstadt").await;
        assert_eq!(html_lang(&r.body), "de");
    }

    async fn every_page_offers_both_languages_and_a_skip_link(app: &TestApp) {
        let r = app.client().get("/m/musterstadt/datenschutz").await;
        assert!(r.body.contains("href=\"#main\""), "skip link");
        assert!(r.body.contains("id=\"main\""));
        assert!(r.body.contains("href=\"/lang/en?next=%2Fm%2Fmusterstadt%2Fdatenschutz\""), "{}", r.body);
        assert!(r.body.contains("lang=\"en\""), "the language name is marked with its language");
    }

    async fn errors_are_pages_in_the_visitors_language(app: &TestApp) {
        let r = app.client().get("/m/gibt-es-nicht").await;
        r.assert_status(404);
        assert_eq!(html_lang(&r.body), "de");
        assert!(r.body.contains("Seite nicht gefunden"));
        assert!(r.body.contains("Zum Inhalt springen"), "with the layout");
        assert_eq!(h1_count(&r.body), 1);

        let r = app.client().with_header("accept-language", "en").get("/nirgendwo").await;
        r.assert_status(404);
        assert!(r.body.contains("Page not found"));
    }

    async fn a_municipality_shows_its_own_legal_pages_in_the_footer(app: &TestApp) {
        let r = app.client().get("/m/beispielheim").await;
        assert!(r.body.contains("href=\"/m/beispielheim/impressum\""));
        assert!(r.body.contains("href=\"/m/beispielheim/barrierefreiheit\""));
        let r = app.client().get("/").await;
        assert!(r.body.contains("href=\"/impressum\""));
    }

    async fn pages_issue_a_fixed_number_of_sql_statements(app: &TestApp) {
        // An N+1 query (one per municipality, per link ...) fails here.
        let client = app.client();
        for (path, max) in [
            ("/", 1),
            // The municipality and whether its concept is public.
            ("/m/musterstadt", 2),
            ("/m/musterstadt/impressum", 2),
            ("/impressum", 1),
            ("/api/v1/municipalities", 1),
        ] {
            let r = client.get(path).await;
            r.assert_status(200);
            assert!(r.query_count() <= max, "{path}: {} statements, at most {max} expected", r.query_count());
        }
        // Growing the number of municipalities does not grow the statements.
        for i in 0..20 {
            let input = domain::tenancy::MunicipalityForm {
                name: format!("Gemeinde {i}"),
                slug: format!("gemeinde-{i}"),
                ags: "06435990".into(),
                population: "10000".into(),
                district: "Kreis".into(),
            }
            .validate()
            .unwrap();
            store::tenancy::create_municipality(&app.db.conn, None, &input).await.unwrap();
        }
        assert_eq!(client.get("/").await.query_count(), 1);
        assert_eq!(client.get("/api/v1/municipalities").await.query_count(), 1);
    }

    async fn probes_and_metrics_answer(app: &TestApp) {
        let client = app.client();
        assert_eq!(client.get("/healthz").await.body, "ok");
        assert_eq!(client.get("/readyz").await.body, "ready");
        client.get("/m/musterstadt").await;
        let metrics = client.get("/metrics").await;
        assert!(metrics.body.contains("http_requests_total"), "{}", metrics.body);
        assert!(metrics.body.contains("route=\"/m/{slug}\""), "requests are counted by route pattern, not by path");
        assert!(metrics.body.contains("http_request_duration_seconds_bucket"));
        assert!(metrics.body.contains("db_pool_connections"));
    }
}

app_tests! {
    async fn a_server_error_is_a_page_in_the_layout_and_json_for_the_api(app: &TestApp) {
        use sea_orm::ConnectionTrait;
        // Tables that vanish under the running app (renamed: works on both backends).
        app.db.conn.execute_unprepared("ALTER TABLE legal_pages RENAME TO legal_pages_gone").await.unwrap();
        let r = app.client().get("/impressum").await;
        r.assert_status(500);
        assert!(r.body.contains("Ein Fehler ist aufgetreten"), "{}", r.body);
        assert!(r.body.contains("Zum Inhalt springen"), "with the layout");
        assert!(!r.body.contains("legal_pages"), "no internals shown");
        app.db.conn.execute_unprepared("ALTER TABLE tenants RENAME TO tenants_gone").await.unwrap();
        let r = app.client().get("/api/v1/municipalities").await;
        r.assert_status(500);
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
        assert_eq!(r.json()["code"], "error-internal");
    }
}
