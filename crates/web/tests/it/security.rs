use testkit::app_tests;

app_tests! {
    async fn every_response_carries_strict_security_headers(app: &TestApp) {
        let client = app.client();
        for path in ["/", "/m/musterstadt", "/m/gibt-es-nicht", "/api/v1/municipalities", "/api/v1/nope", "/healthz"] {
            let r = client.get(path).await;
            let csp = r.header("content-security-policy").unwrap_or_else(|| panic!("CSP on {path}"));
            assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
            assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
            assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{path}");
            assert!(r.header("referrer-policy").is_some(), "{path}");
            assert!(r.header("permissions-policy").is_some(), "{path}");
            assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
        }
    }

    async fn static_files_have_content_hashes_and_are_cached_forever(app: &TestApp) {
        let client = app.client();
        let page = client.get("/").await;
        let href = page.body.split("href=\"/static/kern/kern.min.").nth(1).expect("KERN stylesheet linked");
        let hash = href.split('.').next().unwrap();
        assert!(hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()), "hash in the name: {hash}");
        let css = client.with_header("accept-encoding", "gzip").get(&format!("/static/kern/kern.min.{hash}.css")).await;
        css.assert_status(200);
        assert_eq!(css.header("cache-control"), Some("public, max-age=31536000, immutable"));
        assert_eq!(css.header("content-encoding"), Some("gzip"));
        assert!(css.header("content-type").unwrap().starts_with("text/css"));
        // The unhashed name is not served: every link must use the hashed one.
        app.client().get("/static/kern/kern.min.css").await.assert_status(404);
    }

    async fn fonts_referenced_by_the_stylesheet_are_served(app: &TestApp) {
        let client = app.client();
        let page = client.get("/").await;
        let href = page.body.split("href=\"").find(|s| s.starts_with("/static/kern/kern.min.")).unwrap();
        let href = href.split('"').next().unwrap();
        let css = client.get(href).await.body;
        let fonts: Vec<&str> = css.split("url(").skip(1).map(|s| s.split(')').next().unwrap().trim_matches(['"', '\''])).filter(|u| !u.starts_with("data:")).collect();
        assert!(!fonts.is_empty(), "the stylesheet loads fonts");
        for font in fonts {
            assert!(!font.contains("://"), "no remote font: {font}");
            let r = client.get(&format!("/static/kern/{font}")).await;
            assert_eq!(r.status.as_u16(), 200, "{font}");
            assert!(r.header("content-type").unwrap().starts_with("font/"), "{font}");
        }
    }

    async fn a_form_post_without_the_csrf_token_is_refused_with_a_page(app: &TestApp) {
        let client = app.client();
        client.get("/").await;
        let refused = client.post_raw("/", &[("x", "1")]).await;
        refused.assert_status(403);
        assert!(refused.body.contains("Formular abgelaufen"), "{}", refused.body);
        let wrong = client.post_raw("/", &[("csrf_token", &"0".repeat(64))]).await;
        wrong.assert_status(403);
        // With the right token the request reaches the router (which has no POST on /).
        client.post_form("/", &[]).await.assert_status(405);
    }

    async fn a_cross_site_form_post_is_refused_even_with_a_token(app: &TestApp) {
        let client = app.client().with_header("sec-fetch-site", "cross-site");
        client.get("/").await;
        client.post_form("/", &[]).await.assert_status(403);
    }

    async fn the_csrf_cookie_is_http_only_and_same_site(app: &TestApp) {
        let r = app.client().get("/").await;
        let cookie = r.header("set-cookie").expect("CSRF cookie set");
        assert!(cookie.starts_with("csrf="), "{cookie}");
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    }

    async fn the_language_switch_redirects_only_within_the_site(app: &TestApp) {
        let r = app.client().get("/lang/en?next=//evil.example/").await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/"));
        let r = app.client().get("/lang/en?next=/m/musterstadt").await;
        assert_eq!(r.header("location"), Some("/m/musterstadt"));
        app.client().get("/lang/xx").await.assert_status(404);
    }

    async fn user_markdown_is_sanitised(app: &TestApp) {
        let scope = app.fixture.musterstadt.scope;
        store::legal::save(&app.db.conn, &scope, domain::legal::LegalPageKind::Imprint, "Hallo <script>alert(1)</script> <a href=\"javascript:alert(2)\">x</a> <img src=x onerror=alert(3)>", None)
            .await
            .unwrap();
        let r = app.client().get("/m/musterstadt/impressum").await;
        r.assert_status(200);
        assert!(r.body.contains("Hallo"));
        assert!(!r.body.contains("<script>alert"), "{}", r.body);
        assert!(!r.body.contains("javascript:"));
        assert!(!r.body.contains("onerror"));
    }
}

mod over_tls {
    use testkit::{Backend, PASSWORD, TestApp};

    async fn run(backend: Backend) {
        let app = TestApp::spawn_with(backend, |c| {
            *c = web::WebConfig { expose_query_count: true, ..web::WebConfig::for_url("https://beteiligung.example") }
        })
        .await;
        let browser = app.client();
        let r = browser.get("/anmelden").await;
        let csrf = r.header("set-cookie").unwrap().to_owned();
        assert!(csrf.starts_with("__Host-csrf="), "{csrf}");
        assert!(csrf.contains("Secure") && csrf.contains("HttpOnly") && csrf.contains("Path=/"), "{csrf}");
        let token = browser.cookie("__Host-csrf").unwrap();
        let r = browser
            .post_raw("/anmelden", &[("csrf_token", &token), ("email", app.fixture.participant.email), ("password", PASSWORD)])
            .await;
        r.assert_status(303);
        let session =
            r.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).find(|c| c.contains("session=")).unwrap();
        assert!(session.starts_with("__Host-session="), "{session}");
        assert!(session.contains("Secure") && session.contains("HttpOnly") && session.contains("SameSite=Lax"), "{session}");
        browser.get("/konto").await.assert_status(200);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cookies_are_secure_and_host_prefixed_sqlite() {
        run(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cookies_are_secure_and_host_prefixed_postgres() {
        run(Backend::Postgres).await;
    }
}
