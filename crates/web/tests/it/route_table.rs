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
        other_tenant: None,
    }
}

const EXPECTATIONS: &[Expect] = &[
    // Public pages.
    get("/", "/", 200, 200),
    get_municipal("/m/{slug}", "/m/musterstadt", "/m/beispielheim", "Beispielheim"),
    get("/impressum", "/impressum", 200, 200),
    get("/datenschutz", "/datenschutz", 200, 200),
    get("/barrierefreiheit", "/barrierefreiheit", 200, 200),
    get("/netiquette", "/netiquette", 200, 200),
    get_municipal("/m/{slug}/impressum", "/m/musterstadt/impressum", "/m/beispielheim/impressum", "Text von Beispielheim zu impressum"),
    get_municipal(
        "/m/{slug}/datenschutz",
        "/m/musterstadt/datenschutz",
        "/m/beispielheim/datenschutz",
        "Text von Beispielheim zu datenschutz",
    ),
    get_municipal(
        "/m/{slug}/barrierefreiheit",
        "/m/musterstadt/barrierefreiheit",
        "/m/beispielheim/barrierefreiheit",
        "Text von Beispielheim zu barrierefreiheit",
    ),
    get_municipal("/m/{slug}/netiquette", "/m/musterstadt/netiquette", "/m/beispielheim/netiquette", "Text von Beispielheim zu netiquette"),
    get("/lang/{code}", "/lang/en?next=/m/musterstadt", 303, 303),
    // Accounts. Bad input: empty forms; unknown tokens.
    get("/registrieren", "/registrieren", 200, 303),
    post("/registrieren", "/registrieren", 422, 422),
    get("/registrieren/gesendet", "/registrieren/gesendet", 200, 200),
    get("/konto/bestaetigen/{token}", "/konto/bestaetigen/unknown", 404, 404),
    post("/konto/bestaetigen/{token}", "/konto/bestaetigen/unknown", 404, 404),
    get("/anmelden", "/anmelden", 200, 303),
    post("/anmelden", "/anmelden", 422, 422),
    post("/abmelden", "/abmelden", 303, 303),
    get("/anmelden/code", "/anmelden/code", 303, 303),
    post("/anmelden/code", "/anmelden/code", 303, 303),
    get("/konto/zwei-faktor", "/konto/zwei-faktor", 303, 200),
    post("/konto/zwei-faktor", "/konto/zwei-faktor", 303, 422),
    // Required for the admin's role: switching it off is refused.
    Expect { admin: Some(403), ..post("/konto/zwei-faktor/aus", "/konto/zwei-faktor/aus", 303, 422) },
    get("/passwort-vergessen", "/passwort-vergessen", 200, 200),
    post("/passwort-vergessen", "/passwort-vergessen", 422, 422),
    get("/passwort-vergessen/gesendet", "/passwort-vergessen/gesendet", 200, 200),
    get("/passwort-neu/{token}", "/passwort-neu/unknown", 404, 404),
    post("/passwort-neu/{token}", "/passwort-neu/unknown", 404, 404),
    get("/konto", "/konto", 303, 200),
    post("/konto/profil", "/konto/profil", 303, 422),
    post("/konto/passwort", "/konto/passwort", 303, 422),
    post("/konto/email", "/konto/email", 303, 422),
    get("/konto/email/{token}", "/konto/email/unknown", 404, 404),
    post("/konto/email/{token}", "/konto/email/unknown", 404, 404),
    get("/konto/daten.json", "/konto/daten.json", 303, 200),
    get("/konto/loeschen", "/konto/loeschen", 303, 200),
    post("/konto/loeschen", "/konto/loeschen", 303, 422),
    // Reporting a barrier (bad input: the empty form).
    get("/barrierefreiheit/rueckmeldung", "/barrierefreiheit/rueckmeldung", 200, 200),
    post("/barrierefreiheit/rueckmeldung", "/barrierefreiheit/rueckmeldung", 422, 422),
    get("/m/{slug}/barrierefreiheit/rueckmeldung", "/m/musterstadt/barrierefreiheit/rueckmeldung", 200, 200),
    post("/m/{slug}/barrierefreiheit/rueckmeldung", "/m/musterstadt/barrierefreiheit/rueckmeldung", 422, 422),
    // Editing legal texts (bad input: an empty text).
    manage("GET", "/m/{slug}/verwaltung/rechtliches/{kind}", "/m/musterstadt/verwaltung/rechtliches/impressum", 200),
    manage("POST", "/m/{slug}/verwaltung/rechtliches/{kind}", "/m/musterstadt/verwaltung/rechtliches/impressum", 422),
    admin("GET", "/admin/rechtliches/{kind}", "/admin/rechtliches/impressum", 200),
    admin("POST", "/admin/rechtliches/{kind}", "/admin/rechtliches/impressum", 422),
    // Platform administration (bad input: empty forms; an unknown role id).
    admin("GET", "/admin", "/admin", 200),
    admin("GET", "/admin/kommunen", "/admin/kommunen", 200),
    admin("POST", "/admin/kommunen", "/admin/kommunen", 422),
    admin("GET", "/admin/rollen", "/admin/rollen", 200),
    admin("POST", "/admin/rollen", "/admin/rollen", 422),
    admin("POST", "/admin/rollen/entfernen", "/admin/rollen/entfernen", 404),
    admin("GET", "/admin/protokoll", "/admin/protokoll", 200),
    // Participation (fixture: process `vielfalt-2026`; ideas 1 and 2 and comments 1 and 2 by the
    // participant; idea 2 and comment 2 are the ones withdrawn and deleted here).
    get_municipal("/m/{slug}/beteiligung", "/m/musterstadt/beteiligung", "/m/beispielheim/beteiligung", "Miteinander in Beispielheim"),
    get("/m/{slug}/beteiligung/{process}", "/m/musterstadt/beteiligung/vielfalt-2026", 200, 200),
    get("/m/{slug}/beteiligung/{process}/ideen/neu", "/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", 303, 200),
    post("/m/{slug}/beteiligung/{process}/ideen/neu", "/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", 303, 422),
    get("/m/{slug}/ideen/{id}", "/m/musterstadt/ideen/1", 200, 200),
    author("GET", "/m/{slug}/ideen/{id}/bearbeiten", "/m/musterstadt/ideen/1/bearbeiten", 200),
    author("POST", "/m/{slug}/ideen/{id}/bearbeiten", "/m/musterstadt/ideen/1/bearbeiten", 422),
    author("POST", "/m/{slug}/ideen/{id}/zurueckziehen", "/m/musterstadt/ideen/2/zurueckziehen", 303),
    post("/m/{slug}/ideen/{id}/unterstuetzung", "/m/musterstadt/ideen/1/unterstuetzung", 303, 303),
    post("/m/{slug}/ideen/{id}/kommentare", "/m/musterstadt/ideen/1/kommentare", 303, 422),
    manage("POST", "/m/{slug}/ideen/{id}/antwort", "/m/musterstadt/ideen/1/antwort", 422),
    manage("GET", "/m/{slug}/ideen/{id}/zusammenfuehren", "/m/musterstadt/ideen/1/zusammenfuehren", 200),
    manage("POST", "/m/{slug}/ideen/{id}/zusammenfuehren", "/m/musterstadt/ideen/1/zusammenfuehren", 422),
    author("GET", "/m/{slug}/kommentare/{id}/bearbeiten", "/m/musterstadt/kommentare/1/bearbeiten", 200),
    author("POST", "/m/{slug}/kommentare/{id}/bearbeiten", "/m/musterstadt/kommentare/1/bearbeiten", 422),
    author("POST", "/m/{slug}/kommentare/{id}/loeschen", "/m/musterstadt/kommentare/2/loeschen", 303),
    // Uploaded files (an unknown file).
    get("/m/{slug}/dateien/{id}/{name}", "/m/musterstadt/dateien/999/plan.pdf", 404, 404),
    // News (bad input: the empty form; unknown posts).
    get("/m/{slug}/beteiligung/{process}/neuigkeiten", "/m/musterstadt/beteiligung/vielfalt-2026/neuigkeiten", 200, 200),
    get("/m/{slug}/beteiligung/{process}/neuigkeiten/{id}", "/m/musterstadt/beteiligung/vielfalt-2026/neuigkeiten/999", 404, 404),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/neuigkeiten/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/neuigkeiten/neu",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/beteiligung/{process}/neuigkeiten/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/neuigkeiten/neu",
        422,
    ),
    manage("GET", "/m/{slug}/verwaltung/neuigkeiten/{id}/bearbeiten", "/m/musterstadt/verwaltung/neuigkeiten/999/bearbeiten", 404),
    manage("POST", "/m/{slug}/verwaltung/neuigkeiten/{id}/bearbeiten", "/m/musterstadt/verwaltung/neuigkeiten/999/bearbeiten", 404),
    // Events (fixture: event 1 in Musterstadt with two places, event 2 in Beispielheim; bad
    // input: the empty form, unknown cancel links; registering needs no more than a login).
    get_municipal(
        "/m/{slug}/veranstaltungen",
        "/m/musterstadt/veranstaltungen",
        "/m/beispielheim/veranstaltungen",
        "Gartenfest Beispielheim",
    ),
    get_municipal(
        "/m/{slug}/veranstaltungen/{id}",
        "/m/musterstadt/veranstaltungen/1",
        "/m/beispielheim/veranstaltungen/2",
        "Gartenfest Beispielheim",
    ),
    get_municipal("/api/v1/m/{slug}/events", "/api/v1/m/musterstadt/events", "/api/v1/m/beispielheim/events", "Gartenfest Beispielheim"),
    get_municipal("/m/{slug}/events.ics", "/m/musterstadt/events.ics", "/m/beispielheim/events.ics", "Gartenfest Beispielheim"),
    get_municipal(
        "/m/{slug}/veranstaltungen/{id}/kalender.ics",
        "/m/musterstadt/veranstaltungen/1/kalender.ics",
        "/m/beispielheim/veranstaltungen/2/kalender.ics",
        "Gartenfest Beispielheim",
    ),
    post("/m/{slug}/veranstaltungen/{id}/anmelden", "/m/musterstadt/veranstaltungen/1/anmelden", 303, 303),
    post("/m/{slug}/veranstaltungen/{id}/gast", "/m/musterstadt/veranstaltungen/1/gast", 422, 422),
    get("/m/{slug}/veranstaltungen/bestaetigen/{token}", "/m/musterstadt/veranstaltungen/bestaetigen/unbekannt", 404, 404),
    post("/m/{slug}/veranstaltungen/bestaetigen/{token}", "/m/musterstadt/veranstaltungen/bestaetigen/unbekannt", 404, 404),
    post("/m/{slug}/veranstaltungen/{id}/abmelden", "/m/musterstadt/veranstaltungen/1/abmelden", 303, 303),
    get("/m/{slug}/veranstaltungen/abmelden/{token}", "/m/musterstadt/veranstaltungen/abmelden/unbekannt", 404, 404),
    post("/m/{slug}/veranstaltungen/abmelden/{token}", "/m/musterstadt/veranstaltungen/abmelden/unbekannt", 404, 404),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/veranstaltungen/neu",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/veranstaltungen/neu",
        422,
    ),
    manage("GET", "/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", "/m/musterstadt/verwaltung/veranstaltungen/1/bearbeiten", 200),
    manage("POST", "/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", "/m/musterstadt/verwaltung/veranstaltungen/1/bearbeiten", 422),
    manage("GET", "/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen", "/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen", 200),
    manage(
        "GET",
        "/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen.csv",
        "/m/musterstadt/verwaltung/veranstaltungen/1/anmeldungen.csv",
        200,
    ),
    manage("GET", "/m/{slug}/ideen/{id}/kommentare/offline", "/m/musterstadt/ideen/1/kommentare/offline", 200),
    manage("POST", "/m/{slug}/ideen/{id}/kommentare/offline", "/m/musterstadt/ideen/1/kommentare/offline", 422),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/eingaben",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/eingaben",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/beteiligung/{process}/eingaben",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/eingaben",
        422,
    ),
    manage("POST", "/m/{slug}/verwaltung/veranstaltungen/{id}/nachricht", "/m/musterstadt/verwaltung/veranstaltungen/1/nachricht", 422),
    manage("POST", "/m/{slug}/verwaltung/veranstaltungen/{id}/absagen", "/m/musterstadt/verwaltung/veranstaltungen/1/absagen", 422),
    // Reports (bad input: no reason) and moderation (coordinators moderate too).
    get("/m/{slug}/ideen/{id}/melden", "/m/musterstadt/ideen/1/melden", 303, 200),
    post("/m/{slug}/ideen/{id}/melden", "/m/musterstadt/ideen/1/melden", 303, 422),
    get("/m/{slug}/kommentare/{id}/melden", "/m/musterstadt/kommentare/1/melden", 303, 200),
    post("/m/{slug}/kommentare/{id}/melden", "/m/musterstadt/kommentare/1/melden", 303, 422),
    manage("GET", "/m/{slug}/moderation", "/m/musterstadt/moderation", 200),
    manage("POST", "/m/{slug}/moderation/ausblenden", "/m/musterstadt/moderation/ausblenden", 404),
    manage("POST", "/m/{slug}/moderation/wiederherstellen", "/m/musterstadt/moderation/wiederherstellen", 404),
    manage("POST", "/m/{slug}/moderation/verwerfen", "/m/musterstadt/moderation/verwerfen", 404),
    // Blocking (bad input: no content named; an unknown block).
    manage("GET", "/m/{slug}/moderation/sperren", "/m/musterstadt/moderation/sperren?inhalt=comment-1", 200),
    manage("POST", "/m/{slug}/moderation/sperren", "/m/musterstadt/moderation/sperren", 404),
    manage("POST", "/m/{slug}/moderation/entsperren", "/m/musterstadt/moderation/entsperren", 404),
    manage("GET", "/m/{slug}/verwaltung/beteiligung/neu", "/m/musterstadt/verwaltung/beteiligung/neu", 200),
    manage("POST", "/m/{slug}/verwaltung/beteiligung/neu", "/m/musterstadt/verwaltung/beteiligung/neu", 422),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/bearbeiten",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/bearbeiten",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/beteiligung/{process}/bearbeiten",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/bearbeiten",
        422,
    ),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/ideen.csv",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/ideen.csv",
        200,
    ),
    manage("GET", "/m/{slug}/verwaltung/quartiere", "/m/musterstadt/verwaltung/quartiere", 200),
    manage("POST", "/m/{slug}/verwaltung/quartiere", "/m/musterstadt/verwaltung/quartiere", 422),
    // Organisations (fixture: verified organisation 1 in Musterstadt, 2 in Beispielheim; bad
    // input: empty forms, unknown ids and tokens).
    get_municipal(
        "/m/{slug}/organisationen",
        "/m/musterstadt/organisationen",
        "/m/beispielheim/organisationen",
        "Sportverein Beispielheim",
    ),
    get_municipal(
        "/m/{slug}/organisationen/{id}",
        "/m/musterstadt/organisationen/1",
        "/m/beispielheim/organisationen/2",
        "Sportverein Beispielheim",
    ),
    get("/m/{slug}/organisationen/neu", "/m/musterstadt/organisationen/neu", 303, 200),
    post("/m/{slug}/organisationen/neu", "/m/musterstadt/organisationen/neu", 303, 422),
    org_member("GET", "/m/{slug}/organisationen/{id}/bearbeiten", "/m/musterstadt/organisationen/1/bearbeiten"),
    org_member("POST", "/m/{slug}/organisationen/{id}/bearbeiten", "/m/musterstadt/organisationen/1/bearbeiten"),
    org_member("GET", "/m/{slug}/organisationen/{id}/verwaltung", "/m/musterstadt/organisationen/1/verwaltung"),
    org_member("POST", "/m/{slug}/organisationen/{id}/einladen", "/m/musterstadt/organisationen/1/einladen"),
    org_member("POST", "/m/{slug}/organisationen/{id}/mitglieder/entfernen", "/m/musterstadt/organisationen/1/mitglieder/entfernen"),
    get("/m/{slug}/organisationen/einladung/{token}", "/m/musterstadt/organisationen/einladung/unknown", 404, 404),
    post("/m/{slug}/organisationen/einladung/{token}", "/m/musterstadt/organisationen/einladung/unknown", 303, 404),
    manage("GET", "/m/{slug}/verwaltung/organisationen", "/m/musterstadt/verwaltung/organisationen", 200),
    manage(
        "POST",
        "/m/{slug}/verwaltung/organisationen/{id}/verifizieren",
        "/m/musterstadt/verwaltung/organisationen/999/verifizieren",
        404,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/organisationen/{id}/zurueckziehen",
        "/m/musterstadt/verwaltung/organisationen/999/zurueckziehen",
        404,
    ),
    // Notifications (bad input: no mail setting chosen; unknown unsubscribe tokens).
    get("/benachrichtigungen", "/benachrichtigungen", 303, 200),
    post("/benachrichtigungen/einstellungen", "/benachrichtigungen/einstellungen", 303, 422),
    post("/m/{slug}/ideen/{id}/folgen", "/m/musterstadt/ideen/1/folgen", 303, 303),
    post("/m/{slug}/beteiligung/{process}/folgen", "/m/musterstadt/beteiligung/vielfalt-2026/folgen", 303, 303),
    get("/abbestellen/{token}", "/abbestellen/unknown", 404, 404),
    post("/abbestellen/{token}", "/abbestellen/unknown", 404, 404),
    // API and operations.
    get("/api/v1/municipalities", "/api/v1/municipalities", 200, 200),
    get("/api/v1/m/{slug}/organisations", "/api/v1/m/musterstadt/organisations", 200, 200),
    get("/api/v1/openapi.json", "/api/v1/openapi.json", 200, 200),
    get_municipal("/api/v1/m/{slug}/processes", "/api/v1/m/musterstadt/processes", "/api/v1/m/beispielheim/processes", "miteinander"),
    get_municipal("/api/v1/m/{slug}/ideas", "/api/v1/m/musterstadt/ideas", "/api/v1/m/beispielheim/ideas", "Begegnungsgarten am Bahnhof"),
    get("/api/v1/m/{slug}/ideas/{id}", "/api/v1/m/musterstadt/ideas/1", 200, 200),
    get("/healthz", "/healthz", 200, 200),
    get("/readyz", "/readyz", 200, 200),
    get("/metrics", "/metrics", 200, 200),
    get("/static/{*path}", "/static/does-not-exist.css", 404, 404),
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

