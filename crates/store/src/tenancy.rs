//! Tenants: the state space and the municipalities.
//!
//! Municipal data is reached only through a [`TenantScope`], which can only be
//! obtained from this module by resolving a real tenant. A query for municipal
//! data therefore cannot forget the tenant.

use domain::ids::{TenantId, UserId};
use domain::tenancy::{NewMunicipality, TenantKind};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Serialize;

use crate::entities::tenants;
use crate::{StoreError, StoreResult, audit, is_unique_violation, now};

/// Proof that a tenant was resolved; the only way to query municipal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantScope {
    id: TenantId,
}

impl TenantScope {
    pub fn id(&self) -> TenantId {
        self.id
    }
}

/// A tenant as pages and the API show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tenant {
    #[serde(skip)]
    pub scope: TenantScope,
    #[serde(skip)]
    pub kind: TenantKind,
    pub slug: String,
    pub name: String,
    pub ags: Option<String>,
    pub population: Option<i64>,
    pub district: String,
}

impl From<tenants::Model> for Tenant {
    fn from(model: tenants::Model) -> Self {
        Tenant {
            scope: TenantScope { id: TenantId(model.id) },
            kind: TenantKind::parse(&model.kind).unwrap_or(TenantKind::Municipality),
            slug: model.slug,
            name: model.name,
            ags: model.ags,
            population: model.population,
            district: model.district,
        }
    }
}

/// The state space (there is exactly one per installation).
pub async fn state(db: &impl ConnectionTrait) -> StoreResult<Tenant> {
    tenants::Entity::find()
        .filter(tenants::Column::Kind.eq(TenantKind::State.as_str()))
        .one(db)
        .await?
        .map(Tenant::from)
        .ok_or(StoreError::NotFound)
}

/// Creates the state space if it does not exist yet; returns it either way.
pub async fn ensure_state(db: &impl ConnectionTrait, slug: &str, name: &str) -> StoreResult<Tenant> {
    if let Ok(existing) = state(db).await {
        return Ok(existing);
    }
    let model = tenants::ActiveModel {
        kind: Set(TenantKind::State.as_str().to_owned()),
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        ags: Set(None),
        population: Set(None),
        district: Set(String::new()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(model.into())
}

/// A municipality by its URL slug.
pub async fn municipality_by_slug(db: &impl ConnectionTrait, slug: &str) -> StoreResult<Option<Tenant>> {
    Ok(tenants::Entity::find()
        .filter(tenants::Column::Slug.eq(slug))
        .filter(tenants::Column::Kind.eq(TenantKind::Municipality.as_str()))
        .one(db)
        .await?
        .map(Tenant::from))
}

/// All municipalities, in German alphabetical order (sorted here, not by the
/// database, whose collations differ between SQLite and PostgreSQL).
pub async fn municipalities(db: &impl ConnectionTrait) -> StoreResult<Vec<Tenant>> {
    let mut list: Vec<Tenant> = tenants::Entity::find()
        .filter(tenants::Column::Kind.eq(TenantKind::Municipality.as_str()))
        .order_by_asc(tenants::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Tenant::from)
        .collect();
    list.sort_by_cached_key(|t| domain::collation::sort_key(&t.name));
    Ok(list)
}

/// Creates a municipality and its audit-log entry. Call inside a transaction.
pub async fn create_municipality(db: &impl ConnectionTrait, actor: Option<UserId>, input: &NewMunicipality) -> StoreResult<Tenant> {
    let inserted = tenants::ActiveModel {
        kind: Set(TenantKind::Municipality.as_str().to_owned()),
        slug: Set(input.slug.as_str().to_owned()),
        name: Set(input.name.clone()),
        ags: Set(Some(input.ags.as_str().to_owned())),
        population: Set(Some(input.population)),
        district: Set(input.district.clone()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| if is_unique_violation(&err) { StoreError::Conflict("tenancy-slug-taken") } else { err.into() })?;
    let tenant = Tenant::from(inserted);
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(tenant.scope.id()),
            action: "tenancy.municipality.create",
            subject: format!("tenant:{}", tenant.scope.id()),
            before: None,
            after: Some(serde_json::to_value(&tenant).unwrap_or_default()),
        },
    )
    .await?;
    Ok(tenant)
}

/// Tenants by id (for naming the spaces a person holds roles in).
pub async fn by_ids(db: &impl ConnectionTrait, ids: &[TenantId]) -> StoreResult<Vec<Tenant>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(tenants::Entity::find()
        .filter(tenants::Column::Id.is_in(ids.iter().map(|t| t.0)))
        .all(db)
        .await?
        .into_iter()
        .map(Tenant::from)
        .collect())
}
