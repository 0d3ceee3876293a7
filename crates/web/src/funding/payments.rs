//! Payments of a grant: the coordinator requests one (never more than is
//! left and not requested yet; a refused amount comes back next to its
//! field), the officers are mailed; the officers release or reject it and
//! the coordinators are mailed.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::decision::check_message;
use domain::funding::ledger::PaymentForm;
use http::StatusCode;

use super::application_form::{Shown, loaded, page, refused};
use super::applications::base;
use super::mails::{self, Detail};
use super::policy::require_officer;
use super::review_actions::ReasonForm;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::layout::html_status;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

pub async fn payment_request(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<PaymentForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let (application, call) = loaded(&state, &tenant, id).await?;
    let Some(grant) = &application.grant else {
        return refused(&state, &ctx, &tenant, id, "payment-not-approved");
    };
    let ledger = store::funding::payments::ledger(&state.db, &tenant.scope, id, grant.granted).await?;
    let wanted = match form.validate(&ledger) {
        Ok(w) => w,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            let mut shown = Shown::load(&state, &ctx, &tenant, &application, application.form.clone(), errors).await?;
            shown.payment = form;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &application, &call, shown));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::funding::payments::request(&txn, &tenant.scope, actor.user.id, id, &wanted).await {
        Ok(_) => {}
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code),
        Err(other) => return Err(other.into()),
    }
    mails::to_officers(&txn, &state, &tenant, &application, "mail-payment-requested", Detail::Money(wanted.amount)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}/antraege/{id}?notice=payment-requested#auszahlungen", base(&tenant))).into_response())
}

/// The page that says why a payment cannot be decided now (409).
fn payment_refused(state: &AppState, ctx: &RequestCtx, code: &str) -> Result<Response, AppError> {
    crate::message::message(
        state,
        ctx,
        StatusCode::CONFLICT,
        &format!("{code}-title"),
        &[code],
        Some(("/land/foerderung", "funding-officer-back")),
    )
}

async fn decide(state: &AppState, ctx: &RequestCtx, payment: i64, reason: Option<&str>) -> Result<Response, AppError> {
    let (actor, land) = require_officer(state, ctx).await?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let (paid, reviewed) = match store::funding::payments::decide(&txn, &land.scope, actor.user.id, payment, reason).await {
        Ok(done) => done,
        Err(store::StoreError::Conflict(code)) => return payment_refused(state, ctx, code),
        Err(other) => return Err(other.into()),
    };
    let (key, detail) = match reason {
        None => ("mail-payment-released", Detail::Money(paid.amount)),
        Some(reason) => ("mail-payment-rejected", Detail::Text(reason)),
    };
    mails::to_coordinators(&txn, state, &reviewed.municipality, &reviewed.application, key, detail, None).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    let notice = if reason.is_some() { "payment-rejected" } else { "payment-released" };
    Ok(Redirect::to(&format!("/land/foerderung/antraege/{}?notice={notice}#auszahlungen", reviewed.application.id)).into_response())
}

pub async fn payment_release(State(state): State<AppState>, ctx: RequestCtx, Path(payment): Path<i64>) -> Result<Response, AppError> {
    decide(&state, &ctx, payment, None).await
}

pub async fn payment_reject(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(payment): Path<i64>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    match check_message("reason", &form.reason) {
        Ok(reason) => decide(&state, &ctx, payment, Some(&reason)).await,
        Err(e) => {
            // The reason comes back next to the payment's field on the application's page.
            let (_, reviewed) = store::funding::payments::for_officers(&state.db, &land.scope, payment).await?.ok_or(AppError::NotFound)?;
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, &format!("reason-{payment}"), e.code);
            let typed = super::review_page::Typed { errors, ..Default::default() };
            super::review_page::page(&state, &ctx, &land, reviewed.application.id, typed).await
        }
    }
}
