//! Applications of a municipality for the state's calls. The draft keeps
//! what was typed; submitting checks the rules once more, keeps the version
//! with the rules it was checked against, and puts it in review. Every step
//! is audited; only the applicant municipality reaches its applications
//! here (officers read them through the state, see the review).

use chrono::{DateTime, Utc};
use domain::files::Slot;
use domain::funding::application::{ApplicationForm, Status};
use domain::funding::check::{Applicant, check, violations};
use domain::funding::decision::Grant;
use domain::funding::rules::Rules;
use domain::ids::{TenantId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::calls::Call;
use super::record;
use crate::entities::{funding_application_versions, funding_applications};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A stored application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub id: i64,
    /// The applicant municipality.
    pub tenant: TenantId,
    pub call: i64,
    pub status: Status,
    pub form: ApplicationForm,
    /// Versions submitted so far.
    pub versions: i32,
    /// The grant the newest submitted version asks for.
    pub requested: domain::money::Money,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    /// The latest word to the applicant: the changes asked for, or the
    /// reason for a rejection.
    pub message: Option<String>,
    /// The grant, once approved.
    pub grant: Option<Grant>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Once closed: what was asked back.
    pub repayment: Option<domain::money::Money>,
    pub closed_at: Option<DateTime<Utc>>,
}

impl From<funding_applications::Model> for Application {
    fn from(m: funding_applications::Model) -> Application {
        Application {
            id: m.id,
            tenant: TenantId(m.tenant_id),
            call: m.call_id,
            status: Status::parse(&m.status).unwrap_or(Status::Draft),
            form: ApplicationForm::from_json(&m.draft),
            versions: m.versions,
            requested: domain::money::Money(m.requested_cents),
            submitted_at: m.submitted_at,
            updated_at: m.updated_at,
            message: m.message,
            grant: m.grant_terms.as_deref().and_then(Grant::from_json),
            decided_at: m.decided_at,
            repayment: m.repayment_cents.map(domain::money::Money),
            closed_at: m.closed_at,
        }
    }
}

/// A submitted version: what it said, and the rules it was checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub number: i32,
    pub form: ApplicationForm,
    pub rules: Option<Rules>,
    pub submitted_at: DateTime<Utc>,
}

/// This municipality's applications, the newest first.
pub async fn of_tenant(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<Application>> {
    let rows = funding_applications::Entity::find()
        .filter(funding_applications::Column::TenantId.eq(scope.id().0))
        .order_by_desc(funding_applications::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Application::from).collect())
}

pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Application>> {
    let row = funding_applications::Entity::find_by_id(id).filter(funding_applications::Column::TenantId.eq(scope.id().0)).one(db).await?;
    Ok(row.map(Application::from))
}

/// Starts a draft for an open call; returns its id. Call inside a write
/// transaction.
pub async fn create(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, call: &Call, title: &str) -> StoreResult<i64> {
    if call.window(now()) != domain::funding::call::Window::Open {
        return Err(StoreError::Conflict("application-call-closed"));
    }
    let form = ApplicationForm { title: title.to_owned(), ..ApplicationForm::default() };
    let id = funding_applications::ActiveModel {
        tenant_id: Set(scope.id().0),
        call_id: Set(call.id),
        status: Set(Status::Draft.as_str().to_owned()),
        title: Set(title.chars().take(200).collect()),
        draft: Set(form.to_json()),
        requested_cents: Set(0),
        versions: Set(0),
        submitted_at: Set(None),
        created_by: Set(Some(actor.0)),
        created_at: Set(now()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "call": call.id, "title": title });
    record(db, scope, actor, "funding.application.create", format!("funding_application:{id}"), after).await?;
    Ok(id)
}

/// Saves what was typed, while the applicant may change it; refused with
/// `application-not-editable` otherwise. Call inside a write transaction.
pub async fn save_draft(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, id: i64, form: &ApplicationForm) -> StoreResult<()> {
    let editable: Vec<&str> = Status::ALL.into_iter().filter(|s| s.editable()).map(Status::as_str).collect();
    let title: String = form.title.trim().chars().take(200).collect();
    let changed = funding_applications::Entity::update_many()
        .col_expr(funding_applications::Column::Draft, Expr::value(form.to_json()))
        .col_expr(funding_applications::Column::Title, Expr::value(title))
        .col_expr(funding_applications::Column::UpdatedAt, Expr::value(now()))
        .filter(funding_applications::Column::Id.eq(id))
        .filter(funding_applications::Column::TenantId.eq(scope.id().0))
        .filter(funding_applications::Column::Status.is_in(editable))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(match get(db, scope, id).await? {
            Some(_) => StoreError::Conflict("application-not-editable"),
            None => StoreError::NotFound,
        });
    }
    record(db, scope, actor, "funding.application.save", format!("funding_application:{id}"), serde_json::json!({})).await
}

