//! Measures of the concept: numbered within it, each serving one or more
//! goals (the first its main goal), led by a measure owner and/or an
//! organisation, with partners and neighbourhoods. Audited.

use chrono::{DateTime, Utc};
use domain::concept::measures::NewMeasure;
use domain::concept::practice::GoodPractice;
use domain::concept::status::{MeasureStatus, Priority};
use domain::ids::UserId;
use domain::money::Money;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::record;
use crate::entities::{concept_goals, measure_goals, measure_neighbourhoods, measure_partners, measures, organisations};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A measure as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureSummary {
    pub id: i64,
    pub number: i32,
    pub title: String,
    pub goal_id: i64,
    pub status: MeasureStatus,
    pub status_reason: String,
    pub lead_organisation: Option<String>,
}

/// A measure with everything it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub id: i64,
    pub number: i32,
    pub details: NewMeasure,
    pub description_html: String,
    pub owner_name: Option<String>,
    pub lead_organisation_name: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// How far it is, from the latest progress update.
    pub percent: u8,
    /// The day of the latest progress update.
    pub reported_on: Option<chrono::NaiveDate>,
    pub practice: Option<GoodPractice>,
}

fn status_of(s: &str) -> MeasureStatus {
    MeasureStatus::parse(s).unwrap_or(MeasureStatus::Planned)
}

/// Every measure of the concept, by number, with its lead organisation's name.
pub async fn list(db: &impl ConnectionTrait, scope: &TenantScope, concept: i64) -> StoreResult<Vec<MeasureSummary>> {
    let rows = measures::Entity::find()
        .filter(measures::Column::TenantId.eq(scope.id().0))
        .filter(measures::Column::ConceptId.eq(concept))
        .order_by_asc(measures::Column::Number)
        .all(db)
        .await?;
    let leads: Vec<i64> = rows.iter().filter_map(|m| m.lead_organisation_id).collect();
    let names: std::collections::HashMap<i64, String> = if leads.is_empty() {
        Default::default()
    } else {
        organisations::Entity::find()
            .filter(organisations::Column::Id.is_in(leads))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|m| MeasureSummary {
            id: m.id,
            number: m.number,
            title: m.title,
            goal_id: m.goal_id,
            status: status_of(&m.status),
            status_reason: m.status_reason,
            lead_organisation: m.lead_organisation_id.and_then(|o| names.get(&o).cloned()),
        })
        .collect())
}

/// One measure of this tenant with its lists and the names of its leads.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Measure>> {
    let rows = measures::Entity::find_by_id(id).filter(measures::Column::TenantId.eq(scope.id().0)).all(db).await?;
    Ok(assemble(db, rows).await?.pop())
}

/// Every measure of the concept with its lists, by number; a fixed number
/// of statements however many there are.
pub async fn all(db: &impl ConnectionTrait, scope: &TenantScope, concept: i64) -> StoreResult<Vec<Measure>> {
    let rows = measures::Entity::find()
        .filter(measures::Column::TenantId.eq(scope.id().0))
        .filter(measures::Column::ConceptId.eq(concept))
        .order_by_asc(measures::Column::Number)
        .all(db)
        .await?;
    assemble(db, rows).await
}

/// (measure, id) pairs as each measure's list of ids, in their order.
fn by_measure(pairs: Vec<(i64, i64)>) -> std::collections::HashMap<i64, Vec<i64>> {
    let mut lists: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for (measure, id) in pairs {
        lists.entry(measure).or_default().push(id);
    }
    lists
}

