//! Participation: processes, ideas, comments, supports, files and news.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
];
