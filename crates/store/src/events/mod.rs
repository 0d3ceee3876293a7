//! Events of a process and the registrations for them.

pub mod attendance;
pub mod guests;
pub mod messages;
pub mod page;
pub mod people;
pub mod registrations;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::events::form::NewEvent;
use domain::events::kinds::EventKind;
use domain::events::results::EventResults;
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::events;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// A stored event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub process_id: i64,
    pub details: NewEvent,
    pub description_html: String,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub cancel_reason: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// What came of it, once recorded.
    pub results: Option<Recorded>,
}

/// An event's results as recorded, with the report rendered. Its bands are
/// read by [`get`] and the event page only; lists leave them empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub results: EventResults,
    pub html: String,
    pub at: DateTime<Utc>,
}

impl Event {
    /// Reads the counted bands of recorded results.
    pub(crate) async fn read_bands(&mut self, db: &impl ConnectionTrait) -> StoreResult<()> {
        if let Some(recorded) = &mut self.results {
            recorded.results.bands = attendance::of_event(db, self.id).await?;
        }
        Ok(())
    }

    /// Registrations are taken until the deadline (or the start), unless cancelled.
    pub fn open_for_registration(&self, at: DateTime<Utc>) -> bool {
        self.cancelled_at.is_none() && at < self.details.registration_deadline.unwrap_or(self.details.starts_at)
    }
}

impl TryFrom<events::Model> for Event {
    type Error = StoreError;

    fn try_from(m: events::Model) -> StoreResult<Event> {
        let kind = EventKind::parse(&m.kind)
            .ok_or_else(|| StoreError::Db(sea_orm::DbErr::Custom(format!("event {} has kind {}", m.id, m.kind))))?;
        Ok(Event {
            id: m.id,
            process_id: m.process_id,
            details: NewEvent {
                title: m.title,
                description: m.description_markdown,
                kind,
                starts_at: m.starts_at,
                ends_at: m.ends_at,
                place_name: m.place_name,
                address: m.address,
                step_free: m.step_free,
                hearing_loop: m.hearing_loop,
                accessibility_notes: m.accessibility_notes,
                online_link: m.online_link,
                capacity: m.capacity.and_then(|c| u32::try_from(c).ok()),
                registration_deadline: m.registration_deadline,
                languages: m.languages,
                interpretation: m.interpretation,
                target_groups: m.target_groups,
            },
            description_html: m.description_html,
            cancelled_at: m.cancelled_at,
            cancel_reason: m.cancel_reason,
            updated_at: m.updated_at,
            results: m.results_at.map(|at| Recorded {
                results: EventResults {
                    report: m.results_markdown.unwrap_or_default(),
                    attendance: m.attendance.and_then(|n| u32::try_from(n).ok()),
                    bands: Default::default(),
                },
                html: m.results_html.unwrap_or_default(),
                at,
            }),
        })
    }
}

fn audit_snapshot(event: &NewEvent) -> serde_json::Value {
    serde_json::json!({
        "title": event.title,
        "kind": event.kind.as_str(),
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "address": event.address,
        "capacity": event.capacity,
        "registration_deadline": event.registration_deadline,
    })
}

fn columns(model: &mut events::ActiveModel, event: &NewEvent, description_html: &str) {
    model.title = Set(event.title.clone());
    model.description_markdown = Set(event.description.clone());
    model.description_html = Set(description_html.to_owned());
    model.kind = Set(event.kind.as_str().to_owned());
    model.starts_at = Set(event.starts_at);
    model.ends_at = Set(event.ends_at);
    model.place_name = Set(event.place_name.clone());
    model.address = Set(event.address.clone());
    model.step_free = Set(event.step_free);
    model.hearing_loop = Set(event.hearing_loop);
    model.accessibility_notes = Set(event.accessibility_notes.clone());
    model.online_link = Set(event.online_link.clone());
    model.capacity = Set(event.capacity.and_then(|c| i32::try_from(c).ok()));
    model.registration_deadline = Set(event.registration_deadline);
    model.languages = Set(event.languages.clone());
    model.interpretation = Set(event.interpretation.clone());
    model.target_groups = Set(event.target_groups.clone());
    model.updated_at = Set(now());
}

/// Adds an event to a process of this tenant, audited. Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    process: i64,
    event: &NewEvent,
    description_html: &str,
) -> StoreResult<i64> {
    crate::participation::processes::head_by_id(db, scope, process).await?.ok_or(StoreError::NotFound)?;
    let mut model = events::ActiveModel {
        tenant_id: Set(scope.id().0),
        process_id: Set(process),
        created_at: Set(now()),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        ..Default::default()
    };
    columns(&mut model, event, description_html);
    let id = model.insert(db).await?.id;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "events.create",
            subject: format!("event:{id}"),
            before: None,
            after: Some(audit_snapshot(event)),
        },
    )
    .await?;
    Ok(id)
}

