//! Ideas: propose, change, withdraw, support, answer; one idea with its byline.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::participation::ideas::{IdeaStatus, NewIdea};
use domain::participation::search::index_text;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, Set};

use super::bylines::BylineColumns;

use crate::entities::{idea_supports, ideas, processes};
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::{self, Target};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};
use domain::notifications::NotificationKind;

pub use super::bylines::Byline;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaSummary {
    pub id: i64,
    pub title: String,
    pub status: IdeaStatus,
    pub action_field: Option<i64>,
    pub neighbourhood: Option<i64>,
    pub support_count: i32,
    pub comment_count: i32,
    pub created_at: DateTime<Utc>,
    pub byline: Byline,
    /// Why the idea has its status (required for decisions).
    pub status_reason: Option<String>,
    /// Set when moderation hid the idea: the reason shown in its place.
    pub hidden_reason: Option<String>,
    /// How it reached the platform: `online`, or the way it was given offline.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    pub summary: IdeaSummary,
    pub process_id: i64,
    pub author: Option<UserId>,
    pub organisation: Option<i64>,
    pub body_markdown: String,
    pub body_html: String,
    pub status_reason: Option<String>,
    pub answer_html: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub withdrawn: bool,
    /// Set when the idea was merged into another (a duplicate).
    pub merged_into: Option<i64>,
    /// Where an idea given offline came from ("Workshop, card 14").
    pub source_note: Option<String>,
    /// The event it was given at.
    pub source_event: Option<i64>,
}

/// Marks that the counts of the process's listed ideas may have changed
/// (`processes.ideas_version`). Every write that adds an idea, removes one
/// from the lists or changes its field, neighbourhood, status or text calls it
/// in its transaction.
pub(crate) async fn ideas_changed(db: &impl ConnectionTrait, process: i64) -> StoreResult<()> {
    processes::Entity::update_many()
        .col_expr(processes::Column::IdeasVersion, Expr::col(processes::Column::IdeasVersion).add(1))
        .filter(processes::Column::Id.eq(process))
        .exec(db)
        .await?;
    Ok(())
}

/// [`ideas_changed`] for the process of an idea.
pub(crate) async fn idea_changed(db: &impl ConnectionTrait, idea: i64) -> StoreResult<()> {
    let process = ideas::Entity::find_by_id(idea).select_only().column(ideas::Column::ProcessId).into_tuple::<i64>().one(db).await?;
    match process {
        Some(process) => ideas_changed(db, process).await,
        None => Ok(()),
    }
}

/// The columns of an idea's summary with its byline's joined columns: one
/// row per idea, without its texts.
#[derive(FromQueryResult)]
pub(super) struct SummaryRow {
    id: i64,
    title: String,
    status: String,
    action_field_id: Option<i64>,
    neighbourhood_id: Option<i64>,
    support_count: i32,
    comment_count: i32,
    created_at: DateTime<Utc>,
    status_reason: Option<String>,
    hidden_reason: Option<String>,
    source: String,
    #[sea_orm(nested)]
    by: BylineColumns,
}

impl SummaryRow {
    /// `select` (of ideas) narrowed to a summary row's columns.
    pub(super) fn select(select: sea_orm::Select<ideas::Entity>) -> sea_orm::Select<ideas::Entity> {
        use ideas::Column as C;
        let select = select.select_only().columns([
            C::Id,
            C::Title,
            C::Status,
            C::ActionFieldId,
            C::NeighbourhoodId,
            C::SupportCount,
            C::CommentCount,
            C::CreatedAt,
            C::OrganisationId,
            C::StatusReason,
            C::HiddenReason,
            C::Source,
            C::ContributorName,
        ]);
        super::bylines::joined(select, C::AuthorId, C::OrganisationId)
    }

    pub(super) fn into_summary(self) -> IdeaSummary {
        IdeaSummary {
            id: self.id,
            title: self.title,
            status: IdeaStatus::parse(&self.status).unwrap_or(IdeaStatus::Received),
            action_field: self.action_field_id,
            neighbourhood: self.neighbourhood_id,
            support_count: self.support_count,
            comment_count: self.comment_count,
            created_at: self.created_at,
            byline: self.by.byline(),
            status_reason: self.status_reason,
            hidden_reason: self.hidden_reason,
            source: self.source,
        }
    }
}

