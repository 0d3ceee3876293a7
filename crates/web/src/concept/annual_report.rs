//! The annual report on the concept's implementation, for a calendar year
//! (up to today while the year runs): the year at a glance, participation
//! figures, what was done in each action field, the measures started,
//! finished, paused, dropped or late (with the reasons given), and how far
//! each indicator moved in the year between its baseline and its target.
//! It is the narrative part of the funding programme's report, and public.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{Datelike, NaiveDate, TimeZone};
use domain::concept::annual::{Account, MeasureFacts, Period, ReportFacts, account, value_on};
use domain::concept::status::MeasureStatus;
use http::StatusCode;
use store::concept::measures::Measure;
use store::concept::progress::Update;
use store::tenancy::Tenant;

use super::progress_views::{UpdateView, update_view, with_unit};
use super::public::numbered;
use super::views::{StatusBadge, average_percent, badge, field_of, stage_text, visible_concept};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, Link, html_status};
use crate::tenancy::CurrentMunicipality;

pub struct FieldReport {
    pub name: String,
    /// "6 measures: 3 running, 1 done; 4 reports this year"
    pub summary: String,
    pub reports: Vec<ReportLine>,
}

/// A progress report of the year, with its measure.
pub struct ReportLine {
    pub href: String,
    pub measure: String,
    pub update: UpdateView,
    pub markdown: String,
}

/// A measure named in one of the lists, with what the list says of it.
pub struct Named {
    pub href: String,
    pub title: String,
    pub badge: Option<StatusBadge>,
    pub note: String,
}

pub struct IndicatorMovement {
    pub href: String,
    pub name: String,
    pub measure: String,
    pub figures: Vec<Fact>,
}

#[derive(Template)]
#[template(path = "concept/annual_report.html")]
pub(super) struct AnnualReportPage {
    i18n: Locale,
    pub(super) layout: Layout,
    pub(super) pdf_href: String,
    pub(super) progress_href: String,
    pub(super) period: String,
    pub(super) stage: String,
    pub(super) years: Vec<Link>,
    pub(super) glance: Vec<Fact>,
    pub(super) participation: Vec<Fact>,
    pub(super) fields: Vec<FieldReport>,
    pub(super) started: Vec<Named>,
    pub(super) finished: Vec<Named>,
    pub(super) stopped: Vec<Named>,
    pub(super) late: Vec<Named>,
    pub(super) indicators: Vec<IndicatorMovement>,
}

/// Midnight in Berlin at the start of `day`, as a point in time.
pub(crate) fn berlin_midnight(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::Berlin.from_local_datetime(&local).earliest().map_or_else(|| local.and_utc(), |t| t.with_timezone(&chrono::Utc))
}

fn count(locale: Locale, key: &str, n: impl TryInto<i64>) -> Fact {
    Fact { label: locale.t(key), value: n.try_into().unwrap_or(0).to_string() }
}

/// The participation figures of a period, labelled (the annual report's
/// and the funding report's).
pub(crate) fn participation_facts(locale: Locale, figures: &store::concept::annual::Participation) -> Vec<Fact> {
    vec![
        Fact {
            label: locale.t("annual-ideas"),
            value: locale.t_args(
                "annual-ideas-value",
                &[
                    ("count", FluentArg::Number(i64::try_from(figures.ideas).unwrap_or(0))),
                    ("offline", FluentArg::Number(i64::try_from(figures.ideas_offline).unwrap_or(0))),
                ],
            ),
        },
        count(locale, "annual-comments", figures.comments),
        count(locale, "annual-supports", figures.supports),
        count(locale, "annual-survey-responses", figures.survey_responses),
        Fact {
            label: locale.t("annual-events"),
            value: locale.t_args(
                "annual-events-value",
                &[
                    ("count", FluentArg::Number(i64::try_from(figures.events).unwrap_or(0))),
                    ("attendance", FluentArg::Number(figures.attendance)),
                ],
            ),
        },
        count(locale, "annual-registrations", figures.registrations),
        count(locale, "annual-consultation-comments", figures.consultation_comments),
    ]
}

