//! Funding programmes and their funding lines.

use chrono::{DateTime, Utc};
use domain::funding::programme::{LineTexts, ProgrammeTexts};
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::record;
use crate::entities::{funding_lines, funding_programmes};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A stored programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: i64,
    pub texts: ProgrammeTexts,
    pub description_html: String,
    pub updated_at: DateTime<Utc>,
}

impl From<funding_programmes::Model> for Programme {
    fn from(m: funding_programmes::Model) -> Programme {
        Programme {
            id: m.id,
            texts: ProgrammeTexts { name: m.name, legal_basis: m.legal_basis, description: m.description_markdown, contact: m.contact },
            description_html: m.description_html,
            updated_at: m.updated_at,
        }
    }
}

/// A funding line of a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: i64,
    pub programme: i64,
    pub texts: LineTexts,
}

/// The state's programmes, newest first.
pub async fn list(db: &impl ConnectionTrait, state: &TenantScope) -> StoreResult<Vec<Programme>> {
    let rows = funding_programmes::Entity::find()
        .filter(funding_programmes::Column::TenantId.eq(state.id().0))
        .order_by_desc(funding_programmes::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Programme::from).collect())
}

pub async fn get(db: &impl ConnectionTrait, state: &TenantScope, id: i64) -> StoreResult<Option<Programme>> {
    let row = funding_programmes::Entity::find_by_id(id).filter(funding_programmes::Column::TenantId.eq(state.id().0)).one(db).await?;
    Ok(row.map(Programme::from))
}

/// Creates a programme; returns its id. Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    texts: &ProgrammeTexts,
    description_html: &str,
) -> StoreResult<i64> {
    let id = funding_programmes::ActiveModel {
        tenant_id: Set(state.id().0),
        name: Set(texts.name.clone()),
        legal_basis: Set(texts.legal_basis.clone()),
        description_markdown: Set(texts.description.clone()),
        description_html: Set(description_html.to_owned()),
        contact: Set(texts.contact.clone()),
        created_at: Set(now()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    record(db, state, actor, "funding.programme.create", format!("funding_programme:{id}"), serde_json::json!({ "name": texts.name }))
        .await?;
    Ok(id)
}

/// Changes a programme's texts. Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    id: i64,
    texts: &ProgrammeTexts,
    description_html: &str,
) -> StoreResult<()> {
    get(db, state, id).await?.ok_or(StoreError::NotFound)?;
    funding_programmes::ActiveModel {
        id: sea_orm::Unchanged(id),
        name: Set(texts.name.clone()),
        legal_basis: Set(texts.legal_basis.clone()),
        description_markdown: Set(texts.description.clone()),
        description_html: Set(description_html.to_owned()),
        contact: Set(texts.contact.clone()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    record(db, state, actor, "funding.programme.update", format!("funding_programme:{id}"), serde_json::json!({ "name": texts.name })).await
}

/// The funding lines of a programme, in the order they were added.
pub async fn lines(db: &impl ConnectionTrait, state: &TenantScope, programme: i64) -> StoreResult<Vec<Line>> {
    let rows = funding_lines::Entity::find()
        .filter(funding_lines::Column::TenantId.eq(state.id().0))
        .filter(funding_lines::Column::ProgrammeId.eq(programme))
        .order_by_asc(funding_lines::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| Line { id: m.id, programme: m.programme_id, texts: LineTexts { name: m.name, description: m.description } })
        .collect())
}

/// Adds a funding line to a programme; returns its id. Call inside a write
/// transaction.
pub async fn add_line(
    db: &impl ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    programme: i64,
    texts: &LineTexts,
) -> StoreResult<i64> {
    get(db, state, programme).await?.ok_or(StoreError::NotFound)?;
    let id = funding_lines::ActiveModel {
        tenant_id: Set(state.id().0),
        programme_id: Set(programme),
        name: Set(texts.name.clone()),
        description: Set(texts.description.clone()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "programme": programme, "name": texts.name });
    record(db, state, actor, "funding.line.create", format!("funding_line:{id}"), after).await?;
    Ok(id)
}
