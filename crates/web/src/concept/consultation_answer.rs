//! The coordinators' page for one comment of a consultation: answer it and
//! say what became of it (its author is told), or hide it with a reason
//! shown in its place (and show it again).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::consultation::{AnswerForm, Outcome};
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use super::consultation::{CommentView, comment_view};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/consultation_answer.html")]
struct AnswerPage {
    i18n: Locale,
    layout: Layout,
    paragraph_href: String,
    comment: CommentView,
    action: String,
    moderate_action: String,
    outcomes: Vec<Choice>,
    answer: String,
    errors: FormErrors,
    reason: String,
    reason_error: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    id: i64,
    typed: Option<AnswerForm>,
    errors: FormErrors,
    reason: (String, Option<String>),
) -> Result<AnswerPage, AppError> {
    let locale = ctx.locale;
    let (number, paragraph) = store::concept::consultation::place_of(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let comments = store::concept::consultation::of_paragraph(&state.db, &tenant.scope, number, &paragraph).await?;
    let comment = comments.into_iter().find(|c| c.id == id).ok_or(AppError::NotFound)?;
    let typed = typed.unwrap_or_else(|| AnswerForm {
        outcome: if comment.outcome == Outcome::Open { String::new() } else { comment.outcome.as_str().to_owned() },
        answer: comment.answer_markdown.clone(),
    });
    let base = format!("/m/{}/verwaltung/konzept/beratung/{id}", tenant.slug);
    Ok(AnswerPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("consultation-answer-title")),
        paragraph_href: format!("/m/{}/konzept/versionen/{number}/absatz/{paragraph}#kommentar-{id}", tenant.slug),
        comment: comment_view(locale, tenant, false, &comment),
        action: base.clone(),
        moderate_action: format!("{base}/ausblenden"),
        outcomes: Outcome::ANSWERS
            .into_iter()
            .map(|o| Choice { value: o.as_str().to_owned(), label: locale.t(&o.name_key()), selected: typed.outcome == o.as_str() })
            .collect(),
        answer: typed.answer,
        errors,
        reason: reason.0,
        reason_error: reason.1,
    })
}

pub async fn answer_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let view = page(&state, &ctx, &tenant, id, None, FormErrors::default(), Default::default()).await?;
    html_status(StatusCode::OK, &view)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Typed {
    outcome: String,
    answer: String,
}

pub async fn answer_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(typed): Form<Typed>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let form = AnswerForm { outcome: typed.outcome, answer: typed.answer };
    let answer = match form.validate() {
        Ok(answer) => answer,
        Err(list) => {
            let view = page(&state, &ctx, &tenant, id, Some(form), FormErrors::of(ctx.locale, list), Default::default()).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::consultation::answer(&txn, &tenant.scope, actor.user.id, id, &answer, &markdown::render(&answer.text)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    let (number, paragraph) = store::concept::consultation::place_of(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/m/{}/konzept/versionen/{number}/absatz/{paragraph}#kommentar-{id}", tenant.slug)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Moderation {
    reason: String,
    restore: String,
}

pub async fn moderate(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(typed): Form<Moderation>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let reason = typed.reason.trim();
    let hidden = if typed.restore == "yes" { None } else { Some(reason) };
    if hidden.is_some_and(|r| r.is_empty() || r.chars().count() > 500) {
        let error = Some(ctx.locale.t("consultation-hide-reason-missing"));
        let view = page(&state, &ctx, &tenant, id, None, FormErrors::default(), (typed.reason.clone(), error)).await?;
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::consultation::moderate(&txn, &tenant.scope, actor.user.id, id, hidden).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    let (number, paragraph) = store::concept::consultation::place_of(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/m/{}/konzept/versionen/{number}/absatz/{paragraph}#kommentar-{id}", tenant.slug)).into_response())
}
