//! Who may do what in participation.

use store::tenancy::Tenant;

use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;

/// Coordinators run their municipality's processes and answer ideas.
pub fn can_manage(actor: &Actor, tenant: &Tenant) -> bool {
    actor.is_coordinator_of(tenant.scope.id())
}

/// The coordinator acting, or: login for anonymous visitors, 404 for staff of
/// another municipality (this one's management does not exist for them), 403
/// for everyone else.
pub fn require_coordinator<'a>(ctx: &'a RequestCtx, tenant: &Tenant) -> Result<&'a Actor, AppError> {
    let actor = ctx.require_actor()?;
    if can_manage(actor, tenant) {
        return Ok(actor);
    }
    Err(crate::tenancy::policy::refusal(actor, tenant))
}
