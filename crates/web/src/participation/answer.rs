//! The coordinator's official answer and status for an idea.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::ideas::IdeaStatus;
use http::StatusCode;
use serde::Deserialize;

use super::idea_page::build;
use super::policy::require_coordinator;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::layout::html_status;
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    status: String,
    reason: String,
    answer: String,
}

pub async fn answer_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    let status = IdeaStatus::parse(&form.status);
    let reason = form.reason.trim();
    match status {
        None => errors.add(ctx.locale, "status", "answer-status-required"),
        Some(s) if s.needs_reason() && reason.is_empty() => errors.add(ctx.locale, "reason", "answer-reason-required"),
        _ => {}
    }
    if reason.chars().count() > 2000 {
        errors.add(ctx.locale, "reason", "answer-reason-length");
    }
    if form.answer.chars().count() > 10_000 {
        errors.add(ctx.locale, "answer", "answer-text-length");
    }
    let Some(status) = status.filter(|_| errors.is_empty()) else {
        let page = build(
            &state,
            &ctx,
            &tenant,
            id,
            None,
            (String::new(), FormErrors::default(), String::new()),
            (Some(form.status), form.reason, form.answer, errors),
        )
        .await?;
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let answer = form.answer.trim();
    let html = markdown::render(answer);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::ideas::answer(
        &txn,
        &tenant.scope,
        actor.user.id,
        id,
        status,
        Some(reason).filter(|r| !r.is_empty()),
        Some((answer, html.as_str())).filter(|(a, _)| !a.is_empty()),
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=saved", tenant.slug)).into_response())
}
