//! Accounts and roles.

pub mod email;
pub mod password_policy;

use serde::{Deserialize, Serialize};

/// A role held in one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MunicipalRole {
    Coordinator,
    Moderator,
    MeasureOwner,
}

/// A role held in the state space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StateRole {
    ProgrammeOfficer,
}

/// Any role an account can be given; stored as its `as_str` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Municipal(MunicipalRole),
    State(StateRole),
    PlatformAdmin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Municipal(MunicipalRole::Coordinator),
        Role::Municipal(MunicipalRole::Moderator),
        Role::Municipal(MunicipalRole::MeasureOwner),
        Role::State(StateRole::ProgrammeOfficer),
        Role::PlatformAdmin,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Municipal(MunicipalRole::Coordinator) => "coordinator",
            Role::Municipal(MunicipalRole::Moderator) => "moderator",
            Role::Municipal(MunicipalRole::MeasureOwner) => "measure_owner",
            Role::State(StateRole::ProgrammeOfficer) => "programme_officer",
            Role::PlatformAdmin => "platform_admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == text)
    }

    /// Roles whose holders must use two-factor login.
    pub const fn requires_two_factor(self) -> bool {
        matches!(self, Role::PlatformAdmin | Role::State(StateRole::ProgrammeOfficer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn state_roles_and_admins_need_two_factor() {
        assert!(Role::PlatformAdmin.requires_two_factor());
        assert!(Role::State(StateRole::ProgrammeOfficer).requires_two_factor());
        assert!(!Role::Municipal(MunicipalRole::Coordinator).requires_two_factor());
    }
}
