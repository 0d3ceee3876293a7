//! Who may administer the platform: platform admins, with two-factor login on.

use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;

/// The admin acting, or the reason why not (login page, two-factor setup, 403).
pub fn require_platform_admin(ctx: &RequestCtx) -> Result<&Actor, AppError> {
    let actor = ctx.require_actor()?;
    if !actor.is_platform_admin() {
        return Err(AppError::Forbidden);
    }
    if !actor.user.two_factor_enabled {
        return Err(AppError::TwoFactorRequired);
    }
    Ok(actor)
}
