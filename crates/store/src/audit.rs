//! The audit log: who changed what, when, before and after. Written in the
//! same transaction as the change it records.

use domain::ids::{TenantId, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entities::audit_log;
use crate::{StoreResult, now};

/// One administrative change.
#[derive(Debug, Clone)]
pub struct Entry {
    pub actor: Option<UserId>,
    pub tenant: Option<TenantId>,
    /// Dotted action name, e.g. `legal.page.update`.
    pub action: &'static str,
    /// What was changed, e.g. `tenant:3`; never personal data.
    pub subject: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// A stored audit-log row.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: i64,
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: Option<UserId>,
    pub tenant: Option<TenantId>,
    pub action: String,
    pub subject: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(db: &impl ConnectionTrait, entry: Entry) -> StoreResult<()> {
    audit_log::ActiveModel {
        at: Set(now()),
        actor_user_id: Set(entry.actor.map(|u| u.0)),
        tenant_id: Set(entry.tenant.map(|t| t.0)),
        action: Set(entry.action.to_owned()),
        subject: Set(entry.subject),
        before: Set(entry.before),
        after: Set(entry.after),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The newest entries, optionally for one tenant.
pub async fn recent(db: &impl ConnectionTrait, tenant: Option<TenantId>, limit: u64) -> StoreResult<Vec<Record>> {
    let mut query = audit_log::Entity::find().order_by_desc(audit_log::Column::Id).limit(limit);
    if let Some(tenant) = tenant {
        query = query.filter(audit_log::Column::TenantId.eq(tenant.0));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|m| Record {
            id: m.id,
            at: m.at,
            actor: m.actor_user_id.map(UserId),
            tenant: m.tenant_id.map(TenantId),
            action: m.action,
            subject: m.subject,
            before: m.before,
            after: m.after,
        })
        .collect())
}
