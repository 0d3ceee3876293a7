//! The ideas a measure came from. Taking an idea up into a measure links
//! them and answers the idea as "taken up" (or keeps "partly taken up"), so
//! that its author, followers and supporters are told, by their own mail
//! settings, and the idea's page names the measure.

use domain::ids::UserId;
use domain::participation::ideas::IdeaStatus;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::record;
use crate::entities::{concepts, ideas, measure_ideas, measures};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A measure an idea was taken up into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureLink {
    pub id: i64,
    pub number: i32,
    pub title: String,
    /// Its concept is readable by everyone (not a draft).
    pub public: bool,
}

/// An idea a measure came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaLink {
    pub id: i64,
    pub title: String,
}

/// Takes an idea of this tenant up into one of its measures; false when it
/// already was. Call inside a write transaction.
pub async fn take_up(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, measure: i64, idea: i64) -> StoreResult<bool> {
    let measure_row = measures::Entity::find_by_id(measure)
        .filter(measures::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let idea_row =
        ideas::Entity::find_by_id(idea).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)?;
    let inserted = measure_ideas::Entity::insert(measure_ideas::ActiveModel {
        measure_id: Set(measure),
        idea_id: Set(idea),
        created_at: Set(now()),
        ..Default::default()
    })
    .on_conflict(OnConflict::columns([measure_ideas::Column::MeasureId, measure_ideas::Column::IdeaId]).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    if inserted == 0 {
        return Ok(false);
    }
    let status = match IdeaStatus::parse(&idea_row.status) {
        Some(IdeaStatus::PartlyTakenUp) => IdeaStatus::PartlyTakenUp,
        _ => IdeaStatus::TakenUp,
    };
    crate::participation::ideas::answer(db, scope, actor, idea, status, idea_row.status_reason.as_deref(), None).await?;
    let after = serde_json::json!({ "idea": idea, "number": measure_row.number });
    record(db, scope, actor, "concept.measure.idea", format!("measure:{measure}"), after).await?;
    Ok(true)
}

/// The measures an idea of this tenant was taken up into, by number.
pub async fn of_idea(db: &impl ConnectionTrait, scope: &TenantScope, idea: i64) -> StoreResult<Vec<MeasureLink>> {
    let links = measure_ideas::Entity::find().filter(measure_ideas::Column::IdeaId.eq(idea)).all(db).await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let rows = measures::Entity::find()
        .filter(measures::Column::TenantId.eq(scope.id().0))
        .filter(measures::Column::Id.is_in(links.iter().map(|l| l.measure_id)))
        .order_by_asc(measures::Column::Number)
        .all(db)
        .await?;
    let public = concepts::Entity::find()
        .filter(concepts::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .and_then(|c| domain::concept::stage::Stage::parse(&c.stage))
        .is_some_and(domain::concept::stage::Stage::public);
    Ok(rows.into_iter().map(|m| MeasureLink { id: m.id, number: m.number, title: m.title, public }).collect())
}

/// The visible ideas a measure of this tenant came from, oldest link first.
pub async fn of_measure(db: &impl ConnectionTrait, scope: &TenantScope, measure: i64) -> StoreResult<Vec<IdeaLink>> {
    let links = measure_ideas::Entity::find()
        .filter(measure_ideas::Column::MeasureId.eq(measure))
        .order_by_asc(measure_ideas::Column::Id)
        .all(db)
        .await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let found = ideas::Entity::find()
        .filter(ideas::Column::TenantId.eq(scope.id().0))
        .filter(ideas::Column::Id.is_in(links.iter().map(|l| l.idea_id)))
        .filter(ideas::Column::HiddenAt.is_null())
        .all(db)
        .await?;
    Ok(links
        .iter()
        .filter_map(|l| found.iter().find(|i| i.id == l.idea_id))
        .map(|i| IdeaLink { id: i.id, title: i.title.clone() })
        .collect())
}
