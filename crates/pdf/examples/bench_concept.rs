//! Renders a concept of 200 measures five times and prints the timings:
//! `cargo run --release -p pdf --example bench_concept`.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use domain::concept::quantity::Quantity;
use domain::concept::snapshot::{ContributorGroup, FieldSnapshot, GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, Snapshot};
use domain::money::Money;
use pdf::{ConceptPdf, Labels, Lang};

const PARAGRAPH: &str = "Die Maßnahme verbindet Angebote der Stadtteilzentren, Schulen und Vereine, damit Familien, \
    die neu in Musterstadt sind, schnell Anschluss finden. Sie wird mit den Migrantenorganisationen geplant \
    und jährlich **gemeinsam** ausgewertet; die Ergebnisse fließen in die Fortschreibung des Konzepts ein.";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn indicator(n: usize) -> IndicatorSnapshot {
    IndicatorSnapshot {
        name: format!("Teilnehmende an Angebot {n}"),
        unit: "Personen".into(),
        baseline: Quantity::whole(40 + n as i64),
        baseline_on: date(2026, 1, 1),
        target: Quantity::whole(120 + n as i64),
        target_on: date(2028, 12, 31),
        source: "Anwesenheitslisten der Träger".into(),
        direction: "higher".into(),
    }
}

fn measure(number: usize) -> MeasureSnapshot {
    MeasureSnapshot {
        number: number as i32,
        title: format!("Sprach- und Begegnungsangebot Nummer {number} im Stadtteil"),
        description: format!("{PARAGRAPH}\n\n*Zweiter Absatz:* {PARAGRAPH}\n\n- erstens\n- zweitens\n\n{PARAGRAPH}"),
        description_html: String::new(),
        status: ["planned", "preparing", "running", "done"][number % 4].into(),
        status_reason: String::new(),
        lead: vec!["Amt für Integration".into()],
        partners: vec!["Caritas Musterstadt".into(), "Türkischer Elternverein e. V.".into()],
        target_groups: "Neuzugewanderte Familien".into(),
        neighbourhoods: vec!["Nordstadt".into(), "Südviertel".into()],
        starts_on: Some(date(2027, 1, 1)),
        ends_on: Some(date(2028, 12, 31)),
        priority: ["high", "medium", "low"][number % 3].into(),
        cost: Some(Money(1_250_000 + number as i64 * 10_000)),
        funding_source: ["Landesprogramm WIR", "Eigenmittel", "ESF Plus"][number % 3].into(),
        indicators: vec![indicator(2 * number), indicator(2 * number + 1)],
    }
}

fn snapshot() -> Snapshot {
    let mut number = 0;
    let fields = (0..6)
        .map(|f| {
            // 15 goals: 3 fields with 3, 3 fields with 2.
            let goals = if f < 3 { 3 } else { 2 };
            FieldSnapshot {
                name: format!("Handlungsfeld {}", f + 1),
                analysis: format!("{PARAGRAPH}\n\n{PARAGRAPH}"),
                analysis_html: String::new(),
                goals: (0..goals)
                    .map(|g| {
                        let goal_index = if f < 3 { f * 3 + g } else { 9 + (f - 3) * 2 + g };
                        // 200 measures over 15 goals: 5 goals with 14, 10 with 13.
                        let count = if goal_index < 5 { 14 } else { 13 };
                        GoalSnapshot {
                            title: format!("Ziel {}", goal_index + 1),
                            description: PARAGRAPH.into(),
                            description_html: String::new(),
                            measures: (0..count)
                                .map(|_| {
                                    number += 1;
                                    measure(number)
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Snapshot {
        title: "Gelebte Vielfalt in Musterstadt".into(),
        preamble: format!("{PARAGRAPH}\n\n{PARAGRAPH}"),
        preamble_html: String::new(),
        vision: PARAGRAPH.into(),
        vision_html: String::new(),
        fields,
        contributors: vec![ContributorGroup { kind: "association".into(), names: (1..=40).map(|n| format!("Verein {n} e. V.")).collect() }],
    }
}

fn main() -> Result<(), pdf::PdfError> {
    let snapshot = snapshot();
    assert_eq!(snapshot.measures().count(), 200);
    let labels = Labels::german();
    let doc = ConceptPdf {
        snapshot: &snapshot,
        municipality: "Musterstadt",
        lang: Lang::De,
        version_label: "Version 2 · in Beratung seit 01.11.2026",
        labels: &labels,
    };
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        bytes = pdf::concept(&doc)?;
        times.push(start.elapsed());
    }
    let size = bytes.len();
    // BENCH_OUT=/tmp/bench.pdf keeps the document to look at.
    if let Some(path) = std::env::var_os("BENCH_OUT") {
        std::fs::write(path, &bytes).map_err(|e| pdf::PdfError::Export(e.to_string()))?;
    }
    let first = times[0];
    times.sort();
    let median: Duration = times[times.len() / 2];
    println!("concept PDF, 200 measures: first {} ms, median {} ms, size {} KiB", first.as_millis(), median.as_millis(), size / 1024);
    Ok(())
}
