//! The municipality's public progress page: how far the concept has come
//! overall and in each action field, every measure with where it stands and
//! its latest report, how far each indicator has moved from its baseline
//! towards its target (a bar chart with the figures as a table), and the
//! latest reports. Filters by action field, status, neighbourhood and
//! organisation, as a plain form (no script); the measures come in pages,
//! each with the indicators of its measures. Built from the concept's kept
//! data (`progress_cache`).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use domain::concept::status::MeasureStatus;
use http::StatusCode;
use serde::Deserialize;
use store::concept::measures::Measure;

use super::progress_views::figure;
use super::public::numbered;
use super::views::{StatusBadge, average_percent, badge, stage_text, visible_concept};
use crate::AppState;
use crate::charts::bars::{Bar, bar_chart};
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::Choice;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::tenancy::CurrentMunicipality;

/// The filters, as they come in the address (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Filters {
    feld: String,
    status: String,
    stadtteil: String,
    organisation: String,
    page: String,
}

/// Measures listed per page.
const PAGE_SIZE: usize = 25;

impl Filters {
    /// This page's address with the same filters.
    fn page_href(&self, page: usize) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (name, value) in
            [("feld", &self.feld), ("status", &self.status), ("stadtteil", &self.stadtteil), ("organisation", &self.organisation)]
        {
            if !value.is_empty() {
                q.append_pair(name, value);
            }
        }
        q.append_pair("page", &page.to_string());
        format!("?{}#massnahmen", q.finish())
    }
}

pub struct FieldRow {
    pub name: String,
    /// "6 measures: 3 running, 1 done; 45 % done on average"
    pub summary: String,
    pub percent: u8,
}

pub struct MeasureItem {
    pub href: String,
    pub title: String,
    pub badge: StatusBadge,
    /// "45 % done · as of 01.11.2026", or nothing reported yet.
    pub state: String,
}

pub struct IndicatorRow {
    pub href: String,
    pub name: String,
    pub measure: String,
    pub baseline: String,
    pub latest: String,
    pub target: String,
}

pub struct RecentItem {
    pub on: String,
    pub href: String,
    pub measure: String,
    pub badge: StatusBadge,
    pub percent: String,
}

#[derive(Template)]
#[template(path = "concept/progress.html")]
struct ProgressPage {
    i18n: Locale,
    layout: Layout,
    concept_href: String,
    stage: String,
    /// "40 measures, 45 % done on average"
    overall: String,
    overall_percent: u8,
    by_status: Vec<(StatusBadge, usize)>,
    fields: Vec<FieldRow>,
    field_choices: Vec<Choice>,
    status_choices: Vec<Choice>,
    place_choices: Vec<Choice>,
    organisation_choices: Vec<Choice>,
    filtered: bool,
    /// "12 of 40 measures"
    shown: String,
    measures: Vec<MeasureItem>,
    previous_href: Option<String>,
    page_label: String,
    next_href: Option<String>,
    /// Whether the indicators are those of this page's measures only.
    indicators_paged: bool,
    indicator_chart: String,
    indicators: Vec<IndicatorRow>,
    recent: Vec<RecentItem>,
    /// The annual reports, the latest first.
    annual_reports: Vec<crate::layout::Link>,
}

/// The average percent done of these measures (dropped ones left out).
fn average(measures: &[&Measure]) -> u8 {
    average_percent(measures.iter().map(|m| (m.details.status, m.percent)))
}

fn choices(list: impl IntoIterator<Item = (String, String)>, chosen: &str) -> Vec<Choice> {
    list.into_iter().map(|(value, label)| Choice { selected: value == chosen, value, label }).collect()
}

/// The years of annual reports: from the adoption to this year, the latest first.
fn annual_years(concept: &store::concept::Concept, today: chrono::NaiveDate) -> impl Iterator<Item = i32> {
    use chrono::Datelike;
    let first = concept.stage.decision.as_ref().map_or(today.year(), |d| d.on.year()).min(today.year());
    (first..=today.year()).rev()
}

