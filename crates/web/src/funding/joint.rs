//! Joint applications: a municipality leads, partner municipalities on the
//! platform join; the population limits count them together, and each
//! partner's declaration is an attachment the application must bring.

use domain::funding::application::{ApplicationForm, partner_declaration};
use domain::funding::check::{Applicant, Partner};
use domain::funding::rules::{ApplicantKind, Rules};
use store::tenancy::Tenant;

use crate::AppState;
use crate::error::AppError;
use crate::forms::Choice;
use crate::i18n::{FluentArg, Locale};

/// The partner municipalities the form names (never the applicant itself).
pub async fn partners(state: &AppState, tenant: &Tenant, form: &ApplicationForm) -> Result<Vec<Tenant>, AppError> {
    if form.joint_with.is_empty() {
        return Ok(Vec::new());
    }
    Ok(partners_among(&store::tenancy::municipalities(&state.db).await?, tenant, form))
}

/// The partners the form names among `all` municipalities.
pub fn partners_among(all: &[Tenant], tenant: &Tenant, form: &ApplicationForm) -> Vec<Tenant> {
    all.iter().filter(|t| t.slug != tenant.slug && form.joint_with.contains(&t.slug)).cloned().collect()
}

/// Who applies: the municipality alone, or leading its partners (each with
/// whether its declaration is attached).
pub fn applicant(tenant: &Tenant, partners: &[Tenant], form: &ApplicationForm) -> Applicant {
    let declared = |name: &str| form.attachments.iter().any(|a| a.requirement == partner_declaration(name));
    Applicant {
        kind: if partners.is_empty() { ApplicantKind::Municipality } else { ApplicantKind::InterMunicipal },
        name: tenant.name.clone(),
        population: tenant.population.unwrap_or(0),
        partners: partners
            .iter()
            .map(|p| Partner { name: p.name.clone(), population: p.population.unwrap_or(0), declared: declared(&p.name) })
            .collect(),
    }
}

/// The attachments the application must bring: the call's, then each partner's declaration.
pub fn requirements(rules: &Rules, partners: &[Tenant]) -> Vec<String> {
    rules.required_attachments.iter().cloned().chain(partners.iter().map(|p| partner_declaration(&p.name))).collect()
}

/// The other municipalities among `all` to choose partners from ("Kleinau (4,200 inhabitants)").
pub fn choices(locale: Locale, all: &[Tenant], tenant: &Tenant, form: &ApplicationForm) -> Vec<Choice> {
    all.iter()
        .filter(|t| t.slug != tenant.slug)
        .map(|t| Choice {
            label: locale.t_args(
                "joint-choice",
                &[
                    ("name", FluentArg::Text(t.name.clone())),
                    ("population", FluentArg::Text(t.population.map(|p| locale.number(p)).unwrap_or_default())),
                ],
            ),
            selected: form.joint_with.contains(&t.slug),
            value: t.slug.clone(),
        })
        .collect()
}
