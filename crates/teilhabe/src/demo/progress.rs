//! How Musterstadt's measures are going: progress reports on every measure
//! that has started (by its owner, or else the coordination), indicators
//! with a value every quarter since 2025 on six measures, and milestones
//! on those — some reached, one overdue; the language café is held up as
//! good practice.

use chrono::{Datelike, NaiveDate, TimeDelta};
use domain::concept::indicators::{Direction, NewIndicator, NewValue};
use domain::concept::practice::GoodPractice;
use domain::concept::progress::{NewMilestone, NewUpdate};
use domain::concept::quantity::Quantity;
use domain::concept::status::MeasureStatus;
use domain::ids::UserId;
use store::WriteTransaction;
use store::tenancy::Tenant;

/// An indicator of a measure: measure title, name, unit, baseline, target,
/// source, better direction, and milestones (title, months after the start).
type DemoIndicator = (&'static str, &'static str, &'static str, i64, i64, &'static str, Direction, [(&'static str, i64); 3]);

const INDICATORS: [DemoIndicator; 6] = [
    (
        "Sprachcafé mit Kinderbetreuung in der Stadtbibliothek",
        "Familien im Sprachcafé je Monat",
        "Familien",
        8,
        30,
        "Anwesenheitslisten des Vereins",
        Direction::Higher,
        [("Kinderbetreuung mit zwei Fachkräften", 2), ("Zweiter Termin am Samstag", 14), ("Sprachcafé auch in der Nordstadt", 20)],
    ),
    (
        "Vorlesepatenschaften in allen Kitas",
        "Kitas mit Vorlesepatenschaft",
        "Kitas",
        2,
        14,
        "Kita-Fachberatung der Stadt",
        Direction::Higher,
        [("30 Patinnen und Paten geschult", 3), ("Alle städtischen Kitas dabei", 12), ("Alle freien Träger dabei", 24)],
    ),
    (
        "Stadtteilspaziergänge für Neue",
        "Teilnehmende an Stadtteilspaziergängen im Quartal",
        "Personen",
        0,
        120,
        "Anmeldelisten",
        Direction::Higher,
        [("Route durch die Altstadt", 1), ("Routen in allen Stadtteilen", 9), ("Spaziergänge auf Arabisch und Ukrainisch", 30)],
    ),
    (
        "Gesprächsgruppen für Geflüchtete",
        "Wartezeit auf einen Platz in einer Gesprächsgruppe",
        "Wochen",
        14,
        4,
        "Koordinierungsstelle Flüchtlingshilfe",
        Direction::Lower,
        [("Zweite Gruppe mit Dolmetschung", 4), ("Gruppe für Frauen", 10), ("Dritte Gruppe", 20)],
    ),
    (
        "Beteiligungsplattform in sechs Sprachen",
        "Beiträge in anderen Sprachen als Deutsch",
        "%",
        3,
        20,
        "Auswertung der Plattform",
        Direction::Higher,
        [("Türkisch und Arabisch", 3), ("Ukrainisch und Russisch", 9), ("Leichte Sprache", 18)],
    ),
    (
        "Einbürgerungsfeier im Rathaus",
        "Eingebürgerte, die zur Feier kommen",
        "%",
        20,
        60,
        "Standesamt",
        Direction::Higher,
        [("Erste Feier", 2), ("Feier mit Musik der Herkunftsländer", 8), ("Zwei Feiern im Jahr", 14)],
    ),
];

const TEXTS: [&str; 4] = [
    "Der Start ist gelungen: Die ersten Termine waren gut besucht, und **Mundpropaganda** hilft mehr als jedes Plakat.",
    "Wir haben nachgesteuert: Einladungen gehen jetzt auch über die Kitas und die Moscheegemeinde hinaus.",
    "Die Zahlen steigen weiter. Ehrenamtliche aus der ersten Runde bringen inzwischen selbst Neue mit.",
    "Zwischenbilanz mit allen Beteiligten: Was gut läuft, bleibt; den Termin am Abend verlegen wir auf den Nachmittag.",
];

fn months(day: NaiveDate, n: i64) -> NaiveDate {
    day.checked_add_months(chrono::Months::new(u32::try_from(n).unwrap_or(0))).unwrap_or(day)
}

/// The updates of a measure in this status, oldest first: (day, status, percent, text, reason).
fn updates(
    status: MeasureStatus,
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
) -> Vec<(NaiveDate, MeasureStatus, u8, String, String)> {
    use MeasureStatus::*;
    let text = |i: usize| TEXTS[i % TEXTS.len()].to_owned();
    let mut list = match status {
        Running => vec![
            (months(start, 2), Running, 20, text(0), String::new()),
            (months(start, 8), Running, 45, text(1), String::new()),
            (months(start, 14), Running, 65, text(2), String::new()),
        ],
        Done => vec![
            (months(start, 1), Running, 40, text(0), String::new()),
            (
                end,
                Done,
                100,
                "Abgeschlossen. Danke an alle, die mitgemacht haben – die Ergebnisse stehen in der Bilanz.".to_owned(),
                String::new(),
            ),
        ],
        Paused => vec![
            (months(start, 2), Running, 30, text(0), String::new()),
            (months(start, 7), Paused, 30, text(3), "Die Übersetzungsstelle ist bis zum Frühjahr nicht besetzt.".to_owned()),
        ],
        _ => Vec::new(),
    };
    list.retain(|u| u.0 <= today);
    list
}

pub(super) async fn seed(
    txn: &WriteTransaction,
    musterstadt: &Tenant,
    concept: i64,
    coordinator: UserId,
    owner: Option<UserId>,
) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    let today = web::participation_today();
    for measure in store::concept::measures::all(txn, &scope, concept).await? {
        let d = &measure.details;
        let (Some(start), Some(end)) = (d.starts_on, d.ends_on) else { continue };
        let author = match (d.owner, owner) {
            (Some(o), Some(owner)) if o == owner.0 => owner,
            _ => coordinator,
        };
        for (on, status, percent, text, reason) in updates(d.status, start, end, today) {
            let update = NewUpdate { on, status, percent, text, reason };
            store::concept::progress::post(txn, &scope, author, measure.id, &update, &web::render_markdown(&update.text)).await?;
        }
        if d.title == INDICATORS[0].0 {
            let practice = GoodPractice {
                worked: "Die Kinderbetreuung im Nebenraum macht den Unterschied: Mütter kleiner Kinder kommen erst, seit sie nicht \
                         mehr zwischen Kurs und Kind wählen müssen. Die Einladung über die Kitas erreicht mehr als jedes Plakat."
                    .into(),
                cost: "Rund 6.000 € im Jahr für zwei Betreuungskräfte, davon 4.000 € aus dem Landesprogramm.".into(),
                contact: "Integrationsbüro Musterstadt, integration@musterstadt.example".into(),
            };
            store::concept::practice::set(txn, &scope, coordinator, measure.id, Some(&practice)).await?;
        }
        let Some(&(_, name, unit, baseline, target, source, direction, milestones)) = INDICATORS.iter().find(|i| i.0 == d.title) else {
            continue;
        };
        let baseline_on = NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start);
        let indicator = NewIndicator {
            name: name.into(),
            unit: unit.into(),
            baseline: Quantity::whole(baseline),
            baseline_on,
            target: Quantity::whole(target),
            target_on: NaiveDate::from_ymd_opt(end.year(), 12, 31).unwrap_or(end),
            source: source.into(),
            direction,
        };
        let id = store::concept::indicators::add(txn, &scope, coordinator, measure.id, &indicator).await?;
        // Each indicator at its own pace: some near their target, some far from it.
        let pace = [0.9, 0.55, 1.05, 0.7, 0.4, 0.8][INDICATORS.iter().position(|i| i.0 == d.title).unwrap_or(0)];
        // A value at the end of every quarter, moving towards the target with a little back and forth.
        let mut quarter = months(baseline_on, 3) - TimeDelta::days(1);
        let mut n: i64 = 1;
        while quarter <= today {
            let share = (n as f64 / 12.0).min(1.0) * pace + if n % 3 == 0 { -0.05 } else { 0.0 };
            let value = baseline as f64 + (target - baseline) as f64 * share.max(0.0);
            let value = NewValue {
                on: quarter,
                value: Quantity((value * 100.0).round() as i64),
                note: format!("Stand {}", quarter.format("%m/%Y")),
            };
            store::concept::indicators::record_value(txn, &scope, author, id, &value).await?;
            n += 1;
            quarter = months(baseline_on, 3 * n) - TimeDelta::days(1);
        }
        for (title, after) in milestones {
            let due_on = months(start, after);
            let milestone = store::concept::progress::add_milestone(
                txn,
                &scope,
                coordinator,
                measure.id,
                &NewMilestone { title: title.into(), due_on },
            )
            .await?;
            // Reached a week late, unless it is still ahead (or the last one, which is overdue).
            let reached = due_on + TimeDelta::days(7);
            if reached <= today && after < 20 {
                store::concept::progress::set_reached(txn, &scope, author, measure.id, milestone, Some(reached)).await?;
            }
        }
    }
    Ok(())
}
