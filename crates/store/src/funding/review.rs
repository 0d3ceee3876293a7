//! The state's review of the applications to its calls: the applications
//! submitted to a call with their municipalities, the checklist and the
//! internal notes (kept with the state's tenant, so nothing on the
//! applicant's side reaches them), and the decisions: changes asked for,
//! approved with a grant, rejected. Drafts stay the municipality's own.
//!
//! Every function takes the state's scope: only applications to the
//! state's own calls are reached.

use chrono::{DateTime, Utc};
use domain::funding::application::Status;
use domain::funding::decision::Grant;
use domain::ids::UserId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::applications::Application;
use super::record;
use crate::entities::{funding_applications, funding_calls, funding_review_notes, funding_reviews};
use crate::tenancy::{Tenant, TenantScope};
use crate::{StoreError, StoreResult, now};

/// An application as the officers see it, with its municipality.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub application: Application,
    pub municipality: Tenant,
}

/// An internal note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub author: Option<UserId>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Is `call` one of the state's calls?
async fn is_states_call(db: &impl ConnectionTrait, land: &TenantScope, call: i64) -> StoreResult<bool> {
    Ok(funding_calls::Entity::find_by_id(call).filter(funding_calls::Column::TenantId.eq(land.id().0)).one(db).await?.is_some())
}

async fn with_municipalities(db: &impl ConnectionTrait, rows: Vec<funding_applications::Model>) -> StoreResult<Vec<Reviewed>> {
    let ids: Vec<_> = rows.iter().map(|r| domain::ids::TenantId(r.tenant_id)).collect();
    let tenants = crate::tenancy::by_ids(db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let municipality = tenants.iter().find(|t| t.scope.id().0 == row.tenant_id)?.clone();
            Some(Reviewed { application: Application::from(row), municipality })
        })
        .collect())
}

/// The applications submitted to the state's call `call` (not drafts), the
/// earliest submitted first.
pub async fn of_call(db: &impl ConnectionTrait, land: &TenantScope, call: i64) -> StoreResult<Vec<Reviewed>> {
    if !is_states_call(db, land, call).await? {
        return Ok(Vec::new());
    }
    let rows = funding_applications::Entity::find()
        .filter(funding_applications::Column::CallId.eq(call))
        .filter(funding_applications::Column::Status.ne(Status::Draft.as_str()))
        .order_by_asc(funding_applications::Column::SubmittedAt)
        .order_by_asc(funding_applications::Column::Id)
        .all(db)
        .await?;
    with_municipalities(db, rows).await
}

/// One application to the state's calls, once submitted.
pub async fn get(db: &impl ConnectionTrait, land: &TenantScope, id: i64) -> StoreResult<Option<Reviewed>> {
    let Some(row) = funding_applications::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if row.status == Status::Draft.as_str() || !is_states_call(db, land, row.call_id).await? {
        return Ok(None);
    }
    Ok(with_municipalities(db, vec![row]).await?.pop())
}

/// The criteria ticked on the checklist.
pub async fn checklist(db: &impl ConnectionTrait, land: &TenantScope, id: i64) -> StoreResult<Vec<String>> {
    let row = funding_reviews::Entity::find()
        .filter(funding_reviews::Column::TenantId.eq(land.id().0))
        .filter(funding_reviews::Column::ApplicationId.eq(id))
        .one(db)
        .await?;
    Ok(row.and_then(|r| serde_json::from_str(&r.checklist).ok()).unwrap_or_default())
}