async fn request(client: &testkit::Client, e: &Expect) -> testkit::TestResponse {
    match e.method {
        "GET" => client.get(e.example).await,
        _ => client.post_form(e.example, &[]).await,
    }
}

app_tests! {
    async fn anonymous_visitors_get_what_the_table_says(app: &TestApp) {
        for e in EXPECTATIONS {
            let response = request(&app.client(), e).await;
            assert_eq!(response.status.as_u16(), e.anonymous, "{} {} as anonymous; body:\n{}", e.method, e.example, response.body);
        }
    }

    async fn participants_get_what_the_table_says(app: &TestApp) {
        let client = app.login(&app.fixture.participant).await;
        for e in EXPECTATIONS.iter().filter(|e| e.route != "/abmelden") {
            let response = request(&client, e).await;
            assert_eq!(response.status.as_u16(), e.participant, "{} {} as participant; body:\n{}", e.method, e.example, response.body);
        }
        // Still logged in after all that (no route logged out as a side effect).
        client.get("/konto").await.assert_status(200);
    }

    async fn coordinators_of_this_and_another_municipality_and_admins_get_what_the_table_says(app: &TestApp) {
        let actors = [
            ("coordinator", app.login(&app.fixture.coordinator).await, EXPECTATIONS.iter().map(|e| e.coordinator.unwrap_or(e.participant)).collect::<Vec<_>>()),
            ("other coordinator", app.login(&app.fixture.other_coordinator).await, EXPECTATIONS.iter().map(|e| e.other_coordinator.unwrap_or(e.participant)).collect()),
            ("admin", app.login(&app.fixture.admin).await, EXPECTATIONS.iter().map(|e| e.admin.unwrap_or(e.participant)).collect()),
        ];
        for (who, client, expected) in &actors {
            for (e, status) in EXPECTATIONS.iter().zip(expected).filter(|(e, _)| e.route != "/abmelden") {
                let response = request(client, e).await;
                assert_eq!(response.status.as_u16(), *status, "{} {} as {who}; body:\n{}", e.method, e.example, response.body);
            }
            client.get("/konto").await.assert_status(200);
        }
    }

    async fn every_post_route_refuses_a_request_without_csrf_token(app: &TestApp) {
        let client = app.login(&app.fixture.participant).await;
        // The one-click unsubscribe is authorised by its token (mail programs send no cookies).
        for e in EXPECTATIONS.iter().filter(|e| e.method == "POST" && e.route != "/abbestellen/{token}") {
            let response = client.post_raw(e.example, &[]).await;
            assert_eq!(response.status.as_u16(), 403, "POST {} without CSRF token", e.example);
            assert!(response.body.contains("<h1"), "a full error page for POST {}", e.example);
        }
        client.get("/konto").await.assert_status(200);
    }

    async fn municipal_routes_answer_404_for_an_unknown_municipality(app: &TestApp) {
        for e in EXPECTATIONS.iter().filter(|e| e.other_tenant.is_some()) {
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