/// Changes an event of this tenant, audited with before and after. Call
/// inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    event: &NewEvent,
    description_html: &str,
) -> StoreResult<()> {
    let before = get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    let mut model = events::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    columns(&mut model, event, description_html);
    model.update(db).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "events.update",
            subject: format!("event:{id}"),
            before: Some(audit_snapshot(&before.details)),
            after: Some(audit_snapshot(event)),
        },
    )
    .await?;
    Ok(())
}

/// Calls an event off with a reason shown on its page, audited. Returns
/// everyone registered or waiting then, to be told; `None` when it was
/// called off already. Call inside a write transaction.
pub async fn call_off(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    reason: &str,
) -> StoreResult<Option<Vec<people::Attendee>>> {
    let found = registrations::lock_event(db, scope, id).await?;
    if found.cancelled_at.is_some() {
        return Ok(None);
    }
    let model = events::ActiveModel {
        id: sea_orm::Unchanged(id),
        cancelled_at: Set(Some(now())),
        cancel_reason: Set(Some(reason.to_owned())),
        updated_at: Set(now()),
        ..Default::default()
    };
    model.update(db).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "events.cancel",
            subject: format!("event:{id}"),
            before: None,
            after: Some(serde_json::json!({ "reason": reason })),
        },
    )
    .await?;
    Ok(Some(people::reachable(db, scope, id, people::Audience::All).await?))
}

/// Records (or changes) what came of an event, audited. Call inside a write transaction.
pub async fn record_results(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    results: &EventResults,
    html: &str,
) -> StoreResult<()> {
    get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    let model = events::ActiveModel {
        id: sea_orm::Unchanged(id),
        results_markdown: Set(Some(results.report.clone())),
        results_html: Set(Some(html.to_owned())),
        attendance: Set(results.attendance.and_then(|n| i32::try_from(n).ok())),
        results_at: Set(Some(now())),
        updated_at: Set(now()),
        ..Default::default()
    };
    model.update(db).await?;
    attendance::replace(db, id, &results.bands).await?;
    let bands: BTreeMap<String, u32> = results.bands.iter().map(|(b, n)| (format!("{}:{}", b.dimension.as_str(), b.key), *n)).collect();
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "events.results",
            subject: format!("event:{id}"),
            before: None,
            after: Some(serde_json::json!({ "attendance": results.attendance, "bands": bands })),
        },
    )
    .await
}

/// One event of this tenant.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Event>> {
    let found = events::Entity::find_by_id(id).filter(events::Column::TenantId.eq(scope.id().0)).one(db).await?;
    let Some(mut event) = found.map(Event::try_from).transpose()? else { return Ok(None) };
    event.read_bands(db).await?;
    Ok(Some(event))
}

/// The tenant's events that end after `from`, soonest first; of one process when given.
pub async fn upcoming(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: Option<i64>,
    from: DateTime<Utc>,
) -> StoreResult<Vec<Event>> {
    let mut select = events::Entity::find().filter(events::Column::TenantId.eq(scope.id().0)).filter(events::Column::EndsAt.gt(from));
    if let Some(process) = process {
        select = select.filter(events::Column::ProcessId.eq(process));
    }
    select.order_by_asc(events::Column::StartsAt).order_by_asc(events::Column::Id).all(db).await?.into_iter().map(Event::try_from).collect()
}

/// The tenant's events that ended before `until`, latest first.
pub async fn past(db: &impl ConnectionTrait, scope: &TenantScope, until: DateTime<Utc>, limit: u64) -> StoreResult<Vec<Event>> {
    use sea_orm::QuerySelect;
    events::Entity::find()
        .filter(events::Column::TenantId.eq(scope.id().0))
        .filter(events::Column::EndsAt.lte(until))
        .order_by_desc(events::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(Event::try_from)
        .collect()
}

/// All events of a process, the latest first (to say where input was given).
pub async fn of_process(db: &impl ConnectionTrait, scope: &TenantScope, process: i64) -> StoreResult<Vec<Event>> {
    events::Entity::find()
        .filter(events::Column::TenantId.eq(scope.id().0))
        .filter(events::Column::ProcessId.eq(process))
        .order_by_desc(events::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(Event::try_from)
        .collect()
}
