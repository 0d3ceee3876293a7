use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::participation::ideas::IdeaStatus;
use domain::participation::offline::{ONLINE, OfflineSource};
use domain::participation::phases::{self, PhaseKind};
use serde::Deserialize;
use store::participation::idea_list::{IdeaFilter, IdeaSort};

use super::current::today_in_berlin;
use super::views::{IdeaCard, card};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::Choice;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, Link, html};
use crate::tenancy::CurrentMunicipality;

const PER_PAGE: u64 = 20;

#[derive(Template)]
#[template(path = "participation/processes.html")]
struct ProcessesPage {
    i18n: Locale,
    layout: Layout,
    processes: Vec<(Link, String)>,
    new_process_href: Option<String>,
}

pub async fn processes_list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let list = store::participation::processes::list(&state.db, &tenant.scope).await?;
    let processes = list
        .into_iter()
        .map(|p| (Link { href: format!("/m/{}/beteiligung/{}", tenant.slug, p.slug), label: p.title }, p.summary))
        .collect();
    let may_manage = ctx.actor.as_ref().is_some_and(|a| super::policy::can_manage(a, &tenant));
    let page = ProcessesPage {
        i18n: ctx.locale,
        new_process_href: may_manage.then(|| format!("/m/{}/verwaltung/beteiligung/neu", tenant.slug)),
        layout: Layout::municipality(&state, &ctx, &tenant, ctx.locale.t("processes-title")),
        processes,
    };
    Ok(html(&page)?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    field: String,
    quartier: String,
    status: String,
    phase: String,
    q: String,
    sort: String,
    page: String,
    herkunft: String,
}

pub struct PhaseRow {
    pub name: String,
    pub dates: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "participation/process.html")]
struct ProcessPage {
    i18n: Locale,
    layout: Layout,
    header: Option<crate::uploads::view::FileView>,
    edit_href: Option<String>,
    summary: String,
    description_html: String,
    phases: Vec<PhaseRow>,
    open_note: String,
    new_idea_href: Option<String>,
    login_to_propose: Option<String>,
    fields: Vec<Choice>,
    neighbourhoods: Vec<Choice>,
    statuses: Vec<Choice>,
    phases_filter: Vec<Choice>,
    /// Online and each offline source that has ideas (counted apart).
    sources: Vec<Choice>,
    sorts: Vec<Choice>,
    q: String,
    action: String,
    ideas: Vec<IdeaCard>,
    result_count: String,
    previous_href: Option<String>,
    next_href: Option<String>,
    page_label: String,
    export_href: Option<String>,
    offline_href: Option<String>,
    follow: Option<crate::notifications::FollowButton>,
    news: Vec<super::news::NewsItem>,
    news_href: String,
    news_new_href: Option<String>,
    events: Vec<crate::events::views::EventCard>,
    events_href: String,
    event_new_href: Option<String>,
    /// Surveys of the process that have opened (all of them for its coordinators).
    surveys: Vec<crate::surveys::views::SurveyCard>,
    survey_new_href: Option<String>,
}

fn choices<T: PartialEq + Copy>(
    options: Vec<(T, String, u64)>,
    selected: Option<T>,
    value: impl Fn(T) -> String,
    locale: Locale,
) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(id, name, n)| Choice {
            value: value(id),
            label: locale.t_args(
                "filter-option-count",
                &[("name", FluentArg::Text(name)), ("count", FluentArg::Number(i64::try_from(n).unwrap_or(0)))],
            ),
            selected: selected == Some(id),
        })
        .collect()
}

/// A stable random order per visitor: seeded by their CSRF cookie.
fn visitor_seed(ctx: &RequestCtx) -> u32 {
    ctx.csrf.as_str().bytes().take(8).fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(u32::from(b)))
}

