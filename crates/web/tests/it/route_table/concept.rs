//! The concept (fixture: Musterstadt's adopted concept with action field 1,
//! goal 1 and measure 1 with indicator 1, its value 1 and milestone 1;
//! Beispielheim's in consultation with field 2, goal 2 and measure 2; bad
//! input: empty forms).

use super::*;

/// A PDF everyone may read; its text (compressed in the file) is checked
/// for the right municipality in `concept_pdf`.
const fn public_pdf(route: &'static str, example: &'static str) -> Expect {
    Expect { other_tenant: None, ..get_municipal(route, example, "", "") }
}

pub(super) const ROUTES: &[Expect] = &[
    get_municipal("/m/{slug}/konzept", "/m/musterstadt/konzept", "/m/beispielheim/konzept", "Miteinander in Beispielheim"),
    get_municipal(
        "/m/{slug}/konzept/versionen",
        "/m/musterstadt/konzept/versionen",
        "/m/beispielheim/konzept/versionen",
        "Miteinander in Beispielheim",
    ),
    get_municipal(
        "/m/{slug}/konzept/versionen/{number}",
        "/m/musterstadt/konzept/versionen/1",
        "/m/beispielheim/konzept/versionen/1",
        "Begegnungsfest",
    ),
    get_municipal(
        "/m/{slug}/konzept/versionen/{number}/absatz/{key}",
        "/m/musterstadt/konzept/versionen/1/absatz/ziel-1-1",
        "/m/beispielheim/konzept/versionen/1/absatz/ziel-1-1",
        "Miteinander in Beispielheim",
    ),
    // An empty comment comes back with its error (the version is closed, which a full one would learn).
    post("/m/{slug}/konzept/versionen/{number}/absatz/{key}", "/m/musterstadt/konzept/versionen/1/absatz/ziel-1-1", 303, 422),
    get_municipal(
        "/m/{slug}/konzept/vergleich",
        "/m/musterstadt/konzept/vergleich?von=1&bis=1",
        "/m/beispielheim/konzept/vergleich?von=1&bis=1",
        "Miteinander in Beispielheim",
    ),
    get_municipal(
        "/api/v1/m/{slug}/concept/versions",
        "/api/v1/m/musterstadt/concept/versions",
        "/api/v1/m/beispielheim/concept/versions",
        r#""stage":"consultation""#,
    ),
    public_pdf("/m/{slug}/concept.pdf", "/m/musterstadt/concept.pdf"),
    public_pdf(
        "/m/{slug}/umsetzung/jahresbericht/{year}/jahresbericht.pdf",
        "/m/musterstadt/umsetzung/jahresbericht/2026/jahresbericht.pdf",
    ),
    public_pdf("/m/{slug}/konzept/versionen/{number}/konzept.pdf", "/m/musterstadt/konzept/versionen/1/konzept.pdf"),
    get_municipal("/m/{slug}/umsetzung", "/m/musterstadt/umsetzung", "/m/beispielheim/umsetzung", "Begegnungsfest"),
    get_municipal(
        "/m/{slug}/umsetzung/jahresbericht/{year}",
        "/m/musterstadt/umsetzung/jahresbericht/2026",
        "/m/beispielheim/umsetzung/jahresbericht/2026",
        "Miteinander in Beispielheim",
    ),
    get_municipal("/m/{slug}/massnahmen/{id}", "/m/musterstadt/massnahmen/1", "/m/beispielheim/massnahmen/2", "Begegnungsfest"),
    get_municipal("/m/{slug}/measures.csv", "/m/musterstadt/measures.csv", "/m/beispielheim/measures.csv", "Begegnungsfest"),
    get_municipal(
        "/api/v1/m/{slug}/concept",
        "/api/v1/m/musterstadt/concept",
        "/api/v1/m/beispielheim/concept",
        "Miteinander in Beispielheim",
    ),
    get_municipal("/api/v1/m/{slug}/measures", "/api/v1/m/musterstadt/measures", "/api/v1/m/beispielheim/measures", "Begegnungsfest"),
    get_municipal(
        "/api/v1/m/{slug}/measures/{id}",
        "/api/v1/m/musterstadt/measures/1",
        "/api/v1/m/beispielheim/measures/2",
        "Begegnungsfest",
    ),
    // Reporting: the coordinators and the measure's owner (tested in `concept_progress`).
    manage("GET", "/m/{slug}/massnahmen/{id}/bericht", "/m/musterstadt/massnahmen/1/bericht", 200),
    manage("POST", "/m/{slug}/massnahmen/{id}/bericht", "/m/musterstadt/massnahmen/1/bericht", 422),
    manage("POST", "/m/{slug}/massnahmen/{id}/meilensteine/{milestone}", "/m/musterstadt/massnahmen/1/meilensteine/1", 422),
    manage("POST", "/m/{slug}/massnahmen/{id}/indikatoren/{indicator}/werte", "/m/musterstadt/massnahmen/1/indikatoren/1/werte", 422),
    manage(
        "POST",
        "/m/{slug}/massnahmen/{id}/indikatoren/{indicator}/werte/{value}/entfernen",
        "/m/musterstadt/massnahmen/1/indikatoren/1/werte/1/entfernen",
        303,
    ),
    manage(
        "GET",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/indikatoren",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/indikatoren",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/indikatoren",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/indikatoren",
        422,
    ),
    manage("GET", "/m/{slug}/verwaltung/konzept/indikatoren/{id}", "/m/musterstadt/verwaltung/konzept/indikatoren/1", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/indikatoren/{id}", "/m/musterstadt/verwaltung/konzept/indikatoren/1", 422),
    manage(
        "GET",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/meilensteine",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/meilensteine",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/meilensteine",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/meilensteine",
        422,
    ),
    manage(
        "GET",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/gute-praxis",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/gute-praxis",
        200,
    ),
    // An empty form takes the mark away (nothing to check).
    manage(
        "POST",
        "/m/{slug}/verwaltung/konzept/massnahmen/{id}/gute-praxis",
        "/m/musterstadt/verwaltung/konzept/massnahmen/1/gute-praxis",
        303,
    ),
    manage("GET", "/m/{slug}/ideen/{id}/massnahme", "/m/musterstadt/ideen/1/massnahme", 200),
    manage("POST", "/m/{slug}/ideen/{id}/massnahme", "/m/musterstadt/ideen/1/massnahme", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept", "/m/musterstadt/verwaltung/konzept", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept", "/m/musterstadt/verwaltung/konzept", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept/beratung/{id}", "/m/musterstadt/verwaltung/konzept/beratung/1", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/beratung/{id}", "/m/musterstadt/verwaltung/konzept/beratung/1", 422),
    manage("POST", "/m/{slug}/verwaltung/konzept/beratung/{id}/ausblenden", "/m/musterstadt/verwaltung/konzept/beratung/1/ausblenden", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept/entwurf.pdf", "/m/musterstadt/verwaltung/konzept/entwurf.pdf", 200),
    manage("GET", "/m/{slug}/verwaltung/konzept/beschlussvorlage.pdf", "/m/musterstadt/verwaltung/konzept/beschlussvorlage.pdf", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/stand", "/m/musterstadt/verwaltung/konzept/stand", 422),
    manage("POST", "/m/{slug}/verwaltung/konzept/handlungsfelder", "/m/musterstadt/verwaltung/konzept/handlungsfelder", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept/handlungsfelder/{id}", "/m/musterstadt/verwaltung/konzept/handlungsfelder/1", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/handlungsfelder/{id}", "/m/musterstadt/verwaltung/konzept/handlungsfelder/1", 422),
    manage(
        "GET",
        "/m/{slug}/verwaltung/konzept/handlungsfelder/{id}/ziele",
        "/m/musterstadt/verwaltung/konzept/handlungsfelder/1/ziele",
        200,
    ),
    manage(
        "POST",
        "/m/{slug}/verwaltung/konzept/handlungsfelder/{id}/ziele",
        "/m/musterstadt/verwaltung/konzept/handlungsfelder/1/ziele",
        422,
    ),
    manage("GET", "/m/{slug}/verwaltung/konzept/ziele/{id}", "/m/musterstadt/verwaltung/konzept/ziele/1", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/ziele/{id}", "/m/musterstadt/verwaltung/konzept/ziele/1", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept/massnahmen/neu", "/m/musterstadt/verwaltung/konzept/massnahmen/neu", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/massnahmen/neu", "/m/musterstadt/verwaltung/konzept/massnahmen/neu", 422),
    manage("GET", "/m/{slug}/verwaltung/konzept/massnahmen/{id}", "/m/musterstadt/verwaltung/konzept/massnahmen/1", 200),
    manage("POST", "/m/{slug}/verwaltung/konzept/massnahmen/{id}", "/m/musterstadt/verwaltung/konzept/massnahmen/1", 422),
];
