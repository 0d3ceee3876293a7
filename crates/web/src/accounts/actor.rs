//! Who is making the request: an account with its roles, from the session cookie.

use domain::accounts::{MunicipalRole, Role};
use domain::ids::TenantId;
use store::accounts::User;

#[derive(Debug, Clone)]
pub struct Actor {
    pub user: User,
    pub roles: Vec<(TenantId, Role)>,
    /// The stored id (hash) of the session this request belongs to.
    pub session_id: String,
    /// Notifications not seen yet (shown in the header).
    pub unread_notifications: u64,
}

impl Actor {
    pub fn has_role(&self, tenant: TenantId, role: Role) -> bool {
        self.roles.iter().any(|(t, r)| *t == tenant && *r == role)
    }

    pub fn is_platform_admin(&self) -> bool {
        self.roles.iter().any(|(_, r)| *r == Role::PlatformAdmin)
    }

    pub fn is_coordinator_of(&self, tenant: TenantId) -> bool {
        self.has_role(tenant, Role::Municipal(MunicipalRole::Coordinator))
    }

    /// Holds a role that may only be used with two-factor login.
    pub fn has_privileged_role(&self) -> bool {
        self.roles.iter().any(|(_, r)| r.requires_two_factor())
    }

    /// Must set up two-factor login before using their role.
    pub fn needs_two_factor_setup(&self) -> bool {
        self.has_privileged_role() && !self.user.two_factor_enabled
    }
}
