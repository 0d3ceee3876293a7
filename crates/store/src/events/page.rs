//! What an event's page shows in one statement: the event, the title and
//! address part of its process, how many hold a place and wait, the
//! viewer's own place, and how many contributions were given there.

use domain::events::places::Placement;
use domain::ids::UserId;
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
    /// The viewer's active registration, if any.
    pub mine: Option<Placement>,
    /// Visible ideas given at the event (entered from its cards).
    pub contributions: u64,
}

/// Active registrations of the event in this row with one placement.
fn counted(placement: Placement) -> Expr {
    Expr::cust(format!(
        "(SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = events.id AND r.cancelled_at IS NULL AND r.placement = '{}')",
        placement.as_str()
    ))
}

/// The viewer's active registration of the event in this row.
fn placement_of(viewer: UserId) -> Expr {
    Expr::cust(format!(
        "(SELECT r.placement FROM event_registrations r WHERE r.event_id = events.id AND r.cancelled_at IS NULL AND r.user_id = {})",
        viewer.0
    ))
}

/// The event of this tenant with its process's title and slug, its counts
/// and the viewer's place; one statement.
pub async fn page_of(db: &impl ConnectionTrait, scope: &TenantScope, id: i64, viewer: Option<UserId>) -> StoreResult<Option<EventPage>> {
    let mine = match viewer {
        Some(user) => placement_of(user),
        None => Expr::cust("CAST(NULL AS VARCHAR(20))"),
    };
    let statement = events::Entity::find_by_id(id)
        .filter(events::Column::TenantId.eq(scope.id().0))
        .expr_as(Expr::cust("(SELECT p.title FROM processes p WHERE p.id = events.process_id)"), "process_title")
        .expr_as(Expr::cust("(SELECT p.slug FROM processes p WHERE p.id = events.process_id)"), "process_slug")
        .expr_as(counted(Placement::Registered).cast_as(Alias::new("BIGINT")), "registered")
        .expr_as(counted(Placement::Waiting).cast_as(Alias::new("BIGINT")), "waiting")
        .expr_as(mine, "mine")
        .expr_as(
            Expr::cust(
                "(SELECT COUNT(*) FROM ideas i WHERE i.source_event_id = events.id AND i.tenant_id = events.tenant_id \
                 AND i.hidden_at IS NULL AND i.withdrawn_at IS NULL)",
            )
            .cast_as(Alias::new("BIGINT")),
            "contributions",
        )
        .build(db.get_database_backend());
    let Some(row) = db.query_one_raw(statement).await? else { return Ok(None) };
    let model = events::Model::from_query_result(&row, "")?;
    let count = |name: &str| -> StoreResult<u64> {
        let n: i64 = row.try_get("", name).map_err(StoreError::from)?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    let mut event = Event::try_from(model)?;
    event.read_bands(db).await?;
    Ok(Some(EventPage {
        process_title: row.try_get("", "process_title").map_err(StoreError::from)?,
        process_slug: row.try_get("", "process_slug").map_err(StoreError::from)?,
        registered: count("registered")?,
        waiting: count("waiting")?,
        mine: row.try_get::<Option<String>>("", "mine").map_err(StoreError::from)?.as_deref().and_then(Placement::parse),
        contributions: count("contributions")?,
        event,
    }))
}
