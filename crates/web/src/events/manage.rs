//! The coordinator's form to add an event to a process or change one.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::form::EventForm;
use domain::events::kinds::EventKind;
use http::StatusCode;
use store::participation::processes::Process;
use store::tenancy::Tenant;

use super::pages::event_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::participation::views::{process_by_id, process_of};
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventFormPage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    action: String,
    cancel_href: String,
    kinds: Vec<Choice>,
    form: EventForm,
    errors: FormErrors,
}

fn form_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    process: &Process,
    editing: Option<i64>,
    form: EventForm,
    errors: FormErrors,
) -> EventFormPage {
    let locale = ctx.locale;
    EventFormPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t(if editing.is_some() { "event-edit-title" } else { "event-new-title" })),
        process_title: process.title.clone(),
        action: match editing {
            Some(id) => format!("/m/{}/verwaltung/veranstaltungen/{id}/bearbeiten", tenant.slug),
            None => format!("/m/{}/verwaltung/beteiligung/{}/veranstaltungen/neu", tenant.slug, process.slug),
        },
        cancel_href: match editing {
            Some(id) => format!("/m/{}/veranstaltungen/{id}", tenant.slug),
            None => format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        },
        kinds: EventKind::ALL
            .into_iter()
            .map(|k| Choice { value: k.as_str().to_owned(), label: locale.t(k.name_key()), selected: form.kind == k.as_str() })
            .collect(),
        form,
        errors,
    }
}

pub async fn event_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    let form = EventForm { kind: EventKind::Workshop.as_str().to_owned(), ..EventForm::default() };
    html_status(StatusCode::OK, &form_page(&state, &ctx, &tenant, &process, None, form, FormErrors::default()))
}

pub async fn event_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    let event = match form.validate() {
        Ok(event) => event,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, &tenant, &process, None, form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let html = markdown::render(&event.description);
    let id = store::events::create(&txn, &tenant.scope, actor.user.id, process.id, &event, &html).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=saved", tenant.slug)).into_response())
}

pub async fn event_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let event = event_of(&state.db, &tenant, id).await?;
    let process = process_by_id(&state, &tenant, event.process_id).await?;
    let form = EventForm::of(&event.details);
    html_status(StatusCode::OK, &form_page(&state, &ctx, &tenant, &process, Some(id), form, FormErrors::default()))
}

pub async fn event_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let current = event_of(&state.db, &tenant, id).await?;
    let process = process_by_id(&state, &tenant, current.process_id).await?;
    let event = match form.validate() {
        Ok(event) => event,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, &tenant, &process, Some(id), form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let html = markdown::render(&event.description);
    store::events::update(&txn, &tenant.scope, actor.user.id, id, &event, &html).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=saved", tenant.slug)).into_response())
}
