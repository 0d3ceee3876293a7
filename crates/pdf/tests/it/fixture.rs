//! A small concept in several scripts.

use chrono::NaiveDate;
use domain::concept::quantity::Quantity;
use domain::concept::snapshot::{ContributorGroup, FieldSnapshot, GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, Snapshot};
use domain::money::Money;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub const FIELDS: [&str; 3] = ["Bildung und Sprache", "Arbeit und Ausbildung", "Zusammenleben im Quartier"];

pub const TITLES: [&str; 10] = [
    "Sprachcafé in der Stadtbibliothek",
    "Türkçe konuşan ebeveynler için dil kafesi, İzmir",
    "Русскоязычные семьи: Elternabende mit Dolmetschung",
    "مقهى اللغة",
    "Mentoring für Auszubildende mit Fluchtgeschichte",
    "Anerkennungsberatung für ausländische Berufsabschlüsse",
    "Interkulturelle Öffnung der Verwaltung",
    "Nachbarschaftsfest „Vielfalt im Viertel“",
    "Begegnungsgärten in Nord und Süd",
    "Lotsinnen und Lotsen für Neuzugewanderte",
];

pub fn measure(number: i32, title: &str, cost: Option<i64>, funding: &str) -> MeasureSnapshot {
    MeasureSnapshot {
        number,
        title: title.to_owned(),
        description: format!(
            "Die Maßnahme **{title}** richtet sich an Familien, die *neu* in Musterstadt sind.\n\n\
             - wöchentliche Treffen\n- Kinderbetreuung vor Ort\n\n\
             Mehr unter [der Stadtseite](https://musterstadt.example/vielfalt)."
        ),
        description_html: String::new(),
        status: ["planned", "running", "preparing", "done", "paused"][number as usize % 5].to_owned(),
        status_reason: if number % 5 == 4 { "Die Räume werden saniert.".to_owned() } else { String::new() },
        lead: vec!["Amt für Integration".to_owned(), "Aylin Yılmaz".to_owned()],
        partners: vec!["Caritas Musterstadt".to_owned(), "Türkischer Elternverein e. V.".to_owned()],
        target_groups: "Eltern mit Kindern unter 10 Jahren".to_owned(),
        neighbourhoods: vec!["Nordstadt".to_owned(), "Südviertel".to_owned()],
        starts_on: Some(date(2027, 1, 1)),
        ends_on: if number % 3 == 0 { None } else { Some(date(2028, 12, 31)) },
        priority: ["high", "medium", "low"][number as usize % 3].to_owned(),
        cost: cost.map(Money),
        funding_source: funding.to_owned(),
        indicators: vec![IndicatorSnapshot {
            name: "Teilnehmende je Jahr".to_owned(),
            unit: "Personen".to_owned(),
            baseline: Quantity::whole(40),
            baseline_on: date(2026, 1, 1),
            target: Quantity(12_050),
            target_on: date(2028, 12, 31),
            source: "Anwesenheitslisten".to_owned(),
            direction: "higher".to_owned(),
        }],
    }
}

/// Three fields, five goals, ten measures; costs add up to 12.345,00 €.
pub fn snapshot() -> Snapshot {
    // Cents: 4 × 1.000 € + 3 × 2.000 € + 2.345 € = 12.345 €; one without cost.
    let costs = [
        Some(100_000),
        Some(100_000),
        Some(200_000),
        None,
        Some(100_000),
        Some(200_000),
        Some(234_500),
        Some(100_000),
        Some(200_000),
        Some(0),
    ];
    let funding = [
        "Landesprogramm WIR",
        "Eigenmittel",
        "Landesprogramm WIR",
        "",
        "ESF Plus",
        "Eigenmittel",
        "ESF Plus",
        "Landesprogramm WIR",
        "Eigenmittel",
        "",
    ];
    let mut measures = TITLES.iter().enumerate().map(|(i, t)| measure(i as i32 + 1, t, costs[i], funding[i]));
    let mut take = |n: usize| measures.by_ref().take(n).collect::<Vec<_>>();
    let goal = |title: &str, measures: Vec<MeasureSnapshot>| GoalSnapshot {
        title: title.to_owned(),
        description: "Alle Kinder sprechen beim Schuleintritt gut Deutsch.".to_owned(),
        description_html: String::new(),
        measures,
    };
    let goals = vec![
        vec![goal("Sprache von Anfang an", take(2)), goal("Eltern als Partner", take(2))],
        vec![goal("Wege in Ausbildung", take(2))],
        vec![goal("Offene Verwaltung", take(1)), goal("Begegnung im Alltag", take(3))],
    ];
    Snapshot {
        title: "Gelebte Vielfalt in Musterstadt".to_owned(),
        preamble: "Musterstadt ist eine Stadt für *alle*. Dieses Konzept beschreibt, wie wir Vielfalt gestalten.\n\n\
                   ## Wie es entstand\n\nÜber 600 Menschen haben mitgewirkt."
            .to_owned(),
        preamble_html: String::new(),
        vision: "In Musterstadt leben Menschen aus 120 Nationen **gleichberechtigt** zusammen.".to_owned(),
        vision_html: String::new(),
        fields: FIELDS
            .iter()
            .zip(goals)
            .map(|(name, goals)| FieldSnapshot {
                name: (*name).to_owned(),
                analysis: format!("Im Handlungsfeld {name} zeigt die Befragung 2026 deutlichen Bedarf.\n\n1. erstens\n2. zweitens"),
                analysis_html: String::new(),
                goals,
            })
            .collect(),
        contributors: vec![
            ContributorGroup {
                kind: "association".to_owned(),
                names: vec!["Caritas Musterstadt".to_owned(), "Sportverein 1890".to_owned()],
            },
            ContributorGroup {
                kind: "migrant_organisation".to_owned(),
                names: vec!["Türkischer Elternverein e. V.".to_owned(), "Дружба e. V.".to_owned()],
            },
            ContributorGroup { kind: "business".to_owned(), names: vec!["Stadtwerke Musterstadt".to_owned()] },
        ],
    }
}
