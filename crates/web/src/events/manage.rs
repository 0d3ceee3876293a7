//! The coordinator's side of events: the form to add or change one, and the
//! list of registrations (also as CSV).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::form::EventForm;
use domain::events::kinds::EventKind;
use domain::events::places::Placement;
use http::{HeaderValue, StatusCode, header};
use store::participation::processes::Process;
use store::tenancy::Tenant;

use super::pages::event_of;
use super::views::{at, when};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::participation::views::{process_by_id, process_of};
use crate::tenancy::CurrentMunicipality;

pub struct KindChoice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventFormPage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    action: String,
    cancel_href: String,
    kinds: Vec<KindChoice>,
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
            .map(|k| KindChoice { value: k.as_str(), label: locale.t(k.name_key()), selected: form.kind == k.as_str() })
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
    let event = event_of(&state, &tenant, id).await?;
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
    let current = event_of(&state, &tenant, id).await?;
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

/// A registration as the coordinator's list shows it.
pub struct AttendeeRow {
    pub name: String,
    pub email: String,
    pub placement: String,
    pub needs: String,
    pub registered_at: String,
}

#[derive(Template)]
#[template(path = "events/attendees.html")]
struct AttendeesPage {
    i18n: Locale,
    layout: Layout,
    event_href: String,
    when: String,
    csv_href: String,
    sections: Vec<Section>,
}

/// Those registered, or those waiting.
pub struct Section {
    pub heading: String,
    pub rows: Vec<AttendeeRow>,
}

/// The event and its registrations in queue order, each with where it stands.
async fn rows(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    id: i64,
) -> Result<(store::events::Event, Vec<(Placement, AttendeeRow)>), AppError> {
    require_coordinator(ctx, tenant)?;
    let locale = ctx.locale;
    let event = event_of(state, tenant, id).await?;
    let attendees = store::events::registrations::attendees(&state.db, &tenant.scope, id).await?;
    let rows = attendees
        .into_iter()
        .map(|a| {
            let n = &a.registration.needs;
            let mut needs = Vec::new();
            if let Some(language) = &n.interpretation {
                needs.push(format!("{}: {language}", locale.t("registration-interpretation")));
            }
            for (on, key) in [
                (n.sign_language, "registration-sign-language"),
                (n.childcare, "registration-childcare"),
                (n.step_free, "registration-step-free"),
            ] {
                if on {
                    needs.push(locale.t(key));
                }
            }
            if !n.note.is_empty() {
                needs.push(n.note.clone());
            }
            let row = AttendeeRow {
                name: a.name,
                email: a.email.unwrap_or_default(),
                placement: locale.t(match a.registration.placement {
                    Placement::Registered => "attendees-registered",
                    Placement::Waiting => "attendees-waiting",
                }),
                needs: needs.join("; "),
                registered_at: at(locale, a.registration.created_at),
            };
            (a.registration.placement, row)
        })
        .collect();
    Ok((event, rows))
}

pub async fn attendees(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let (event, rows) = rows(&state, &ctx, &tenant, id).await?;
    let (waiting, registered): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(p, _)| *p == Placement::Waiting);
    let (waiting, registered) = (waiting.into_iter().map(|(_, r)| r).collect(), registered.into_iter().map(|(_, r)| r).collect());
    let view = AttendeesPage {
        i18n: ctx.locale,
        layout: Layout::municipality(
            &state,
            &ctx,
            &tenant,
            ctx.locale.t_args("attendees-title", &[("event", crate::i18n::FluentArg::Text(event.details.title.clone()))]),
        ),
        event_href: format!("/m/{}/veranstaltungen/{id}", tenant.slug),
        when: when(ctx.locale, event.details.starts_at, event.details.ends_at),
        csv_href: format!("/m/{}/verwaltung/veranstaltungen/{id}/anmeldungen.csv", tenant.slug),
        sections: vec![
            Section { heading: ctx.locale.t("attendees-registered-heading"), rows: registered },
            Section { heading: ctx.locale.t("attendees-waiting-heading"), rows: waiting },
        ],
    };
    html_status(StatusCode::OK, &view)
}

/// A cell a spreadsheet program will not run as a formula.
fn cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() }
}

pub async fn attendees_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (_, rows) = rows(&state, &ctx, &tenant, id).await?;
    let csv_error = |e: csv::Error| AppError::Internal(e.to_string());
    let mut out = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = ["attendees-name", "attendees-email", "attendees-placement", "attendees-needs", "attendees-registered-at"]
        .iter()
        .map(|k| locale.t(k))
        .collect();
    out.write_record(&header).map_err(csv_error)?;
    for (_, r) in &rows {
        out.write_record([cell(&r.name), cell(&r.email), r.placement.clone(), cell(&r.needs), r.registered_at.clone()])
            .map_err(csv_error)?;
    }
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(out.into_inner().map_err(|e| AppError::Internal(e.to_string()))?);
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"anmeldungen-{id}.csv\"")).unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
