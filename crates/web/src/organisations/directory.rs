//! The stakeholder directory: a municipality's verified organisations,
//! filtered by kind and topic with a plain GET form, counts per value and
//! page links (no JavaScript).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use domain::organisations::OrganisationKind;
use serde::Deserialize;
use store::organisations::{DirectoryFilter, Organisation};
use store::tenancy::Tenant;

use super::Choice;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html};
use crate::tenancy::CurrentMunicipality;

pub const PER_PAGE: u64 = 20;

/// The query as typed; unknown values are ignored rather than refused.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DirectoryQuery {
    pub kind: String,
    pub topic: String,
    pub page: String,
}

impl DirectoryQuery {
    pub fn filter(&self) -> DirectoryFilter {
        DirectoryFilter { kind: OrganisationKind::parse(&self.kind), topic: Some(self.topic.trim().to_owned()).filter(|t| !t.is_empty()) }
    }

    pub fn page(&self) -> u64 {
        self.page.trim().parse().ok().filter(|p| (1..=100_000).contains(p)).unwrap_or(1)
    }
}

pub struct Entry {
    pub href: String,
    pub name: String,
    pub kind: String,
    pub topics: String,
    pub languages: String,
}

#[derive(Template)]
#[template(path = "organisations/directory.html")]
struct DirectoryPage {
    i18n: Locale,
    layout: Layout,
    intro: String,
    action: String,
    register_href: String,
    kinds: Vec<Choice>,
    topics: Vec<Choice>,
    filtered: bool,
    result_count: String,
    entries: Vec<Entry>,
    previous_href: Option<String>,
    next_href: Option<String>,
    page_label: String,
}

fn count_label(locale: Locale, name: String, n: u64) -> String {
    locale.t_args("organisation-filter-option", &[("name", FluentArg::Text(name)), ("count", FluentArg::Number(n as i64))])
}

fn entry(locale: Locale, tenant: &Tenant, org: &Organisation) -> Entry {
    Entry {
        href: format!("/m/{}/organisationen/{}", tenant.slug, org.id),
        name: org.name.clone(),
        kind: locale.t(org.kind.label_key()),
        topics: org.topics.join(", "),
        languages: org.languages.clone(),
    }
}

pub async fn directory_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let filter = query.filter();
    let page = query.page();
    let found = store::organisations::directory(&state.db, &tenant.scope, &filter, page, PER_PAGE).await?;
    let pages = found.total.div_ceil(PER_PAGE).max(1);
    if page > pages {
        return Err(AppError::NotFound);
    }
    let kinds = found
        .kinds
        .iter()
        .filter(|(kind, n)| *n > 0 || filter.kind == Some(*kind))
        .map(|(kind, n)| Choice {
            value: kind.as_str().to_owned(),
            label: count_label(locale, locale.t(kind.label_key()), *n),
            selected: filter.kind == Some(*kind),
        })
        .collect();
    let mut topics: Vec<Choice> = found
        .topics
        .iter()
        .map(|(name, n)| Choice {
            value: name.clone(),
            label: count_label(locale, name.clone(), *n),
            selected: filter.topic.as_deref() == Some(name),
        })
        .collect();
    if let Some(topic) = filter.topic.as_ref().filter(|t| !found.topics.iter().any(|(name, _)| name == *t)) {
        topics.push(Choice { value: topic.clone(), label: count_label(locale, topic.clone(), 0), selected: true });
    }
    let base = format!("/m/{}/organisationen", tenant.slug);
    let page_href = |p: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(kind) = filter.kind {
            q.append_pair("kind", kind.as_str());
        }
        if let Some(topic) = &filter.topic {
            q.append_pair("topic", topic);
        }
        q.append_pair("page", &p.to_string());
        format!("{base}?{}#ergebnisse", q.finish())
    };
    let view = DirectoryPage {
        i18n: locale,
        intro: locale.t_args("organisation-directory-intro", &[("name", FluentArg::Text(tenant.name.clone()))]),
        register_href: format!("{base}/neu"),
        kinds,
        topics,
        filtered: filter != DirectoryFilter::default(),
        result_count: locale.t_args("organisation-result-count", &[("count", FluentArg::Number(i64::try_from(found.total).unwrap_or(0)))]),
        entries: found.items.iter().map(|o| entry(locale, &tenant, o)).collect(),
        previous_href: (page > 1).then(|| page_href(page - 1)),
        next_href: (page < pages).then(|| page_href(page + 1)),
        page_label: locale.t_args("page-of", &[("page", FluentArg::Number(page as i64)), ("pages", FluentArg::Number(pages as i64))]),
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("organisation-directory-title")),
        action: base,
    };
    Ok(html(&view)?.into_response())
}
