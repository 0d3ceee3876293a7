//! Moderation: reports, hiding content with a public reason, restoring it.
//! Nothing is deleted; every decision is in the audit log.

pub mod blocks;

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::notifications::NotificationKind;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{comments, ideas, reports};
use crate::notifications::fan_out::{self, About};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// What can be reported and hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Idea,
    Comment,
}

impl ContentKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            ContentKind::Idea => "idea",
            ContentKind::Comment => "comment",
        }
    }

    pub fn parse(text: &str) -> Option<ContentKind> {
        match text {
            "idea" => Some(ContentKind::Idea),
            "comment" => Some(ContentKind::Comment),
            _ => None,
        }
    }
}

/// The idea a piece of content belongs to (for links), if it is in this tenant.
pub async fn idea_of(db: &impl ConnectionTrait, scope: &TenantScope, kind: ContentKind, id: i64) -> StoreResult<Option<i64>> {
    Ok(match kind {
        ContentKind::Idea => ideas::Entity::find_by_id(id).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db).await?.map(|i| i.id),
        ContentKind::Comment => {
            comments::Entity::find_by_id(id).filter(comments::Column::TenantId.eq(scope.id().0)).one(db).await?.map(|c| c.idea_id)
        }
    })
}

pub async fn report(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    kind: ContentKind,
    id: i64,
    reporter: UserId,
    reason: &str,
) -> StoreResult<()> {
    if idea_of(db, scope, kind, id).await?.is_none() {
        return Err(StoreError::NotFound);
    }
    reports::ActiveModel {
        tenant_id: Set(scope.id().0),
        content_kind: Set(kind.as_str().to_owned()),
        content_id: Set(id),
        reporter_id: Set(Some(reporter.0)),
        reason: Set(reason.to_owned()),
        created_at: Set(now()),
        resolved_at: Set(None),
        resolved_by: Set(None),
        outcome: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// An open report with the content it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenReport {
    pub id: i64,
    pub kind: ContentKind,
    pub content_id: i64,
    pub idea_id: i64,
    pub reason: String,
    pub created_at: DateTime<Utc>,
    /// Title of the idea or the comment's text (as written).
    pub excerpt: String,
    pub hidden: bool,
}

/// Open reports, oldest first, with their content (three statements).
pub async fn open_reports(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<OpenReport>> {
    let rows = reports::Entity::find()
        .filter(reports::Column::TenantId.eq(scope.id().0))
        .filter(reports::Column::ResolvedAt.is_null())
        .order_by_asc(reports::Column::CreatedAt)
        .all(db)
        .await?;
    let ids = |k: &str| rows.iter().filter(|r| r.content_kind == k).map(|r| r.content_id).collect::<Vec<_>>();
    let idea_rows = ideas::Entity::find().filter(ideas::Column::Id.is_in(ids("idea"))).all(db).await?;
    let comment_rows = comments::Entity::find().filter(comments::Column::Id.is_in(ids("comment"))).all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let kind = ContentKind::parse(&r.content_kind)?;
            let (idea_id, excerpt, hidden) = match kind {
                ContentKind::Idea => {
                    idea_rows.iter().find(|i| i.id == r.content_id).map(|i| (i.id, i.title.clone(), i.hidden_at.is_some()))?
                }
                ContentKind::Comment => comment_rows
                    .iter()
                    .find(|c| c.id == r.content_id)
                    .map(|c| (c.idea_id, c.body_markdown.chars().take(400).collect(), c.hidden_at.is_some()))?,
            };
            Some(OpenReport {
                id: r.id,
                kind,
                content_id: r.content_id,
                idea_id,
                reason: r.reason,
                created_at: r.created_at,
                excerpt,
                hidden,
            })
        })
        .collect())
}

async fn resolve_reports(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    kind: ContentKind,
    id: i64,
    outcome: &str,
) -> StoreResult<()> {
    reports::Entity::update_many()
        .col_expr(reports::Column::ResolvedAt, Expr::value(now()))
        .col_expr(reports::Column::ResolvedBy, Expr::value(actor.0))
        .col_expr(reports::Column::Outcome, Expr::value(outcome))
        .filter(reports::Column::TenantId.eq(scope.id().0))
        .filter(reports::Column::ContentKind.eq(kind.as_str()))
        .filter(reports::Column::ContentId.eq(id))
        .filter(reports::Column::ResolvedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Hides content (`Some(reason)`) or shows it again (`None`); resolves its
/// open reports and writes the audit log. Call inside a write transaction.
pub async fn set_hidden(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    kind: ContentKind,
    id: i64,
    reason: Option<&str>,
) -> StoreResult<()> {
    let at = reason.map(|_| now());
    let changed = match kind {
        ContentKind::Idea => {
            let changed = ideas::Entity::update_many()
                .col_expr(ideas::Column::HiddenReason, Expr::value(reason.map(str::to_owned)))
                .col_expr(ideas::Column::HiddenAt, Expr::value(at))
                .filter(ideas::Column::Id.eq(id))
                .filter(ideas::Column::TenantId.eq(scope.id().0))
                .exec(db)
                .await?;
            crate::participation::ideas::idea_changed(db, id).await?;
            changed
        }
        ContentKind::Comment => {
            comments::Entity::update_many()
                .col_expr(comments::Column::HiddenReason, Expr::value(reason.map(str::to_owned)))
                .col_expr(comments::Column::HiddenAt, Expr::value(at))
                .filter(comments::Column::Id.eq(id))
                .filter(comments::Column::TenantId.eq(scope.id().0))
                .exec(db)
                .await?
        }
    };
    if changed.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    if reason.is_some() {
        resolve_reports(db, scope, actor, kind, id, "hidden").await?;
    }
    tell_author(db, scope, actor, kind, id, reason.is_some()).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: if reason.is_some() { "moderation.hide" } else { "moderation.restore" },
            subject: format!("{}:{id}", kind.as_str()),
            before: None,
            after: Some(serde_json::json!({ "reason": reason })),
        },
    )
    .await
}

/// Tells the author that their content was hidden or shown again (not when
/// they moderated it themselves, nor when the account is gone).
async fn tell_author(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    kind: ContentKind,
    id: i64,
    hidden: bool,
) -> StoreResult<()> {
    let (author, about) = match kind {
        ContentKind::Idea => {
            let idea = ideas::Entity::find_by_id(id).one(db).await?.ok_or(StoreError::NotFound)?;
            (idea.author_id, About { process: Some(idea.process_id), idea: Some(id), ..Default::default() })
        }
        ContentKind::Comment => {
            let comment = comments::Entity::find_by_id(id).one(db).await?.ok_or(StoreError::NotFound)?;
            (comment.author_id, About { idea: Some(comment.idea_id), comment: Some(id), ..Default::default() })
        }
    };
    match author.map(UserId) {
        Some(author) if author != actor => {
            let notice = if hidden { NotificationKind::Hidden } else { NotificationKind::Restored };
            fan_out::to_person(db, scope, author, notice, about).await
        }
        _ => Ok(()),
    }
}

/// Closes a report without action. Call inside a write transaction.
pub async fn dismiss(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, report: i64) -> StoreResult<()> {
    let found = reports::Entity::find_by_id(report)
        .filter(reports::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut active: reports::ActiveModel = found.into();
    active.resolved_at = Set(Some(now()));
    active.resolved_by = Set(Some(actor.0));
    active.outcome = Set(Some("dismissed".into()));
    active.update(db).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "moderation.dismiss",
            subject: format!("report:{report}"),
            before: None,
            after: None,
        },
    )
    .await
}
