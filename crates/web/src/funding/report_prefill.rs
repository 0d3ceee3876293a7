//! What a new report starts from, taken from the municipality's own
//! records the way its annual report takes them: where the concept stands
//! and how many measures it has, the participation figures from the start
//! of the grant to the reporting date (or today), and whether the council
//! adopted the strategy; and the receipts of the report before it, since
//! each report accounts for the whole grant so far. The coordinator edits
//! it before submitting.

use chrono::NaiveDate;
use domain::concept::stage::Stage;
use domain::concept::status::MeasureStatus;
use domain::funding::decision::Grant;
use domain::funding::report::ReportForm;
use store::funding::reports::Report;
use store::tenancy::Tenant;

use crate::AppState;
use crate::concept::{berlin_midnight, participation_facts, stage_text};
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};

pub async fn prefill(
    state: &AppState,
    locale: Locale,
    tenant: &Tenant,
    (grant, due_on): (&Grant, NaiveDate),
    earlier: Option<&Report>,
) -> Result<ReportForm, AppError> {
    let receipts = earlier.map(|r| r.form.receipts.clone()).unwrap_or_default();
    let today = crate::participation::today();
    let (from, to) = (grant.starts_on, due_on.min(today).max(grant.starts_on));
    let until = to.succ_opt().unwrap_or(to);
    let figures =
        store::concept::annual::participation(&state.db, &tenant.scope, berlin_midnight(from), berlin_midnight(until), (from, to)).await?;
    let period = format!("{} – {}", locale.day(from), locale.day(to));
    let mut participation = vec![locale.t_args("report-prefill-period", &[("period", FluentArg::Text(period))])];
    participation.extend(participation_facts(locale, &figures).into_iter().map(|f| format!("{}: {}", f.label, f.value)));
    let Some(concept) = store::concept::get(&state.db, &tenant.scope).await? else {
        return Ok(ReportForm {
            process: locale.t("report-prefill-no-concept"),
            participation: participation.join("\n"),
            strategy: locale.t("report-prefill-not-adopted"),
            receipts,
        });
    };
    let measures = store::concept::measures::all(&state.db, &tenant.scope, concept.id).await?;
    let count = |s: MeasureStatus| FluentArg::Number(measures.iter().filter(|m| m.details.status == s).count() as i64);
    let process = locale.t_args(
        "report-prefill-process",
        &[
            ("title", FluentArg::Text(concept.texts.title.clone())),
            ("stage", FluentArg::Text(stage_text(locale, &concept.stage))),
            ("measures", FluentArg::Number(measures.len() as i64)),
            ("running", count(MeasureStatus::Running)),
            ("done", count(MeasureStatus::Done)),
        ],
    );
    // The newest adopted version: a revision in consultation does not undo the adoption.
    let versions = store::concept::versions::list(&state.db, &tenant.scope).await?;
    let adopted = versions.iter().filter(|v| v.stage.stage == Stage::Adopted && v.stage.decision.is_some()).max_by_key(|v| v.number);
    let strategy = match adopted {
        Some(v) => stage_text(locale, &v.stage),
        None => locale.t("report-prefill-not-adopted"),
    };
    Ok(ReportForm { process, participation: participation.join("\n"), strategy, receipts })
}
