//! Every route, with what each kind of visitor gets. A route added to the
//! application without an entry here fails `every_route_has_expectations`.
//!
//! Columns: the route, an example path, then the expected status for an
//! anonymous visitor. Routes of one municipality are also requested with a
//! slug that does not exist (404) and must show only their own tenant's data.

use std::collections::HashSet;

use testkit::{TestApp, app_tests};

struct Expect {
    method: &'static str,
    route: &'static str,
    example: &'static str,
    anonymous: u16,
    /// For routes under `/m/{slug}`: the same path for another municipality,
    /// and a text only that municipality's page contains.
    other_tenant: Option<(&'static str, &'static str)>,
}

const fn get(route: &'static str, example: &'static str, anonymous: u16) -> Expect {
    Expect { method: "GET", route, example, anonymous, other_tenant: None }
}

const fn get_municipal(route: &'static str, example: &'static str, other: &'static str, marker: &'static str) -> Expect {
    Expect { method: "GET", route, example, anonymous: 200, other_tenant: Some((other, marker)) }
}

const EXPECTATIONS: &[Expect] = &[
    get("/", "/", 200),
    get_municipal("/m/{slug}", "/m/musterstadt", "/m/beispielheim", "Beispielheim"),
    get("/impressum", "/impressum", 200),
    get("/datenschutz", "/datenschutz", 200),
    get("/barrierefreiheit", "/barrierefreiheit", 200),
    get_municipal("/m/{slug}/impressum", "/m/musterstadt/impressum", "/m/beispielheim/impressum", "Text von Beispielheim zu impressum"),
    get_municipal("/m/{slug}/datenschutz", "/m/musterstadt/datenschutz", "/m/beispielheim/datenschutz", "Text von Beispielheim zu datenschutz"),
    get_municipal(
        "/m/{slug}/barrierefreiheit",
        "/m/musterstadt/barrierefreiheit",
        "/m/beispielheim/barrierefreiheit",
        "Text von Beispielheim zu barrierefreiheit",
    ),
    get("/lang/{code}", "/lang/en?next=/m/musterstadt", 303),
    get("/api/v1/municipalities", "/api/v1/municipalities", 200),
    get("/api/v1/openapi.json", "/api/v1/openapi.json", 200),
    get("/healthz", "/healthz", 200),
    get("/readyz", "/readyz", 200),
    get("/metrics", "/metrics", 200),
    get("/static/{*path}", "/static/does-not-exist.css", 404),
];

#[test]
fn every_route_has_expectations() {
    let routes: HashSet<(&str, &str)> = web::route_table().into_iter().map(|r| (r.method, r.path)).collect();
    let expected: HashSet<(&str, &str)> = EXPECTATIONS.iter().map(|e| (e.method, e.route)).collect();
    let missing: Vec<_> = routes.difference(&expected).collect();
    let stale: Vec<_> = expected.difference(&routes).collect();
    assert!(missing.is_empty(), "routes without an entry in the route table test: {missing:?}");
    assert!(stale.is_empty(), "route table entries for routes that do not exist: {stale:?}");
}

app_tests! {
    async fn anonymous_visitors_get_what_the_table_says(app: &TestApp) {
        for e in EXPECTATIONS {
            let response = app.client().get(e.example).await;
            assert_eq!(response.status.as_u16(), e.anonymous, "{} {} as anonymous; body:\n{}", e.method, e.example, response.body);
        }
    }

    async fn municipal_routes_answer_404_for_an_unknown_municipality(app: &TestApp) {
        for e in EXPECTATIONS.iter().filter(|e| e.other_tenant.is_some()) {
            let path = e.example.replacen("/m/musterstadt", "/m/gibt-es-nicht", 1);
            let response = app.client().get(&path).await;
            assert_eq!(response.status.as_u16(), 404, "{path}");
            assert!(response.body.contains("<h1"), "the 404 is a full page: {path}");
        }
    }

    async fn municipal_routes_show_only_their_own_tenants_data(app: &TestApp) {
        for e in EXPECTATIONS {
            let Some((other, marker)) = e.other_tenant else { continue };
            let own = app.client().get(e.example).await;
            let theirs = app.client().get(other).await;
            theirs.assert_status(200);
            assert!(theirs.body.contains(marker), "{other} shows its own data");
            assert!(!own.body.contains(marker), "{} must not show data of another municipality", e.example);
        }
    }
}
