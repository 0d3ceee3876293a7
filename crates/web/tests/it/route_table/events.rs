//! Events and offline input.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
    manage("GET", "/m/{slug}/verwaltung/veranstaltungen/{id}/ergebnisse", "/m/musterstadt/verwaltung/veranstaltungen/1/ergebnisse", 200),
    // The empty form is valid ("nothing counted"); wrong counts are in `event_results`.
    manage("POST", "/m/{slug}/verwaltung/veranstaltungen/{id}/ergebnisse", "/m/musterstadt/verwaltung/veranstaltungen/1/ergebnisse", 303),
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
];