/// Submits what was typed: saves it, checks the call's rules once more
/// (refused with `application-rules-broken` while any is broken), keeps the
/// version with those rules and puts the application in review. Call
/// inside a write transaction.
pub async fn submit(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    form: &ApplicationForm,
    rules: &Rules,
    applicant: &Applicant,
) -> StoreResult<i32> {
    let (plan, errors) = form.read();
    if !errors.is_empty() || violations(&check(rules, applicant, &plan)).next().is_some() {
        return Err(StoreError::Conflict("application-rules-broken"));
    }
    let files = crate::files::of_owner(db, scope, Slot::ApplicationAttachment, id).await?;
    if form.attachments.iter().any(|a| !files.iter().any(|f| f.id == a.file)) {
        return Err(StoreError::Conflict("application-rules-broken"));
    }
    save_draft(db, scope, actor, id, form).await?;
    let application = get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    let number = application.versions + 1;
    funding_application_versions::ActiveModel {
        tenant_id: Set(scope.id().0),
        application_id: Set(id),
        number: Set(number),
        content: Set(form.to_json()),
        rules: Set(rules.to_json()),
        submitted_by: Set(Some(actor.0)),
        submitted_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    funding_applications::ActiveModel {
        id: sea_orm::Unchanged(id),
        status: Set(Status::Submitted.as_str().to_owned()),
        requested_cents: Set(plan.requested.cents()),
        versions: Set(number),
        submitted_at: Set(Some(now())),
        message: Set(None),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    let after = serde_json::json!({ "version": number, "requested_cents": plan.requested.cents() });
    record(db, scope, actor, "funding.application.submit", format!("funding_application:{id}"), after).await?;
    Ok(number)
}

/// Withdraws an application that is not decided yet; refused with
/// `application-not-withdrawable` otherwise. Call inside a write transaction.
pub async fn withdraw(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, id: i64) -> StoreResult<()> {
    let open: Vec<&str> = Status::ALL.into_iter().filter(|s| s.withdrawable()).map(Status::as_str).collect();
    let changed = funding_applications::Entity::update_many()
        .col_expr(funding_applications::Column::Status, Expr::value(Status::Withdrawn.as_str()))
        .col_expr(funding_applications::Column::UpdatedAt, Expr::value(now()))
        .filter(funding_applications::Column::Id.eq(id))
        .filter(funding_applications::Column::TenantId.eq(scope.id().0))
        .filter(funding_applications::Column::Status.is_in(open))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(match get(db, scope, id).await? {
            Some(_) => StoreError::Conflict("application-not-withdrawable"),
            None => StoreError::NotFound,
        });
    }
    record(db, scope, actor, "funding.application.withdraw", format!("funding_application:{id}"), serde_json::json!({})).await
}

/// Lets go of the application's files `ids` (replaced or taken off the
/// draft): those no submitted version brought are removed. Returns their
/// storage keys, to delete the bytes once the transaction committed.
pub async fn release_files(db: &impl ConnectionTrait, scope: &TenantScope, id: i64, ids: &[i64]) -> StoreResult<Vec<String>> {
    let kept: Vec<i64> = versions(db, scope, id).await?.iter().flat_map(|v| v.form.attachments.iter().map(|a| a.file)).collect();
    let gone: Vec<i64> = ids.iter().copied().filter(|f| !kept.contains(f)).collect();
    crate::files::detach(db, scope, Slot::ApplicationAttachment, id, Some(&gone)).await
}

/// The submitted versions of an application, oldest first.
pub async fn versions(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Vec<Version>> {
    let rows = funding_application_versions::Entity::find()
        .filter(funding_application_versions::Column::TenantId.eq(scope.id().0))
        .filter(funding_application_versions::Column::ApplicationId.eq(id))
        .order_by_asc(funding_application_versions::Column::Number)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| Version {
            number: m.number,
            form: ApplicationForm::from_json(&m.content),
            rules: Rules::from_json(&m.rules),
            submitted_at: m.submitted_at,
        })
        .collect())
}
