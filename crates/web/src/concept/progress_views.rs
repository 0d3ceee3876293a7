//! How a measure's implementation reads: its progress in percent, its
//! milestones, its indicators (a line chart with the figures as a table
//! beside it) and its updates, the latest first.

use chrono::NaiveDate;
use domain::concept::indicators::Direction;
use domain::concept::quantity::Quantity;
use store::concept::indicators::Indicator;
use store::concept::progress::{Milestone, Update};

use super::views::{StatusBadge, badge};
use crate::charts::lines::{LineChart, line_chart};
use crate::i18n::{FluentArg, Locale};
use crate::layout::Fact;
use crate::uploads::view::FileView;

/// A figure in the reader's notation.
pub(super) fn figure(locale: Locale, q: Quantity) -> String {
    if locale == Locale::De { q.format_de() } else { q.format_en() }
}

pub(super) fn with_unit(locale: Locale, q: Quantity, unit: &str) -> String {
    let shown = figure(locale, q);
    if unit.is_empty() { shown } else { format!("{shown} {unit}") }
}

pub struct ValueRow {
    pub id: i64,
    pub on: String,
    pub value: String,
    pub note: String,
}

pub struct IndicatorView {
    pub id: i64,
    pub name: String,
    pub facts: Vec<Fact>,
    /// "26 Personen on 28 February 2027: half way to the target", if there are values.
    pub latest: Option<String>,
    pub chart_svg: String,
    pub rows: Vec<ValueRow>,
    /// For the coordinators.
    pub edit_href: Option<String>,
}

pub(super) fn indicator_view(locale: Locale, indicator: &Indicator) -> IndicatorView {
    let d = &indicator.details;
    let text = |q: Quantity| with_unit(locale, q, &d.unit);
    let dated = |q: Quantity, on: NaiveDate| {
        locale.t_args("indicator-dated", &[("figure", FluentArg::Text(text(q))), ("day", FluentArg::Text(locale.day(on)))])
    };
    let facts = vec![
        Fact { label: locale.t("indicator-baseline-label"), value: dated(d.baseline, d.baseline_on) },
        Fact { label: locale.t("indicator-target-label"), value: dated(d.target, d.target_on) },
        Fact { label: locale.t("indicator-direction-legend"), value: locale.t(&d.direction.name_key()) },
    ]
    .into_iter()
    .chain((!d.source.is_empty()).then(|| Fact { label: locale.t("indicator-source-label"), value: d.source.clone() }))
    .collect();
    let latest = indicator.latest().map(|v| {
        let way = d.progress(v.value).map(|p| locale.t_args("indicator-way", &[("percent", FluentArg::Number(p))])).unwrap_or_default();
        format!("{} {}", dated(v.value, v.on), way).trim().to_owned()
    });
    let points: Vec<(NaiveDate, f64)> = indicator.values.iter().map(|v| (v.on, v.value.as_f64())).collect();
    let baseline_label = locale.t_args("indicator-baseline-mark", &[("figure", FluentArg::Text(text(d.baseline)))]);
    let target_label = locale.t_args("indicator-target-mark", &[("figure", FluentArg::Text(text(d.target)))]);
    let desc = [
        baseline_label.clone(),
        target_label.clone(),
        latest.clone().unwrap_or_else(|| locale.t("indicator-no-values")),
        locale.t(match d.direction {
            Direction::Higher => "indicator-direction-higher",
            Direction::Lower => "indicator-direction-lower",
        }),
    ]
    .join(". ");
    let show = |v: f64| figure(locale, Quantity((v * 100.0).round() as i64));
    let chart_svg = line_chart(&LineChart {
        id: &format!("indikator-{}-diagramm", indicator.id),
        title: &d.name,
        desc: &desc,
        points: &points,
        baseline: (d.baseline_on, d.baseline.as_f64()),
        target: (d.target_on, d.target.as_f64()),
        baseline_label: &baseline_label,
        target_label: &target_label,
        figure: &show,
    });
    IndicatorView {
        id: indicator.id,
        name: d.name.clone(),
        facts,
        latest,
        chart_svg,
        rows: indicator
            .values
            .iter()
            .rev()
            .map(|v| ValueRow { id: v.id, on: locale.day(v.on), value: text(v.value), note: v.note.clone() })
            .collect(),
        edit_href: None,
    }
}

pub struct UpdateView {
    pub on: String,
    pub badge: StatusBadge,
    pub percent: String,
    pub text_html: String,
    pub reason: String,
    pub author: Option<String>,
    /// Photos (with their text alternatives) and evidence documents.
    pub photos: Vec<FileView>,
    pub evidence: Vec<FileView>,
}

pub(super) fn update_view(locale: Locale, update: &Update) -> UpdateView {
    UpdateView {
        photos: Vec::new(),
        evidence: Vec::new(),
        on: locale.day(update.on),
        badge: badge(locale, update.status),
        percent: locale.t_args("measure-percent", &[("percent", FluentArg::Number(i64::from(update.percent)))]),
        text_html: update.text_html.clone(),
        reason: update.reason.clone(),
        author: update.author.clone(),
    }
}

/// The views of updates with their photos and evidence (one statement for all files).
pub(super) async fn updates_with_files(
    state: &crate::AppState,
    tenant: &store::tenancy::Tenant,
    locale: Locale,
    updates: &[Update],
) -> store::StoreResult<Vec<UpdateView>> {
    use domain::files::Slot;
    let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
    let files = store::files::of_owners(&state.db, &tenant.scope, &[Slot::UpdatePhoto, Slot::UpdateEvidence], &ids).await?;
    Ok(updates
        .iter()
        .map(|u| {
            let mut view = update_view(locale, u);
            for f in files.iter().filter(|f| f.owner == Some(u.id)) {
                let shown = crate::uploads::view::view(&tenant.slug, f);
                if f.slot == Slot::UpdatePhoto { view.photos.push(shown) } else { view.evidence.push(shown) }
            }
            view
        })
        .collect())
}

pub struct MilestoneView {
    pub id: i64,
    pub title: String,
    /// "due 1 April 2027" or "reached on 20 March 2027".
    pub state: String,
    pub reached: bool,
    pub overdue: bool,
}

pub(super) fn milestone_view(locale: Locale, milestone: &Milestone, today: NaiveDate) -> MilestoneView {
    let state = match milestone.reached_on {
        Some(on) => locale.t_args("milestone-reached-on", &[("day", FluentArg::Text(locale.day(on)))]),
        None => locale.t_args("milestone-due-on", &[("day", FluentArg::Text(locale.day(milestone.due_on)))]),
    };
    MilestoneView {
        id: milestone.id,
        title: milestone.title.clone(),
        state,
        reached: milestone.reached_on.is_some(),
        overdue: milestone.reached_on.is_none() && milestone.due_on < today,
    }
}
