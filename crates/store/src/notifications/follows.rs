//! Following ideas, processes and measures. Authors follow their ideas,
//! commenters the ideas they comment on; anyone logged in may follow or stop.

use domain::ids::UserId;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{follows, ideas, measures, processes, tenants};
use crate::tenancy::TenantScope;
use crate::{StoreResult, now};

/// What is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Idea(i64),
    Process(i64),
    Measure(i64),
}

/// Follows `target` (idempotent); true when the follow is new.
pub async fn follow(db: &impl ConnectionTrait, scope: &TenantScope, target: Target, user: UserId) -> StoreResult<bool> {
    let (idea, process, measure, conflict) = match target {
        Target::Idea(id) => (Some(id), None, None, follows::Column::IdeaId),
        Target::Process(id) => (None, Some(id), None, follows::Column::ProcessId),
        Target::Measure(id) => (None, None, Some(id), follows::Column::MeasureId),
    };
    let inserted = follows::Entity::insert(follows::ActiveModel {
        user_id: Set(user.0),
        tenant_id: Set(scope.id().0),
        idea_id: Set(idea),
        process_id: Set(process),
        measure_id: Set(measure),
        created_at: Set(now()),
        ..Default::default()
    })
    .on_conflict(OnConflict::columns([conflict, follows::Column::UserId]).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// Stops following `target` (nothing happens when there was no follow).
pub async fn unfollow(db: &impl ConnectionTrait, target: Target, user: UserId) -> StoreResult<()> {
    follows::Entity::delete_many().filter(column_of(target)).filter(follows::Column::UserId.eq(user.0)).exec(db).await?;
    Ok(())
}

pub async fn is_following(db: &impl ConnectionTrait, target: Target, user: UserId) -> StoreResult<bool> {
    Ok(follows::Entity::find().filter(column_of(target)).filter(follows::Column::UserId.eq(user.0)).one(db).await?.is_some())
}

fn column_of(target: Target) -> sea_orm::Condition {
    match target {
        Target::Idea(id) => sea_orm::Condition::all().add(follows::Column::IdeaId.eq(id)),
        Target::Process(id) => sea_orm::Condition::all().add(follows::Column::ProcessId.eq(id)),
        Target::Measure(id) => sea_orm::Condition::all().add(follows::Column::MeasureId.eq(id)),
    }
}

/// One thing a person follows, with what a link to it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    pub target: Target,
    pub title: String,
    pub tenant_slug: String,
    /// The process slug, for links to a process.
    pub process_slug: Option<String>,
}

/// Everything a person follows, newest first (at most 200).
pub async fn followed_by(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<Followed>> {
    let rows = follows::Entity::find()
        .filter(follows::Column::UserId.eq(user.0))
        .order_by_desc(follows::Column::CreatedAt)
        .order_by_desc(follows::Column::Id)
        .paginate(db, 200)
        .fetch_page(0)
        .await?;
    let idea_ids: Vec<i64> = rows.iter().filter_map(|f| f.idea_id).collect();
    let process_ids: Vec<i64> = rows.iter().filter_map(|f| f.process_id).collect();
    let measure_ids: Vec<i64> = rows.iter().filter_map(|f| f.measure_id).collect();
    let measures = measures::Entity::find().filter(measures::Column::Id.is_in(measure_ids)).all(db).await?;
    let tenant_ids: Vec<i64> = rows.iter().map(|f| f.tenant_id).collect();
    let ideas = ideas::Entity::find().filter(ideas::Column::Id.is_in(idea_ids)).all(db).await?;
    let processes = processes::Entity::find().filter(processes::Column::Id.is_in(process_ids)).all(db).await?;
    let tenants = tenants::Entity::find().filter(tenants::Column::Id.is_in(tenant_ids)).all(db).await?;
    let tenant_slug = |id: i64| tenants.iter().find(|t| t.id == id).map(|t| t.slug.clone()).unwrap_or_default();
    Ok(rows
        .into_iter()
        .filter_map(|f| match (f.idea_id, f.process_id, f.measure_id) {
            (None, None, Some(id)) => measures.iter().find(|m| m.id == id).map(|m| Followed {
                target: Target::Measure(id),
                title: m.title.clone(),
                tenant_slug: tenant_slug(f.tenant_id),
                process_slug: None,
            }),
            (Some(id), _, _) => ideas.iter().find(|i| i.id == id).map(|i| Followed {
                target: Target::Idea(id),
                title: i.title.clone(),
                tenant_slug: tenant_slug(f.tenant_id),
                process_slug: None,
            }),
            (None, Some(id), _) => processes.iter().find(|p| p.id == id).map(|p| Followed {
                target: Target::Process(id),
                title: p.title.clone(),
                tenant_slug: tenant_slug(f.tenant_id),
                process_slug: Some(p.slug.clone()),
            }),
            (None, None, None) => None,
        })
        .collect())
}
