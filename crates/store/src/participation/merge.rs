//! Merging duplicate ideas: the duplicate points to the idea that is kept,
//! its supports and followers carry over (nobody counted twice), its
//! followers are told, and the coordinator's step is in the audit log.

use domain::ids::UserId;
use domain::notifications::NotificationKind;
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::entities::{follows, idea_supports, ideas};
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::Target;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// Merges `duplicate` into `kept` (both of this tenant and of one process).
/// Call inside a write transaction.
pub async fn merge(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, duplicate: i64, kept: i64) -> StoreResult<()> {
    let find = |id: i64| ideas::Entity::find_by_id(id).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db);
    let dup = find(duplicate).await?.ok_or(StoreError::NotFound)?;
    let Some(target) = find(kept).await? else { return Err(StoreError::Conflict("idea-merge-unknown")) };
    if dup.id == target.id || dup.process_id != target.process_id {
        return Err(StoreError::Conflict("idea-merge-other-process"));
    }
    if dup.merged_into_id.is_some() || target.merged_into_id.is_some() || target.withdrawn_at.is_some() || target.hidden_at.is_some() {
        return Err(StoreError::Conflict("idea-merge-not-open"));
    }

    let supports = Query::insert()
        .into_table(idea_supports::Entity)
        .columns([idea_supports::Column::IdeaId, idea_supports::Column::UserId, idea_supports::Column::CreatedAt])
        .select_from(
            Query::select()
                .expr(Expr::val(kept))
                .column(idea_supports::Column::UserId)
                .column(idea_supports::Column::CreatedAt)
                .from(idea_supports::Entity)
                .and_where(idea_supports::Column::IdeaId.eq(duplicate))
                .to_owned(),
        )
        .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?
        .on_conflict(OnConflict::columns([idea_supports::Column::IdeaId, idea_supports::Column::UserId]).do_nothing().to_owned())
        .to_owned();
    db.execute(&supports).await?;
    let count = idea_supports::Entity::find().filter(idea_supports::Column::IdeaId.eq(kept)).count(db).await?;
    ideas::Entity::update_many()
        .col_expr(ideas::Column::SupportCount, Expr::value(i32::try_from(count).unwrap_or(i32::MAX)))
        .filter(ideas::Column::Id.eq(kept))
        .exec(db)
        .await?;

    let followers = Query::insert()
        .into_table(follows::Entity)
        .columns([follows::Column::UserId, follows::Column::TenantId, follows::Column::IdeaId, follows::Column::CreatedAt])
        .select_from(
            Query::select()
                .column(follows::Column::UserId)
                .expr(Expr::val(scope.id().0))
                .expr(Expr::val(kept))
                .expr(Expr::val(now()))
                .from(follows::Entity)
                .and_where(follows::Column::IdeaId.eq(duplicate))
                .to_owned(),
        )
        .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?
        .on_conflict(OnConflict::columns([follows::Column::IdeaId, follows::Column::UserId]).do_nothing().to_owned())
        .to_owned();
    db.execute(&followers).await?;

    ideas::Entity::update_many()
        .col_expr(ideas::Column::MergedIntoId, Expr::value(kept))
        .col_expr(ideas::Column::MergedAt, Expr::value(now()))
        .filter(ideas::Column::Id.eq(duplicate))
        .exec(db)
        .await?;
    // The duplicate leaves the lists: the cached counts are stale.
    super::ideas::ideas_changed(db, dup.process_id).await?;
    let about = About { process: Some(dup.process_id), idea: Some(duplicate), ..Default::default() };
    fan_out::to_followers(db, scope, Target::Idea(duplicate), NotificationKind::Merged, about, &[actor]).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "participation.idea.merge",
            subject: format!("idea:{duplicate}"),
            before: None,
            after: Some(serde_json::json!({ "merged_into": kept })),
        },
    )
    .await
}

/// Ideas merged into `kept`: (id, title), oldest first.
pub async fn merged_into(db: &impl ConnectionTrait, scope: &TenantScope, kept: i64) -> StoreResult<Vec<(i64, String)>> {
    Ok(ideas::Entity::find()
        .filter(ideas::Column::TenantId.eq(scope.id().0))
        .filter(ideas::Column::MergedIntoId.eq(kept))
        .filter(ideas::Column::HiddenAt.is_null())
        .order_by_asc(ideas::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.title))
        .collect())
}
