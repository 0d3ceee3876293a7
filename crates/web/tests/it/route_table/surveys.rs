//! Surveys (fixture: survey 1 in Musterstadt, open, anonymous, for accounts,
//! results public, with a required single-choice question 1 and a text
//! question 2; survey 2 in Beispielheim; bad input: empty forms, unknown
//! questions).

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    get_municipal("/m/{slug}/umfragen", "/m/musterstadt/umfragen", "/m/beispielheim/umfragen", "Sportplatz-Umfrage"),
    get_municipal("/m/{slug}/umfragen/{id}", "/m/musterstadt/umfragen/1", "/m/beispielheim/umfragen/2", "Sportplatz-Umfrage"),
    // Anonymous visitors are sent to log in; an empty response comes back with its errors.
    post("/m/{slug}/umfragen/{id}", "/m/musterstadt/umfragen/1", 303, 422),
    get_municipal(
        "/m/{slug}/umfragen/{id}/ergebnisse",
        "/m/musterstadt/umfragen/1/ergebnisse",
        "/m/beispielheim/umfragen/2/ergebnisse",
        "Sportplatz-Umfrage",
    ),
    get_municipal(
        "/m/{slug}/umfragen/{id}/ergebnisse/druck",
        "/m/musterstadt/umfragen/1/ergebnisse/druck",
        "/m/beispielheim/umfragen/2/ergebnisse/druck",
        "Sportplatz-Umfrage",
    ),
    get_municipal("/api/v1/m/{slug}/surveys", "/api/v1/m/musterstadt/surveys", "/api/v1/m/beispielheim/surveys", "Sportplatz-Umfrage"),
    get_municipal(
        "/api/v1/m/{slug}/surveys/{id}/results",
        "/api/v1/m/musterstadt/surveys/1/results",
        "/api/v1/m/beispielheim/surveys/2/results",
        "Sportplatz-Umfrage",
    ),
    manage(
        "GET",
        "/m/{slug}/verwaltung/beteiligung/{process}/umfragen/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/umfragen/neu",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/beteiligung/{process}/umfragen/neu",
        "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/umfragen/neu",
        422,
    ),
    manage("GET", "/m/{slug}/verwaltung/umfragen/{id}", "/m/musterstadt/verwaltung/umfragen/1", 200),
    manage("GET", "/m/{slug}/verwaltung/umfragen/{id}/einstellungen", "/m/musterstadt/verwaltung/umfragen/1/einstellungen", 200),
    manage("POST", "/m/{slug}/verwaltung/umfragen/{id}/einstellungen", "/m/musterstadt/verwaltung/umfragen/1/einstellungen", 422),
    manage("POST", "/m/{slug}/verwaltung/umfragen/{id}/fragen", "/m/musterstadt/verwaltung/umfragen/1/fragen", 422),
    manage("GET", "/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}", "/m/musterstadt/verwaltung/umfragen/1/fragen/1", 200),
    manage("POST", "/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}", "/m/musterstadt/verwaltung/umfragen/1/fragen/1", 422),
    // Neither up nor down: a request no form of ours sends.
    manage(
        "POST",
        "/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}/verschieben",
        "/m/musterstadt/verwaltung/umfragen/1/fragen/1/verschieben",
        400,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}/entfernen",
        "/m/musterstadt/verwaltung/umfragen/1/fragen/999/entfernen",
        404,
    ),
    manage("GET", "/m/{slug}/verwaltung/umfragen/{id}/papier", "/m/musterstadt/verwaltung/umfragen/1/papier", 200),
    manage("POST", "/m/{slug}/verwaltung/umfragen/{id}/papier", "/m/musterstadt/verwaltung/umfragen/1/papier", 422),
    manage("GET", "/m/{slug}/verwaltung/umfragen/{id}/antworten.csv", "/m/musterstadt/verwaltung/umfragen/1/antworten.csv", 200),
];
