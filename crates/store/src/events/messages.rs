//! What coordinators wrote to an event's people: each message as sent, with
//! how many it reached. The mails themselves go through the outbox.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::people::Audience;
use crate::entities::event_messages;
use crate::tenancy::TenantScope;
use crate::{StoreResult, audit, now};

/// A message as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub audience: Audience,
    pub subject: String,
    pub body: String,
    pub recipients: u32,
    pub sent_at: DateTime<Utc>,
}

/// A message being sent.
#[derive(Debug, Clone, Copy)]
pub struct Sending<'a> {
    pub audience: Audience,
    pub subject: &'a str,
    pub body: &'a str,
    pub recipients: u32,
}

/// Keeps a sent message, audited (without its text). Call inside the
/// transaction that queues its mails.
pub async fn record(db: &impl ConnectionTrait, scope: &TenantScope, sender: UserId, event: i64, sending: Sending<'_>) -> StoreResult<()> {
    let Sending { audience, subject, body, recipients } = sending;
    let id = event_messages::ActiveModel {
        tenant_id: Set(scope.id().0),
        event_id: Set(event),
        sender_id: Set(Some(sender.0)),
        audience: Set(audience.as_str().to_owned()),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        recipients: Set(i32::try_from(recipients).unwrap_or(i32::MAX)),
        sent_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    audit::record(
        db,
        audit::Entry {
            actor: Some(sender),
            tenant: Some(scope.id()),
            action: "events.message",
            subject: format!("event:{event}"),
            before: None,
            after: Some(serde_json::json!({ "message": id, "audience": audience.as_str(), "recipients": recipients })),
        },
    )
    .await
}

/// The event's messages, newest first.
pub async fn of_event(db: &impl ConnectionTrait, scope: &TenantScope, event: i64) -> StoreResult<Vec<Message>> {
    Ok(event_messages::Entity::find()
        .filter(event_messages::Column::TenantId.eq(scope.id().0))
        .filter(event_messages::Column::EventId.eq(event))
        .order_by_desc(event_messages::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| Message {
            audience: Audience::parse(&m.audience).unwrap_or(Audience::All),
            subject: m.subject,
            body: m.body,
            recipients: u32::try_from(m.recipients).unwrap_or(0),
            sent_at: m.sent_at,
        })
        .collect())
}