pub async fn progress_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(filters): Query<Filters>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (concept, _) = visible_concept(&state, &ctx, &tenant).await?;
    let data = state.progress_cache.of(&state.db, &tenant.scope, &concept).await?;
    let (outline, all) = (&data.outline, &data.measures);
    let offered = store::concept::choices::measure_choices(&state.db, &tenant.scope).await?;
    let field_of = |m: &Measure| data.field_of(m);
    let wanted = |text: &str| text.parse::<i64>().ok();
    let (field, place, organisation) = (wanted(&filters.feld), wanted(&filters.stadtteil), wanted(&filters.organisation));
    let status = MeasureStatus::parse(&filters.status);
    let shown: Vec<&Measure> = all
        .iter()
        .filter(|m| field.is_none_or(|f| field_of(m) == Some(f)))
        .filter(|m| status.is_none_or(|s| m.details.status == s))
        .filter(|m| place.is_none_or(|p| m.details.neighbourhoods.contains(&p)))
        .filter(|m| organisation.is_none_or(|o| m.details.lead_organisation == Some(o) || m.details.partners.contains(&o)))
        .collect();
    let filtered = shown.len() != all.len();
    let pages = shown.len().div_ceil(PAGE_SIZE).max(1);
    let page = filters.page.parse::<usize>().ok().filter(|p| (1..=pages).contains(p)).unwrap_or(1);
    let on_page = &shown[(page - 1) * PAGE_SIZE..(page * PAGE_SIZE).min(shown.len())];
    let indicators_paged = pages > 1;
    let indicators: Vec<&store::concept::indicators::Summary> =
        data.indicators.iter().filter(|i| !indicators_paged || on_page.iter().any(|m| m.id == i.measure_id)).collect();
    let recent_of_shown = if filtered {
        let ids: Vec<i64> = shown.iter().map(|m| m.id).collect();
        Some(store::concept::progress::recent(&state.db, &tenant.scope, Some(&ids), super::progress_cache::RECENT).await?)
    } else {
        None
    };
    let recent = recent_of_shown.as_deref().unwrap_or(&data.recent);

    let everything: Vec<&Measure> = all.iter().collect();
    let percent = |p: u8| locale.t_args("progress-percent", &[("percent", FluentArg::Number(i64::from(p)))]);
    let measure_href = |id: i64| format!("/m/{}/massnahmen/{id}", tenant.slug);
    let title_of = |id: i64| all.iter().find(|m| m.id == id).map(|m| numbered(locale, m.number, &m.details.title)).unwrap_or_default();
    let overall_percent = average(&everything);
    let fields = outline
        .iter()
        .map(|f| {
            let in_field: Vec<&Measure> = all.iter().filter(|m| field_of(m) == Some(f.id)).collect();
            let count = |s: MeasureStatus| FluentArg::Number(in_field.iter().filter(|m| m.details.status == s).count() as i64);
            let percent = average(&in_field);
            let summary = locale.t_args(
                "progress-field-summary",
                &[
                    ("count", FluentArg::Number(in_field.len() as i64)),
                    ("running", count(MeasureStatus::Running)),
                    ("done", count(MeasureStatus::Done)),
                    ("percent", FluentArg::Number(i64::from(percent))),
                ],
            );
            FieldRow { name: f.texts.name.clone(), summary, percent }
        })
        .collect();
    let by_status = MeasureStatus::ALL
        .into_iter()
        .map(|s| (badge(locale, s), all.iter().filter(|m| m.details.status == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let measures = on_page
        .iter()
        .map(|m| MeasureItem {
            href: measure_href(m.id),
            title: numbered(locale, m.number, &m.details.title),
            badge: badge(locale, m.details.status),
            state: match m.reported_on {
                Some(on) => locale.t_args(
                    "measure-progress-as-of",
                    &[("percent", FluentArg::Number(i64::from(m.percent))), ("day", FluentArg::Text(locale.day(on)))],
                ),
                None => locale.t("progress-not-reported"),
            },
        })
        .collect();
    let with_unit = |q: domain::concept::quantity::Quantity, unit: &str| format!("{} {unit}", figure(locale, q)).trim_end().to_owned();
    let bars: Vec<Bar> = indicators
        .iter()
        .map(|i| {
            let way = i.latest.and_then(|(_, v)| i.details.progress(v));
            Bar {
                label: i.details.name.clone(),
                value: way.unwrap_or(0).clamp(0, 100) as f64,
                shown: way
                    .map(|w| locale.t_args("progress-way", &[("percent", FluentArg::Number(w))]))
                    .unwrap_or_else(|| locale.t("indicator-no-values")),
            }
        })
        .collect();
    let indicator_chart = if bars.is_empty() {
        String::new()
    } else {
        bar_chart("indikatoren-diagramm", &locale.t("progress-indicators-chart"), &locale.t("progress-indicators-chart-desc"), &bars, 100.0)
    };
    let indicator_rows = indicators
        .iter()
        .map(|i| IndicatorRow {
            href: format!("{}#indikator-{}", measure_href(i.measure_id), i.id),
            name: i.details.name.clone(),
            measure: title_of(i.measure_id),
            baseline: with_unit(i.details.baseline, &i.details.unit),
            latest: i
                .latest
                .map(|(on, v)| {
                    locale.t_args(
                        "indicator-dated",
                        &[("figure", FluentArg::Text(with_unit(v, &i.details.unit))), ("day", FluentArg::Text(locale.day(on)))],
                    )
                })
                .unwrap_or_else(|| "–".into()),
            target: with_unit(i.details.target, &i.details.unit),
        })
        .collect();
    let recent = recent
        .iter()
        .map(|u| RecentItem {
            on: locale.day(u.on),
            href: format!("{}#neuigkeiten", measure_href(u.measure_id)),
            measure: title_of(u.measure_id),
            badge: badge(locale, u.status),
            percent: percent(u.percent),
        })
        .collect();
    let view = ProgressPage {
        i18n: locale,
        layout: Layout::municipality(
            &state,
            &ctx,
            &tenant,
            locale.t_args("progress-title", &[("concept", FluentArg::Text(concept.texts.title.clone()))]),
        ),
        concept_href: format!("/m/{}/konzept", tenant.slug),
        stage: stage_text(locale, &concept.stage),
        overall: locale.t_args(
            "progress-overall",
            &[("count", FluentArg::Number(all.len() as i64)), ("percent", FluentArg::Number(i64::from(overall_percent)))],
        ),
        overall_percent,
        by_status,
        fields,
        field_choices: choices(outline.iter().map(|f| (f.id.to_string(), f.texts.name.clone())), &filters.feld),
        status_choices: choices(MeasureStatus::ALL.into_iter().map(|s| (s.as_str().to_owned(), locale.t(&s.name_key()))), &filters.status),
        place_choices: choices(offered.neighbourhoods.iter().map(|n| (n.id.to_string(), n.name.clone())), &filters.stadtteil),
        organisation_choices: choices(offered.organisations.iter().map(|n| (n.id.to_string(), n.name.clone())), &filters.organisation),
        filtered,
        shown: locale
            .t_args("progress-shown", &[("shown", FluentArg::Number(shown.len() as i64)), ("count", FluentArg::Number(all.len() as i64))]),
        measures,
        previous_href: (page > 1).then(|| filters.page_href(page - 1)),
        page_label: locale.t_args("page-of", &[("page", FluentArg::Number(page as i64)), ("pages", FluentArg::Number(pages as i64))]),
        next_href: (page < pages).then(|| filters.page_href(page + 1)),
        indicators_paged,
        indicator_chart,
        indicators: indicator_rows,
        recent,
        annual_reports: annual_years(&concept, crate::participation::today())
            .map(|year| crate::layout::Link {
                href: format!("/m/{}/umsetzung/jahresbericht/{year}", tenant.slug),
                label: locale.t_args("annual-link", &[("year", FluentArg::Text(year.to_string()))]),
            })
            .collect(),
    };
    html_status(StatusCode::OK, &view)
}
