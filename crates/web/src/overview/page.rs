//! The state overview page (public): every municipality on one line with
//! its funding stage, concept stage, progress of measures, contributions
//! and money granted and paid; chosen by district, funding stage, concept
//! stage and name with a plain form, sorted by any column with links; the
//! totals of what is shown, a chart of the funding stages, the totals per
//! district and per year, and the same lines as CSV.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use domain::overview::{ConceptStage, FundingStage, MunicipalityFacts, Selection, SortKey, by_district, select, totals};
use http::StatusCode;
use serde::Deserialize;

use crate::AppState;
use crate::charts::bars::{Bar, bar_chart};
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::Choice;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, html_status};

/// The visitor's choice, as the query string says it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OverviewQuery {
    pub district: String,
    pub funding: String,
    pub concept: String,
    pub q: String,
    pub sort: String,
    /// `desc` for descending.
    pub order: String,
}

impl OverviewQuery {
    pub fn selection(&self) -> Selection {
        Selection {
            district: Some(self.district.trim().to_owned()).filter(|d| !d.is_empty()),
            funding: FundingStage::parse(&self.funding),
            concept: ConceptStage::parse(&self.concept),
            name: self.q.chars().take(100).collect(),
            sort: SortKey::parse(&self.sort).unwrap_or_default(),
            descending: self.order == "desc",
        }
    }

    /// The query string of `selection` (sorted by `sort`, `descending`).
    pub fn href(selection: &Selection, sort: SortKey, descending: bool, path: &str) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(d) = &selection.district {
            pairs.push(("district", d.clone()));
        }
        if let Some(f) = selection.funding {
            pairs.push(("funding", f.as_str().to_owned()));
        }
        if let Some(c) = selection.concept {
            pairs.push(("concept", c.as_str().to_owned()));
        }
        if !selection.name.trim().is_empty() {
            pairs.push(("q", selection.name.trim().to_owned()));
        }
        if sort != SortKey::Name {
            pairs.push(("sort", sort.as_str().to_owned()));
        }
        if descending {
            pairs.push(("order", "desc".to_owned()));
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
    }
}

pub struct SortHeader {
    pub label: String,
    pub href: String,
    /// `ascending`, `descending` or `none`.
    pub aria_sort: &'static str,
    pub numeric: bool,
}

pub struct Line {
    pub href: String,
    pub name: String,
    pub district: String,
    pub population: String,
    pub funding: String,
    pub concept: String,
    pub progress: String,
    pub contributions: String,
    pub granted: String,
    pub paid: String,
}

pub struct SumLine {
    pub label: String,
    pub municipalities: String,
    pub funded: String,
    pub adopted: String,
    pub granted: String,
    pub paid: String,
}

#[derive(Template)]
#[template(path = "overview/page.html")]
struct OverviewPage {
    i18n: Locale,
    layout: Layout,
    as_of: String,
    q: String,
    districts: Vec<Choice>,
    fundings: Vec<Choice>,
    concepts: Vec<Choice>,
    summary: Vec<Fact>,
    chart: String,
    headers: Vec<SortHeader>,
    lines: Vec<Line>,
    by_district: Vec<SumLine>,
    years: Vec<SumLine>,
    csv_href: String,
}

/// The concept's stage as shown: "adopted on 26.06.2025".
pub fn concept_text(locale: Locale, m: &MunicipalityFacts) -> String {
    match m.adopted_on {
        Some(on) => locale.t_args("overview-concept-adopted-on", &[("day", FluentArg::Text(locale.day(on)))]),
        None => locale.t(&m.concept.label_key()),
    }
}

/// "12 measures, 45 % done", or nothing without measures.
pub fn progress_text(locale: Locale, m: &MunicipalityFacts) -> String {
    if m.measures == 0 {
        return String::new();
    }
    locale.t_args(
        "overview-progress-value",
        &[("count", FluentArg::Number(i64::from(m.measures))), ("percent", FluentArg::Number(i64::from(m.progress)))],
    )
}

