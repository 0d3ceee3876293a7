//! Who may do what with organisations: coordinators of the municipality
//! verify them; an organisation's admins edit its profile and manage its
//! members; every member sees its management page and may leave.

use domain::organisations::MemberRole;
use store::organisations::Organisation;
use store::tenancy::Tenant;

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::tenancy::policy::refusal;

/// Coordinators verify their municipality's organisations.
pub fn can_review(actor: &Actor, tenant: &Tenant) -> bool {
    actor.is_coordinator_of(tenant.scope.id())
}

/// The coordinator acting, or: login for anonymous visitors, 404 for staff of
/// another municipality, 403 for everyone else.
pub fn require_reviewer<'a>(ctx: &'a RequestCtx, tenant: &Tenant) -> Result<&'a Actor, AppError> {
    let actor = ctx.require_actor()?;
    if can_review(actor, tenant) {
        return Ok(actor);
    }
    Err(refusal(actor, tenant))
}

/// A member acting on their organisation.
pub struct MemberAccess<'a> {
    pub actor: &'a Actor,
    pub organisation: Organisation,
    pub role: MemberRole,
}

impl MemberAccess<'_> {
    pub fn is_admin(&self) -> bool {
        self.role == MemberRole::Admin
    }
}

/// The organisation with the id in the path, for one of its members (`need`:
/// `Admin` for its admins only). Login for anonymous visitors, 404 when the
/// municipality has no such organisation or for staff of another
/// municipality, 403 for everyone else.
pub async fn require_member<'a>(
    state: &AppState,
    ctx: &'a RequestCtx,
    tenant: &Tenant,
    id: &str,
    need: MemberRole,
) -> Result<MemberAccess<'a>, AppError> {
    let actor = ctx.require_actor()?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let organisation = store::organisations::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let role = store::organisations::role_of(&state.db, &tenant.scope, id, actor.user.id).await?;
    match role {
        Some(role) if need == MemberRole::Member || role == MemberRole::Admin => Ok(MemberAccess { actor, organisation, role }),
        Some(_) => Err(AppError::Forbidden),
        None => Err(refusal(actor, tenant)),
    }
}
