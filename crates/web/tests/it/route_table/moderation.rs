//! Reports, moderation and blocking.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
];
