//! Supporting an idea (once per person) and taking the support back.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::phases;
use serde::Deserialize;

use super::current::today_in_berlin;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SupportForm {
    /// `add` or `remove`.
    action: String,
}

pub async fn support_toggle(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<SupportForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = super::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let process = super::views::process_by_id(&state, &tenant, idea.process_id).await?;
    if idea.withdrawn || idea.merged_into.is_some() || !phases::open_today(&process.phases, today_in_berlin()).supports {
        return crate::message::message(&state, &ctx, http::StatusCode::CONFLICT, "support-closed-title", &["support-closed-text"], None);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match form.action.as_str() {
        "remove" => store::participation::ideas::unsupport(&txn, id, actor.user.id).await?,
        _ => store::participation::ideas::support(&txn, id, actor.user.id).await?,
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}#unterstuetzen", tenant.slug)).into_response())
}
