//! A survey's results: every question as a chart with its figures in a table
//! beside it, the free texts for the coordinators, filtered by source
//! (online or paper), and the same as a page to print. Public when the
//! coordinators say so (small counts hidden), otherwise theirs alone.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::surveys::ResponseSource;
use http::StatusCode;

use super::result_views::{Figures, ResultView, SMALLEST_SHOWN, results};
use super::views::{Stage, stage, stage_text, survey_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::{can_manage, require_coordinator};
use crate::tenancy::CurrentMunicipality;

pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "surveys/results.html")]
struct ResultsPage {
    i18n: Locale,
    layout: Layout,
    print: bool,
    stage: String,
    totals: String,
    filters: Vec<FilterLink>,
    /// The filter's name, when one is chosen ("Paper questionnaires").
    filtered: Option<String>,
    survey_href: String,
    print_href: String,
    csv_href: Option<String>,
    exact: bool,
    too_few: bool,
    results: Vec<ResultView>,
}

#[derive(serde::Deserialize, Default)]
pub struct ResultsQuery {
    #[serde(default)]
    quelle: String,
}

fn source_param(source: ResponseSource) -> &'static str {
    match source {
        ResponseSource::Online => "online",
        ResponseSource::Paper => "papier",
    }
}

async fn render(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &store::tenancy::Tenant,
    id: i64,
    query: ResultsQuery,
    print: bool,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let survey = survey_of(&state.db, tenant, id).await?;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, tenant));
    let today = crate::participation::today();
    if !survey.settings.results_public || stage(&survey, today) == Stage::NotYetOpen {
        require_coordinator(ctx, tenant)?;
    }
    let source = ResponseSource::ALL.into_iter().find(|s| source_param(*s) == query.quelle);
    let questions = store::surveys::questions::list(&state.db, id).await?;
    let tally = state.survey_tallies.of(&state.db, &survey, &questions, source).await?;
    let figures = Figures { locale, exact: manager };
    let total = tally.responses(None);
    let n = |s| FluentArg::Number(tally.responses(Some(s)));
    let base = format!("/m/{}/umfragen/{id}/ergebnisse", tenant.slug);
    let filter_href = |s: Option<ResponseSource>| match s {
        Some(s) => format!("{base}?quelle={}", source_param(s)),
        None => base.clone(),
    };
    let mut filters = vec![FilterLink { label: locale.t("survey-results-all"), href: filter_href(None), current: source.is_none() }];
    filters.extend(ResponseSource::ALL.into_iter().map(|s| FilterLink {
        label: locale.t(s.name_key()),
        href: filter_href(Some(s)),
        current: source == Some(s),
    }));
    let view = ResultsPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t_args("survey-results-title", &[("title", FluentArg::Text(survey.settings.title.clone()))]),
        ),
        print,
        stage: stage_text(locale, &survey, today),
        totals: if manager || total >= SMALLEST_SHOWN {
            locale.t_args(
                "survey-results-totals",
                &[("count", FluentArg::Number(total)), ("online", n(ResponseSource::Online)), ("paper", n(ResponseSource::Paper))],
            )
        } else {
            locale.t("survey-results-few-answers")
        },
        filtered: source.map(|s| locale.t(s.name_key())),
        filters,
        survey_href: format!("/m/{}/umfragen/{id}", tenant.slug),
        print_href: match source {
            Some(s) => format!("{base}/druck?quelle={}", source_param(s)),
            None => format!("{base}/druck"),
        },
        csv_href: manager.then(|| format!("/m/{}/verwaltung/umfragen/{id}/antworten.csv", tenant.slug)),
        exact: manager,
        too_few: !manager && tally.responses(source) < SMALLEST_SHOWN,
        results: results(figures, &questions, &tally, manager),
    };
    html_status(StatusCode::OK, &view)
}

pub async fn results_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    render(&state, &ctx, &tenant, id, query, false).await
}

pub async fn results_print(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    render(&state, &ctx, &tenant, id, query, true).await
}
