//! The concept's outline: its action fields, in order, each with its goals.

use domain::concept::structure::{FieldTexts, GoalTexts};
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use super::record;
use crate::entities::{concept_fields, concept_goals};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub id: i64,
    pub field_id: i64,
    pub texts: GoalTexts,
    pub description_html: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub id: i64,
    pub texts: FieldTexts,
    pub analysis_html: String,
    pub goals: Vec<Goal>,
}

/// The concept's fields with their goals, in order (two statements).
pub async fn outline(db: &impl ConnectionTrait, scope: &TenantScope, concept: i64) -> StoreResult<Vec<Field>> {
    let fields = concept_fields::Entity::find()
        .filter(concept_fields::Column::TenantId.eq(scope.id().0))
        .filter(concept_fields::Column::ConceptId.eq(concept))
        .order_by_asc(concept_fields::Column::Position)
        .order_by_asc(concept_fields::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = fields.iter().map(|f| f.id).collect();
    let goals = if ids.is_empty() {
        Vec::new()
    } else {
        concept_goals::Entity::find()
            .filter(concept_goals::Column::FieldId.is_in(ids))
            .order_by_asc(concept_goals::Column::Position)
            .order_by_asc(concept_goals::Column::Id)
            .all(db)
            .await?
    };
    Ok(fields
        .into_iter()
        .map(|f| Field {
            id: f.id,
            goals: goals
                .iter()
                .filter(|g| g.field_id == f.id)
                .map(|g| Goal {
                    id: g.id,
                    field_id: g.field_id,
                    texts: GoalTexts { title: g.title.clone(), description: g.description_markdown.clone() },
                    description_html: g.description_html.clone(),
                })
                .collect(),
            texts: FieldTexts { name: f.name, analysis: f.analysis_markdown },
            analysis_html: f.analysis_html,
        })
        .collect())
}

async fn field_of(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<concept_fields::Model> {
    concept_fields::Entity::find_by_id(id)
        .filter(concept_fields::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Adds an action field at the end. Call inside a write transaction.
pub async fn add_field(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    concept: i64,
    field: &FieldTexts,
    analysis_html: &str,
) -> StoreResult<i64> {
    super::get(db, scope).await?.filter(|c| c.id == concept).ok_or(StoreError::NotFound)?;
    let position = concept_fields::Entity::find().filter(concept_fields::Column::ConceptId.eq(concept)).count(db).await?;
    let id = concept_fields::ActiveModel {
        tenant_id: Set(scope.id().0),
        concept_id: Set(concept),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        name: Set(field.name.clone()),
        analysis_markdown: Set(field.analysis.clone()),
        analysis_html: Set(analysis_html.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    record(db, scope, actor, "concept.field.create", format!("concept_field:{id}"), serde_json::json!({ "name": field.name })).await?;
    Ok(id)
}

/// Changes an action field's name and analysis. Call inside a write transaction.
pub async fn update_field(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    field: &FieldTexts,
    analysis_html: &str,
) -> StoreResult<()> {
    field_of(db, scope, id).await?;
    concept_fields::ActiveModel {
        id: sea_orm::Unchanged(id),
        name: Set(field.name.clone()),
        analysis_markdown: Set(field.analysis.clone()),
        analysis_html: Set(analysis_html.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    record(db, scope, actor, "concept.field.update", format!("concept_field:{id}"), serde_json::json!({ "name": field.name })).await
}

/// Adds a goal at the end of an action field. Call inside a write transaction.
pub async fn add_goal(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    field: i64,
    goal: &GoalTexts,
    description_html: &str,
) -> StoreResult<i64> {
    field_of(db, scope, field).await?;
    let position = concept_goals::Entity::find().filter(concept_goals::Column::FieldId.eq(field)).count(db).await?;
    let id = concept_goals::ActiveModel {
        tenant_id: Set(scope.id().0),
        field_id: Set(field),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        title: Set(goal.title.clone()),
        description_markdown: Set(goal.description.clone()),
        description_html: Set(description_html.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    record(db, scope, actor, "concept.goal.create", format!("concept_goal:{id}"), serde_json::json!({ "title": goal.title })).await?;
    Ok(id)
}

/// Changes a goal's texts. Call inside a write transaction.
pub async fn update_goal(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    goal: &GoalTexts,
    description_html: &str,
) -> StoreResult<()> {
    concept_goals::Entity::find_by_id(id)
        .filter(concept_goals::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    concept_goals::ActiveModel {
        id: sea_orm::Unchanged(id),
        title: Set(goal.title.clone()),
        description_markdown: Set(goal.description.clone()),
        description_html: Set(description_html.to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    record(db, scope, actor, "concept.goal.update", format!("concept_goal:{id}"), serde_json::json!({ "title": goal.title })).await
}
