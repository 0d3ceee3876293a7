//! How a space answers someone without the role a page needs.

use domain::accounts::Role;
use domain::tenancy::TenantKind;
use store::tenancy::Tenant;

use crate::accounts::actor::Actor;
use crate::error::AppError;

/// 404 for staff of another municipality (this municipality's management
/// pages do not exist for them), 403 for everyone else.
pub fn refusal(actor: &Actor, tenant: &Tenant) -> AppError {
    let staff_elsewhere = tenant.kind == TenantKind::Municipality
        && actor.roles.iter().any(|(t, r)| matches!(r, Role::Municipal(_)) && *t != tenant.scope.id());
    if staff_elsewhere { AppError::NotFound } else { AppError::Forbidden }
}
