//! Payments of approved grants. The municipality requests them (never more
//! than the grant minus what was paid and what is requested already, checked
//! with the application's row locked so that requests at the same moment
//! cannot together ask for too much); the state's officers release or
//! reject them. Every step is audited.

use chrono::{DateTime, NaiveDate, Utc};
use domain::funding::application::Status;
use domain::funding::ledger::{Ledger, PaymentRequest, PaymentStatus};
use domain::ids::UserId;
use domain::money::Money;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::record;
use super::review::Reviewed;
use crate::entities::{funding_applications, funding_payments};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub id: i64,
    pub application: i64,
    pub amount: Money,
    pub wanted_on: NaiveDate,
    pub purpose: String,
    pub status: PaymentStatus,
    pub reason: Option<String>,
    pub requested_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

impl From<funding_payments::Model> for Payment {
    fn from(m: funding_payments::Model) -> Payment {
        Payment {
            id: m.id,
            application: m.application_id,
            amount: Money(m.amount_cents),
            wanted_on: m.wanted_on,
            purpose: m.purpose,
            status: PaymentStatus::parse(&m.status).unwrap_or(PaymentStatus::Requested),
            reason: m.reason,
            requested_at: m.requested_at,
            decided_at: m.decided_at,
        }
    }
}

/// The payments of one application (of the municipality `scope`), oldest first.
pub async fn of_application(db: &impl ConnectionTrait, scope: &TenantScope, application: i64) -> StoreResult<Vec<Payment>> {
    let rows = funding_payments::Entity::find()
        .filter(funding_payments::Column::TenantId.eq(scope.id().0))
        .filter(funding_payments::Column::ApplicationId.eq(application))
        .order_by_asc(funding_payments::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Payment::from).collect())
}

/// The grant's ledger: granted, requested, paid.
pub async fn ledger(db: &impl ConnectionTrait, scope: &TenantScope, application: i64, granted: Money) -> StoreResult<Ledger> {
    Ok(Ledger::of(granted, of_application(db, scope, application).await?.into_iter().map(|p| (p.status, p.amount))))
}

/// Requests a payment of an approved grant; refused with
/// `payment-not-approved` before approval and `payment-above-available`
/// when it asks for more than is left. Call inside a write transaction.
pub async fn request(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    application: i64,
    wanted: &PaymentRequest,
) -> StoreResult<i64> {
    // Requests of one grant happen one by one (PostgreSQL; SQLite holds the write lock already).
    let row = funding_applications::Entity::find_by_id(application)
        .filter(funding_applications::Column::TenantId.eq(scope.id().0))
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let granted = match (row.status.as_str(), row.granted_cents) {
        (s, Some(cents)) if s == Status::Approved.as_str() => Money(cents),
        _ => return Err(StoreError::Conflict("payment-not-approved")),
    };
    if wanted.amount.cents() <= 0 || wanted.amount > ledger(db, scope, application, granted).await?.available() {
        return Err(StoreError::Conflict("payment-above-available"));
    }
    let id = funding_payments::ActiveModel {
        tenant_id: Set(scope.id().0),
        application_id: Set(application),
        amount_cents: Set(wanted.amount.cents()),
        wanted_on: Set(wanted.wanted_on),
        purpose: Set(wanted.purpose.clone()),
        status: Set(PaymentStatus::Requested.as_str().to_owned()),
        reason: Set(None),
        requested_by: Set(Some(actor.0)),
        requested_at: Set(now()),
        decided_by: Set(None),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "application": application, "amount_cents": wanted.amount.cents() });
    record(db, scope, actor, "funding.payment.request", format!("funding_payment:{id}"), after).await?;
    Ok(id)
}

/// The payment `id` of an application to the state's calls, with its application.
pub async fn for_officers(db: &impl ConnectionTrait, land: &TenantScope, id: i64) -> StoreResult<Option<(Payment, Reviewed)>> {
    let Some(row) = funding_payments::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let Some(reviewed) = super::review::get(db, land, row.application_id).await? else {
        return Ok(None);
    };
    Ok(Some((Payment::from(row), reviewed)))
}

/// Releases (`reason` none) or rejects a requested payment; refused with
/// `payment-decided` when it is decided already. Call inside a write
/// transaction.
pub async fn decide(
    db: &impl ConnectionTrait,
    land: &TenantScope,
    actor: UserId,
    id: i64,
    reason: Option<&str>,
) -> StoreResult<(Payment, Reviewed)> {
    let (payment, reviewed) = for_officers(db, land, id).await?.ok_or(StoreError::NotFound)?;
    let to = if reason.is_some() { PaymentStatus::Rejected } else { PaymentStatus::Released };
    let changed = funding_payments::Entity::update_many()
        .col_expr(funding_payments::Column::Status, Expr::value(to.as_str()))
        .col_expr(funding_payments::Column::Reason, Expr::value(reason.map(str::to_owned)))
        .col_expr(funding_payments::Column::DecidedBy, Expr::value(actor.0))
        .col_expr(funding_payments::Column::DecidedAt, Expr::value(now()))
        .filter(funding_payments::Column::Id.eq(id))
        .filter(funding_payments::Column::Status.eq(PaymentStatus::Requested.as_str()))
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(StoreError::Conflict("payment-decided"));
    }
    let action = if reason.is_some() { "funding.payment.reject" } else { "funding.payment.release" };
    let after = serde_json::json!({ "application": payment.application, "amount_cents": payment.amount.cents() });
    record(db, land, actor, action, format!("funding_payment:{id}"), after).await?;
    Ok((Payment { status: to, reason: reason.map(str::to_owned), ..payment }, reviewed))
}