/// Reads the lists and names of these measures (five statements at most).
async fn assemble(db: &impl ConnectionTrait, rows: Vec<measures::Model>) -> StoreResult<Vec<Measure>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let goal_rows: Vec<(i64, i64)> = measure_goals::Entity::find()
        .filter(measure_goals::Column::MeasureId.is_in(ids.clone()))
        .order_by_asc(measure_goals::Column::Position)
        .select_only()
        .column(measure_goals::Column::MeasureId)
        .column(measure_goals::Column::GoalId)
        .into_tuple()
        .all(db)
        .await?;
    let mut goals = by_measure(goal_rows);
    let partner_rows: Vec<(i64, i64)> = measure_partners::Entity::find()
        .filter(measure_partners::Column::MeasureId.is_in(ids.clone()))
        .order_by_asc(measure_partners::Column::Id)
        .select_only()
        .column(measure_partners::Column::MeasureId)
        .column(measure_partners::Column::OrganisationId)
        .into_tuple()
        .all(db)
        .await?;
    let mut partners = by_measure(partner_rows);
    let place_rows: Vec<(i64, i64)> = measure_neighbourhoods::Entity::find()
        .filter(measure_neighbourhoods::Column::MeasureId.is_in(ids))
        .order_by_asc(measure_neighbourhoods::Column::Id)
        .select_only()
        .column(measure_neighbourhoods::Column::MeasureId)
        .column(measure_neighbourhoods::Column::NeighbourhoodId)
        .into_tuple()
        .all(db)
        .await?;
    let mut places = by_measure(place_rows);
    let owners = crate::names::accounts(db, rows.iter().filter_map(|m| m.owner_id).collect()).await?;
    let leads = crate::names::organisations(db, rows.iter().filter_map(|m| m.lead_organisation_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|m| Measure {
            id: m.id,
            number: m.number,
            owner_name: m.owner_id.and_then(|o| owners.get(&o).map(|(name, _)| name.clone())),
            lead_organisation_name: m.lead_organisation_id.and_then(|o| leads.get(&o).cloned()),
            details: NewMeasure {
                title: m.title,
                description: m.description_markdown,
                goals: goals.remove(&m.id).unwrap_or_default(),
                owner: m.owner_id,
                lead_organisation: m.lead_organisation_id,
                partners: partners.remove(&m.id).unwrap_or_default(),
                target_groups: m.target_groups,
                neighbourhoods: places.remove(&m.id).unwrap_or_default(),
                starts_on: m.starts_on,
                ends_on: m.ends_on,
                priority: Priority::parse(&m.priority).unwrap_or(Priority::Medium),
                cost: m.cost_cents.map(Money),
                funding_source: m.funding_source,
                status: status_of(&m.status),
                status_reason: m.status_reason,
            },
            description_html: m.description_html,
            updated_at: m.updated_at,
            percent: u8::try_from(m.percent_complete).unwrap_or(0),
            reported_on: m.reported_on,
            practice: m.good_practice.then(|| GoodPractice {
                worked: m.practice_worked.clone(),
                cost: m.practice_cost.clone(),
                contact: m.practice_contact.clone(),
            }),
        })
        .collect())
}

fn columns(model: &mut measures::ActiveModel, measure: &NewMeasure, description_html: &str) {
    model.goal_id = Set(measure.goals[0]);
    model.title = Set(measure.title.clone());
    model.description_markdown = Set(measure.description.clone());
    model.description_html = Set(description_html.to_owned());
    model.owner_id = Set(measure.owner);
    model.lead_organisation_id = Set(measure.lead_organisation);
    model.target_groups = Set(measure.target_groups.clone());
    model.starts_on = Set(measure.starts_on);
    model.ends_on = Set(measure.ends_on);
    model.priority = Set(measure.priority.as_str().to_owned());
    model.cost_cents = Set(measure.cost.map(Money::cents));
    model.funding_source = Set(measure.funding_source.clone());
    model.status = Set(measure.status.as_str().to_owned());
    model.status_reason = Set(measure.status_reason.clone());
    model.updated_at = Set(now());
}

