//! Taking an idea up into a measure ("you said, we did"): the coordinator
//! picks the measure; the idea is answered as taken up, its author,
//! followers and supporters are told, and both pages link each other.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use store::tenancy::Tenant;

use super::public::numbered;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/take_up.html")]
struct TakeUpPage {
    i18n: Locale,
    layout: Layout,
    idea_title: String,
    idea_href: String,
    action: String,
    measures: Vec<Choice>,
    /// Measures it is already in.
    taken_into: Vec<String>,
    errors: FormErrors,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct TakeUpForm {
    measure: String,
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    idea: i64,
    chosen: &str,
    errors: FormErrors,
) -> Result<TakeUpPage, AppError> {
    let locale = ctx.locale;
    let found = store::participation::ideas::get(&state.db, &tenant.scope, idea).await?.ok_or(AppError::NotFound)?;
    let measures = match store::concept::get(&state.db, &tenant.scope).await? {
        Some(concept) => store::concept::measures::list(&state.db, &tenant.scope, concept.id).await?,
        None => Vec::new(),
    };
    let taken_into = store::concept::sources::of_idea(&state.db, &tenant.scope, idea).await?;
    Ok(TakeUpPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("take-up-title")),
        idea_title: found.summary.title,
        idea_href: format!("/m/{}/ideen/{idea}", tenant.slug),
        action: format!("/m/{}/ideen/{idea}/massnahme", tenant.slug),
        measures: measures
            .iter()
            .filter(|m| !taken_into.iter().any(|t| t.id == m.id))
            .map(|m| Choice { value: m.id.to_string(), label: numbered(locale, m.number, &m.title), selected: chosen == m.id.to_string() })
            .collect(),
        taken_into: taken_into.iter().map(|m| numbered(locale, m.number, &m.title)).collect(),
        errors,
    })
}

pub async fn take_up_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, id, "", FormErrors::default()).await?)
}

pub async fn take_up_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<TakeUpForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let view = page(&state, &ctx, &tenant, id, &form.measure, FormErrors::default()).await?;
    let Some(measure) = view.measures.iter().find(|m| m.selected).and_then(|m| m.value.parse::<i64>().ok()) else {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "measure", "take-up-measure-missing");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &TakeUpPage { errors, ..view });
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::sources::take_up(&txn, &tenant.scope, actor.user.id, measure, id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=saved#status-heading", tenant.slug)).into_response())
}
