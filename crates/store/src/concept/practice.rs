//! Good practice: measures a municipality holds up for others, with what
//! worked, what it cost and whom to ask; read together for the state's
//! good-practice library. Audited.

use domain::concept::practice::GoodPractice;
use domain::ids::UserId;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::record;
use crate::entities::{concepts, measures};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// Holds a measure of this tenant up as good practice, or no longer
/// (`None`). Call inside a write transaction.
pub async fn set(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    practice: Option<&GoodPractice>,
) -> StoreResult<()> {
    let changed = measures::Entity::update_many()
        .col_expr(measures::Column::GoodPractice, Expr::value(practice.is_some()))
        .col_expr(measures::Column::PracticeWorked, Expr::value(practice.map(|p| p.worked.clone()).unwrap_or_default()))
        .col_expr(measures::Column::PracticeCost, Expr::value(practice.map(|p| p.cost.clone()).unwrap_or_default()))
        .col_expr(measures::Column::PracticeContact, Expr::value(practice.map(|p| p.contact.clone()).unwrap_or_default()))
        .col_expr(measures::Column::UpdatedAt, Expr::value(now()))
        .filter(measures::Column::TenantId.eq(scope.id().0))
        .filter(measures::Column::Id.eq(id))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    record(
        db,
        scope,
        actor,
        "concept.measure.practice",
        format!("measure:{id}"),
        serde_json::json!({ "good_practice": practice.is_some() }),
    )
    .await
}

/// The good practice of every municipality's measures, for the state's
/// library: (tenant, measure id, number, title, practice), by municipality
/// and number. Only measures of concepts the public may read.
pub async fn library(db: &impl ConnectionTrait) -> StoreResult<Vec<(i64, i64, i32, String, GoodPractice)>> {
    let rows = measures::Entity::find()
        .filter(measures::Column::GoodPractice.eq(true))
        .order_by_asc(measures::Column::TenantId)
        .order_by_asc(measures::Column::Number)
        .all(db)
        .await?;
    let concepts: Vec<i64> = rows.iter().map(|m| m.concept_id).collect();
    let public: Vec<i64> = concepts::Entity::find()
        .filter(concepts::Column::Id.is_in(concepts))
        .all(db)
        .await?
        .into_iter()
        .filter(|c| domain::concept::stage::Stage::parse(&c.stage).is_some_and(|s| s.public()))
        .map(|c| c.id)
        .collect();
    Ok(rows
        .into_iter()
        .filter(|m| public.contains(&m.concept_id))
        .map(|m| {
            let practice = GoodPractice { worked: m.practice_worked, cost: m.practice_cost, contact: m.practice_contact };
            (m.tenant_id, m.id, m.number, m.title, practice)
        })
        .collect())
}
