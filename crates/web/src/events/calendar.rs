//! Events for calendar programs: a municipality's feed to subscribe to, one
//! event's file, and the file attached to registration mails.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use domain::events::calendar::{self, CONTENT_TYPE, Entry};
use http::{HeaderValue, header};
use store::events::Event;
use store::tenancy::Tenant;

use super::pages::event_of;
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::tenancy::CurrentMunicipality;

/// How far back the feed reaches, so that a calendar keeps recent events.
const FEED_DAYS_BACK: i64 = 90;

/// The host part of the installation's address, for event UIDs.
fn host(state: &AppState) -> &str {
    let url = state.config.public_url.as_str();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', ':']).next().unwrap_or(rest)
}

/// An event as a calendar entry. `for_participant` adds the online link,
/// which only registered people get.
pub fn entry(state: &AppState, tenant: &Tenant, locale: Locale, event: &Event, for_participant: bool) -> Entry {
    let d = &event.details;
    let url = format!("{}/m/{}/veranstaltungen/{}", state.config.public_url, tenant.slug, event.id);
    let mut description = Vec::new();
    if let Some(reason) = event.cancel_reason.as_deref().filter(|_| event.cancelled_at.is_some()) {
        description.push(format!("{}: {reason}", locale.t("event-cancelled")));
    }
    if !d.description.is_empty() {
        description.push(d.description.clone());
    }
    let online = d.online_link.as_deref().filter(|_| for_participant);
    if let Some(link) = online {
        description.push(format!("{}: {link}", locale.t("event-online-link")));
    }
    description.push(url.clone());
    let location = match online {
        Some(link) if !d.kind.has_place() => link.to_owned(),
        _ => super::views::place(locale, event),
    };
    Entry {
        uid: format!("event-{}@{}", event.id, host(state)),
        title: d.title.clone(),
        description: description.join("\n\n"),
        starts_at: d.starts_at,
        ends_at: d.ends_at,
        location,
        url,
        cancelled: event.cancelled_at.is_some(),
        updated_at: event.updated_at,
    }
}

fn ics(body: String, filename: &str) -> Response {
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, value);
    }
    // Public data; calendar programs ask again every few hours anyway.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=900"));
    response
}

/// `GET /m/{slug}/events.ics`: the municipality's events from the last
/// months on, in the German original (calendar programs send no language).
pub async fn feed(State(state): State<AppState>, CurrentMunicipality(tenant): CurrentMunicipality) -> Result<Response, AppError> {
    let since = store::now() - chrono::TimeDelta::days(FEED_DAYS_BACK);
    let events = store::events::upcoming(&state.db, &tenant.scope, None, since).await?;
    let entries: Vec<_> = events.iter().map(|e| entry(&state, &tenant, Locale::De, e, false)).collect();
    let name = Locale::De.t_args("events-feed-name", &[("municipality", crate::i18n::FluentArg::Text(tenant.name.clone()))]);
    Ok(ics(calendar::calendar(&name, &entries), &format!("{}.ics", tenant.slug)))
}

/// `GET /m/{slug}/veranstaltungen/{id}/kalender.ics`: one event.
pub async fn event_file(
    State(state): State<AppState>,
    ctx: crate::ctx::RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let event = event_of(&state.db, &tenant, id).await?;
    let entries = [entry(&state, &tenant, ctx.locale, &event, false)];
    Ok(ics(calendar::calendar(&tenant.name, &entries), &format!("veranstaltung-{id}.ics")))
}
