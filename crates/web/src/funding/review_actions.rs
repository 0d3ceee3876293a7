//! What officers do with an application: tick the checklist, leave an
//! internal note, ask for changes, approve with a grant, or reject. A
//! decision is mailed to the municipality's coordinators in the same
//! transaction.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::decision::{GrantForm, check_message};
use http::StatusCode;
use serde::Deserialize;

use super::letters;
use super::mails::{self, Detail};
use super::policy::require_officer;
use super::review_page::{Typed, page, reviewed};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::uploads::keep::forget;

fn back(id: i64, notice: &str, anchor: &str) -> Response {
    Redirect::to(&format!("/land/foerderung/antraege/{id}?notice={notice}{anchor}")).into_response()
}

/// The page that says why a decision is not possible now (409).
fn refused(state: &AppState, ctx: &RequestCtx, id: i64, code: &str) -> Result<Response, AppError> {
    let here = format!("/land/foerderung/antraege/{id}");
    crate::message::message(state, ctx, StatusCode::CONFLICT, &format!("{code}-title"), &[code], Some((&here, "review-back")))
}

pub async fn checklist_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let application = reviewed(&state, &land, id).await?.application;
    let call = store::funding::calls::get(&state.db, &land.scope, application.call).await?.ok_or(AppError::NotFound)?;
    let criteria = &call.draft.rules.review_criteria;
    let ticked: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "criterion")
        .filter_map(|(_, v)| v.parse::<usize>().ok().and_then(|i| criteria.get(i)).cloned())
        .collect();
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::review::set_checklist(&txn, &land.scope, actor.user.id, id, &ticked).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(back(id, "saved", "#pruefliste"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NoteForm {
    note: String,
}

pub async fn note_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let note = form.note.trim();
    if note.is_empty() || note.chars().count() > 10_000 {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "note", if note.is_empty() { "review-note-missing" } else { "application-text-too-long" });
        return page(&state, &ctx, &land, id, Typed { note: form.note, errors, ..Typed::default() }).await;
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::review::add_note(&txn, &land.scope, actor.user.id, id, note).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(back(id, "saved", "#notizen"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MessageForm {
    message: String,
}

/// Runs a decision in one transaction with its mail to the applicant; a
/// decision no longer possible gets the 409 page. `stored`: bytes of a
/// letter laid out for it, let go when the decision does not go through.
async fn decide<F>(state: &AppState, ctx: &RequestCtx, id: i64, notice: &str, stored: Vec<String>, run: F) -> Result<Response, AppError>
where
    F: AsyncFnOnce(&store::WriteTransaction) -> Result<(), store::StoreError>,
{
    let done = async {
        let txn = store::begin_write(&state.db).await?;
        run(&txn).await?;
        txn.commit().await?;
        Ok::<_, store::StoreError>(())
    }
    .await;
    match done {
        Ok(()) => Ok(back(id, notice, "")),
        Err(e) => {
            forget(state, stored).await;
            match e {
                store::StoreError::Conflict(code) => refused(state, ctx, id, code),
                other => Err(other.into()),
            }
        }
    }
}

pub async fn changes_request(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let message = match check_message("message", &form.message) {
        Ok(m) => m,
        Err(e) => {
            let errors = FormErrors::of(ctx.locale, [e]);
            return page(&state, &ctx, &land, id, Typed { message: form.message, errors, ..Typed::default() }).await;
        }
    };
    decide(&state, &ctx, id, "application-changes-requested", Vec::new(), async |txn| {
        let reviewed = store::funding::review::request_changes(txn, &land.scope, actor.user.id, id, &message).await?;
        mails::decided(txn, &state, &reviewed, "mail-application-changes", Detail::Text(&message)).await
    })
    .await
}

pub async fn application_approve(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<GrantForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let current = reviewed(&state, &land, id).await?;
    let call = store::funding::calls::get(&state.db, &land.scope, current.application.call).await?.ok_or(AppError::NotFound)?;
    let max = call.draft.rules.max_grant;
    let grant = match form.validate(current.application.requested, max) {
        Ok(g) => g,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            return page(&state, &ctx, &land, id, Typed { grant: Some(form), errors, ..Typed::default() }).await;
        }
    };
    // The decision letter is laid out first, then recorded with the decision.
    let programme = store::funding::programmes::get(&state.db, &land.scope, call.programme).await?.ok_or(AppError::NotFound)?;
    let about = letters::About {
        land: &land,
        programme: &programme,
        call: &call,
        municipality: &current.municipality,
        application: &current.application,
    };
    let name = letters::file_name(&about, "letter-decision-title");
    let letter = letters::lay_out(&state, &current.municipality, name, letters::decision(&about, &grant, chrono::Utc::now())).await?;
    let stored = vec![letter.key.clone()];
    decide(&state, &ctx, id, "application-approved", stored, async |txn| {
        let reviewed = store::funding::review::approve(txn, &land.scope, actor.user.id, id, &grant, max).await?;
        let to = (&reviewed.municipality, &reviewed.application);
        letters::record(txn, &state, to, actor.user.id, &letter, ("mail-application-approved", Detail::Money(grant.granted))).await?;
        Ok(())
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReasonForm {
    pub(super) reason: String,
}

pub async fn application_reject(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let reason = match check_message("reason", &form.reason) {
        Ok(r) => r,
        Err(e) => {
            let errors = FormErrors::of(ctx.locale, [e]);
            return page(&state, &ctx, &land, id, Typed { reason: form.reason, errors, ..Typed::default() }).await;
        }
    };
    decide(&state, &ctx, id, "application-rejected", Vec::new(), async |txn| {
        let reviewed = store::funding::review::reject(txn, &land.scope, actor.user.id, id, &reason).await?;
        mails::decided(txn, &state, &reviewed, "mail-application-rejected", Detail::Text(&reason)).await
    })
    .await
}
