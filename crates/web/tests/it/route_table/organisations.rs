//! Organisations and the stakeholder directory.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
];
