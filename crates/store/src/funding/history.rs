//! The days of a grant's steps set afterwards, for seeded installations
//! (the demo, the benchmark) whose grants began years before they were
//! seeded: when the application was submitted and decided, when payments
//! were requested and decided, when reports were handed in and decided.
//! The application's own steps set these themselves.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::StoreResult;
use crate::entities::{funding_application_versions, funding_applications, funding_payments, funding_reports};

/// The application (and its submitted versions) submitted at `submitted`, decided at `decided`.
pub async fn date_application(
    db: &impl ConnectionTrait,
    id: i64,
    submitted: DateTime<Utc>,
    decided: Option<DateTime<Utc>>,
) -> StoreResult<()> {
    funding_applications::Entity::update_many()
        .col_expr(funding_applications::Column::CreatedAt, Expr::value(submitted))
        .col_expr(funding_applications::Column::SubmittedAt, Expr::value(submitted))
        .col_expr(funding_applications::Column::DecidedAt, Expr::value(decided))
        .col_expr(funding_applications::Column::UpdatedAt, Expr::value(decided.unwrap_or(submitted)))
        .filter(funding_applications::Column::Id.eq(id))
        .exec(db)
        .await?;
    funding_application_versions::Entity::update_many()
        .col_expr(funding_application_versions::Column::SubmittedAt, Expr::value(submitted))
        .filter(funding_application_versions::Column::ApplicationId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The payment requested at `requested` and decided at `decided`.
pub async fn date_payment(db: &impl ConnectionTrait, id: i64, requested: DateTime<Utc>, decided: DateTime<Utc>) -> StoreResult<()> {
    funding_payments::Entity::update_many()
        .col_expr(funding_payments::Column::RequestedAt, Expr::value(requested))
        .col_expr(funding_payments::Column::DecidedAt, Expr::value(decided))
        .filter(funding_payments::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Report `number` of the application handed in at `submitted` and decided at `decided`.
pub async fn date_report(
    db: &impl ConnectionTrait,
    application: i64,
    number: i32,
    submitted: DateTime<Utc>,
    decided: Option<DateTime<Utc>>,
) -> StoreResult<()> {
    funding_reports::Entity::update_many()
        .col_expr(funding_reports::Column::SubmittedAt, Expr::value(submitted))
        .col_expr(funding_reports::Column::DecidedAt, Expr::value(decided))
        .col_expr(funding_reports::Column::UpdatedAt, Expr::value(decided.unwrap_or(submitted)))
        .filter(funding_reports::Column::ApplicationId.eq(application))
        .filter(funding_reports::Column::Number.eq(number))
        .exec(db)
        .await?;
    Ok(())
}
