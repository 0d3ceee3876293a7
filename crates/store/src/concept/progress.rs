//! Progress of a measure: updates posted by its owner (each sets the
//! measure's status and how far it is, and tells the people the measure
//! matters to) and its milestones. Audited.

use chrono::NaiveDate;
use domain::concept::progress::{NewMilestone, NewUpdate};
use domain::concept::status::MeasureStatus;
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::record;
use crate::entities::{measure_milestones, measure_updates, measures};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A posted update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub id: i64,
    pub measure_id: i64,
    pub on: NaiveDate,
    pub status: MeasureStatus,
    pub percent: u8,
    pub text_markdown: String,
    pub text_html: String,
    pub reason: String,
    /// Who posted it (gone with their account).
    pub author: Option<String>,
}

/// A milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub id: i64,
    pub measure_id: i64,
    pub title: String,
    pub due_on: NaiveDate,
    pub reached_on: Option<NaiveDate>,
}

async fn measure_of(db: &impl ConnectionTrait, scope: &TenantScope, measure: i64) -> StoreResult<measures::Model> {
    measures::Entity::find_by_id(measure).filter(measures::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)
}

/// Posts an update of a measure of this tenant: the measure takes its
/// status (with the reason when paused or dropped) and percent; the day of
/// its latest update is the later one. A status change the measure's rules
/// refuse fails with that rule's code. Call inside a write transaction.
pub async fn post(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    measure: i64,
    update: &NewUpdate,
    text_html: &str,
) -> StoreResult<i64> {
    let stored = measure_of(db, scope, measure).await?;
    let current = MeasureStatus::parse(&stored.status).unwrap_or(MeasureStatus::Planned);
    if let Some(code) = current.refuses(update.status) {
        return Err(StoreError::Conflict(code));
    }
    let id = measure_updates::ActiveModel {
        tenant_id: Set(scope.id().0),
        measure_id: Set(measure),
        author_id: Set(Some(actor.0)),
        reported_on: Set(update.on),
        status: Set(update.status.as_str().to_owned()),
        percent: Set(i16::from(update.percent)),
        text_markdown: Set(update.text.clone()),
        text_html: Set(text_html.to_owned()),
        reason: Set(update.reason.clone()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    measures::ActiveModel {
        id: sea_orm::Unchanged(measure),
        status: Set(update.status.as_str().to_owned()),
        status_reason: Set(update.reason.clone()),
        percent_complete: Set(i16::from(update.percent)),
        reported_on: Set(Some(stored.reported_on.map_or(update.on, |d| d.max(update.on)))),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    let after = serde_json::json!({ "measure": measure, "status": update.status.as_str(), "percent": update.percent, "on": update.on });
    record(db, scope, actor, "concept.measure.progress", format!("measure:{measure}"), after).await?;
    tell(db, scope, measure, actor).await?;
    Ok(id)
}

/// Tells the measure's followers and the people whose ideas it came from
/// that it has news (when its concept is public).
pub(super) async fn tell(db: &impl ConnectionTrait, scope: &TenantScope, measure: i64, actor: UserId) -> StoreResult<()> {
    use crate::notifications::fan_out::{About, to_measure_audience};
    let public = super::get(db, scope).await?.is_some_and(|c| c.stage.stage.public());
    if !public {
        return Ok(());
    }
    let about = About { measure: Some(measure), ..Default::default() };
    to_measure_audience(db, scope, measure, domain::notifications::NotificationKind::MeasureUpdate, about, &[actor]).await
}

/// The updates of these measures of this tenant, the latest first.
pub async fn updates_of(db: &impl ConnectionTrait, scope: &TenantScope, measures: &[i64]) -> StoreResult<Vec<Update>> {
    latest_updates(db, scope, measures, None).await
}

/// The latest `limit` updates of these measures of this tenant (of all its
/// measures when `measures` is `None`), the latest first.
pub async fn recent(db: &impl ConnectionTrait, scope: &TenantScope, measures: Option<&[i64]>, limit: u64) -> StoreResult<Vec<Update>> {
    match measures {
        Some(ids) => latest_updates(db, scope, ids, Some(limit)).await,
        None => read_updates(db, scope, None, Some(limit)).await,
    }
}

async fn latest_updates(db: &impl ConnectionTrait, scope: &TenantScope, measures: &[i64], limit: Option<u64>) -> StoreResult<Vec<Update>> {
    if measures.is_empty() {
        return Ok(Vec::new());
    }
    read_updates(db, scope, Some(measures), limit).await
}

async fn read_updates(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    measures: Option<&[i64]>,
    limit: Option<u64>,
) -> StoreResult<Vec<Update>> {
    let mut select = measure_updates::Entity::find().filter(measure_updates::Column::TenantId.eq(scope.id().0));
    if let Some(ids) = measures {
        select = select.filter(measure_updates::Column::MeasureId.is_in(ids.iter().copied()));
    }
    let rows =
        select.order_by_desc(measure_updates::Column::ReportedOn).order_by_desc(measure_updates::Column::Id).limit(limit).all(db).await?;
    let names = crate::names::accounts(db, rows.iter().filter_map(|r| r.author_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|r| Update {
            id: r.id,
            measure_id: r.measure_id,
            on: r.reported_on,
            status: MeasureStatus::parse(&r.status).unwrap_or(MeasureStatus::Planned),
            percent: u8::try_from(r.percent).unwrap_or(0),
            text_markdown: r.text_markdown,
            text_html: r.text_html,
            reason: r.reason,
            author: r.author_id.and_then(|a| names.get(&a).map(|(name, _)| name.clone())).filter(|n| !n.is_empty()),
        })
        .collect())
}

/// Adds a milestone to a measure of this tenant. Call inside a write transaction.
pub async fn add_milestone(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    measure: i64,
    milestone: &NewMilestone,
) -> StoreResult<i64> {
    measure_of(db, scope, measure).await?;
    let id = measure_milestones::ActiveModel {
        tenant_id: Set(scope.id().0),
        measure_id: Set(measure),
        title: Set(milestone.title.clone()),
        due_on: Set(milestone.due_on),
        reached_on: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "measure": measure, "title": milestone.title, "due_on": milestone.due_on });
    record(db, scope, actor, "concept.milestone.create", format!("milestone:{id}"), after).await?;
    Ok(id)
}

/// Marks a milestone of this measure reached on a day, or not reached.
/// Call inside a write transaction.
pub async fn set_reached(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    measure: i64,
    milestone: i64,
    on: Option<NaiveDate>,
) -> StoreResult<()> {
    let changed = measure_milestones::Entity::update_many()
        .col_expr(measure_milestones::Column::ReachedOn, sea_orm::sea_query::Expr::value(on))
        .filter(measure_milestones::Column::TenantId.eq(scope.id().0))
        .filter(measure_milestones::Column::MeasureId.eq(measure))
        .filter(measure_milestones::Column::Id.eq(milestone))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    record(db, scope, actor, "concept.milestone.reached", format!("milestone:{milestone}"), serde_json::json!({ "reached_on": on })).await
}

/// The milestones of these measures of this tenant, by due day.
pub async fn milestones_of(db: &impl ConnectionTrait, scope: &TenantScope, measures: &[i64]) -> StoreResult<Vec<Milestone>> {
    if measures.is_empty() {
        return Ok(Vec::new());
    }
    Ok(measure_milestones::Entity::find()
        .filter(measure_milestones::Column::TenantId.eq(scope.id().0))
        .filter(measure_milestones::Column::MeasureId.is_in(measures.iter().copied()))
        .order_by_asc(measure_milestones::Column::DueOn)
        .order_by_asc(measure_milestones::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| Milestone { id: m.id, measure_id: m.measure_id, title: m.title, due_on: m.due_on, reached_on: m.reached_on })
        .collect())
}
