//! Writing, replying to, changing and deleting comments.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::phases;
use http::StatusCode;
use serde::Deserialize;
use store::participation::comments::EDIT_WINDOW;

use super::current::today_in_berlin;
use super::idea_page::build;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    #[serde(rename = "comment-body")]
    body: String,
    parent: String,
    speak_as: String,
}

pub async fn comment_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = super::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let process = super::views::process_by_id(&state, &tenant, idea.process_id).await?;
    if idea.withdrawn || idea.merged_into.is_some() || !phases::open_today(&process.phases, today_in_berlin()).comments {
        return crate::message::message(&state, &ctx, StatusCode::CONFLICT, "comment-closed-title", &["comment-closed-text"], None);
    }
    state.limits.check_account(&format!("comment:{}", actor.user.id.0))?;
    let parent: Option<i64> = form.parent.parse().ok();
    let organisations = super::speak_as::organisations(&state, &tenant, actor).await?;
    let mut errors = FormErrors::default();
    let speaker = super::speak_as::resolve(&organisations, &form.speak_as);
    if speaker.is_err() {
        errors.add(ctx.locale, "speak_as", "idea-choice-invalid");
    }
    let body = match domain::participation::ideas::check_comment(&form.body) {
        Ok(body) if errors.is_empty() => body,
        checked => {
            if let Err(problem) = checked {
                errors.add(ctx.locale, "comment-body", problem.code);
            }
            let comment = (form.body, errors, form.speak_as);
            let page =
                build(&state, &ctx, &tenant, id, parent, comment, (None, String::new(), String::new(), FormErrors::default())).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let comment = store::participation::comments::add(
        &txn,
        &tenant.scope,
        id,
        parent,
        actor.user.id,
        speaker.unwrap_or(None),
        &body,
        &markdown::render(&body),
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}#kommentar-{comment}", tenant.slug)).into_response())
}

#[derive(Template)]
#[template(path = "participation/comment_edit.html")]
struct CommentEditPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    back: String,
    body: String,
    errors: FormErrors,
}

/// The comment if it is the actor's own and still within the edit window.
async fn own_recent(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &store::tenancy::Tenant,
    id: i64,
) -> Result<store::participation::comments::Found, AppError> {
    let actor = ctx.require_actor()?;
    let found = store::participation::comments::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    if found.comment.author != Some(actor.user.id) || found.comment.deleted_by_author {
        return Err(AppError::Forbidden);
    }
    Ok(found)
}

pub async fn comment_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let store::participation::comments::Found { idea, comment, body_markdown } = own_recent(&state, &ctx, &tenant, id).await?;
    if store::now() - comment.created_at >= EDIT_WINDOW {
        return crate::message::message(
            &state,
            &ctx,
            StatusCode::CONFLICT,
            "comment-edit-expired-title",
            &["comment-edit-expired-text"],
            None,
        );
    }
    let page = CommentEditPage {
        i18n: ctx.locale,
        layout: Layout::municipality(&state, &ctx, &tenant, ctx.locale.t("comment-edit-title")),
        action: format!("/m/{}/kommentare/{id}/bearbeiten", tenant.slug),
        back: format!("/m/{}/ideen/{idea}#kommentar-{id}", tenant.slug),
        body: body_markdown,
        errors: FormErrors::default(),
    };
    Ok(html(&page)?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditForm {
    body: String,
}

pub async fn comment_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    let idea = own_recent(&state, &ctx, &tenant, id).await?.idea;
    let actor = ctx.require_actor()?;
    let body = match domain::participation::ideas::check_comment(&form.body) {
        Ok(body) => body,
        Err(problem) => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "body", problem.code);
            let page = CommentEditPage {
                i18n: ctx.locale,
                layout: Layout::municipality(&state, &ctx, &tenant, ctx.locale.t("comment-edit-title")),
                action: format!("/m/{}/kommentare/{id}/bearbeiten", tenant.slug),
                back: format!("/m/{}/ideen/{idea}#kommentar-{id}", tenant.slug),
                body: form.body,
                errors,
            };
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let changed = store::participation::comments::edit(&txn, &tenant.scope, id, actor.user.id, &body, &markdown::render(&body)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    if !changed {
        return crate::message::message(
            &state,
            &ctx,
            StatusCode::CONFLICT,
            "comment-edit-expired-title",
            &["comment-edit-expired-text"],
            None,
        );
    }
    Ok(Redirect::to(&format!("/m/{}/ideen/{idea}#kommentar-{id}", tenant.slug)).into_response())
}

pub async fn comment_delete(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let idea = own_recent(&state, &ctx, &tenant, id).await?.idea;
    let actor = ctx.require_actor()?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::comments::delete_by_author(&txn, &tenant.scope, id, actor.user.id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{idea}#kommentar-{id}", tenant.slug)).into_response())
}
