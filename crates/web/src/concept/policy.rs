//! Who may report on a measure: the municipality's coordinators, and the
//! measure owner named on it (while they hold the role). An owner cannot
//! touch a measure they do not own.

use domain::accounts::{MunicipalRole, Role};
use store::concept::measures::Measure;
use store::tenancy::Tenant;

use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::participation::policy::can_manage;

pub(super) fn may_report(actor: &Actor, tenant: &Tenant, measure: &Measure) -> bool {
    can_manage(actor, tenant)
        || (measure.details.owner == Some(actor.user.id.0)
            && actor.has_role(tenant.scope.id(), Role::Municipal(MunicipalRole::MeasureOwner)))
}

/// The actor who may report on this measure, or: login for anonymous
/// visitors, 404 for staff of another municipality, 403 for everyone else.
pub(super) fn require_reporter<'a>(ctx: &'a RequestCtx, tenant: &Tenant, measure: &Measure) -> Result<&'a Actor, AppError> {
    let actor = ctx.require_actor()?;
    if may_report(actor, tenant, measure) {
        return Ok(actor);
    }
    Err(crate::tenancy::policy::refusal(actor, tenant))
}