/// One idea of this tenant, with its byline (two statements at most).
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Idea>> {
    use ideas::Column as C;
    let select = SummaryRow::select(ideas::Entity::find_by_id(id).filter(C::TenantId.eq(scope.id().0)));
    let select = select.columns([
        C::ProcessId,
        C::AuthorId,
        C::BodyMarkdown,
        C::BodyHtml,
        C::AnswerHtml,
        C::AnsweredAt,
        C::WithdrawnAt,
        C::MergedIntoId,
        C::SourceNote,
        C::SourceEventId,
    ]);
    let Some(row) = select.into_model::<DetailRow>().one(db).await? else {
        return Ok(None);
    };
    Ok(Some(Idea {
        process_id: row.process_id,
        author: row.author_id.map(UserId),
        organisation: row.summary.by.organisation_id,
        body_markdown: row.body_markdown,
        body_html: row.body_html,
        status_reason: row.summary.status_reason.clone(),
        answer_html: row.answer_html,
        answered_at: row.answered_at,
        withdrawn: row.withdrawn_at.is_some(),
        merged_into: row.merged_into_id,
        source_note: row.source_note,
        source_event: row.source_event_id,
        summary: row.summary.into_summary(),
    }))
}

/// An idea's summary row with the columns of its page.
#[derive(FromQueryResult)]
struct DetailRow {
    #[sea_orm(nested)]
    summary: SummaryRow,
    process_id: i64,
    author_id: Option<i64>,
    body_markdown: String,
    body_html: String,
    answer_html: Option<String>,
    answered_at: Option<DateTime<Utc>>,
    withdrawn_at: Option<DateTime<Utc>>,
    merged_into_id: Option<i64>,
    source_note: Option<String>,
    source_event_id: Option<i64>,
}

/// Stores a new idea (online, by its author). Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    author: UserId,
    input: &NewIdea,
    body_html: &str,
) -> StoreResult<i64> {
    create_at(db, scope, process, author, input, body_html, now()).await
}

