//! The benchmark's concept: Musterstadt's demo concept filled up to
//! BENCH_MEASURES measures, each running with a progress report and one
//! indicator with a value every month for ten years, and put into
//! consultation again, so that its newest version has all of them. The load
//! generator reads its progress page, one measure's page with its chart and
//! the newest version's PDF.

use chrono::{Months, NaiveDate};
use domain::concept::indicators::{Direction, NewIndicator, NewValue};
use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::progress::NewUpdate;
use domain::concept::quantity::Quantity;
use domain::concept::stage::{Stage, StageChange};
use domain::concept::status::MeasureStatus;
use store::DatabaseConnection;
use store::tenancy::Tenant;

/// Measures of the benchmark's concept.
pub(super) const BENCH_MEASURES: usize = 200;
/// Monthly values of each added measure's indicator (ten years).
const MONTHS: u32 = 120;

/// Adds measures to Musterstadt's concept until it has BENCH_MEASURES; returns
/// the id of a measure with ten years of indicator values.
pub(super) async fn concept_measures(db: &DatabaseConnection, musterstadt: &Tenant) -> anyhow::Result<i64> {
    let scope = musterstadt.scope;
    let concept = store::concept::get(db, &scope).await?.ok_or_else(|| anyhow::anyhow!("the demo concept is missing"))?;
    let coordinator = store::accounts::user_by_email(db, "coordinator@musterstadt.example")
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo coordinator is missing"))?
        .id;
    let goals: Vec<i64> =
        store::concept::outline::outline(db, &scope, concept.id).await?.iter().flat_map(|f| f.goals.iter().map(|g| g.id)).collect();
    let existing = store::concept::measures::list(db, &scope, concept.id).await?;
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).ok_or_else(|| anyhow::anyhow!("date"))?;
    for n in existing.len()..BENCH_MEASURES {
        let txn = store::begin_write(db).await?;
        let goal = goals[n % goals.len()];
        let form = MeasureForm { title: format!("Lasttest-Maßnahme {n}"), goals: vec![goal.to_string()], ..MeasureForm::blank() };
        let measure = form.validate(Choices { goals: &goals, ..Default::default() }, None).map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let id = store::concept::measures::create(&txn, &scope, coordinator, concept.id, &measure, "").await?;
        let update = NewUpdate {
            on: start + Months::new(MONTHS - 1),
            status: MeasureStatus::Running,
            percent: u8::try_from(n % 100).unwrap_or(50),
            text: "Es geht voran.".into(),
            reason: String::new(),
        };
        store::concept::progress::post(&txn, &scope, coordinator, id, &update, "<p>Es geht voran.</p>").await?;
        let indicator = NewIndicator {
            name: format!("Teilnehmende an Maßnahme {n}"),
            unit: "Personen".into(),
            baseline: Quantity::whole(10),
            baseline_on: start,
            target: Quantity::whole(200),
            target_on: start + Months::new(MONTHS + 12),
            source: "Lasttest".into(),
            direction: Direction::Higher,
        };
        let indicator = store::concept::indicators::add(&txn, &scope, coordinator, id, &indicator).await?;
        for month in 0..MONTHS {
            let value = NewValue { on: start + Months::new(month), value: Quantity::whole(10 + i64::from(month)), note: String::new() };
            store::concept::indicators::record_value(&txn, &scope, coordinator, indicator, &value).await?;
        }
        txn.commit().await?;
    }
    let txn = store::begin_write(db).await?;
    store::concept::set_stage(&txn, &scope, coordinator, &StageChange::new(Stage::Consultation)).await?;
    txn.commit().await?;
    let list = store::concept::measures::list(db, &scope, concept.id).await?;
    list.last().map(|m| m.id).ok_or_else(|| anyhow::anyhow!("no measures"))
}