pub async fn process_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let super::frames::Framed { process, neighbourhoods, header } = super::views::framed_by_slug(&state, &tenant, &process_slug).await?;
    let spans = super::views::phase_spans(&process);
    let phase = PhaseKind::parse(&query.phase).filter(|k| spans.iter().any(|(s, _)| s == k));
    let filter = IdeaFilter {
        action_field: query.field.parse().ok().filter(|id| process.action_fields.iter().any(|f| f.id == *id)),
        neighbourhood: query.quartier.parse().ok().filter(|id| neighbourhoods.iter().any(|n| n.id == *id)),
        status: IdeaStatus::parse(&query.status),
        proposed: phase.and_then(|k| spans.iter().find(|(s, _)| *s == k)).map(|(_, span)| *span),
        query: Some(query.q.trim().to_owned()).filter(|q| !q.is_empty()),
        source: Some(query.herkunft.clone()).filter(|s| s == ONLINE || OfflineSource::parse(s).is_some()),
    };
    let sort = match query.sort.as_str() {
        "unterstuetzt" => IdeaSort::MostSupported,
        "kommentiert" => IdeaSort::MostCommented,
        "zufall" => IdeaSort::Random(visitor_seed(&ctx)),
        _ => IdeaSort::Newest,
    };
    let page: u64 = query.page.parse().ok().filter(|p| *p >= 1 && *p <= 100_000).unwrap_or(1);
    let ideas = store::participation::idea_list::page_of(&state.db, &tenant.scope, process.id, &filter, sort, page, PER_PAGE).await?;
    let (total, facets) = state.idea_counts.of(&state.db, &tenant.scope, &process, &filter).await?;

    let today = today_in_berlin();
    let open = phases::open_today(&process.phases, today);
    let current = phases::current(&process.phases, today).map(|p| p.kind);
    let phase_rows = process
        .phases
        .iter()
        .filter(|p| p.starts_on.is_some())
        .map(|p| PhaseRow {
            name: locale.t(p.kind.name_key()),
            dates: match (p.starts_on, p.ends_on) {
                (Some(s), Some(e)) => format!("{} – {}", s.format("%d.%m.%Y"), e.format("%d.%m.%Y")),
                (Some(s), None) => locale.t_args("phase-from", &[("date", FluentArg::Text(s.format("%d.%m.%Y").to_string()))]),
                _ => String::new(),
            },
            current: Some(p.kind) == current,
        })
        .collect();
    let open_note = match (current, open.ideas) {
        (Some(_), true) => locale.t("process-ideas-open"),
        (Some(kind), false) => locale.t_args("process-ideas-closed-in-phase", &[("phase", FluentArg::Text(locale.t(kind.name_key())))]),
        (None, _) => locale.t("process-no-current-phase"),
    };
    let new_idea = format!("/m/{}/beteiligung/{}/ideen/neu", tenant.slug, process.slug);
    let count_of = |list: &[(i64, u64)], id: i64| list.iter().find(|(k, _)| *k == id).map(|(_, n)| *n).unwrap_or(0);
    let fields = choices(
        process.action_fields.iter().map(|f| (f.id, f.name.clone(), count_of(&facets.action_fields, f.id))).collect(),
        filter.action_field,
        |id| id.to_string(),
        locale,
    );
    let quartiers = choices(
        neighbourhoods.iter().map(|n| (n.id, n.name.clone(), count_of(&facets.neighbourhoods, n.id))).collect(),
        filter.neighbourhood,
        |id| id.to_string(),
        locale,
    );
    let statuses = choices(
        IdeaStatus::ALL
            .into_iter()
            .map(|s| (s, locale.t(s.name_key()), facets.statuses.iter().find(|(k, _)| *k == s).map(|(_, n)| *n).unwrap_or(0)))
            .collect(),
        filter.status,
        |s| s.as_str().to_owned(),
        locale,
    );
    let phase_choices = choices(
        spans
            .iter()
            .map(|(k, _)| (*k, locale.t(k.name_key()), facets.phases.iter().find(|(p, _)| p == k).map(|(_, n)| *n).unwrap_or(0)))
            .collect(),
        phase,
        |k| k.as_str().to_owned(),
        locale,
    );
    let source_choices = choices(
        std::iter::once(ONLINE)
            .chain(OfflineSource::ALL.into_iter().map(OfflineSource::as_str))
            .filter_map(|s| {
                let n = facets.sources.iter().find(|(k, _)| k == s).map(|(_, n)| *n).unwrap_or(0);
                (n > 0 || filter.source.as_deref() == Some(s)).then(|| (s, super::views::source_name(locale, s), n))
            })
            .collect(),
        filter.source.as_deref(),
        |s| s.to_owned(),
        locale,
    );
    let sorts = [
        ("neu", "sort-newest"),
        ("unterstuetzt", "sort-most-supported"),
        ("kommentiert", "sort-most-commented"),
        ("zufall", "sort-random"),
    ]
    .into_iter()
    .map(|(value, key)| Choice {
        value: value.to_owned(),
        label: locale.t(key),
        selected: query.sort == value || (query.sort.is_empty() && value == "neu"),
    })
    .collect();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_href = |p: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("field", &query.field),
            ("quartier", &query.quartier),
            ("status", &query.status),
            ("phase", &query.phase),
            ("q", &query.q),
            ("sort", &query.sort),
            ("herkunft", &query.herkunft),
        ] {
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        q.append_pair("page", &p.to_string());
        format!("/m/{}/beteiligung/{}?{}#ideen", tenant.slug, process.slug, q.finish())
    };
    let follow = crate::notifications::FollowButton::load(
        &state,
        ctx.actor.as_ref(),
        store::notifications::follows::Target::Process(process.id),
        format!("/m/{}/beteiligung/{}/folgen", tenant.slug, process.slug),
    )
    .await?;
    let news = store::participation::news::latest(&state.db, &tenant.scope, process.id, 3).await?;
    let mut events = store::events::upcoming(&state.db, &tenant.scope, Some(process.id), store::now()).await?;
    events.truncate(3);
    let manager = ctx.actor.as_ref().is_some_and(|a| super::policy::can_manage(a, &tenant));
    let today = super::today();
    let surveys = store::surveys::of_process(&state.db, &tenant.scope, process.id)
        .await?
        .iter()
        .filter(|s| manager || s.settings.opens_on <= today)
        .map(|s| crate::surveys::views::card(locale, &tenant, s, today, manager))
        .collect();
    let view = ProcessPage {
        surveys,
        survey_new_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/umfragen/neu", tenant.slug, process.slug)),
        header: header.as_ref().map(|f| crate::uploads::view::view(&tenant.slug, f)),
        edit_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/bearbeiten", tenant.slug, process.slug)),
        follow,
        news: news.iter().map(|p| super::news::item(locale, &tenant, &process, p, false)).collect(),
        news_href: format!("/m/{}/beteiligung/{}/neuigkeiten", tenant.slug, process.slug),
        news_new_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/neuigkeiten/neu", tenant.slug, process.slug)),
        events: events
            .iter()
            .map(|e| crate::events::views::EventCard { places: None, ..crate::events::views::card(locale, &tenant, e, (0, 0)) })
            .collect(),
        events_href: format!("/m/{}/veranstaltungen", tenant.slug),
        event_new_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/veranstaltungen/neu", tenant.slug, process.slug)),
        i18n: locale,
        summary: process.summary.clone(),
        description_html: process.description_html.clone(),
        phases: phase_rows,
        open_note,
        new_idea_href: (open.ideas && ctx.actor.is_some()).then(|| new_idea.clone()),
        login_to_propose: (open.ideas && ctx.actor.is_none())
            .then(|| format!("/anmelden?next={}", form_urlencoded::byte_serialize(new_idea.as_bytes()).collect::<String>())),
        fields,
        neighbourhoods: quartiers,
        statuses,
        phases_filter: phase_choices,
        sources: source_choices,
        sorts,
        q: query.q.clone(),
        action: format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        ideas: ideas.iter().map(|i| card(locale, &tenant, &process, &neighbourhoods, i)).collect(),
        result_count: locale.t_args("ideas-result-count", &[("count", FluentArg::Number(i64::try_from(total).unwrap_or(0)))]),
        previous_href: (page > 1).then(|| page_href(page - 1)),
        next_href: (page < pages).then(|| page_href(page + 1)),
        export_href: ctx
            .actor
            .as_ref()
            .filter(|a| super::policy::can_manage(a, &tenant))
            .map(|_| format!("/m/{}/verwaltung/beteiligung/{}/ideen.csv", tenant.slug, process.slug)),
        offline_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/eingaben", tenant.slug, process.slug)),
        page_label: locale.t_args("page-of", &[("page", FluentArg::Number(page as i64)), ("pages", FluentArg::Number(pages as i64))]),
        layout: Layout::municipality(&state, &ctx, &tenant, process.title.clone()),
    };
    Ok(html(&view)?.into_response())
}