/// Like [`create`], written at a given time (imports and demo data).
pub async fn create_at(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    author: UserId,
    input: &NewIdea,
    body_html: &str,
    at: DateTime<Utc>,
) -> StoreResult<i64> {
    let idea = ideas::ActiveModel {
        tenant_id: Set(scope.id().0),
        process_id: Set(process),
        author_id: Set(Some(author.0)),
        organisation_id: Set(input.organisation),
        title: Set(input.title.clone()),
        body_markdown: Set(input.body.clone()),
        body_html: Set(body_html.to_owned()),
        action_field_id: Set(input.action_field),
        neighbourhood_id: Set(input.neighbourhood),
        status: Set(IdeaStatus::Received.as_str().to_owned()),
        status_reason: Set(None),
        answer_markdown: Set(None),
        answer_html: Set(None),
        answered_at: Set(None),
        support_count: Set(0),
        comment_count: Set(0),
        search_text: Set(index_text(&[&input.title, &input.body])),
        source: Set("online".to_owned()),
        created_at: Set(at),
        updated_at: Set(at),
        withdrawn_at: Set(None),
        hidden_reason: Set(None),
        hidden_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    notify_new_idea(db, scope, process, idea.id, author).await?;
    ideas_changed(db, process).await?;
    Ok(idea.id)
}

/// The author follows their idea; the process's followers are told.
async fn notify_new_idea(db: &impl ConnectionTrait, scope: &TenantScope, process: i64, idea: i64, author: UserId) -> StoreResult<()> {
    follows::follow(db, scope, Target::Idea(idea), author).await?;
    let about = About { process: Some(process), idea: Some(idea), ..Default::default() };
    fan_out::to_followers(db, scope, Target::Process(process), NotificationKind::NewIdea, about, &[author]).await
}

/// Changes the text of an idea; only while nobody has reacted to it.
pub async fn update(db: &impl ConnectionTrait, scope: &TenantScope, id: i64, input: &NewIdea, body_html: &str) -> StoreResult<bool> {
    let updated = ideas::Entity::update_many()
        .col_expr(ideas::Column::Title, Expr::value(input.title.clone()))
        .col_expr(ideas::Column::BodyMarkdown, Expr::value(input.body.clone()))
        .col_expr(ideas::Column::BodyHtml, Expr::value(body_html))
        .col_expr(ideas::Column::ActionFieldId, Expr::value(input.action_field))
        .col_expr(ideas::Column::NeighbourhoodId, Expr::value(input.neighbourhood))
        .col_expr(ideas::Column::OrganisationId, Expr::value(input.organisation))
        .col_expr(ideas::Column::SearchText, Expr::value(index_text(&[&input.title, &input.body])))
        .col_expr(ideas::Column::UpdatedAt, Expr::value(now()))
        .filter(ideas::Column::Id.eq(id))
        .filter(ideas::Column::TenantId.eq(scope.id().0))
        .filter(ideas::Column::SupportCount.eq(0))
        .filter(ideas::Column::CommentCount.eq(0))
        .exec(db)
        .await?;
    if updated.rows_affected == 1 {
        idea_changed(db, id).await?;
    }
    Ok(updated.rows_affected == 1)
}

/// Withdraws an idea (it stays readable at its address, out of the lists).
pub async fn withdraw(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<()> {
    ideas::Entity::update_many()
        .col_expr(ideas::Column::WithdrawnAt, Expr::value(now()))
        .filter(ideas::Column::Id.eq(id))
        .filter(ideas::Column::TenantId.eq(scope.id().0))
        .exec(db)
        .await?;
    idea_changed(db, id).await
}

/// Supports an idea once; a second support changes nothing. The counter is
/// changed in the same statement order on every backend, so parallel
/// supports end with the exact count. Call inside a write transaction.
pub async fn support(db: &impl ConnectionTrait, idea: i64, user: UserId) -> StoreResult<bool> {
    let inserted = idea_supports::Entity::insert(idea_supports::ActiveModel {
        idea_id: Set(idea),
        user_id: Set(user.0),
        created_at: Set(now()),
        ..Default::default()
    })
    .on_conflict(OnConflict::columns([idea_supports::Column::IdeaId, idea_supports::Column::UserId]).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    if inserted == 1 {
        ideas::Entity::update_many()
            .col_expr(ideas::Column::SupportCount, Expr::col(ideas::Column::SupportCount).add(1))
            .filter(ideas::Column::Id.eq(idea))
            .exec(db)
            .await?;
    }
    Ok(inserted == 1)
}

/// Takes a support back (nothing happens if there was none).
pub async fn unsupport(db: &impl ConnectionTrait, idea: i64, user: UserId) -> StoreResult<bool> {
    let deleted = idea_supports::Entity::delete_many()
        .filter(idea_supports::Column::IdeaId.eq(idea))
        .filter(idea_supports::Column::UserId.eq(user.0))
        .exec(db)
        .await?
        .rows_affected;
    if deleted == 1 {
        ideas::Entity::update_many()
            .col_expr(ideas::Column::SupportCount, Expr::col(ideas::Column::SupportCount).sub(1))
            .filter(ideas::Column::Id.eq(idea))
            .exec(db)
            .await?;
    }
    Ok(deleted == 1)
}

pub async fn has_supported(db: &impl ConnectionTrait, idea: i64, user: UserId) -> StoreResult<bool> {
    Ok(idea_supports::Entity::find()
        .filter(idea_supports::Column::IdeaId.eq(idea))
        .filter(idea_supports::Column::UserId.eq(user.0))
        .one(db)
        .await?
        .is_some())
}

/// The coordinator's official answer and status, with its audit entry. Call
/// inside a write transaction.
pub async fn answer(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    status: IdeaStatus,
    reason: Option<&str>,
    answer: Option<(&str, &str)>,
) -> StoreResult<()> {
    let before =
        ideas::Entity::find_by_id(id).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)?;
    let mut active: ideas::ActiveModel = before.clone().into();
    active.status = Set(status.as_str().to_owned());
    active.status_reason = Set(reason.map(str::to_owned));
    if let Some((markdown, html)) = answer {
        active.answer_markdown = Set(Some(markdown.to_owned()));
        active.answer_html = Set(Some(html.to_owned()));
        active.answered_at = Set(Some(now()));
    }
    active.update(db).await?;
    let about = About { process: Some(before.process_id), idea: Some(id), ..Default::default() };
    fan_out::to_followers(db, scope, Target::Idea(id), NotificationKind::Answer, about, &[actor]).await?;
    fan_out::to_supporters(db, scope, id, NotificationKind::Answer, about, &[actor]).await?;
    ideas_changed(db, before.process_id).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "participation.idea.answer",
            subject: format!("idea:{id}"),
            before: Some(serde_json::json!({ "status": before.status, "reason": before.status_reason, "answer": before.answer_markdown })),
            after: Some(serde_json::json!({ "status": status.as_str(), "reason": reason, "answer": answer.map(|a| a.0) })),
        },
    )
    .await
}
