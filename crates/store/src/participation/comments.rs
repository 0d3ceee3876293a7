//! Threaded comments on ideas.

use chrono::{DateTime, TimeDelta, Utc};
use domain::ids::UserId;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect, Set};

use super::bylines::BylineColumns;
use super::ideas::Byline;
use crate::entities::{comments, ideas};
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
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub edited: bool,
    pub deleted_by_author: bool,
    /// Set when moderation hid the comment: the reason shown in its place.
    pub hidden_reason: Option<String>,
    /// `online`, or how it was given offline.
    pub source: String,
    pub source_note: Option<String>,
}

/// All comments of an idea, oldest first (one statement).
pub async fn for_idea(db: &impl ConnectionTrait, scope: &TenantScope, idea: i64) -> StoreResult<Vec<Comment>> {
    let select = comments::Entity::find()
        .filter(comments::Column::TenantId.eq(scope.id().0))
        .filter(comments::Column::IdeaId.eq(idea))
        .order_by_asc(comments::Column::CreatedAt)
        .order_by_asc(comments::Column::Id);
    let rows = CommentRow::select(select).into_model::<CommentRow>().all(db).await?;
    Ok(rows.into_iter().map(|row| row.into_comment().1).collect())
}

/// A comment's columns with its byline's joined columns.
#[derive(FromQueryResult)]
struct CommentRow {
    id: i64,
    idea_id: i64,
    parent_id: Option<i64>,
    author_id: Option<i64>,
    body_html: String,
    created_at: DateTime<Utc>,
    edited_at: Option<DateTime<Utc>>,
    deleted_at: Option<DateTime<Utc>>,
    hidden_reason: Option<String>,
    source: String,
    source_note: Option<String>,
    #[sea_orm(nested)]
    by: BylineColumns,
}

impl CommentRow {
    fn select(select: sea_orm::Select<comments::Entity>) -> sea_orm::Select<comments::Entity> {
        use comments::Column as C;
        let select = select.select_only().columns([
            C::Id,
            C::IdeaId,
            C::ParentId,
            C::AuthorId,
            C::OrganisationId,
            C::BodyHtml,
            C::CreatedAt,
            C::EditedAt,
            C::DeletedAt,
            C::HiddenReason,
            C::Source,
            C::SourceNote,
            C::ContributorName,
        ]);
        super::bylines::joined(select, C::AuthorId, C::OrganisationId)
    }

    /// The comment and the idea it belongs to.
    fn into_comment(self) -> (i64, Comment) {
        let comment = Comment {
            id: self.id,
            parent: self.parent_id,
            author: self.author_id.map(UserId),
            byline: self.by.byline(),
            body_html: self.body_html,
            created_at: self.created_at,
            edited: self.edited_at.is_some(),
            deleted_by_author: self.deleted_at.is_some(),
            hidden_reason: self.hidden_reason,
            source: self.source,
            source_note: self.source_note,
        };
        (self.idea_id, comment)
    }
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

/// One comment of this tenant, with the idea it belongs to and its Markdown.
pub struct Found {
    pub idea: i64,
    pub comment: Comment,
    pub body_markdown: String,
}

#[derive(FromQueryResult)]
struct FoundRow {
    #[sea_orm(nested)]
    row: CommentRow,
    body_markdown: String,
}

/// One comment of this tenant (one statement).
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Found>> {
    let select = comments::Entity::find_by_id(id).filter(comments::Column::TenantId.eq(scope.id().0));
    let found = CommentRow::select(select).column(comments::Column::BodyMarkdown).into_model::<FoundRow>().one(db).await?;
    Ok(found.map(|f| {
        let (idea, comment) = f.row.into_comment();
        Found { idea, comment, body_markdown: f.body_markdown }
    }))
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
