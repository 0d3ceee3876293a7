//! The people of an event as its coordinators see them: the registration
//! list with names and addresses, and whom a message or a cancellation
//! reaches.

use domain::events::places::Placement;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::registrations::{Registrant, Registration, active, registration};
use crate::StoreResult;
use crate::entities::{event_registrations as regs, users};
use crate::tenancy::TenantScope;

/// A registration with the person's name and address (the coordinator's list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub registration: Registration,
    pub name: String,
    pub email: Option<String>,
    /// The language to write to them in.
    pub locale: Option<String>,
}

impl Attendee {
    pub fn guest(&self) -> bool {
        matches!(self.registration.who, Registrant::Guest { .. })
    }
}

/// Whom a message is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Registered,
    Waiting,
    All,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Registered => "registered",
            Audience::Waiting => "waiting",
            Audience::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        [Audience::Registered, Audience::Waiting, Audience::All].into_iter().find(|a| a.as_str() == s)
    }

    pub fn includes(self, placement: Placement) -> bool {
        match self {
            Audience::Registered => placement == Placement::Registered,
            Audience::Waiting => placement == Placement::Waiting,
            Audience::All => placement != Placement::Pending,
        }
    }
}

/// Everyone registered or waiting, in queue order, with names and addresses
/// (for the coordinator only). Guests who have not confirmed are left out.
pub async fn attendees(db: &impl ConnectionTrait, scope: &TenantScope, event: i64) -> StoreResult<Vec<Attendee>> {
    let rows = regs::Entity::find()
        .filter(active(event))
        .filter(regs::Column::TenantId.eq(scope.id().0))
        .filter(regs::Column::Placement.ne(Placement::Pending.as_str()))
        .order_by_asc(regs::Column::CreatedAt)
        .order_by_asc(regs::Column::Id)
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(r, u)| {
            let registration = registration(r);
            match (&registration.who, u) {
                (Registrant::Guest { name, email, locale }, _) => {
                    Attendee { name: name.clone(), email: Some(email.clone()), locale: locale.clone(), registration: registration.clone() }
                }
                (Registrant::Account(_), u) => Attendee {
                    name: u.as_ref().map(|u| u.display_name.clone()).unwrap_or_default(),
                    locale: u.as_ref().map(|u| u.locale.clone()),
                    email: u.and_then(|u| u.email),
                    registration,
                },
            }
        })
        .collect())
}

/// Those of `audience` who can be written to.
pub async fn reachable(db: &impl ConnectionTrait, scope: &TenantScope, event: i64, audience: Audience) -> StoreResult<Vec<Attendee>> {
    Ok(attendees(db, scope, event)
        .await?
        .into_iter()
        .filter(|a| audience.includes(a.registration.placement) && a.email.is_some())
        .collect())
}

/// The address and language of one registration's person (to tell them
/// they moved up), if they can be written to.
pub async fn contact(db: &impl ConnectionTrait, registration: &Registration) -> StoreResult<Option<(String, Option<String>)>> {
    Ok(match &registration.who {
        Registrant::Guest { email, locale, .. } => Some((email.clone(), locale.clone())),
        Registrant::Account(user) => {
            crate::accounts::user_by_id(db, *user).await?.and_then(|u| u.email.map(|email| (email, Some(u.locale))))
        }
    })
}
