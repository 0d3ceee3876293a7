//! Legal texts and barrier reports.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
];
