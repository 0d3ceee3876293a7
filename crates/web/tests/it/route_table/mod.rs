//! Every route, with what each kind of visitor gets. A route added to the
//! application without an entry here fails `every_route_has_expectations`.
//!
//! Per route: an example path, the expected status for an anonymous visitor
//! and for a logged-in participant (without any role). POST routes are sent a
//! form with bad or missing input (expect the form again, 422, or a refusal)
//! and are checked to refuse a request without CSRF token (403). Routes of one
//! municipality are also requested for a slug that does not exist (404) and
//! must show only their own tenant's data.

use std::collections::HashSet;

use testkit::app_tests;

mod accounts;
mod admin;
mod concept;
mod events;
mod funding;
mod legal;
mod moderation;
mod notifications;
mod operations;
mod organisations;
mod participation;
mod public;
mod surveys;

struct Expect {
    method: &'static str,
    route: &'static str,
    example: &'static str,
    anonymous: u16,
    participant: u16,
    /// Coordinator of Musterstadt (the tenant in the examples), coordinator of
    /// Beispielheim (another tenant) and platform admin; `None`: as participant.
    coordinator: Option<u16>,
    other_coordinator: Option<u16>,
    admin: Option<u16>,
    /// The state's programme officer; `None`: as participant.
    officer: Option<u16>,
    /// For routes under `/m/{slug}`: the same path for another municipality,
    /// and a text only that municipality's page contains.
    other_tenant: Option<(&'static str, &'static str)>,
}

const fn get(route: &'static str, example: &'static str, anonymous: u16, participant: u16) -> Expect {
    Expect {
        method: "GET",
        route,
        example,
        anonymous,
        participant,
        coordinator: None,
        other_coordinator: None,
        admin: None,
        officer: None,
        other_tenant: None,
    }
}

const fn post(route: &'static str, example: &'static str, anonymous: u16, participant: u16) -> Expect {
    Expect {
        method: "POST",
        route,
        example,
        anonymous,
        participant,
        coordinator: None,
        other_coordinator: None,
        admin: None,
        officer: None,
        other_tenant: None,
    }
}

const fn get_municipal(route: &'static str, example: &'static str, other: &'static str, marker: &'static str) -> Expect {
    Expect {
        method: "GET",
        route,
        example,
        anonymous: 200,
        participant: 200,
        coordinator: None,
        other_coordinator: None,
        admin: None,
        officer: None,
        other_tenant: Some((other, marker)),
    }
}

/// Platform administration: login, 403 for everyone but the admin.
const fn admin(method: &'static str, route: &'static str, example: &'static str, admin: u16) -> Expect {
    Expect {
        method,
        route,
        example,
        anonymous: 303,
        participant: 403,
        coordinator: Some(403),
        other_coordinator: Some(403),
        admin: Some(admin),
        officer: None,
        other_tenant: None,
    }
}

/// Management of Musterstadt: its coordinator only; staff of another
/// municipality get 404 (another tenant's pages do not exist for them).
const fn manage(method: &'static str, route: &'static str, example: &'static str, coordinator: u16) -> Expect {
    Expect {
        method,
        route,
        example,
        anonymous: 303,
        participant: 403,
        coordinator: Some(coordinator),
        other_coordinator: Some(404),
        admin: Some(403),
        officer: None,
        other_tenant: None,
    }
}

/// The state's funding programme: its officers only (403 for everyone else,
/// including municipal staff: the programme is not theirs to run).
const fn officer(method: &'static str, route: &'static str, example: &'static str, officer: u16) -> Expect {
    Expect {
        method,
        route,
        example,
        anonymous: 303,
        participant: 403,
        coordinator: Some(403),
        other_coordinator: Some(403),
        admin: Some(403),
        officer: Some(officer),
        other_tenant: None,
    }
}

/// Only the participant who wrote it (ideas and comments of the fixture): 403 for everyone else.
const fn author(method: &'static str, route: &'static str, example: &'static str, participant: u16) -> Expect {
    Expect {
        method,
        route,
        example,
        anonymous: 303,
        participant,
        coordinator: Some(403),
        other_coordinator: Some(403),
        admin: Some(403),
        officer: Some(403),
        other_tenant: None,
    }
}

/// Only members of the fixture's organisation (none of the actors here): 403,
/// and 404 for staff of another municipality.
const fn org_member(method: &'static str, route: &'static str, example: &'static str) -> Expect {
    Expect {
        method,
        route,
        example,
        anonymous: 303,
        participant: 403,
        coordinator: Some(403),
        other_coordinator: Some(404),
        admin: Some(403),
        officer: None,
        other_tenant: None,
    }
}

