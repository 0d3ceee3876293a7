//! Threaded comments on ideas.

use chrono::{DateTime, TimeDelta, Utc};
use domain::ids::UserId;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::ideas::Byline;
use crate::entities::{comments, ideas, users};
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::{self, Target};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};
use domain::notifications::NotificationKind;

/// How long after writing a comment its author may still change it.
pub const EDIT_WINDOW: TimeDelta = TimeDelta::minutes(15);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub parent: Option<i64>,
    pub author: Option<UserId>,
    pub byline: Byline,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub edited: bool,
    pub deleted_by_author: bool,
    /// Set when moderation hid the comment: the reason shown in its place.
    pub hidden_reason: Option<String>,
}

/// All comments of an idea, oldest first (two statements).
pub async fn for_idea(db: &impl ConnectionTrait, scope: &TenantScope, idea: i64) -> StoreResult<Vec<Comment>> {
    let rows = comments::Entity::find()
        .filter(comments::Column::TenantId.eq(scope.id().0))
        .filter(comments::Column::IdeaId.eq(idea))
        .order_by_asc(comments::Column::CreatedAt)
        .order_by_asc(comments::Column::Id)
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    let orgs = super::ideas::organisation_names(db, rows.iter().filter_map(|(c, _)| c.organisation_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|(c, author)| {
            let byline = super::ideas::byline(author.as_ref(), c.organisation_id, &orgs);
            Comment {
                id: c.id,
                parent: c.parent_id,
                author: c.author_id.map(UserId),
                byline,
                body_markdown: c.body_markdown,
                body_html: c.body_html,
                created_at: c.created_at,
                edited: c.edited_at.is_some(),
                deleted_by_author: c.deleted_at.is_some(),
                hidden_reason: c.hidden_reason,
            }
        })
        .collect())
}

/// Adds a comment (a reply when `parent` is set, which must belong to the
/// same idea) and counts it. Call inside a write transaction.
#[allow(clippy::too_many_arguments)]
pub async fn add(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    idea: i64,
    parent: Option<i64>,
    author: UserId,
    organisation: Option<i64>,
    body: &str,
    body_html: &str,
) -> StoreResult<i64> {
    let parent_author = match parent {
        Some(parent) => {
            let found = comments::Entity::find_by_id(parent).filter(comments::Column::IdeaId.eq(idea)).one(db).await?;
            let found = found.ok_or(StoreError::NotFound)?;
            found.author_id.filter(|a| *a != author.0 && found.deleted_at.is_none()).map(UserId)
        }
        None => None,
    };
    let comment = comments::ActiveModel {
        tenant_id: Set(scope.id().0),
        idea_id: Set(idea),
        parent_id: Set(parent),
        author_id: Set(Some(author.0)),
        organisation_id: Set(organisation),
        body_markdown: Set(body.to_owned()),
        body_html: Set(body_html.to_owned()),
        created_at: Set(now()),
        edited_at: Set(None),
        deleted_at: Set(None),
        hidden_reason: Set(None),
        hidden_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    notify_comment(db, scope, idea, comment.id, author, parent_author).await?;
    // Last: the idea's row stays locked (PostgreSQL) only until the commit
    // that follows, so that comments on one idea queue as briefly as possible.
    ideas::Entity::update_many()
        .col_expr(ideas::Column::CommentCount, Expr::col(ideas::Column::CommentCount).add(1))
        .filter(ideas::Column::Id.eq(idea))
        .exec(db)
        .await?;
    Ok(comment.id)
}

/// The commenter follows the idea; the author of the comment replied to is
/// told of the reply, the idea's other followers of a new comment.
async fn notify_comment(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    idea: i64,
    comment: i64,
    author: UserId,
    parent_author: Option<UserId>,
) -> StoreResult<()> {
    follows::follow(db, scope, Target::Idea(idea), author).await?;
    let about = About { idea: Some(idea), comment: Some(comment), ..Default::default() };
    let mut except = vec![author];
    if let Some(parent_author) = parent_author {
        fan_out::to_person(db, scope, parent_author, NotificationKind::Reply, about).await?;
        except.push(parent_author);
    }
    fan_out::to_followers(db, scope, Target::Idea(idea), NotificationKind::Comment, about, &except).await
}

/// One comment of this tenant.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<(i64, Comment)>> {
    let Some((c, author)) = comments::Entity::find_by_id(id)
        .filter(comments::Column::TenantId.eq(scope.id().0))
        .find_also_related(users::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some((
        c.idea_id,
        Comment {
            id: c.id,
            parent: c.parent_id,
            author: c.author_id.map(UserId),
            byline: author.map(|u| Byline::Person(u.display_name)).unwrap_or(Byline::DeletedAccount),
            body_markdown: c.body_markdown,
            body_html: c.body_html,
            created_at: c.created_at,
            edited: c.edited_at.is_some(),
            deleted_by_author: c.deleted_at.is_some(),
            hidden_reason: c.hidden_reason,
        },
    )))
}

/// Changes a comment: only its author, only within the edit window.
pub async fn edit(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    id: i64,
    author: UserId,
    body: &str,
    body_html: &str,
) -> StoreResult<bool> {
    let updated = comments::Entity::update_many()
        .col_expr(comments::Column::BodyMarkdown, Expr::value(body))
        .col_expr(comments::Column::BodyHtml, Expr::value(body_html))
        .col_expr(comments::Column::EditedAt, Expr::value(now()))
        .filter(comments::Column::Id.eq(id))
        .filter(comments::Column::TenantId.eq(scope.id().0))
        .filter(comments::Column::AuthorId.eq(author.0))
        .filter(comments::Column::DeletedAt.is_null())
        .filter(comments::Column::CreatedAt.gt(now() - EDIT_WINDOW))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// The author removes their comment: the text goes, the place in the thread
/// stays ("deleted by the author"), replies remain.
pub async fn delete_by_author(db: &impl ConnectionTrait, scope: &TenantScope, id: i64, author: UserId) -> StoreResult<bool> {
    let updated = comments::Entity::update_many()
        .col_expr(comments::Column::BodyMarkdown, Expr::value(""))
        .col_expr(comments::Column::BodyHtml, Expr::value(""))
        .col_expr(comments::Column::DeletedAt, Expr::value(now()))
        .filter(comments::Column::Id.eq(id))
        .filter(comments::Column::TenantId.eq(scope.id().0))
        .filter(comments::Column::AuthorId.eq(author.0))
        .filter(comments::Column::DeletedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}
