use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

/// An event of the municipality that has not ended yet.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventJson {
    pub id: i64,
    pub title: String,
    /// One of `workshop`, `citizens_evening`, `info_event`, `online_meeting`.
    pub kind: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// Name and address of the place; empty for online meetings.
    pub place: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub accessibility_notes: String,
    pub languages: String,
    pub interpretation: String,
    pub target_groups: String,
    /// Places in all; `null` without a limit.
    pub capacity: Option<u32>,
    /// Places still free; `null` without a limit.
    pub free_places: Option<u64>,
    /// People on the waiting list.
    pub waiting: u64,
    /// RFC 3339, UTC; registration closes then (or at the start).
    pub registration_deadline: Option<String>,
    pub registration_open: bool,
    pub cancelled: bool,
    /// Why it was called off, as shown on its page.
    pub cancel_reason: Option<String>,
    /// The process the event belongs to (its address part).
    pub process: String,
    /// The event's public page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    pub items: Vec<EventJson>,
}

/// The municipality's events that have not ended, soonest first, with free
/// places. The online link is not part of the answer (registered people get it).
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/events",
    tag = "events",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`")),
    responses(
        (status = 200, description = "The coming events", body = EventList),
        (status = 404, description = "No such municipality", content_type = "application/problem+json")
    )
)]
pub async fn events_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Json<EventList>, AppError> {
    let now = store::now();
    let events = store::events::upcoming(&state.db, &tenant.scope, None, now).await?;
    let processes = store::participation::processes::list(&state.db, &tenant.scope).await?;
    let mut items = Vec::with_capacity(events.len());
    for event in events {
        let (registered, waiting) = store::events::registrations::counts(&state.db, event.id).await?;
        let d = &event.details;
        items.push(EventJson {
            id: event.id,
            title: d.title.clone(),
            kind: d.kind.as_str().to_owned(),
            starts_at: d.starts_at.to_rfc3339(),
            ends_at: d.ends_at.to_rfc3339(),
            place: crate::events::views::address_line(&event),
            step_free: d.step_free,
            hearing_loop: d.hearing_loop,
            accessibility_notes: d.accessibility_notes.clone(),
            languages: d.languages.clone(),
            interpretation: d.interpretation.clone(),
            target_groups: d.target_groups.clone(),
            capacity: d.capacity,
            free_places: domain::events::places::free_places(d.capacity, registered),
            waiting,
            registration_deadline: d.registration_deadline.map(|t| t.to_rfc3339()),
            registration_open: event.open_for_registration(now),
            cancelled: event.cancelled_at.is_some(),
            cancel_reason: event.cancel_reason.clone().filter(|_| event.cancelled_at.is_some()),
            process: processes.iter().find(|p| p.id == event.process_id).map(|p| p.slug.clone()).unwrap_or_default(),
            url: format!("{}/m/{}/veranstaltungen/{}", state.config.public_url, tenant.slug, event.id),
        });
    }
    Ok(Json(EventList { items }))
}
