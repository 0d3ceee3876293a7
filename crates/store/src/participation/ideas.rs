//! Ideas: propose, change, withdraw, support, answer; one idea with its byline.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::participation::ideas::{IdeaStatus, NewIdea};
use domain::participation::search::index_text;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};

use crate::entities::{idea_supports, ideas, organisations, processes, users};
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::{self, Target};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};
use domain::notifications::NotificationKind;

/// Who an idea or comment is shown as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Byline {
    Person(String),
    Organisation {
        id: i64,
        name: String,
    },
    /// The account was deleted; the contribution stays.
    DeletedAccount,
}

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

pub(super) async fn organisation_names(db: &impl ConnectionTrait, mut ids: Vec<i64>) -> StoreResult<Vec<(i64, String)>> {
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

pub(super) fn byline(author: Option<&users::Model>, organisation: Option<i64>, org_names: &[(i64, String)]) -> Byline {
    if let Some((id, name)) = organisation.and_then(|o| org_names.iter().find(|(id, _)| *id == o)) {
        return Byline::Organisation { id: *id, name: name.clone() };
    }
    match author {
        Some(user) if user.deleted_at.is_none() => Byline::Person(user.display_name.clone()),
        _ => Byline::DeletedAccount,
    }
}

pub(super) fn summary(idea: &ideas::Model, author: Option<&users::Model>, org_names: &[(i64, String)]) -> IdeaSummary {
    IdeaSummary {
        id: idea.id,
        title: idea.title.clone(),
        status: IdeaStatus::parse(&idea.status).unwrap_or(IdeaStatus::Received),
        action_field: idea.action_field_id,
        neighbourhood: idea.neighbourhood_id,
        support_count: idea.support_count,
        comment_count: idea.comment_count,
        created_at: idea.created_at,
        byline: byline(author, idea.organisation_id, org_names),
        status_reason: idea.status_reason.clone(),
        hidden_reason: idea.hidden_reason.clone(),
        source: idea.source.clone(),
    }
}

/// One idea of this tenant, with its byline (two statements at most).
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Idea>> {
    let Some((idea, author)) =
        ideas::Entity::find_by_id(id).filter(ideas::Column::TenantId.eq(scope.id().0)).find_also_related(users::Entity).one(db).await?
    else {
        return Ok(None);
    };
    let org_names = organisation_names(db, idea.organisation_id.into_iter().collect()).await?;
    Ok(Some(Idea {
        summary: summary(&idea, author.as_ref(), &org_names),
        process_id: idea.process_id,
        author: idea.author_id.map(UserId),
        organisation: idea.organisation_id,
        body_markdown: idea.body_markdown,
        body_html: idea.body_html,
        status_reason: idea.status_reason,
        answer_html: idea.answer_html,
        answered_at: idea.answered_at,
        withdrawn: idea.withdrawn_at.is_some(),
        merged_into: idea.merged_into_id,
    }))
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
