//! A measure's indicators and the values recorded for them. Figures are
//! kept in hundredths. Defining an indicator and recording a value are
//! audited.

use chrono::NaiveDate;
use domain::concept::indicators::{Direction, NewIndicator, NewValue};
use domain::concept::quantity::Quantity;
use domain::ids::UserId;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::record;
use crate::entities::{indicator_values, measure_indicators, measures};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A recorded value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub id: i64,
    pub on: NaiveDate,
    pub value: Quantity,
    pub note: String,
}

/// An indicator with its values, the oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: i64,
    pub measure_id: i64,
    pub details: NewIndicator,
    pub values: Vec<Value>,
}

impl Indicator {
    /// The latest value, if any.
    pub fn latest(&self) -> Option<&Value> {
        self.values.last()
    }
}

fn of_model(m: measure_indicators::Model) -> Indicator {
    Indicator {
        id: m.id,
        measure_id: m.measure_id,
        details: NewIndicator {
            name: m.name,
            unit: m.unit,
            baseline: Quantity(m.baseline),
            baseline_on: m.baseline_on,
            target: Quantity(m.target),
            target_on: m.target_on,
            source: m.source,
            direction: Direction::parse(&m.direction).unwrap_or(Direction::Higher),
        },
        values: Vec::new(),
    }
}

/// The indicators of these measures of this tenant, each with its values
/// (two statements however many there are).
pub async fn of_measures(db: &impl ConnectionTrait, scope: &TenantScope, measures: &[i64]) -> StoreResult<Vec<Indicator>> {
    if measures.is_empty() {
        return Ok(Vec::new());
    }
    let mut list: Vec<Indicator> = measure_indicators::Entity::find()
        .filter(measure_indicators::Column::TenantId.eq(scope.id().0))
        .filter(measure_indicators::Column::MeasureId.is_in(measures.iter().copied()))
        .order_by_asc(measure_indicators::Column::MeasureId)
        .order_by_asc(measure_indicators::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(of_model)
        .collect();
    if list.is_empty() {
        return Ok(list);
    }
    let values = indicator_values::Entity::find()
        .filter(indicator_values::Column::TenantId.eq(scope.id().0))
        .filter(indicator_values::Column::IndicatorId.is_in(list.iter().map(|i| i.id)))
        .order_by_asc(indicator_values::Column::MeasuredOn)
        .order_by_asc(indicator_values::Column::Id)
        .all(db)
        .await?;
    let mut by_indicator: std::collections::HashMap<i64, Vec<Value>> = std::collections::HashMap::new();
    for v in values {
        by_indicator.entry(v.indicator_id).or_default().push(Value { id: v.id, on: v.measured_on, value: Quantity(v.value), note: v.note });
    }
    for indicator in &mut list {
        indicator.values = by_indicator.remove(&indicator.id).unwrap_or_default();
    }
    Ok(list)
}

/// One indicator of this tenant, with its values.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Indicator>> {
    let Some(model) =
        measure_indicators::Entity::find_by_id(id).filter(measure_indicators::Column::TenantId.eq(scope.id().0)).one(db).await?
    else {
        return Ok(None);
    };
    Ok(of_measures(db, scope, &[model.measure_id]).await?.into_iter().find(|i| i.id == id))
}

fn columns(model: &mut measure_indicators::ActiveModel, indicator: &NewIndicator) {
    model.name = Set(indicator.name.clone());
    model.unit = Set(indicator.unit.clone());
    model.baseline = Set(indicator.baseline.0);
    model.baseline_on = Set(indicator.baseline_on);
    model.target = Set(indicator.target.0);
    model.target_on = Set(indicator.target_on);
    model.source = Set(indicator.source.clone());
    model.direction = Set(indicator.direction.as_str().to_owned());
}

fn snapshot(indicator: &NewIndicator) -> serde_json::Value {
    serde_json::json!({
        "name": indicator.name,
        "baseline": indicator.baseline.0,
        "baseline_on": indicator.baseline_on,
        "target": indicator.target.0,
        "target_on": indicator.target_on,
        "direction": indicator.direction.as_str(),
    })
}