/// Every expectation, in the order the tests request them (some change the
/// fixture: idea 2 is withdrawn, comment 2 deleted).
fn expectations() -> Vec<&'static Expect> {
    [
        public::ROUTES,
        accounts::ROUTES,
        legal::ROUTES,
        admin::ROUTES,
        participation::ROUTES,
        events::ROUTES,
        surveys::ROUTES,
        concept::ROUTES,
        funding::ROUTES,
        moderation::ROUTES,
        organisations::ROUTES,
        notifications::ROUTES,
        operations::ROUTES,
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[test]
fn every_route_has_expectations() {
    let routes: HashSet<(&str, &str)> = web::route_table().into_iter().map(|r| (r.method, r.path)).collect();
    let expected: HashSet<(&str, &str)> = expectations().into_iter().map(|e| (e.method, e.route)).collect();
    let missing: Vec<_> = routes.difference(&expected).collect();
    let stale: Vec<_> = expected.difference(&routes).collect();
    assert!(missing.is_empty(), "routes without an entry in the route table test: {missing:?}");
    assert!(stale.is_empty(), "route table entries for routes that do not exist: {stale:?}");
}

async fn request(client: &testkit::Client, e: &Expect) -> testkit::TestResponse {
    match e.method {
        "GET" => client.get(e.example).await,
        _ => client.post_form(e.example, &[]).await,
    }
}

app_tests! {
    async fn anonymous_visitors_get_what_the_table_says(app: &TestApp) {
        for e in expectations() {
            let response = request(&app.client(), e).await;
            assert_eq!(response.status.as_u16(), e.anonymous, "{} {} as anonymous; body:\n{}", e.method, e.example, response.body);
        }
    }

    async fn participants_get_what_the_table_says(app: &TestApp) {
        let client = app.login(&app.fixture.participant).await;
        for e in expectations().into_iter().filter(|e| e.route != "/abmelden") {
            let response = request(&client, e).await;
            assert_eq!(response.status.as_u16(), e.participant, "{} {} as participant; body:\n{}", e.method, e.example, response.body);
        }
        // Still logged in after all that (no route logged out as a side effect).
        client.get("/konto").await.assert_status(200);
    }

    async fn coordinators_of_this_and_another_municipality_admins_and_officers_get_what_the_table_says(app: &TestApp) {
        let actors = [
            ("coordinator", app.login(&app.fixture.coordinator).await, expectations().into_iter().map(|e| e.coordinator.unwrap_or(e.participant)).collect::<Vec<_>>()),
            ("other coordinator", app.login(&app.fixture.other_coordinator).await, expectations().into_iter().map(|e| e.other_coordinator.unwrap_or(e.participant)).collect()),
            ("admin", app.login(&app.fixture.admin).await, expectations().into_iter().map(|e| e.admin.unwrap_or(e.participant)).collect()),
            ("officer", app.login(&app.fixture.officer).await, expectations().into_iter().map(|e| e.officer.unwrap_or(e.participant)).collect()),
        ];
        for (who, client, expected) in &actors {
            for (e, status) in expectations().into_iter().zip(expected).filter(|(e, _)| e.route != "/abmelden") {
                let response = request(client, e).await;
                assert_eq!(response.status.as_u16(), *status, "{} {} as {who}; body:\n{}", e.method, e.example, response.body);
            }
            client.get("/konto").await.assert_status(200);
        }
    }

    async fn every_post_route_refuses_a_request_without_csrf_token(app: &TestApp) {
        let client = app.login(&app.fixture.participant).await;
        // The one-click unsubscribe is authorised by its token (mail programs send no cookies).
        for e in expectations().into_iter().filter(|e| e.method == "POST" && e.route != "/abbestellen/{token}") {
            let response = client.post_raw(e.example, &[]).await;
            assert_eq!(response.status.as_u16(), 403, "POST {} without CSRF token", e.example);
            assert!(response.body.contains("<h1"), "a full error page for POST {}", e.example);
        }
        client.get("/konto").await.assert_status(200);
    }

    async fn municipal_routes_answer_404_for_an_unknown_municipality(app: &TestApp) {
        for e in expectations().into_iter().filter(|e| e.other_tenant.is_some()) {
            let path = e.example.replacen("/m/musterstadt", "/m/gibt-es-nicht", 1);
            let response = app.client().get(&path).await;
            assert_eq!(response.status.as_u16(), 404, "{path}");
            if path.starts_with("/api/") {
                assert_eq!(response.header("content-type"), Some("application/problem+json"), "{path}");
            } else {
                assert!(response.body.contains("<h1"), "the 404 is a full page: {path}");
            }
        }
    }

    async fn municipal_routes_show_only_their_own_tenants_data(app: &TestApp) {
        for e in expectations() {
            let Some((other, marker)) = e.other_tenant else { continue };
            let own = app.client().get(e.example).await;
            let theirs = app.client().get(other).await;
            theirs.assert_status(200);
            assert!(theirs.body.contains(marker), "{other} shows its own data");
            assert!(!own.body.contains(marker), "{} must not show data of another municipality", e.example);
        }
    }
}
