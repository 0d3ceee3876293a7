//! Reports on an approved grant, one per reporting date: the municipality
//! keeps a draft as typed and submits it; the state's officers accept it or
//! return it with a message; accepting the final report closes the grant
//! with what is asked back. Drafts stay the municipality's own. Every step
//! is audited.

use chrono::{DateTime, NaiveDate, Utc};
use domain::funding::application::Status;
use domain::funding::ledger::PaymentStatus;
use domain::funding::report::{ReportForm, ReportStatus};
use domain::ids::UserId;
use domain::money::Money;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::applications::Application;
use super::record;
use super::review::Reviewed;
use crate::entities::{funding_applications, funding_payments, funding_reports};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: i64,
    pub application: i64,
    /// Which reporting date, counted from 1.
    pub number: i32,
    pub due_on: NaiveDate,
    pub is_final: bool,
    pub status: ReportStatus,
    pub form: ReportForm,
    /// The officers' message when they returned it.
    pub message: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
}

impl From<funding_reports::Model> for Report {
    fn from(m: funding_reports::Model) -> Report {
        Report {
            id: m.id,
            application: m.application_id,
            number: m.number,
            due_on: m.due_on,
            is_final: m.is_final,
            status: ReportStatus::parse(&m.status).unwrap_or(ReportStatus::Draft),
            form: ReportForm::from_json(&m.form),
            message: m.message,
            submitted_at: m.submitted_at,
            decided_at: m.decided_at,
        }
    }
}

/// The reporting date `number` (counted from 1) of an application: its day
/// and whether it is the last (the final report's).
pub fn due(application: &Application, number: i32) -> Option<(NaiveDate, bool)> {
    let dates = &application.grant.as_ref()?.reporting_dates;
    let index = usize::try_from(number).ok()?.checked_sub(1)?;
    dates.get(index).map(|d| (*d, index + 1 == dates.len()))
}

/// The reports of one application of the municipality `scope`, by number.
pub async fn of_application(db: &impl ConnectionTrait, scope: &TenantScope, application: i64) -> StoreResult<Vec<Report>> {
    let rows = funding_reports::Entity::find()
        .filter(funding_reports::Column::TenantId.eq(scope.id().0))
        .filter(funding_reports::Column::ApplicationId.eq(application))
        .order_by_asc(funding_reports::Column::Number)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Report::from).collect())
}

/// The report `number` of an application of the municipality `scope`.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, application: i64, number: i32) -> StoreResult<Option<Report>> {
    Ok(funding_reports::Entity::find()
        .filter(funding_reports::Column::TenantId.eq(scope.id().0))
        .filter(funding_reports::Column::ApplicationId.eq(application))
        .filter(funding_reports::Column::Number.eq(number))
        .one(db)
        .await?
        .map(Report::from))
}

