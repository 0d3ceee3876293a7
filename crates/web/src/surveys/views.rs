//! Pieces several survey pages share: finding the survey, its state on a
//! day, and how lists show it.

use chrono::NaiveDate;
use store::surveys::Survey;
use store::tenancy::Tenant;

use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};

/// The survey named in the path, in this municipality; 404 otherwise.
pub async fn survey_of(db: &impl store::ConnectionTrait, tenant: &Tenant, id: i64) -> Result<Survey, AppError> {
    store::surveys::get(db, &tenant.scope, id).await?.ok_or(AppError::NotFound)
}

/// Where a survey stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    NotYetOpen,
    Open,
    Closed,
}

pub fn stage(survey: &Survey, today: NaiveDate) -> Stage {
    if today < survey.settings.opens_on {
        Stage::NotYetOpen
    } else if today > survey.settings.closes_on {
        Stage::Closed
    } else {
        Stage::Open
    }
}

pub fn day(locale: Locale, day: NaiveDate) -> String {
    locale.day(day)
}

/// "open until 31.03.2027", "opens on …", "closed on …".
pub fn stage_text(locale: Locale, survey: &Survey, today: NaiveDate) -> String {
    let s = &survey.settings;
    match stage(survey, today) {
        Stage::NotYetOpen => locale.t_args("survey-stage-not-yet", &[("day", FluentArg::Text(day(locale, s.opens_on)))]),
        Stage::Open => locale.t_args("survey-stage-open", &[("day", FluentArg::Text(day(locale, s.closes_on)))]),
        Stage::Closed => locale.t_args("survey-stage-closed", &[("day", FluentArg::Text(day(locale, s.closes_on)))]),
    }
}

/// A survey in a list.
pub struct SurveyCard {
    pub href: String,
    pub title: String,
    pub stage: String,
    pub open: bool,
    /// "anonymous" / "with your name"
    pub identity: String,
    pub responses: String,
    pub results_href: Option<String>,
    /// For coordinators: the builder.
    pub manage_href: Option<String>,
}

pub fn card(locale: Locale, tenant: &Tenant, survey: &Survey, today: NaiveDate, manager: bool) -> SurveyCard {
    let base = format!("/m/{}/umfragen/{}", tenant.slug, survey.id);
    SurveyCard {
        title: survey.settings.title.clone(),
        stage: stage_text(locale, survey, today),
        open: stage(survey, today) == Stage::Open,
        identity: locale.t(if survey.settings.anonymous { "survey-identity-anonymous" } else { "survey-identity-signed" }),
        responses: locale.t_args("survey-responses-count", &[("count", FluentArg::Number(survey.response_count))]),
        results_href: (survey.settings.results_public || manager).then(|| format!("{base}/ergebnisse")),
        manage_href: manager.then(|| format!("/m/{}/verwaltung/umfragen/{}", tenant.slug, survey.id)),
        href: base,
    }
}
