//! Registering without an account: name and address on the event's page,
//! then the mailed link, which asks before it confirms (a link opened by a
//! mail scanner must not take a place). The answer to the form is the same
//! whether the address was known or not.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::registration::GuestForm;
use http::StatusCode;
use store::events::guests::{self, Requested};
use store::events::registrations::Refusal;

use super::link_page::{self, Keys};
use super::mails::{self, About, Links};
use super::pages::{event_of, found_event, page};
use super::registration::{confirm_place, notice};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::layout::html_status;
use crate::tenancy::CurrentMunicipality;

pub async fn request(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<GuestForm>,
) -> Result<Response, AppError> {
    let event = event_of(&state.db, &tenant, id).await?;
    let (guest, needs) = match form.validate() {
        Ok(valid) => valid,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, &found_event(&state, &ctx, &tenant, id).await?, form, errors).await?,
            );
        }
    };
    state.limits.check_address("event-guest", ctx.client_ip)?;
    let locale = ctx.locale;
    let about = About { state: &state, tenant: &tenant, event: &event };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match guests::request(&txn, &tenant.scope, id, &guest, locale.code(), &needs).await? {
        Err(Refusal::Closed) => {
            drop(txn);
            let mut errors = FormErrors::default();
            errors.add(locale, "registration", "event-registration-closed");
            return html_status(
                StatusCode::CONFLICT,
                &page(&state, &ctx, &tenant, &found_event(&state, &ctx, &tenant, id).await?, form, errors).await?,
            );
        }
        Ok(Requested::Pending { confirm_token, .. }) => {
            let links = Links { cancel: None, confirm: Some(&confirm_token) };
            mails::send(&txn, about, locale, &guest.email, "mail-event-confirm", links, false).await?;
        }
        Ok(Requested::Already(done)) => {
            if let Some(token) = done.cancel_token.as_deref() {
                confirm_place(&txn, about, locale, &guest.email, &done.registration, token).await?;
            }
        }
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=event-check-mail", tenant.slug)).into_response())
}

const CONFIRM: Keys = Keys {
    title: "event-confirm-title",
    question: "event-confirm-question",
    submit: "event-confirm-submit",
    unknown_title: "event-confirm-unknown",
    unknown_text: "event-confirm-unknown-text",
};

/// The mailed link: shows the event and asks to confirm.
pub async fn confirm_link(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let event = match guests::pending(&state.db, &tenant.scope, &token).await? {
        Some(request) => Some(event_of(&state.db, &tenant, request.event_id).await?),
        None => None,
    };
    let action = format!("/m/{}/veranstaltungen/bestaetigen/{token}", tenant.slug);
    link_page::render(&state, &ctx, &tenant, event.as_ref(), &action, &CONFIRM)
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let done = match guests::confirm(&txn, &tenant.scope, &token).await? {
        None => {
            drop(txn);
            return confirm_link(State(state), ctx, CurrentMunicipality(tenant), Path((String::new(), token))).await;
        }
        Some(Err(Refusal::Closed)) => {
            drop(txn);
            let request = guests::pending(&state.db, &tenant.scope, &token).await?;
            let event = request.map(|r| r.event_id).unwrap_or_default();
            return Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{event}?notice=event-closed", tenant.slug)).into_response());
        }
        Some(Ok(done)) => done,
    };
    let event = event_of(&state.db, &tenant, done.registration.event_id).await?;
    if let (Some(cancel), store::events::registrations::Registrant::Guest { email, locale, .. }) =
        (done.cancel_token.as_deref(), &done.registration.who)
    {
        let locale = mails::locale_of(locale.as_deref());
        confirm_place(&txn, About { state: &state, tenant: &tenant, event: &event }, locale, email, &done.registration, cancel).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{}?notice={}", tenant.slug, event.id, notice(done.registration.placement)))
        .into_response())
}
