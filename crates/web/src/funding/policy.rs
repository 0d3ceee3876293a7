//! Who runs the funding programme: the state's programme officers, with
//! two-factor login on.

use domain::accounts::{Role, StateRole};
use store::tenancy::Tenant;

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;

/// Does `actor` run the funding programme of the state `land`?
pub fn is_officer(actor: &Actor, land: &Tenant) -> bool {
    actor.has_role(land.scope.id(), Role::State(StateRole::ProgrammeOfficer))
}

/// Does `actor` act as an officer now (an officer, logged in with two factors)?
pub fn acts_as_officer(actor: &Actor, land: &Tenant) -> bool {
    is_officer(actor, land) && actor.user.two_factor_enabled
}

/// The officer acting and the state's tenant, or: login for anonymous
/// visitors, 403 for everyone else, two-factor setup for an officer without it.
pub async fn require_officer<'a>(state: &AppState, ctx: &'a RequestCtx) -> Result<(&'a Actor, Tenant), AppError> {
    let actor = ctx.require_actor()?;
    let land = store::tenancy::state(&state.db).await?;
    if !is_officer(actor, &land) {
        return Err(AppError::Forbidden);
    }
    if !actor.user.two_factor_enabled {
        return Err(AppError::TwoFactorRequired);
    }
    Ok((actor, land))
}