/// Keeps the criteria ticked. Call inside a write transaction.
pub async fn set_checklist(db: &impl ConnectionTrait, land: &TenantScope, actor: UserId, id: i64, ticked: &[String]) -> StoreResult<()> {
    get(db, land, id).await?.ok_or(StoreError::NotFound)?;
    let json = serde_json::to_string(ticked).unwrap_or_default();
    let existing = funding_reviews::Entity::find()
        .filter(funding_reviews::Column::TenantId.eq(land.id().0))
        .filter(funding_reviews::Column::ApplicationId.eq(id))
        .one(db)
        .await?;
    match existing {
        Some(row) => {
            funding_reviews::ActiveModel {
                id: sea_orm::Unchanged(row.id),
                checklist: Set(json),
                updated_by: Set(Some(actor.0)),
                updated_at: Set(now()),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
        None => {
            funding_reviews::ActiveModel {
                tenant_id: Set(land.id().0),
                application_id: Set(id),
                checklist: Set(json),
                updated_by: Set(Some(actor.0)),
                updated_at: Set(now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    record(db, land, actor, "funding.review.checklist", format!("funding_application:{id}"), serde_json::json!({ "ticked": ticked })).await
}

/// The internal notes, oldest first.
pub async fn notes(db: &impl ConnectionTrait, land: &TenantScope, id: i64) -> StoreResult<Vec<Note>> {
    let rows = funding_review_notes::Entity::find()
        .filter(funding_review_notes::Column::TenantId.eq(land.id().0))
        .filter(funding_review_notes::Column::ApplicationId.eq(id))
        .order_by_asc(funding_review_notes::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| Note { author: r.author_id.map(UserId), body: r.body, created_at: r.created_at }).collect())
}

/// Adds an internal note. Call inside a write transaction.
pub async fn add_note(db: &impl ConnectionTrait, land: &TenantScope, actor: UserId, id: i64, body: &str) -> StoreResult<()> {
    get(db, land, id).await?.ok_or(StoreError::NotFound)?;
    funding_review_notes::ActiveModel {
        tenant_id: Set(land.id().0),
        application_id: Set(id),
        author_id: Set(Some(actor.0)),
        body: Set(body.to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    // The note itself stays out of the audit log: it is internal text.
    record(db, land, actor, "funding.review.note", format!("funding_application:{id}"), serde_json::json!({})).await
}

/// Moves an application in review to `to`, with the columns `set`; refused
/// with `application-not-in-review` when it is not in review (any more).
async fn decide(
    db: &impl ConnectionTrait,
    reviewed: Reviewed,
    to: Status,
    set: Vec<(funding_applications::Column, sea_orm::sea_query::SimpleExpr)>,
) -> StoreResult<Reviewed> {
    let id = reviewed.application.id;
    let mut update = funding_applications::Entity::update_many()
        .col_expr(funding_applications::Column::Status, Expr::value(to.as_str()))
        .col_expr(funding_applications::Column::UpdatedAt, Expr::value(now()));
    for (column, value) in set {
        update = update.col_expr(column, value);
    }
    let changed = update
        .filter(funding_applications::Column::Id.eq(id))
        .filter(funding_applications::Column::Status.eq(Status::Submitted.as_str()))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(StoreError::Conflict("application-not-in-review"));
    }
    Ok(reviewed)
}

/// Sends the application back with the changes asked for; the applicant
/// edits and submits it again. Call inside a write transaction.
pub async fn request_changes(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    id: i64,
    message: &str,
) -> StoreResult<Reviewed> {
    let set = vec![(funding_applications::Column::Message, Expr::value(message.to_owned()))];
    let current = get(db, land, id).await?.ok_or(StoreError::NotFound)?;
    let reviewed = decide(db, current, Status::ChangesRequested, set).await?;
    record(db, land, actor, "funding.review.request_changes", format!("funding_application:{id}"), serde_json::json!({})).await?;
    Ok(reviewed)
}

/// Approves the application with `grant`: never more than the newest
/// version asked for, never more than `max_grant`. Call inside a write
/// transaction.
pub async fn approve(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    id: i64,
    grant: &Grant,
    max_grant: domain::money::Money,
) -> StoreResult<Reviewed> {
    let current = get(db, land, id).await?.ok_or(StoreError::NotFound)?;
    if grant.granted > current.application.requested || grant.granted > max_grant || grant.granted.cents() <= 0 {
        return Err(StoreError::Conflict("decision-grant-above-request"));
    }
    let set = vec![
        (funding_applications::Column::GrantedCents, Expr::value(grant.granted.cents())),
        (funding_applications::Column::GrantTerms, Expr::value(grant.to_json())),
        (funding_applications::Column::DecidedAt, Expr::value(now())),
        (funding_applications::Column::Message, Expr::value(Option::<String>::None)),
    ];
    let reviewed = decide(db, current, Status::Approved, set).await?;
    let after = serde_json::json!({ "granted_cents": grant.granted.cents() });
    record(db, land, actor, "funding.review.approve", format!("funding_application:{id}"), after).await?;
    Ok(reviewed)
}

/// Rejects the application with its reason. Call inside a write transaction.
pub async fn reject(db: &impl ConnectionTrait, land: &TenantScope, actor: UserId, id: i64, reason: &str) -> StoreResult<Reviewed> {
    let set = vec![
        (funding_applications::Column::Message, Expr::value(reason.to_owned())),
        (funding_applications::Column::DecidedAt, Expr::value(now())),
    ];
    let current = get(db, land, id).await?.ok_or(StoreError::NotFound)?;
    let reviewed = decide(db, current, Status::Rejected, set).await?;
    record(db, land, actor, "funding.review.reject", format!("funding_application:{id}"), serde_json::json!({})).await?;
    Ok(reviewed)
}