fn sum_line(locale: Locale, label: String, t: &domain::overview::Totals) -> SumLine {
    let funded = t.by_funding[FundingStage::Funded as usize]
        + t.by_funding[FundingStage::Reporting as usize]
        + t.by_funding[FundingStage::Closed as usize];
    SumLine {
        label,
        municipalities: locale.number(t.municipalities as i64),
        funded: locale.number(funded as i64),
        adopted: locale.number(t.adopted as i64),
        granted: locale.money(t.granted),
        paid: locale.money(t.paid),
    }
}

pub async fn overview_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Query(query): Query<OverviewQuery>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (read_at, facts) = state.overview.get(&state.db).await?;
    let selection = query.selection();
    let rows = select(&facts.municipalities, &selection);
    let shown = totals(rows.iter().copied());
    let mut district_names: Vec<&str> = facts.municipalities.iter().map(|m| m.district.as_str()).filter(|d| !d.is_empty()).collect();
    district_names.sort_by_key(|d| domain::collation::sort_key(d));
    district_names.dedup();
    let choice = |value: &str, label: String, selected: bool| Choice { value: value.to_owned(), label, selected };
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let bars: Vec<Bar> = FundingStage::ALL
        .iter()
        .map(|f| {
            let n = shown.by_funding[*f as usize];
            Bar { label: locale.t(&f.label_key()), value: n as f64, shown: locale.number(n as i64) }
        })
        .collect();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let path = "/uebersicht";
    let headers = [
        (SortKey::Name, "overview-municipality", false),
        (SortKey::District, "overview-district", false),
        (SortKey::Population, "overview-population", true),
        (SortKey::Funding, "overview-funding", false),
        (SortKey::Concept, "overview-concept", false),
        (SortKey::Progress, "overview-progress", false),
        (SortKey::Contributions, "overview-contributions", true),
        (SortKey::Granted, "overview-granted", true),
        (SortKey::Paid, "overview-paid", true),
    ]
    .into_iter()
    .map(|(key, label, numeric)| {
        let current = selection.sort == key;
        SortHeader {
            label: locale.t(label),
            href: OverviewQuery::href(&selection, key, current && !selection.descending, path),
            aria_sort: match (current, selection.descending) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            },
            numeric,
        }
    })
    .collect();
    let view = OverviewPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t("overview-title")),
        as_of: crate::events::views::at(locale, read_at),
        q: selection.name.clone(),
        districts: district_names.iter().map(|d| choice(d, (*d).to_owned(), selection.district.as_deref() == Some(*d))).collect(),
        fundings: FundingStage::ALL.iter().map(|f| choice(f.as_str(), locale.t(&f.label_key()), selection.funding == Some(*f))).collect(),
        concepts: ConceptStage::ALL.iter().map(|c| choice(c.as_str(), locale.t(&c.label_key()), selection.concept == Some(*c))).collect(),
        summary: vec![
            fact("overview-shown", locale.number(shown.municipalities as i64)),
            fact("overview-population", locale.number(shown.population)),
            fact("overview-adopted", locale.number(shown.adopted as i64)),
            fact("overview-granted", locale.money(shown.granted)),
            fact("overview-paid", locale.money(shown.paid)),
        ],
        chart: bar_chart("foerderstand", &locale.t("overview-chart-title"), &locale.t("overview-chart-desc"), &bars, max),
        headers,
        lines: rows
            .iter()
            .map(|m| Line {
                href: format!("/m/{}", m.slug),
                name: m.name.clone(),
                district: m.district.clone(),
                population: locale.number(m.population),
                funding: locale.t(&m.funding.label_key()),
                concept: concept_text(locale, m),
                progress: progress_text(locale, m),
                contributions: locale.number(i64::try_from(m.contributions).unwrap_or(i64::MAX)),
                granted: locale.money(m.granted),
                paid: locale.money(m.paid),
            })
            .collect(),
        by_district: by_district(&rows).iter().map(|(d, t)| sum_line(locale, d.clone(), t)).collect(),
        years: facts
            .years
            .iter()
            .map(|y| SumLine {
                label: y.year.to_string(),
                municipalities: String::new(),
                funded: String::new(),
                adopted: String::new(),
                granted: locale.money(y.granted),
                paid: locale.money(y.paid),
            })
            .collect(),
        csv_href: OverviewQuery::href(&selection, selection.sort, selection.descending, "/uebersicht.csv"),
    };
    html_status(StatusCode::OK, &view)
}
