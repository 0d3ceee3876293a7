//! The state's funding programme: public programme and call pages and open
//! data; the officers' pages (bad input: empty forms).

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    get("/foerderung", "/foerderung", 200, 200),
    get("/uebersicht", "/uebersicht?funding=applied&sort=granted&order=desc", 200, 200),
    get("/uebersicht.csv", "/uebersicht.csv?district=Main-Kinzig-Kreis", 200, 200),
    get("/foerderung/aufrufe/{call}", "/foerderung/aufrufe/1", 200, 200),
    get("/api/v1/programmes", "/api/v1/programmes", 200, 200),
    get("/api/v1/programmes/{id}/calls", "/api/v1/programmes/1/calls", 200, 200),
    officer("GET", "/land/foerderung", "/land/foerderung", 200),
    officer("POST", "/land/foerderung", "/land/foerderung", 422),
    officer("GET", "/land/foerderung/{programme}", "/land/foerderung/1", 200),
    officer("POST", "/land/foerderung/{programme}", "/land/foerderung/1", 422),
    officer("POST", "/land/foerderung/{programme}/linien", "/land/foerderung/1/linien", 422),
    officer("GET", "/land/foerderung/{programme}/aufrufe/neu", "/land/foerderung/1/aufrufe/neu", 200),
    officer("POST", "/land/foerderung/{programme}/aufrufe", "/land/foerderung/1/aufrufe", 422),
    officer("GET", "/land/foerderung/aufrufe/{call}", "/land/foerderung/aufrufe/1", 200),
    officer("POST", "/land/foerderung/aufrufe/{call}", "/land/foerderung/aufrufe/1", 422),
    officer("POST", "/land/foerderung/aufrufe/{call}/bescheid", "/land/foerderung/aufrufe/1/bescheid", 422),
    // The review (application 2 is Beispielheim's, submitted, in the fixture).
    officer("GET", "/land/foerderung/aufrufe/{call}/antraege", "/land/foerderung/aufrufe/1/antraege", 200),
    officer("GET", "/land/foerderung/antraege/{id}", "/land/foerderung/antraege/2", 200),
    officer("POST", "/land/foerderung/antraege/{id}/pruefliste", "/land/foerderung/antraege/2/pruefliste", 303),
    officer("POST", "/land/foerderung/antraege/{id}/notizen", "/land/foerderung/antraege/2/notizen", 422),
    officer("POST", "/land/foerderung/antraege/{id}/nachforderung", "/land/foerderung/antraege/2/nachforderung", 422),
    officer("POST", "/land/foerderung/antraege/{id}/bewilligung", "/land/foerderung/antraege/2/bewilligung", 422),
    officer("POST", "/land/foerderung/antraege/{id}/ablehnung", "/land/foerderung/antraege/2/ablehnung", 422),
    // Reports only once approved and submitted: the fixture has none.
    officer("GET", "/land/foerderung/antraege/{id}/berichte/{number}", "/land/foerderung/antraege/2/berichte/1", 404),
    officer("POST", "/land/foerderung/antraege/{id}/berichte/{number}/annahme", "/land/foerderung/antraege/2/berichte/1/annahme", 404),
    officer("POST", "/land/foerderung/antraege/{id}/berichte/{number}/rueckgabe", "/land/foerderung/antraege/2/berichte/1/rueckgabe", 404),
    officer("POST", "/land/foerderung/antraege/{id}/berichte/{number}/abschluss", "/land/foerderung/antraege/2/berichte/1/abschluss", 404),
    officer("POST", "/land/foerderung/auszahlungen/{payment}/freigabe", "/land/foerderung/auszahlungen/999/freigabe", 404),
    officer("POST", "/land/foerderung/auszahlungen/{payment}/ablehnung", "/land/foerderung/auszahlungen/999/ablehnung", 404),
    // A municipality's applications (application 1 is Musterstadt's draft in the fixture).
    manage("GET", "/m/{slug}/verwaltung/foerderung", "/m/musterstadt/verwaltung/foerderung", 200),
    manage("POST", "/m/{slug}/verwaltung/foerderung", "/m/musterstadt/verwaltung/foerderung", 422),
    manage("GET", "/m/{slug}/verwaltung/foerderung/antraege/{id}", "/m/musterstadt/verwaltung/foerderung/antraege/1", 200),
    manage("POST", "/m/{slug}/verwaltung/foerderung/antraege/{id}", "/m/musterstadt/verwaltung/foerderung/antraege/1", 303),
    manage(
        "POST",
        "/m/{slug}/verwaltung/foerderung/antraege/{id}/zurueckziehen",
        "/m/musterstadt/verwaltung/foerderung/antraege/999/zurueckziehen",
        404,
    ),
    // Payments only once approved: the fixture's draft gets the 409 page.
    manage(
        "POST",
        "/m/{slug}/verwaltung/foerderung/antraege/{id}/auszahlungen",
        "/m/musterstadt/verwaltung/foerderung/antraege/1/auszahlungen",
        409,
    ),
    manage(
        "GET",
        "/m/{slug}/verwaltung/foerderung/antraege/{id}/berichte/{number}",
        "/m/musterstadt/verwaltung/foerderung/antraege/1/berichte/1",
        404,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/foerderung/antraege/{id}/berichte/{number}",
        "/m/musterstadt/verwaltung/foerderung/antraege/1/berichte/1",
        404,
    ),
];
