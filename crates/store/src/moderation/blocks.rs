//! Blocking an account in one municipality for a time, with a reason the
//! person is told; lifting a block early. Both are in the audit log.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{account_blocks, users};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// A block as moderators and the blocked person see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub id: i64,
    pub user: UserId,
    /// The person's display name (for moderators only).
    pub name: String,
    pub until: DateTime<Utc>,
    pub reason: String,
}

/// Blocks `user` in this municipality until `until`. Call inside a write
/// transaction.
pub async fn block(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    user: UserId,
    until: DateTime<Utc>,
    reason: &str,
) -> StoreResult<i64> {
    let model = account_blocks::ActiveModel {
        tenant_id: Set(scope.id().0),
        user_id: Set(user.0),
        until: Set(until),
        reason: Set(reason.to_owned()),
        created_by: Set(Some(actor.0)),
        created_at: Set(now()),
        lifted_at: Set(None),
        lifted_by: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "moderation.account.block",
            subject: format!("user:{}", user.0),
            before: None,
            after: Some(serde_json::json!({ "until": until, "reason": reason })),
        },
    )
    .await?;
    Ok(model.id)
}

/// Lifts a block before its end.
pub async fn lift(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, id: i64) -> StoreResult<()> {
    let found = account_blocks::Entity::find_by_id(id)
        .filter(account_blocks::Column::TenantId.eq(scope.id().0))
        .filter(account_blocks::Column::LiftedAt.is_null())
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    account_blocks::Entity::update_many()
        .col_expr(account_blocks::Column::LiftedAt, Expr::value(now()))
        .col_expr(account_blocks::Column::LiftedBy, Expr::value(actor.0))
        .filter(account_blocks::Column::Id.eq(id))
        .exec(db)
        .await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "moderation.account.unblock",
            subject: format!("user:{}", found.user_id),
            before: Some(serde_json::json!({ "until": found.until, "reason": found.reason })),
            after: None,
        },
    )
    .await
}

/// The block in force for `user` here at `at`, if any (the longest).
pub async fn active(db: &impl ConnectionTrait, scope: &TenantScope, user: UserId, at: DateTime<Utc>) -> StoreResult<Option<Block>> {
    let found = account_blocks::Entity::find()
        .filter(account_blocks::Column::TenantId.eq(scope.id().0))
        .filter(account_blocks::Column::UserId.eq(user.0))
        .filter(account_blocks::Column::LiftedAt.is_null())
        .filter(account_blocks::Column::Until.gt(at))
        .order_by_desc(account_blocks::Column::Until)
        .one(db)
        .await?;
    Ok(found.map(|b| Block { id: b.id, user, name: String::new(), until: b.until, reason: b.reason }))
}

/// Every block in force here, ending soonest first, with names.
pub async fn all_active(db: &impl ConnectionTrait, scope: &TenantScope, at: DateTime<Utc>) -> StoreResult<Vec<Block>> {
    let rows = account_blocks::Entity::find()
        .filter(account_blocks::Column::TenantId.eq(scope.id().0))
        .filter(account_blocks::Column::LiftedAt.is_null())
        .filter(account_blocks::Column::Until.gt(at))
        .order_by_asc(account_blocks::Column::Until)
        .all(db)
        .await?;
    let people = users::Entity::find().filter(users::Column::Id.is_in(rows.iter().map(|b| b.user_id))).all(db).await?;
    Ok(rows
        .into_iter()
        .map(|b| Block {
            id: b.id,
            user: UserId(b.user_id),
            name: people.iter().find(|u| u.id == b.user_id).map(|u| u.display_name.clone()).unwrap_or_default(),
            until: b.until,
            reason: b.reason,
        })
        .collect())
}

/// The author of a piece of content of this tenant (who a block would hit).
pub async fn author_of(db: &impl ConnectionTrait, scope: &TenantScope, kind: super::ContentKind, id: i64) -> StoreResult<Option<UserId>> {
    use crate::entities::{comments, ideas};
    Ok(match kind {
        super::ContentKind::Idea => {
            ideas::Entity::find_by_id(id).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db).await?.and_then(|i| i.author_id)
        }
        super::ContentKind::Comment => {
            comments::Entity::find_by_id(id).filter(comments::Column::TenantId.eq(scope.id().0)).one(db).await?.and_then(|c| c.author_id)
        }
    }
    .map(UserId))
}