/// Adds an indicator to a measure of this tenant, after its others. Call
/// inside a write transaction.
pub async fn add(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    measure: i64,
    indicator: &NewIndicator,
) -> StoreResult<i64> {
    measures::Entity::find_by_id(measure).filter(measures::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)?;
    let last: Option<i32> = measure_indicators::Entity::find()
        .filter(measure_indicators::Column::MeasureId.eq(measure))
        .select_only()
        .column_as(Expr::col(measure_indicators::Column::Position).max(), "last")
        .into_tuple()
        .one(db)
        .await?
        .flatten();
    let mut model = measure_indicators::ActiveModel {
        tenant_id: Set(scope.id().0),
        measure_id: Set(measure),
        position: Set(last.map_or(0, |l| l + 1)),
        ..Default::default()
    };
    columns(&mut model, indicator);
    let id = model.insert(db).await?.id;
    record(db, scope, actor, "concept.indicator.create", format!("indicator:{id}"), snapshot(indicator)).await?;
    Ok(id)
}

/// Changes an indicator of this tenant. Call inside a write transaction.
pub async fn update(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, id: i64, indicator: &NewIndicator) -> StoreResult<()> {
    get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    let mut model = measure_indicators::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    columns(&mut model, indicator);
    model.update(db).await?;
    record(db, scope, actor, "concept.indicator.update", format!("indicator:{id}"), snapshot(indicator)).await
}

/// Records a value of an indicator of this tenant. Call inside a write
/// transaction.
pub async fn record_value(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    indicator: i64,
    value: &NewValue,
) -> StoreResult<i64> {
    measure_indicators::Entity::find_by_id(indicator)
        .filter(measure_indicators::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let id = indicator_values::ActiveModel {
        tenant_id: Set(scope.id().0),
        indicator_id: Set(indicator),
        measured_on: Set(value.on),
        value: Set(value.value.0),
        note: Set(value.note.clone()),
        recorded_by: Set(Some(actor.0)),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "on": value.on, "value": value.value.0 });
    record(db, scope, actor, "concept.indicator.value", format!("indicator:{indicator}"), after).await?;
    keep_latest(db, indicator).await?;
    Ok(id)
}

/// Removes a value recorded by mistake. Call inside a write transaction.
pub async fn remove_value(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, indicator: i64, value: i64) -> StoreResult<()> {
    let removed = indicator_values::Entity::delete_many()
        .filter(indicator_values::Column::TenantId.eq(scope.id().0))
        .filter(indicator_values::Column::IndicatorId.eq(indicator))
        .filter(indicator_values::Column::Id.eq(value))
        .exec(db)
        .await?;
    if removed.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    record(db, scope, actor, "concept.indicator.value.remove", format!("indicator:{indicator}"), serde_json::json!({ "value": value }))
        .await?;
    keep_latest(db, indicator).await
}

/// Keeps the indicator's latest value and day in step with its values.
async fn keep_latest(db: &impl ConnectionTrait, indicator: i64) -> StoreResult<()> {
    let latest = indicator_values::Entity::find()
        .filter(indicator_values::Column::IndicatorId.eq(indicator))
        .order_by_desc(indicator_values::Column::MeasuredOn)
        .order_by_desc(indicator_values::Column::Id)
        .one(db)
        .await?;
    measure_indicators::ActiveModel {
        id: sea_orm::Unchanged(indicator),
        latest_value: Set(latest.as_ref().map(|v| v.value)),
        latest_on: Set(latest.map(|v| v.measured_on)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// An indicator without its series: its latest value only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: i64,
    pub measure_id: i64,
    pub details: NewIndicator,
    pub latest: Option<(NaiveDate, Quantity)>,
}

/// The indicators of this tenant's measures in `measures` (all of the
/// tenant's when `None`), each with its latest value; one statement.
pub async fn summaries(db: &impl ConnectionTrait, scope: &TenantScope, measures: Option<&[i64]>) -> StoreResult<Vec<Summary>> {
    let mut select = measure_indicators::Entity::find().filter(measure_indicators::Column::TenantId.eq(scope.id().0));
    if let Some(ids) = measures {
        select = select.filter(measure_indicators::Column::MeasureId.is_in(ids.iter().copied()));
    }
    let rows =
        select.order_by_asc(measure_indicators::Column::MeasureId).order_by_asc(measure_indicators::Column::Position).all(db).await?;
    Ok(rows
        .into_iter()
        .map(|m| {
            let latest = m.latest_on.zip(m.latest_value.map(Quantity));
            let indicator = of_model(m);
            Summary { id: indicator.id, measure_id: indicator.measure_id, details: indicator.details, latest }
        })
        .collect())
}