/// Writes the measure's goals, partners and neighbourhoods anew.
async fn write_lists(db: &impl ConnectionTrait, id: i64, measure: &NewMeasure) -> StoreResult<()> {
    measure_goals::Entity::delete_many().filter(measure_goals::Column::MeasureId.eq(id)).exec(db).await?;
    measure_partners::Entity::delete_many().filter(measure_partners::Column::MeasureId.eq(id)).exec(db).await?;
    measure_neighbourhoods::Entity::delete_many().filter(measure_neighbourhoods::Column::MeasureId.eq(id)).exec(db).await?;
    let goals = measure.goals.iter().enumerate().map(|(i, g)| measure_goals::ActiveModel {
        measure_id: Set(id),
        goal_id: Set(*g),
        position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
        ..Default::default()
    });
    measure_goals::Entity::insert_many(goals).exec_without_returning(db).await?;
    if !measure.partners.is_empty() {
        let partners = measure.partners.iter().map(|o| measure_partners::ActiveModel {
            measure_id: Set(id),
            organisation_id: Set(*o),
            ..Default::default()
        });
        measure_partners::Entity::insert_many(partners).exec_without_returning(db).await?;
    }
    if !measure.neighbourhoods.is_empty() {
        let places = measure.neighbourhoods.iter().map(|n| measure_neighbourhoods::ActiveModel {
            measure_id: Set(id),
            neighbourhood_id: Set(*n),
            ..Default::default()
        });
        measure_neighbourhoods::Entity::insert_many(places).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Checks that every goal is one of this tenant's concept's.
async fn check_goals(db: &impl ConnectionTrait, scope: &TenantScope, goals: &[i64]) -> StoreResult<()> {
    let found = concept_goals::Entity::find()
        .filter(concept_goals::Column::TenantId.eq(scope.id().0))
        .filter(concept_goals::Column::Id.is_in(goals.iter().copied()))
        .all(db)
        .await?;
    if goals.is_empty() || found.len() != goals.len() {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

fn snapshot(number: i32, measure: &NewMeasure) -> serde_json::Value {
    serde_json::json!({
        "number": number,
        "title": measure.title,
        "status": measure.status.as_str(),
        "status_reason": measure.status_reason,
        "goals": measure.goals,
        "cost_cents": measure.cost.map(Money::cents),
    })
}

/// Adds a measure with the next number. Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    concept: i64,
    measure: &NewMeasure,
    description_html: &str,
) -> StoreResult<i64> {
    super::get(db, scope).await?.filter(|c| c.id == concept).ok_or(StoreError::NotFound)?;
    check_goals(db, scope, &measure.goals).await?;
    let last: Option<i32> = measures::Entity::find()
        .filter(measures::Column::ConceptId.eq(concept))
        .select_only()
        .column_as(Expr::col(measures::Column::Number).max(), "last")
        .into_tuple()
        .one(db)
        .await?
        .flatten();
    let number = last.unwrap_or(0) + 1;
    let mut model = measures::ActiveModel {
        tenant_id: Set(scope.id().0),
        concept_id: Set(concept),
        number: Set(number),
        created_at: Set(now()),
        ..Default::default()
    };
    columns(&mut model, measure, description_html);
    let id = model.insert(db).await?.id;
    write_lists(db, id, measure).await?;
    record(db, scope, actor, "concept.measure.create", format!("measure:{id}"), snapshot(number, measure)).await?;
    Ok(id)
}

/// Changes a measure of this tenant. Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    measure: &NewMeasure,
    description_html: &str,
) -> StoreResult<()> {
    let stored =
        measures::Entity::find_by_id(id).filter(measures::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)?;
    check_goals(db, scope, &measure.goals).await?;
    let mut model = measures::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    columns(&mut model, measure, description_html);
    model.update(db).await?;
    write_lists(db, id, measure).await?;
    record(db, scope, actor, "concept.measure.update", format!("measure:{id}"), snapshot(stored.number, measure)).await?;
    if stored.status != measure.status.as_str() {
        super::progress::tell(db, scope, id, actor).await?;
    }
    Ok(())
}
