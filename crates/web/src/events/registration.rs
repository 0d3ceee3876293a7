//! Registering for an event and cancelling: from the event page when logged
//! in, or with the link in the confirmation mail. A freed place goes to the
//! first on the waiting list, who is told by mail.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::places::Placement;
use domain::events::registration::RegistrationForm;
use http::StatusCode;
use store::ConnectionTrait;
use store::events::Event;
use store::events::registrations::{self as regs, Refusal};
use store::tenancy::Tenant;

use super::pages::{event_of, page};
use super::views::when;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::tenancy::CurrentMunicipality;

pub async fn register(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<RegistrationForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let event = event_of(&state, &tenant, id).await?;
    let needs = match form.validate() {
        Ok(needs) => needs,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &event, form, errors).await?);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let done = match regs::register(&txn, &tenant.scope, id, actor.user.id, &needs).await? {
        Ok(done) => done,
        Err(Refusal::Closed) => {
            drop(txn);
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "registration", "event-registration-closed");
            return html_status(StatusCode::CONFLICT, &page(&state, &ctx, &tenant, &event, form, errors).await?);
        }
    };
    if let (Some(token), Some(email)) = (done.cancel_token.as_deref(), actor.user.email.as_deref()) {
        let key = match done.registration.placement {
            Placement::Registered => "mail-event-registered",
            Placement::Waiting => "mail-event-waiting",
        };
        let locale = Locale::from_code(&actor.user.locale).unwrap_or(ctx.locale);
        mail(&txn, &state, locale, &tenant, &event, email, key, Some(token)).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    let notice = match done.registration.placement {
        Placement::Registered => "event-registered",
        Placement::Waiting => "event-waiting",
    };
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice={notice}", tenant.slug)).into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let event = event_of(&state, &tenant, id).await?;
    cancel_for(&state, &tenant, &event, actor.user.id).await?;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=event-cancelled", tenant.slug)).into_response())
}

/// Cancels and tells the person who moves up, in one transaction.
async fn cancel_for(state: &AppState, tenant: &Tenant, event: &Event, user: domain::ids::UserId) -> Result<(), AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if let Some(cancelled) = regs::cancel(&txn, &tenant.scope, event.id, user).await? {
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
        && let Some(person) = store::accounts::user_by_id(db, promoted.user).await?
        && let Some(email) = person.email.as_deref()
    {
        let locale = Locale::from_code(&person.locale).unwrap_or(Locale::De);
        mail(db, state, locale, tenant, event, email, "mail-event-promoted", None).await?;
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

/// Queues the Fluent messages `<key>-subject` and `<key>-body` about the event.
#[allow(clippy::too_many_arguments)]
async fn mail(
    db: &impl ConnectionTrait,
    state: &AppState,
    locale: Locale,
    tenant: &Tenant,
    event: &Event,
    to: &str,
    key: &str,
    cancel_token: Option<&str>,
) -> Result<(), store::StoreError> {
    let base = format!("{}/m/{}/veranstaltungen", state.config.public_url, tenant.slug);
    let args = [
        ("event", FluentArg::Text(event.details.title.clone())),
        ("when", FluentArg::Text(when(locale, event.details.starts_at, event.details.ends_at))),
        ("place", FluentArg::Text(super::views::place(locale, event))),
        ("link", FluentArg::Text(format!("{base}/{}", event.id))),
        ("cancel", FluentArg::Text(cancel_token.map(|t| format!("{base}/abmelden/{t}")).unwrap_or_default())),
        ("municipality", FluentArg::Text(tenant.name.clone())),
    ];
    let subject = locale.t_args(&format!("{key}-subject"), &args);
    let body = locale.t_args(&format!("{key}-body"), &args);
    store::mail::enqueue(db, to, &subject, &body).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "events/cancel.html")]
struct CancelPage {
    i18n: Locale,
    layout: Layout,
    event_title: String,
    when: String,
    event_href: String,
    action: Option<String>,
}

/// The mailed link: asks before cancelling (a link opened by a mail
/// scanner must not cancel anything).
pub async fn cancel_link(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let found = regs::by_token(&state.db, &tenant.scope, &token).await?;
    let (status, title, event) = match found {
        Some(r) => (StatusCode::OK, "event-cancel-title", Some(event_of(&state, &tenant, r.event_id).await?)),
        None => (StatusCode::NOT_FOUND, "event-cancel-unknown", None),
    };
    let view = CancelPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t(title)),
        event_title: event.as_ref().map(|e| e.details.title.clone()).unwrap_or_default(),
        when: event.as_ref().map(|e| when(locale, e.details.starts_at, e.details.ends_at)).unwrap_or_default(),
        event_href: event.as_ref().map(|e| format!("/m/{}/veranstaltungen/{}", tenant.slug, e.id)).unwrap_or_default(),
        action: event.is_some().then(|| format!("/m/{}/veranstaltungen/abmelden/{token}", tenant.slug)),
    };
    html_status(status, &view)
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
    let event = event_of(&state, &tenant, found.event_id).await?;
    cancel_for(&state, &tenant, &event, found.user).await?;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{}?notice=event-cancelled", tenant.slug, event.id)).into_response())
}
