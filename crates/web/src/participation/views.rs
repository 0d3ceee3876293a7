//! Pieces several participation pages show the same way.

use chrono::{DateTime, Utc};
use domain::participation::ideas::IdeaStatus;
use store::participation::ideas::{Byline, IdeaSummary};
use store::participation::processes::{Named, Process};
use store::tenancy::Tenant;

use super::frames::Framed;
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Locale;

/// An idea in a list.
pub struct IdeaCard {
    pub href: String,
    pub title: String,
    pub byline: String,
    pub by_organisation: bool,
    pub date: String,
    pub date_iso: String,
    pub status: String,
    pub status_class: &'static str,
    pub action_field: String,
    pub neighbourhood: String,
    pub supports: String,
    pub comments: String,
    /// "Workshop", "Papier", … for ideas given offline.
    pub offline: Option<String>,
}

pub fn byline_text(locale: Locale, byline: &Byline) -> (String, bool) {
    match byline {
        Byline::Person(name) => (name.clone(), false),
        Byline::Organisation { name, .. } => (name.clone(), true),
        Byline::DeletedAccount => (locale.t("accounts-deleted-account"), false),
        Byline::Offline { name: Some(name) } => (name.clone(), false),
        Byline::Offline { name: None } => (locale.t("offline-anonymous"), false),
    }
}

/// How a contribution reached the platform, for its badge: `None` online.
pub fn offline_badge(locale: Locale, source: &str) -> Option<String> {
    domain::participation::offline::OfflineSource::parse(source).map(|s| locale.t(s.name_key()))
}

/// The source's name for lists and exports ("online", "Workshop", …).
pub fn source_name(locale: Locale, source: &str) -> String {
    offline_badge(locale, source).unwrap_or_else(|| locale.t("idea-source-online"))
}

pub fn date(locale: Locale, at: DateTime<Utc>) -> String {
    locale.day(at.with_timezone(&chrono_tz::Europe::Berlin).date_naive())
}

pub fn status_class(status: IdeaStatus) -> &'static str {
    match status {
        IdeaStatus::Received | IdeaStatus::UnderReview => "kern-badge--info",
        IdeaStatus::TakenUp => "kern-badge--success",
        IdeaStatus::PartlyTakenUp => "kern-badge--warning",
        IdeaStatus::NotTakenUp => "kern-badge--danger",
    }
}

pub fn name_of(list: &[Named], id: Option<i64>) -> String {
    id.and_then(|id| list.iter().find(|n| n.id == id)).map(|n| n.name.clone()).unwrap_or_default()
}

pub fn card(locale: Locale, tenant: &Tenant, process: &Process, neighbourhoods: &[Named], idea: &IdeaSummary) -> IdeaCard {
    let (byline, by_organisation) = byline_text(locale, &idea.byline);
    IdeaCard {
        href: format!("/m/{}/ideen/{}", tenant.slug, idea.id),
        title: idea.title.clone(),
        byline,
        by_organisation,
        date: date(locale, idea.created_at),
        date_iso: idea.created_at.to_rfc3339(),
        status: locale.t(idea.status.name_key()),
        status_class: status_class(idea.status),
        action_field: name_of(&process.action_fields, idea.action_field),
        neighbourhood: name_of(neighbourhoods, idea.neighbourhood),
        supports: locale.t_args("idea-supports-count", &[("count", crate::i18n::FluentArg::Number(i64::from(idea.support_count)))]),
        comments: locale.t_args("idea-comments-count", &[("count", crate::i18n::FluentArg::Number(i64::from(idea.comment_count)))]),
        offline: offline_badge(locale, &idea.source),
    }
}

/// The span of each of the process's dated phases, in their order (the
/// phase filter of the idea list).
pub fn phase_spans(process: &Process) -> Vec<(domain::participation::phases::PhaseKind, domain::participation::phases::Span)> {
    process.phases.iter().filter_map(|p| Some((p.kind, p.span()?))).collect()
}

/// The process named in the path, in this municipality; 404 otherwise.
pub async fn process_of(state: &AppState, tenant: &Tenant, slug: &str) -> Result<Process, AppError> {
    Ok(framed_by_slug(state, tenant, slug).await?.process)
}

/// The process named in the path with its frame; 404 otherwise.
pub async fn framed_by_slug(state: &AppState, tenant: &Tenant, slug: &str) -> Result<Framed, AppError> {
    let head = store::participation::processes::head_by_slug(&state.db, &tenant.scope, slug).await?.ok_or(AppError::NotFound)?;
    Ok(state.process_frames.of(&state.db, &tenant.scope, head).await?)
}

/// A process of this municipality by id with its frame; 404 otherwise.
pub async fn framed_by_id(state: &AppState, tenant: &Tenant, id: i64) -> Result<Framed, AppError> {
    let head = store::participation::processes::head_by_id(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    Ok(state.process_frames.of(&state.db, &tenant.scope, head).await?)
}

/// A process of this municipality by id; 404 otherwise.
pub async fn process_by_id(state: &AppState, tenant: &Tenant, id: i64) -> Result<Process, AppError> {
    Ok(framed_by_id(state, tenant, id).await?.process)
}
