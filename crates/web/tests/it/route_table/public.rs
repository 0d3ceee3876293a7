//! Public pages: the state, each municipality and the legal texts.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
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
];
