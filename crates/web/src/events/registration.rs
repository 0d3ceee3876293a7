//! Registering for an event and cancelling: from the event page when logged
//! in, or with the link in the confirmation mail. A freed place goes to the
//! first on the waiting list, who is told by mail.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::places::Placement;
use domain::events::registration::{GuestForm, RegistrationForm};
use http::StatusCode;
use store::ConnectionTrait;
use store::events::Event;
use store::events::registrations::{self as regs, Refusal};
use store::tenancy::Tenant;

use super::link_page::{self, Keys};
use super::mails::{self, About, Links};
use super::pages::{event_of, found_event, page};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::html_status;
use crate::tenancy::CurrentMunicipality;

pub async fn register(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let event = event_of(&state.db, &tenant, id).await?;
    let needs = match form.validate() {
        Ok(needs) => needs,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(
                    &state,
                    &ctx,
                    &tenant,
                    &found_event(&state, &ctx, &tenant, id).await?,
                    GuestForm { needs: form.clone(), ..GuestForm::default() },
                    errors,
                )
                .await?,
            );
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let done = match regs::register(&txn, &tenant.scope, id, actor.user.id, &needs).await? {
        Ok(done) => done,
        Err(Refusal::Closed) => {
            drop(txn);
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "registration", "event-registration-closed");
            return html_status(
                StatusCode::CONFLICT,
                &page(
                    &state,
                    &ctx,
                    &tenant,
                    &found_event(&state, &ctx, &tenant, id).await?,
                    GuestForm { needs: form.clone(), ..GuestForm::default() },
                    errors,
                )
                .await?,
            );
        }
    };
    if let (Some(token), Some(email)) = (done.cancel_token.as_deref(), actor.user.email.as_deref()) {
        let locale = Locale::from_code(&actor.user.locale).unwrap_or(ctx.locale);
        confirm_place(&txn, About { state: &state, tenant: &tenant, event: &event }, locale, email, &done.registration, token).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice={}", tenant.slug, notice(done.registration.placement))).into_response())
}

/// The notice after registering: a place, or the waiting list.
pub(super) fn notice(placement: Placement) -> &'static str {
    match placement {
        Placement::Registered => "event-registered",
        Placement::Waiting | Placement::Pending => "event-waiting",
    }
}

/// Mails a place (with the calendar file) or the waiting list, with the cancel link.
pub(super) async fn confirm_place(
    db: &impl ConnectionTrait,
    about: About<'_>,
    locale: Locale,
    email: &str,
    registration: &regs::Registration,
    cancel_token: &str,
) -> Result<(), store::StoreError> {
    let holds_place = registration.placement == Placement::Registered;
    let key = if holds_place { "mail-event-registered" } else { "mail-event-waiting" };
    mails::send(db, about, locale, email, key, Links { cancel: Some(cancel_token), confirm: None }, holds_place).await
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let event = event_of(&state.db, &tenant, id).await?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if let Some(cancelled) = regs::cancel(&txn, &tenant.scope, event.id, actor.user.id).await? {
        tell_promoted(&txn, &state, &tenant, &event, &cancelled).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=event-cancelled", tenant.slug)).into_response())
}

/// Cancels a registration and tells the person who moves up, in one transaction.
async fn cancel_registration(state: &AppState, tenant: &Tenant, event: &Event, registration: i64) -> Result<(), AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if let Some(cancelled) = regs::cancel_registration(&txn, &tenant.scope, registration).await? {
        tell_promoted(&txn, state, tenant, event, &cancelled).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(())
}

/// Mails the person who moved up into a freed place, if anyone did.
async fn tell_promoted(
    db: &impl ConnectionTrait,
    state: &AppState,
    tenant: &Tenant,
    event: &Event,
    cancelled: &regs::Cancelled,
) -> Result<(), store::StoreError> {
    if let Some(promoted) = &cancelled.promoted
        && let Some((email, locale)) = store::events::people::contact(db, promoted).await?
    {
        let locale = mails::locale_of(locale.as_deref());
        mails::send(db, About { state, tenant, event }, locale, &email, "mail-event-promoted", Links::default(), true).await?;
    }
    Ok(())
}

/// Before an account goes: its registrations are withdrawn and removed, and
/// whoever moves up into a freed place is told. Call inside the deletion's
/// write transaction.
pub async fn withdraw_person(db: &impl ConnectionTrait, state: &AppState, user: domain::ids::UserId) -> Result<(), store::StoreError> {
    for (tenant, cancelled) in regs::withdraw_person(db, user).await? {
        if let Some(event) = store::events::get(db, &tenant.scope, cancelled.event_id).await? {
            tell_promoted(db, state, &tenant, &event, &cancelled).await?;
        }
    }
    Ok(())
}

const CANCEL: Keys = Keys {
    title: "event-cancel-title",
    question: "event-cancel-question",
    submit: "registration-cancel",
    unknown_title: "event-cancel-unknown",
    unknown_text: "event-cancel-unknown-text",
};

/// The mailed cancel link: asks before cancelling.
pub async fn cancel_link(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let event = match regs::by_token(&state.db, &tenant.scope, &token).await? {
        Some(r) => Some(event_of(&state.db, &tenant, r.event_id).await?),
        None => None,
    };
    let action = format!("/m/{}/veranstaltungen/abmelden/{token}", tenant.slug);
    link_page::render(&state, &ctx, &tenant, event.as_ref(), &action, &CANCEL)
}

pub async fn cancel_by_link(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(found) = regs::by_token(&state.db, &tenant.scope, &token).await? else {
        return cancel_link(State(state), ctx, CurrentMunicipality(tenant), Path((String::new(), token))).await;
    };
    let event = event_of(&state.db, &tenant, found.event_id).await?;
    cancel_registration(&state, &tenant, &event, found.id).await?;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{}?notice=event-cancelled", tenant.slug, event.id)).into_response())
}
