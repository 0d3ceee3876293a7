//! What changed between two versions of the concept: changed texts line by
//! line, action fields and goals added or removed, and measures added,
//! removed or changed, each change in words ("Status: planned → running").

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use domain::concept::status::{MeasureStatus, Priority};
use domain::concept::versions::{Line, MeasureChange, TextPart, Value, diff};
use http::StatusCode;
use serde::Deserialize;

use super::progress_views::with_unit;
use super::public::numbered;
use super::versions::version_label;
use super::views::stage_text;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, Link, html_status};
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Compare {
    von: String,
    bis: String,
}

/// A line of a text difference: `same`, `added`, `removed` or `gap`.
pub struct LineView {
    pub kind: &'static str,
    pub text: String,
}

pub struct TextView {
    pub heading: String,
    pub lines: Vec<LineView>,
}

pub struct MeasureView {
    pub title: String,
    pub href: String,
    pub changes: Vec<String>,
    pub description: Vec<LineView>,
}

#[derive(Template)]
#[template(path = "concept/diff.html")]
struct DiffPage {
    i18n: Locale,
    layout: Layout,
    concept_title: String,
    versions_href: String,
    from: Link,
    from_stage: String,
    to: Link,
    to_stage: String,
    same: bool,
    texts: Vec<TextView>,
    fields_added: Vec<String>,
    fields_removed: Vec<String>,
    goals_added: Vec<String>,
    goals_removed: Vec<String>,
    measures_added: Vec<Link>,
    measures_removed: Vec<String>,
    measures_changed: Vec<MeasureView>,
}

fn lines(list: &[Line]) -> Vec<LineView> {
    list.iter()
        .map(|l| match l {
            Line::Same(t) => LineView { kind: "same", text: t.clone() },
            Line::Added(t) => LineView { kind: "added", text: t.clone() },
            Line::Removed(t) => LineView { kind: "removed", text: t.clone() },
            Line::Gap => LineView { kind: "gap", text: String::new() },
        })
        .collect()
}

fn shown(locale: Locale, value: &Value) -> String {
    let text = match value {
        Value::Text(t) => t.clone(),
        Value::Status(s) => MeasureStatus::parse(s).map(|s| locale.t(&s.name_key())).unwrap_or_default(),
        Value::Priority(p) => Priority::parse(p).map(|p| locale.t(&p.name_key())).unwrap_or_default(),
        Value::Date(d) => d.map(|d| locale.day(d)).unwrap_or_default(),
        Value::Money(m) => m.map(|m| if locale == Locale::De { m.format_de() } else { m.format_en() }).unwrap_or_default(),
        Value::List(l) => l.join(", "),
        Value::Figure(q, on, unit) => format!("{} ({})", with_unit(locale, *q, unit), locale.day(*on)),
        Value::Missing => String::new(),
    };
    if text.trim().is_empty() { "–".to_owned() } else { text }
}

fn change_text(locale: Locale, c: &MeasureChange) -> String {
    let args = |extra: Option<&str>| {
        let mut args = vec![("before", FluentArg::Text(shown(locale, &c.before))), ("after", FluentArg::Text(shown(locale, &c.after)))];
        if let Some(name) = extra {
            args.push(("name", FluentArg::Text(name.to_owned())));
        }
        args
    };
    match &c.indicator {
        Some(name) => locale.t_args(&format!("version-change-{}", c.what.replace('_', "-")), &args(Some(name))),
        None => {
            let mut a = args(None);
            a.push(("what", FluentArg::Text(locale.t(&format!("version-what-{}", c.what.replace('_', "-"))))));
            locale.t_args("version-change", &a)
        }
    }
}

fn part_heading(locale: Locale, part: &TextPart) -> String {
    match part {
        TextPart::Title => locale.t("version-part-title"),
        TextPart::Preamble => locale.t("version-part-preamble"),
        TextPart::Vision => locale.t("concept-vision-heading"),
        TextPart::Analysis(field) => locale.t_args("version-part-analysis", &[("field", FluentArg::Text(field.clone()))]),
        TextPart::GoalDescription(goal) => locale.t_args("version-part-goal", &[("goal", FluentArg::Text(goal.clone()))]),
    }
}

pub async fn versions_compare(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(compare): Query<Compare>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let list = store::concept::versions::list(&state.db, &tenant.scope).await?;
    let newest = list.last().map(|v| v.number).ok_or(AppError::NotFound)?;
    // Anything unreadable falls back to what the form proposes: the newest
    // version against the one before.
    let to = compare.bis.trim().parse::<i32>().unwrap_or(newest);
    let from = compare.von.trim().parse::<i32>().unwrap_or((to - 1).max(1));
    let before = store::concept::versions::get(&state.db, &tenant.scope, from).await?.ok_or(AppError::NotFound)?;
    let after = store::concept::versions::get(&state.db, &tenant.scope, to).await?.ok_or(AppError::NotFound)?;
    let d = diff(&before.snapshot, &after.snapshot);
    let base = format!("/m/{}/konzept/versionen", tenant.slug);
    let to_href = format!("{base}/{to}");
    let view = DiffPage {
        i18n: locale,
        layout: Layout::municipality(
            &state,
            &ctx,
            &tenant,
            locale.t_args("diff-title", &[("from", FluentArg::Number(i64::from(from))), ("to", FluentArg::Number(i64::from(to)))]),
        ),
        concept_title: after.snapshot.title.clone(),
        versions_href: base.clone(),
        from: Link { href: format!("{base}/{from}"), label: version_label(locale, from) },
        from_stage: stage_text(locale, &before.summary.stage),
        to: Link { href: to_href.clone(), label: version_label(locale, to) },
        to_stage: stage_text(locale, &after.summary.stage),
        same: d.is_empty(),
        texts: d.texts.iter().map(|t| TextView { heading: part_heading(locale, &t.part), lines: lines(&t.lines) }).collect(),
        fields_added: d.fields_added.clone(),
        fields_removed: d.fields_removed.clone(),
        goals_added: d.goals_added.iter().map(|(f, g)| format!("{f} › {g}")).collect(),
        goals_removed: d.goals_removed.iter().map(|(f, g)| format!("{f} › {g}")).collect(),
        measures_added: d
            .measures_added
            .iter()
            .map(|m| Link { href: format!("{to_href}#massnahme-{}", m.number), label: numbered(locale, m.number, &m.title) })
            .collect(),
        measures_removed: d.measures_removed.iter().map(|m| numbered(locale, m.number, &m.title)).collect(),
        measures_changed: d
            .measures_changed
            .iter()
            .map(|m| MeasureView {
                title: numbered(locale, m.number, &m.title),
                href: format!("{to_href}#massnahme-{}", m.number),
                changes: m.changes.iter().map(|c| change_text(locale, c)).collect(),
                description: lines(&m.description),
            })
            .collect(),
    };
    html_status(StatusCode::OK, &view)
}
