//! What the concept's pages share: finding the concept (a draft only for
//! its coordinators), the stage in words, and a measure's status as a badge.

use domain::concept::snapshot::MeasureSnapshot;
use domain::concept::stage::{Stage, StageChange};
use domain::concept::status::{MeasureStatus, Priority};
use store::concept::Concept;
use store::concept::measures::Measure;
use store::concept::outline::Field;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::Fact;
use crate::participation::policy::can_manage;

/// The municipality's concept as the visitor may see it: a draft only for
/// its coordinators, none at all is "not found".
pub(super) async fn visible_concept(state: &AppState, ctx: &RequestCtx, tenant: &Tenant) -> Result<(Concept, bool), AppError> {
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, tenant));
    let concept = store::concept::get(&state.db, &tenant.scope).await?.ok_or(AppError::NotFound)?;
    if !concept.stage.stage.public() && !manager {
        return Err(AppError::NotFound);
    }
    Ok((concept, manager))
}

/// "Adopted by the council on 26 June 2025 (DS 2025/117)", "Draft in
/// consultation until 31 January 2027", … (of the concept or of one of its
/// versions).
pub(crate) fn stage_text(locale: Locale, stage: &StageChange) -> String {
    match (&stage.stage, &stage.decision, stage.consultation_until) {
        (Stage::Adopted, Some(d), _) => locale
            .t_args("concept-adopted-on", &[("date", FluentArg::Text(locale.day(d.on))), ("number", FluentArg::Text(d.number.clone()))]),
        (Stage::Consultation, _, Some(until)) => {
            locale.t_args("concept-stage-consultation-until", &[("day", FluentArg::Text(locale.day(until)))])
        }
        (stage, _, _) => locale.t(&stage.name_key()),
    }
}

/// "01.09.2025 – 31.08.2027", "ab 01.09.2025", "bis …", or nothing.
fn period(locale: Locale, starts: Option<chrono::NaiveDate>, ends: Option<chrono::NaiveDate>) -> String {
    match (starts, ends) {
        (Some(s), Some(e)) => format!("{} – {}", locale.day(s), locale.day(e)),
        (Some(s), None) => locale.t_args("measure-from", &[("day", FluentArg::Text(locale.day(s)))]),
        (None, Some(e)) => locale.t_args("measure-until", &[("day", FluentArg::Text(locale.day(e)))]),
        (None, None) => String::new(),
    }
}

/// What a measure's page and a version's measure sheet list about it: lead,
/// partners, target groups, neighbourhoods, period, priority, cost and
/// funding (those it has).
pub(super) fn measure_facts(locale: Locale, m: &MeasureSnapshot) -> Vec<Fact> {
    let mut facts = Vec::new();
    let mut fact = |key: &str, value: String| {
        if !value.is_empty() {
            facts.push(Fact { label: locale.t(key), value });
        }
    };
    fact("measure-lead-label", m.lead.join(", "));
    fact("measure-partners-label", m.partners.join(", "));
    fact("measure-target-groups-label", m.target_groups.clone());
    fact("measure-neighbourhoods-label", m.neighbourhoods.join(", "));
    fact("measure-period-label", period(locale, m.starts_on, m.ends_on));
    fact("measure-priority-label", Priority::parse(&m.priority).map(|p| locale.t(&p.name_key())).unwrap_or_default());
    fact("measure-cost-label", m.cost.map(|c| if locale == Locale::De { c.format_de() } else { c.format_en() }).unwrap_or_default());
    fact("measure-funding-label", m.funding_source.clone());
    facts
}

/// The public reason of a paused or dropped measure.
pub(super) fn status_reason(status: MeasureStatus, reason: &str) -> Option<String> {
    (matches!(status, MeasureStatus::Dropped | MeasureStatus::Paused) && !reason.is_empty()).then(|| reason.to_owned())
}

/// A measure of this municipality, or "not found".
pub(super) async fn measure_of(state: &AppState, tenant: &Tenant, id: i64) -> Result<store::concept::measures::Measure, AppError> {
    store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)
}

/// A status badge: its text and the KERN badge kind that colours it.
pub struct StatusBadge {
    pub label: String,
    pub kind: &'static str,
}

pub(super) fn badge(locale: Locale, status: MeasureStatus) -> StatusBadge {
    let kind = match status {
        MeasureStatus::Planned | MeasureStatus::Preparing => "info",
        MeasureStatus::Running => "warning",
        MeasureStatus::Done => "success",
        MeasureStatus::Paused | MeasureStatus::Dropped => "danger",
    };
    StatusBadge { label: locale.t(&status.name_key()), kind }
}

/// The action field a measure belongs to (that of its first goal).
pub(super) fn field_of(outline: &[Field], measure: &Measure) -> Option<i64> {
    let goal = measure.details.goals.first()?;
    outline.iter().find(|f| f.goals.iter().any(|g| g.id == *goal)).map(|f| f.id)
}

/// The average percent done of measures given as (status, percent), dropped ones left out.
pub(super) fn average_percent(measures: impl Iterator<Item = (MeasureStatus, u8)>) -> u8 {
    let counted: Vec<u32> = measures.filter(|(s, _)| *s != MeasureStatus::Dropped).map(|(_, p)| u32::from(p)).collect();
    if counted.is_empty() { 0 } else { u8::try_from(counted.iter().sum::<u32>() / counted.len() as u32).unwrap_or(100) }
}
