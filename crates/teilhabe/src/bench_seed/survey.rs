//! The benchmark's survey: the demo survey filled up to SURVEY_RESPONSES
//! responses, and how long reading its results without the pages' kept
//! tallies takes (what the first view after a new response does).

use std::time::Instant;

use store::DatabaseConnection;

use super::DEMO_PROCESS;

/// Responses to the demo survey whose results the benchmark reads.
pub(super) const SURVEY_RESPONSES: u32 = 10_000;
/// Survey responses written per transaction.
const RESPONSES_PER_TRANSACTION: u32 = 1000;

/// The benchmark's survey: its id and how long counting its results took.
pub(super) struct BenchSurvey {
    pub(super) id: i64,
    pub(super) tally_ms: f64,
}

/// Fills the demo survey up to SURVEY_RESPONSES responses and measures how
/// long reading its results takes without the pages' kept tallies.
pub(super) async fn survey_responses(db: &DatabaseConnection, musterstadt: &store::tenancy::Tenant) -> anyhow::Result<BenchSurvey> {
    use crate::demo::surveys;
    let process = store::participation::processes::head_by_slug(db, &musterstadt.scope, DEMO_PROCESS)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo process is missing"))?;
    let found =
        store::surveys::of_process(db, &musterstadt.scope, process.id).await?.into_iter().find(|s| s.settings.title == surveys::TITLE);
    let survey = found.ok_or_else(|| anyhow::anyhow!("the demo survey is missing (run `teilhabe demo` first)"))?;
    let questions = store::surveys::questions::list(db, survey.id).await?;
    let coordinator = store::accounts::user_by_email(db, "coordinator@musterstadt.example")
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo coordinator is missing"))?
        .id;
    let started = Instant::now();
    let mut from = u32::try_from(survey.response_count)?;
    while from < SURVEY_RESPONSES {
        let to = (from + RESPONSES_PER_TRANSACTION).min(SURVEY_RESPONSES);
        let txn = store::begin_write(db).await?;
        surveys::add_responses(&txn, musterstadt, &survey, &questions, coordinator, from..to).await?;
        txn.commit().await?;
        from = to;
    }
    println!("survey {}: {SURVEY_RESPONSES} responses ({:.1} s)", survey.id, started.elapsed().as_secs_f64());
    let counted = Instant::now();
    store::surveys::results::counts(db, survey.id, None).await?;
    store::surveys::results::answered(db, survey.id, None).await?;
    for q in questions.iter().filter(|q| q.kind == domain::surveys::QuestionKind::Text) {
        store::surveys::results::texts(db, survey.id, q.id, None, 50).await?;
    }
    let tally_ms = counted.elapsed().as_secs_f64() * 1000.0;
    println!("survey results read without the pages' tallies in {tally_ms:.1} ms (what the first view after a new response does)");
    Ok(BenchSurvey { id: survey.id, tally_ms })
}
