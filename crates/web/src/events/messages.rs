//! The coordinator writes to an event's people, or calls the event off:
//! everyone registered or waiting is told by mail, in their language, in the
//! same transaction; those who held a place get the calendar file marked
//! cancelled, so that their calendar shows it.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::messaging::{CallOffForm, MessageForm};
use domain::events::places::Placement;
use http::StatusCode;
use store::events::messages::Sending;
use store::events::people::Audience;

use super::attendees::{Forms, page};
use super::mails::{self, About, Links};
use super::pages::event_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

pub async fn send_message(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let event = event_of(&state.db, &tenant, id).await?;
    let message = match form.validate() {
        Ok(message) => message,
        Err(list) => {
            let forms = Forms { message_errors: FormErrors::of(ctx.locale, list), message: form, ..Forms::default() };
            return page(&state, &ctx, &tenant, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let audience = Audience::parse(message.audience).unwrap_or(Audience::All);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let people = store::events::people::reachable(&txn, &tenant.scope, id, audience).await?;
    if people.is_empty() {
        drop(txn);
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "audience", "event-message-nobody");
        return page(&state, &ctx, &tenant, id, Forms { message_errors: errors, message: form, ..Forms::default() }, StatusCode::CONFLICT)
            .await;
    }
    let about = About { state: &state, tenant: &tenant, event: &event };
    for person in &people {
        if let Some(email) = person.email.as_deref() {
            let locale = mails::locale_of(person.locale.as_deref());
            mails::send_message(&txn, about, locale, email, &message.subject, &message.body).await?;
        }
    }
    let count = u32::try_from(people.len()).unwrap_or(u32::MAX);
    let sending = Sending { audience, subject: &message.subject, body: &message.body, recipients: count };
    store::events::messages::record(&txn, &tenant.scope, actor.user.id, id, sending).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/verwaltung/veranstaltungen/{id}/anmeldungen?notice=event-message-sent", tenant.slug)).into_response())
}

pub async fn call_off(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<CallOffForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    event_of(&state.db, &tenant, id).await?;
    let reason = match form.validate() {
        Ok(reason) => reason,
        Err(list) => {
            let forms = Forms { call_off_errors: FormErrors::of(ctx.locale, list), call_off: form, ..Forms::default() };
            return page(&state, &ctx, &tenant, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if let Some(people) = store::events::call_off(&txn, &tenant.scope, actor.user.id, id, &reason).await? {
        let event = event_of(&txn, &tenant, id).await?;
        for person in &people {
            if let Some(email) = person.email.as_deref() {
                let locale = mails::locale_of(person.locale.as_deref());
                let held_place = person.registration.placement == Placement::Registered;
                let about = About { state: &state, tenant: &tenant, event: &event };
                mails::send(&txn, about, locale, email, "mail-event-called-off", Links::default(), held_place).await?;
            }
        }
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=event-called-off", tenant.slug)).into_response())
}
