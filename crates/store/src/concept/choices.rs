//! What a measure may name: the concept's goals, the municipality's measure
//! owners, its verified organisations and its neighbourhoods.

use domain::accounts::{MunicipalRole, Role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::StoreResult;
use crate::entities::{organisations, role_assignments, users};
use crate::participation::processes::{Named, neighbourhoods};
use crate::tenancy::TenantScope;

/// The choices, each with its name, in a sensible order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureChoices {
    pub owners: Vec<Named>,
    pub organisations: Vec<Named>,
    pub neighbourhoods: Vec<Named>,
}

impl MeasureChoices {
    pub fn owner_ids(&self) -> Vec<i64> {
        self.owners.iter().map(|n| n.id).collect()
    }

    pub fn organisation_ids(&self) -> Vec<i64> {
        self.organisations.iter().map(|n| n.id).collect()
    }

    pub fn neighbourhood_ids(&self) -> Vec<i64> {
        self.neighbourhoods.iter().map(|n| n.id).collect()
    }
}

/// The municipality's measure owners, verified organisations and neighbourhoods.
pub async fn measure_choices(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<MeasureChoices> {
    let owners = role_assignments::Entity::find()
        .filter(role_assignments::Column::TenantId.eq(scope.id().0))
        .filter(role_assignments::Column::Role.eq(Role::Municipal(MunicipalRole::MeasureOwner).as_str()))
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    let mut owners: Vec<Named> = owners.into_iter().filter_map(|(_, u)| u).map(|u| Named { id: u.id, name: u.display_name }).collect();
    owners.sort_by_cached_key(|n| domain::collation::sort_key(&n.name));
    let mut organisations: Vec<Named> = organisations::Entity::find()
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null())
        .order_by_asc(organisations::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|o| Named { id: o.id, name: o.name })
        .collect();
    organisations.sort_by_cached_key(|n| domain::collation::sort_key(&n.name));
    Ok(MeasureChoices { owners, organisations, neighbourhoods: neighbourhoods(db, scope).await? })
}
