//! Who may edit a space's legal pages: its coordinators; the state space's
//! pages: platform admins (with two-factor login).

use store::tenancy::Tenant;

use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;

pub fn can_edit(actor: &Actor, tenant: &Tenant) -> bool {
    match tenant.kind {
        domain::tenancy::TenantKind::Municipality => actor.is_coordinator_of(tenant.scope.id()),
        domain::tenancy::TenantKind::State => actor.is_platform_admin() && actor.user.two_factor_enabled,
    }
}

/// The editor, or: login page for anonymous visitors, 404 for staff of
/// another municipality (another tenant's pages do not exist for them), 403
/// for everyone else.
pub fn require_editor<'a>(ctx: &'a RequestCtx, tenant: &Tenant) -> Result<&'a Actor, AppError> {
    let actor = ctx.require_actor()?;
    if can_edit(actor, tenant) {
        return Ok(actor);
    }
    if actor.is_platform_admin() && !actor.user.two_factor_enabled {
        return Err(AppError::TwoFactorRequired);
    }
    Err(crate::tenancy::policy::refusal(actor, tenant))
}
