//! What an event's page shows in one statement: the event, the title and
//! address part of its process, and how many hold a place and wait.

use domain::events::places::Placement;
use sea_orm::sea_query::{Alias, Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, QueryTrait};

use super::Event;
use crate::entities::events;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult};

/// An event with what its page needs besides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventPage {
    pub event: Event,
    pub process_title: String,
    pub process_slug: String,
    pub registered: u64,
    pub waiting: u64,
}

/// Active registrations of the event in this row with one placement.
fn counted(placement: Placement) -> Expr {
    Expr::cust(format!(
        "(SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = events.id AND r.cancelled_at IS NULL AND r.placement = '{}')",
        placement.as_str()
    ))
}

/// The event of this tenant with its process's title and slug and its counts; one statement.
pub async fn page_of(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<EventPage>> {
    let statement = events::Entity::find_by_id(id)
        .filter(events::Column::TenantId.eq(scope.id().0))
        .expr_as(Expr::cust("(SELECT p.title FROM processes p WHERE p.id = events.process_id)"), "process_title")
        .expr_as(Expr::cust("(SELECT p.slug FROM processes p WHERE p.id = events.process_id)"), "process_slug")
        .expr_as(counted(Placement::Registered).cast_as(Alias::new("BIGINT")), "registered")
        .expr_as(counted(Placement::Waiting).cast_as(Alias::new("BIGINT")), "waiting")
        .build(db.get_database_backend());
    let Some(row) = db.query_one_raw(statement).await? else { return Ok(None) };
    let model = events::Model::from_query_result(&row, "")?;
    let count = |name: &str| -> StoreResult<u64> {
        let n: i64 = row.try_get("", name).map_err(StoreError::from)?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    Ok(Some(EventPage {
        process_title: row.try_get("", "process_title").map_err(StoreError::from)?,
        process_slug: row.try_get("", "process_slug").map_err(StoreError::from)?,
        registered: count("registered")?,
        waiting: count("waiting")?,
        event: Event::try_from(model)?,
    }))
}
