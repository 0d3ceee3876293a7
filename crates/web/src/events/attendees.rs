//! The coordinator's page of an event's people: who is registered and who
//! waits (also as CSV), the form to write to them, the messages sent, and
//! the form to call the event off.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::events::messaging::{AUDIENCES, CallOffForm, MessageForm};
use domain::events::places::Placement;
use http::StatusCode;
use store::events::Event;
use store::events::people::Attendee;
use store::tenancy::Tenant;

use super::pages::event_of;
use super::views::{at, when};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::spreadsheet::Sheet;
use crate::tenancy::CurrentMunicipality;

/// A registration as the coordinator's list shows it.
pub struct AttendeeRow {
    pub name: String,
    pub guest: bool,
    pub email: String,
    pub placement: String,
    pub needs: String,
    pub registered_at: String,
}

/// Those registered, or those waiting.
pub struct Section {
    pub heading: String,
    pub rows: Vec<AttendeeRow>,
}

/// A message as the list of sent ones shows it.
pub struct SentRow {
    pub subject: String,
    pub body: String,
    pub audience: String,
    /// "sent to 3 people"
    pub recipients: String,
    pub sent_at: String,
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
    message_action: String,
    audiences: Vec<Choice>,
    message: MessageForm,
    message_errors: FormErrors,
    sent: Vec<SentRow>,
    call_off_action: String,
    cancelled: bool,
    call_off: CallOffForm,
    call_off_errors: FormErrors,
}

/// What the forms of the page hold: as typed after an error, empty otherwise.
#[derive(Default)]
pub struct Forms {
    pub message: MessageForm,
    pub message_errors: FormErrors,
    pub call_off: CallOffForm,
    pub call_off_errors: FormErrors,
}

fn needs_text(locale: Locale, a: &Attendee) -> String {
    let n = &a.registration.needs;
    let mut needs = Vec::new();
    if let Some(language) = &n.interpretation {
        needs.push(format!("{}: {language}", locale.t("registration-interpretation")));
    }
    for (on, key) in
        [(n.sign_language, "registration-sign-language"), (n.childcare, "registration-childcare"), (n.step_free, "registration-step-free")]
    {
        if on {
            needs.push(locale.t(key));
        }
    }
    if !n.note.is_empty() {
        needs.push(n.note.clone());
    }
    needs.join("; ")
}

/// The event and its registrations in queue order, each with where it stands.
async fn rows(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, id: i64) -> Result<(Event, Vec<(Placement, AttendeeRow)>), AppError> {
    require_coordinator(ctx, tenant)?;
    let locale = ctx.locale;
    let event = event_of(&state.db, tenant, id).await?;
    let attendees = store::events::people::attendees(&state.db, &tenant.scope, id).await?;
    let rows = attendees
        .into_iter()
        .map(|a| {
            let row = AttendeeRow {
                needs: needs_text(locale, &a),
                guest: a.guest(),
                name: a.name,
                email: a.email.unwrap_or_default(),
                placement: locale.t(match a.registration.placement {
                    Placement::Registered => "attendees-registered",
                    Placement::Waiting | Placement::Pending => "attendees-waiting",
                }),
                registered_at: at(locale, a.registration.created_at),
            };
            (a.registration.placement, row)
        })
        .collect();
    Ok((event, rows))
}

/// The page, with the forms as given; `status` tells a form's error.
pub async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    id: i64,
    forms: Forms,
    status: StatusCode,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (event, rows) = rows(state, ctx, tenant, id).await?;
    let (waiting, registered): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(p, _)| *p == Placement::Waiting);
    let sent = store::events::messages::of_event(&state.db, &tenant.scope, id).await?;
    let base = format!("/m/{}/verwaltung/veranstaltungen/{id}", tenant.slug);
    let view = AttendeesPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t_args("attendees-title", &[("event", FluentArg::Text(event.details.title.clone()))]),
        ),
        event_href: format!("/m/{}/veranstaltungen/{id}", tenant.slug),
        when: when(locale, event.details.starts_at, event.details.ends_at),
        csv_href: format!("{base}/anmeldungen.csv"),
        sections: vec![
            Section { heading: locale.t("attendees-registered-heading"), rows: registered.into_iter().map(|(_, r)| r).collect() },
            Section { heading: locale.t("attendees-waiting-heading"), rows: waiting.into_iter().map(|(_, r)| r).collect() },
        ],
        message_action: format!("{base}/nachricht"),
        audiences: AUDIENCES
            .into_iter()
            .map(|a| Choice {
                value: a.to_owned(),
                label: locale.t(&format!("event-message-audience-{a}")),
                selected: forms.message.audience == a,
            })
            .collect(),
        message: forms.message,
        message_errors: forms.message_errors,
        sent: sent
            .into_iter()
            .map(|m| SentRow {
                audience: locale.t(&format!("event-message-audience-{}", m.audience.as_str())),
                subject: m.subject,
                body: m.body,
                recipients: locale.t_args("event-message-recipients", &[("count", FluentArg::Number(i64::from(m.recipients)))]),
                sent_at: at(locale, m.sent_at),
            })
            .collect(),
        call_off_action: format!("{base}/absagen"),
        cancelled: event.cancelled_at.is_some(),
        call_off: forms.call_off,
        call_off_errors: forms.call_off_errors,
    };
    html_status(status, &view)
}

pub async fn attendees(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let forms = Forms { message: MessageForm { audience: "all".into(), ..MessageForm::default() }, ..Forms::default() };
    page(&state, &ctx, &tenant, id, forms, StatusCode::OK).await
}

pub async fn attendees_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (_, rows) = rows(&state, &ctx, &tenant, id).await?;
    let header: Vec<String> =
        ["attendees-name", "attendees-email", "attendees-placement", "attendees-needs", "attendees-registered-at", "attendees-account"]
            .iter()
            .map(|k| locale.t(k))
            .collect();
    let mut sheet = Sheet::new(&header)?;
    for (_, r) in &rows {
        let account = locale.t(if r.guest { "attendees-guest" } else { "attendees-with-account" });
        sheet.row(&[&r.name, &r.email, &r.placement, &r.needs, &r.registered_at, &account])?;
    }
    sheet.download(&format!("anmeldungen-{id}.csv"))
}