/// The years there is something to report on: from the first report (or
/// the adoption) to this one.
fn years(updates: &[Update], first_decision: Option<NaiveDate>, today: NaiveDate) -> Vec<i32> {
    let first = updates.iter().map(|u| u.on.year()).chain(first_decision.map(|d| d.year())).min().unwrap_or(today.year());
    (first.min(today.year())..=today.year()).collect()
}

pub async fn annual_report(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, year)): Path<(String, i32)>,
) -> Result<Response, AppError> {
    html_status(StatusCode::OK, &build(&state, &ctx, &tenant, year).await?)
}

/// The report of `year`, or "not found" for a year not begun.
pub(super) async fn build(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, year: i32) -> Result<AnnualReportPage, AppError> {
    let locale = ctx.locale;
    let (concept, _) = visible_concept(state, ctx, tenant).await?;
    let today = crate::participation::today();
    let period = Period::year(year, today).filter(|_| year >= 2000).ok_or(AppError::NotFound)?;
    let outline = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let all = store::concept::measures::all(&state.db, &tenant.scope, concept.id).await?;
    let ids: Vec<i64> = all.iter().map(|m| m.id).collect();
    let updates = store::concept::progress::updates_of(&state.db, &tenant.scope, &ids).await?;
    let indicators = store::concept::indicators::of_measures(&state.db, &tenant.scope, &ids).await?;
    let until = period.to.succ_opt().unwrap_or(period.to);
    let figures = store::concept::annual::participation(
        &state.db,
        &tenant.scope,
        berlin_midnight(period.from),
        berlin_midnight(until),
        (period.from, period.to),
    )
    .await?;

    let facts: Vec<MeasureFacts> =
        all.iter().map(|m| MeasureFacts { id: m.id, ends_on: m.details.ends_on, status: m.details.status, percent: m.percent }).collect();
    let reports: Vec<ReportFacts> = updates
        .iter()
        .map(|u| ReportFacts { measure: u.measure_id, on: u.on, status: u.status, percent: u.percent, reason: u.reason.clone() })
        .collect();
    let told = account(&facts, &reports, period);
    let by_id: HashMap<i64, &Measure> = all.iter().map(|m| (m.id, m)).collect();
    let href = |id: i64| format!("/m/{}/massnahmen/{id}", tenant.slug);
    let title = |id: i64| by_id.get(&id).map(|m| numbered(locale, m.number, &m.details.title)).unwrap_or_default();
    let day = |d: NaiveDate| FluentArg::Text(locale.day(d));

    let field_of = |m: &Measure| field_of(&outline, m);
    let fields = outline
        .iter()
        .map(|f| {
            let in_field: Vec<&Measure> = all.iter().filter(|m| field_of(m) == Some(f.id)).collect();
            let at_end = |s: MeasureStatus| in_field.iter().filter(|m| told.at_end.get(&m.id).is_some_and(|(x, _)| *x == s)).count() as i64;
            let mut reports: Vec<&Update> =
                updates.iter().filter(|u| period.contains(u.on) && in_field.iter().any(|m| m.id == u.measure_id)).collect();
            reports.sort_by_key(|u| (u.on, u.id));
            let summary = locale.t_args(
                "annual-field-summary",
                &[
                    ("count", FluentArg::Number(in_field.len() as i64)),
                    ("running", FluentArg::Number(at_end(MeasureStatus::Running))),
                    ("done", FluentArg::Number(at_end(MeasureStatus::Done))),
                    ("reports", FluentArg::Number(reports.len() as i64)),
                ],
            );
            FieldReport {
                name: f.texts.name.clone(),
                summary,
                reports: reports
                    .into_iter()
                    .map(|u| ReportLine {
                        href: href(u.measure_id),
                        measure: title(u.measure_id),
                        update: update_view(locale, u),
                        markdown: u.text_markdown.clone(),
                    })
                    .collect(),
            }
        })
        .collect();

    let state_at_end = |id: i64| {
        let (status, percent) = told.at_end.get(&id).copied().unwrap_or((MeasureStatus::Planned, 0));
        (badge(locale, status), percent)
    };
    let named = |id: i64, note: String, with_badge: bool| Named {
        href: href(id),
        title: title(id),
        badge: with_badge.then(|| state_at_end(id).0),
        note,
    };
    let Account { started, finished, stopped, late, .. } = &told;
    let average = average_percent(told.at_end.values().copied());

    let indicator_rows = indicators
        .iter()
        .map(|i| {
            let values: Vec<(NaiveDate, domain::concept::quantity::Quantity)> = i.values.iter().map(|v| (v.on, v.value)).collect();
            let shown = |v: Option<(NaiveDate, domain::concept::quantity::Quantity)>| match v {
                Some((on, q)) => locale
                    .t_args("indicator-dated", &[("figure", FluentArg::Text(with_unit(locale, q, &i.details.unit))), ("day", day(on))]),
                None => "–".into(),
            };
            let before = period.from.pred_opt().and_then(|d| value_on(&values, d));
            let end = value_on(&values, period.to);
            let way = end.and_then(|(_, v)| i.details.progress(v));
            let mut figures = vec![
                Fact { label: locale.t("indicator-baseline-label"), value: shown(Some((i.details.baseline_on, i.details.baseline))) },
                Fact { label: locale.t("annual-indicator-start"), value: shown(before) },
                Fact { label: locale.t("annual-indicator-end"), value: shown(end) },
                Fact { label: locale.t("indicator-target-label"), value: shown(Some((i.details.target_on, i.details.target))) },
            ];
            if let Some(way) = way {
                figures.push(Fact {
                    label: locale.t("annual-indicator-way"),
                    value: locale.t_args("progress-way", &[("percent", FluentArg::Number(way))]),
                });
            }
            IndicatorMovement {
                href: format!("{}#indikator-{}", href(i.measure_id), i.id),
                name: i.details.name.clone(),
                measure: title(i.measure_id),
                figures,
            }
        })
        .collect();

    let base = format!("/m/{}/umsetzung/jahresbericht", tenant.slug);
    Ok(AnnualReportPage {
        i18n: locale,
        pdf_href: format!("{base}/{year}/jahresbericht.pdf"),
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t_args(
                "annual-title",
                &[("year", FluentArg::Text(year.to_string())), ("concept", FluentArg::Text(concept.texts.title.clone()))],
            ),
        ),
        progress_href: format!("/m/{}/umsetzung", tenant.slug),
        period: locale.t_args("annual-period", &[("from", day(period.from)), ("to", day(period.to))]),
        stage: stage_text(locale, &concept.stage),
        years: years(&updates, concept.stage.decision.as_ref().map(|d| d.on), today)
            .into_iter()
            .filter(|y| *y != year)
            .map(|y| Link { href: format!("{base}/{y}"), label: y.to_string() })
            .collect(),
        glance: vec![
            count(locale, "annual-measures", all.len()),
            count(locale, "annual-started", started.len()),
            count(locale, "annual-finished", finished.len()),
            count(locale, "annual-stopped", stopped.len()),
            count(locale, "annual-late", late.len()),
            Fact {
                label: locale.t("annual-average"),
                value: locale.t_args("progress-percent", &[("percent", FluentArg::Number(i64::from(average)))]),
            },
        ],
        participation: participation_facts(locale, &figures),
        fields,
        started: started.iter().map(|(id, on)| named(*id, locale.t_args("annual-started-on", &[("day", day(*on))]), false)).collect(),
        finished: finished.iter().map(|(id, on)| named(*id, locale.t_args("annual-finished-on", &[("day", day(*on))]), false)).collect(),
        stopped: stopped.iter().map(|(id, _, reason)| named(*id, reason.clone(), true)).collect(),
        late: late
            .iter()
            .map(|(id, ends)| {
                let percent = state_at_end(*id).1;
                let note = locale.t_args("annual-late-note", &[("day", day(*ends)), ("percent", FluentArg::Number(i64::from(percent)))]);
                named(*id, note, true)
            })
            .collect(),
        indicators: indicator_rows,
    })
}
