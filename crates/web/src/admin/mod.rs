//! The platform administration: municipalities, roles, audit log. Only for
//! platform admins who log in with a second factor.

mod audit_log;
mod home;
mod municipalities;
pub mod policy;
mod roles;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/admin", home::admin_show),
        get_route("/admin/kommunen", municipalities::municipalities_show),
        post_route("/admin/kommunen", municipalities::municipality_create),
        get_route("/admin/rollen", roles::roles_show),
        post_route("/admin/rollen", roles::role_assign),
        post_route("/admin/rollen/entfernen", roles::role_remove),
        get_route("/admin/protokoll", audit_log::audit_log_show),
    ]
}
