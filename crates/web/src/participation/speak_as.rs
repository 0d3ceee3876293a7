//! Speaking as a verified organisation one belongs to, or as oneself.

use store::tenancy::Tenant;

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::error::AppError;

pub struct SpeakerChoice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The verified organisations of this municipality the person is a member of.
pub async fn organisations(state: &AppState, tenant: &Tenant, actor: &Actor) -> Result<Vec<(i64, String)>, AppError> {
    Ok(store::organisations::memberships_of(&state.db, actor.user.id)
        .await?
        .into_iter()
        .filter(|m| m.verified && m.municipality_slug == tenant.slug)
        .map(|m| (m.organisation, m.name))
        .collect())
}

/// Choices for the form ("myself" first); empty when there is no organisation to choose.
pub fn choices(actor: &Actor, organisations: &[(i64, String)], selected: &str, myself: String) -> Vec<SpeakerChoice> {
    if organisations.is_empty() {
        return Vec::new();
    }
    let mut list = vec![SpeakerChoice {
        value: String::new(),
        label: format!("{myself} ({})", actor.user.display_name),
        selected: selected.is_empty(),
    }];
    list.extend(organisations.iter().map(|(id, name)| SpeakerChoice {
        value: id.to_string(),
        label: name.clone(),
        selected: selected == id.to_string(),
    }));
    list
}

/// The organisation to speak as: `Ok(None)` for oneself, `Err(())` for a
/// choice the person may not make.
pub fn resolve(organisations: &[(i64, String)], value: &str) -> Result<Option<i64>, ()> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let id: i64 = value.parse().map_err(|_| ())?;
    organisations.iter().any(|(o, _)| *o == id).then_some(Some(id)).ok_or(())
}