/// Keeps what was typed for report `number` while the municipality may
/// change it; refused with `report-not-open` when the grant is not running
/// (or has no such reporting date) and `report-not-editable` once submitted.
/// Call inside a write transaction.
pub async fn save(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    application: &Application,
    number: i32,
    form: &ReportForm,
) -> StoreResult<()> {
    let (due_on, is_final) = due(application, number).ok_or(StoreError::NotFound)?;
    if application.status != Status::Approved || application.tenant != scope.id() {
        return Err(StoreError::Conflict("report-not-open"));
    }
    match get(db, scope, application.id, number).await? {
        Some(existing) => {
            let changed = funding_reports::Entity::update_many()
                .col_expr(funding_reports::Column::Form, Expr::value(form.to_json()))
                .col_expr(funding_reports::Column::UpdatedBy, Expr::value(actor.0))
                .col_expr(funding_reports::Column::UpdatedAt, Expr::value(now()))
                .filter(funding_reports::Column::Id.eq(existing.id))
                .filter(funding_reports::Column::Status.is_in([ReportStatus::Draft.as_str(), ReportStatus::Returned.as_str()]))
                .exec(db)
                .await?
                .rows_affected;
            if changed == 0 {
                return Err(StoreError::Conflict("report-not-editable"));
            }
        }
        None => {
            funding_reports::ActiveModel {
                tenant_id: Set(scope.id().0),
                application_id: Set(application.id),
                number: Set(number),
                due_on: Set(due_on),
                is_final: Set(is_final),
                status: Set(ReportStatus::Draft.as_str().to_owned()),
                form: Set(form.to_json()),
                message: Set(None),
                submitted_at: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                updated_by: Set(Some(actor.0)),
                updated_at: Set(now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Saves and submits report `number`; the caller has checked the form
/// (see `ReportForm::read`). Refused like [`save`]. Call inside a write
/// transaction.
pub async fn submit(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    application: &Application,
    number: i32,
    form: &ReportForm,
) -> StoreResult<Report> {
    save(db, scope, actor, application, number, form).await?;
    let report = get(db, scope, application.id, number).await?.ok_or(StoreError::NotFound)?;
    set_status(db, report.id, ReportStatus::Submitted, None, None).await?;
    let after = serde_json::json!({ "application": application.id, "number": number, "final": report.is_final });
    record(db, scope, actor, "funding.report.submit", format!("funding_report:{}", report.id), after).await?;
    Ok(Report { status: ReportStatus::Submitted, message: None, ..report })
}

/// Moves a report from editable (for `by` none: the municipality's submission)
/// or submitted (for `by` an officer: their decision) to `to`.
async fn set_status(db: &impl ConnectionTrait, id: i64, to: ReportStatus, by: Option<UserId>, message: Option<&str>) -> StoreResult<()> {
    let from: Vec<&str> = match by {
        None => vec![ReportStatus::Draft.as_str(), ReportStatus::Returned.as_str()],
        Some(_) => vec![ReportStatus::Submitted.as_str()],
    };
    let mut update = funding_reports::Entity::update_many()
        .col_expr(funding_reports::Column::Status, Expr::value(to.as_str()))
        .col_expr(funding_reports::Column::Message, Expr::value(message.map(str::to_owned)))
        .col_expr(funding_reports::Column::UpdatedAt, Expr::value(now()));
    update = match by {
        None => update.col_expr(funding_reports::Column::SubmittedAt, Expr::value(now())),
        Some(officer) => update
            .col_expr(funding_reports::Column::DecidedBy, Expr::value(officer.0))
            .col_expr(funding_reports::Column::DecidedAt, Expr::value(now())),
    };
    let changed =
        update.filter(funding_reports::Column::Id.eq(id)).filter(funding_reports::Column::Status.is_in(from)).exec(db).await?.rows_affected;
    if changed == 0 {
        return Err(StoreError::Conflict(if by.is_none() { "report-not-editable" } else { "report-not-submitted" }));
    }
    Ok(())
}

/// Report `number` of an application to the state's calls, with the
/// application, once submitted (drafts stay the municipality's own).
pub async fn for_officers(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    application: i64,
    number: i32,
) -> StoreResult<Option<(Report, Reviewed)>> {
    let Some(reviewed) = super::review::get(db, land, application).await? else {
        return Ok(None);
    };
    let report = get(db, &reviewed.municipality.scope, application, number).await?;
    Ok(report.filter(|r| r.status != ReportStatus::Draft).map(|r| (r, reviewed)))
}

/// The reports of an application the officers see: all but drafts.
pub async fn submitted_of(db: &impl ConnectionTrait, reviewed: &Reviewed) -> StoreResult<Vec<Report>> {
    let all = of_application(db, &reviewed.municipality.scope, reviewed.application.id).await?;
    Ok(all.into_iter().filter(|r| r.status != ReportStatus::Draft).collect())
}

/// Returns a submitted report with the officers' message; the municipality
/// edits and submits it again. Call inside a write transaction.
pub async fn send_back(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    application: i64,
    number: i32,
    message: &str,
) -> StoreResult<(Report, Reviewed)> {
    let (report, reviewed) = for_officers(db, land, application, number).await?.ok_or(StoreError::NotFound)?;
    set_status(db, report.id, ReportStatus::Returned, Some(actor), Some(message)).await?;
    record(db, land, actor, "funding.report.return", format!("funding_report:{}", report.id), serde_json::json!({})).await?;
    Ok((Report { status: ReportStatus::Returned, message: Some(message.to_owned()), ..report }, reviewed))
}

/// Accepts a submitted interim report; the final report is accepted by
/// closing the grant ([`close`]). Call inside a write transaction.
pub async fn accept(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    application: i64,
    number: i32,
) -> StoreResult<(Report, Reviewed)> {
    let (report, reviewed) = for_officers(db, land, application, number).await?.ok_or(StoreError::NotFound)?;
    if report.is_final {
        return Err(StoreError::Conflict("report-final-closes"));
    }
    set_status(db, report.id, ReportStatus::Accepted, Some(actor), None).await?;
    record(db, land, actor, "funding.report.accept", format!("funding_report:{}", report.id), serde_json::json!({})).await?;
    Ok((Report { status: ReportStatus::Accepted, ..report }, reviewed))
}

/// Accepts the submitted final report and closes the grant, asking back
/// `repayment` (at most what was paid; refused with
/// `report-repayment-above-paid`). Refused with `report-payments-open`
/// while payment requests wait for a decision. Call inside a write
/// transaction.
pub async fn close(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    application: i64,
    number: i32,
    repayment: Money,
) -> StoreResult<(Report, Reviewed)> {
    let (report, reviewed) = for_officers(db, land, application, number).await?.ok_or(StoreError::NotFound)?;
    if !report.is_final {
        return Err(StoreError::Conflict("report-not-final"));
    }
    let payments = funding_payments::Entity::find().filter(funding_payments::Column::ApplicationId.eq(application)).all(db).await?;
    if payments.iter().any(|p| p.status == PaymentStatus::Requested.as_str()) {
        return Err(StoreError::Conflict("report-payments-open"));
    }
    let paid: i64 = payments.iter().filter(|p| p.status == PaymentStatus::Released.as_str()).map(|p| p.amount_cents).sum();
    if repayment.cents() < 0 || repayment.cents() > paid {
        return Err(StoreError::Conflict("report-repayment-above-paid"));
    }
    set_status(db, report.id, ReportStatus::Accepted, Some(actor), None).await?;
    let changed = funding_applications::Entity::update_many()
        .col_expr(funding_applications::Column::Status, Expr::value(Status::Closed.as_str()))
        .col_expr(funding_applications::Column::RepaymentCents, Expr::value(repayment.cents()))
        .col_expr(funding_applications::Column::ClosedAt, Expr::value(now()))
        .col_expr(funding_applications::Column::UpdatedAt, Expr::value(now()))
        .filter(funding_applications::Column::Id.eq(application))
        .filter(funding_applications::Column::Status.eq(Status::Approved.as_str()))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(StoreError::Conflict("report-not-open"));
    }
    let after = serde_json::json!({ "paid_cents": paid, "repayment_cents": repayment.cents() });
    record(db, land, actor, "funding.grant.close", format!("funding_application:{application}"), after).await?;
    let mut reviewed = reviewed;
    reviewed.application.status = Status::Closed;
    reviewed.application.repayment = Some(repayment);
    Ok((Report { status: ReportStatus::Accepted, ..report }, reviewed))
}
