//! What the concept's pages share: finding the concept (a draft only for
//! its coordinators), the stage in words, and a measure's status as a badge.

use domain::concept::stage::Stage;
use domain::concept::status::MeasureStatus;
use store::concept::Concept;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
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

/// "Adopted by the council on 26 June 2025 (DS 2025/117)", "Draft in consultation", …
pub(super) fn stage_text(locale: Locale, concept: &Concept) -> String {
    match (&concept.stage.stage, &concept.stage.decision) {
        (Stage::Adopted, Some(d)) => locale
            .t_args("concept-adopted-on", &[("date", FluentArg::Text(locale.day(d.on))), ("number", FluentArg::Text(d.number.clone()))]),
        (stage, _) => locale.t(&stage.name_key()),
    }
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
