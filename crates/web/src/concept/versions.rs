//! The concept's frozen versions: the list (with a form to compare any
//! two), and each version as it was frozen, at its own address that never
//! changes.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::concept::consultation::{Paragraph, Place};
use domain::concept::snapshot::Snapshot;
use domain::concept::status::MeasureStatus;
use http::StatusCode;
use store::concept::versions::VersionSummary;
use store::tenancy::Tenant;

use super::consultation::{Consultation, ParagraphNote, paragraphs_of};
use super::progress_views::with_unit;
use super::public::numbered;
use super::views::{StatusBadge, badge, measure_facts, stage_text, status_reason};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, Link, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

/// "Version 2".
pub(super) fn version_label(locale: Locale, number: i32) -> String {
    locale.t_args("version-numbered", &[("number", FluentArg::Number(i64::from(number)))])
}

pub struct VersionRow {
    pub href: String,
    pub label: String,
    pub stage: String,
    pub frozen: String,
    pub decision_link: Option<String>,
}

#[derive(Template)]
#[template(path = "concept/versions.html")]
struct VersionsPage {
    i18n: Locale,
    layout: Layout,
    /// The title of the newest version.
    concept_title: String,
    concept_href: String,
    versions: Vec<VersionRow>,
    compare_action: String,
    /// (number, label) for the two selects; the newest is preselected as "to".
    choices: Vec<(i32, String)>,
    from: i32,
    to: i32,
}

/// The versions of this municipality's concept; "not found" when there are none.
async fn versions_of(state: &AppState, tenant: &Tenant) -> Result<Vec<VersionSummary>, AppError> {
    let versions = store::concept::versions::list(&state.db, &tenant.scope).await?;
    if versions.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(versions)
}

pub async fn versions_list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let versions = versions_of(&state, &tenant).await?;
    let base = format!("/m/{}/konzept", tenant.slug);
    let rows = versions
        .iter()
        .rev()
        .map(|v| VersionRow {
            href: format!("{base}/versionen/{}", v.number),
            label: version_label(locale, v.number),
            stage: stage_text(locale, &v.stage),
            frozen: locale.t_args("version-frozen-on", &[("date", FluentArg::Text(locale.day(v.frozen_at.date_naive())))]),
            decision_link: v.stage.decision.as_ref().and_then(|d| d.link.clone()),
        })
        .collect();
    let newest = versions.last().map_or(1, |v| v.number);
    let latest = store::concept::versions::get(&state.db, &tenant.scope, newest).await?.ok_or(AppError::NotFound)?;
    let view = VersionsPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("versions-title")),
        concept_title: latest.snapshot.title,
        concept_href: base.clone(),
        versions: rows,
        compare_action: format!("{base}/vergleich"),
        choices: versions.iter().map(|v| (v.number, version_label(locale, v.number))).collect(),
        from: (newest - 1).max(1),
        to: newest,
    };
    html_status(StatusCode::OK, &view)
}

/// A paragraph of the version's prose, with the note beside it.
pub struct Para {
    pub key: String,
    pub html: String,
    pub note: Option<ParagraphNote>,
}

pub struct MeasureSheet {
    pub anchor: String,
    pub key: String,
    pub note: Option<ParagraphNote>,
    pub title: String,
    pub badge: StatusBadge,
    /// Why it is paused or dropped.
    pub reason: Option<String>,
    pub facts: Vec<Fact>,
    pub description_html: String,
    /// "Familien je Monat: 8 Familien (01.01.2025) → 30 Familien (31.12.2027)"
    pub indicators: Vec<String>,
}

pub struct GoalSheet {
    pub key: String,
    pub note: Option<ParagraphNote>,
    pub title: String,
    pub description_html: String,
    pub measures: Vec<MeasureSheet>,
}

pub struct FieldSheet {
    pub anchor: String,
    pub name: String,
    pub analysis: Vec<Para>,
    pub goals: Vec<GoalSheet>,
}

#[derive(Template)]
#[template(path = "concept/version.html")]
struct VersionPage {
    i18n: Locale,
    layout: Layout,
    label: String,
    stage: String,
    frozen: String,
    decision_link: Option<String>,
    versions_href: String,
    pdf_href: String,
    /// The difference from the version before, from version 2 on.
    changes_href: Option<String>,
    /// Whether the version is open for comments now.
    consultation_open: bool,
    consultation_period: Option<String>,
    preamble: Vec<Para>,
    vision: Vec<Para>,
    contents: Vec<Link>,
    fields: Vec<FieldSheet>,
    contributors: Vec<Fact>,
}

/// The version's paragraphs at one place, each rendered on its own.
fn prose(locale: Locale, paragraphs: &[Paragraph], consultation: &Consultation, place: &Place) -> Vec<Para> {
    paragraphs
        .iter()
        .filter(|p| p.place == *place)
        .map(|p| Para { key: p.key.clone(), html: markdown::render(&p.text), note: consultation.note(locale, &p.key) })
        .collect()
}

fn sheets(locale: Locale, snapshot: &Snapshot, paragraphs: &[Paragraph], consultation: &Consultation) -> Vec<FieldSheet> {
    snapshot
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| FieldSheet {
            anchor: format!("handlungsfeld-{}", i + 1),
            name: f.name.clone(),
            analysis: prose(locale, paragraphs, consultation, &Place::Analysis(i)),
            goals: f
                .goals
                .iter()
                .enumerate()
                .map(|(j, g)| GoalSheet {
                    key: format!("ziel-{}-{}", i + 1, j + 1),
                    note: consultation.note(locale, &format!("ziel-{}-{}", i + 1, j + 1)),
                    title: g.title.clone(),
                    description_html: g.description_html.clone(),
                    measures: g
                        .measures
                        .iter()
                        .map(|m| MeasureSheet {
                            anchor: format!("massnahme-{}", m.number),
                            key: format!("massnahme-{}", m.number),
                            note: consultation.note(locale, &format!("massnahme-{}", m.number)),
                            title: numbered(locale, m.number, &m.title),
                            badge: badge(locale, MeasureStatus::parse(&m.status).unwrap_or(MeasureStatus::Planned)),
                            reason: MeasureStatus::parse(&m.status).and_then(|s| status_reason(s, &m.status_reason)),
                            facts: measure_facts(locale, m),
                            description_html: m.description_html.clone(),
                            indicators: m
                                .indicators
                                .iter()
                                .map(|i| {
                                    locale.t_args(
                                        "version-indicator",
                                        &[
                                            ("name", FluentArg::Text(i.name.clone())),
                                            ("baseline", FluentArg::Text(with_unit(locale, i.baseline, &i.unit))),
                                            ("baseline_on", FluentArg::Text(locale.day(i.baseline_on))),
                                            ("target", FluentArg::Text(with_unit(locale, i.target, &i.unit))),
                                            ("target_on", FluentArg::Text(locale.day(i.target_on))),
                                        ],
                                    )
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

pub async fn version_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, number)): Path<(String, i32)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let version = store::concept::versions::get(&state.db, &tenant.scope, number).await?.ok_or(AppError::NotFound)?;
    let s = &version.snapshot;
    let base = format!("/m/{}/konzept", tenant.slug);
    let manager = ctx.actor.as_ref().is_some_and(|a| crate::participation::policy::can_manage(a, &tenant));
    let consultation = Consultation::of(&state, locale, &tenant, &version.summary, manager).await?;
    let paragraphs = paragraphs_of(s);
    let fields = sheets(locale, s, &paragraphs, &consultation);
    let v = &version.summary;
    let view = VersionPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, s.title.clone()),
        label: version_label(locale, v.number),
        stage: stage_text(locale, &v.stage),
        frozen: locale.t_args("version-frozen-on", &[("date", FluentArg::Text(locale.day(v.frozen_at.date_naive())))]),
        decision_link: v.stage.decision.as_ref().and_then(|d| d.link.clone()),
        versions_href: format!("{base}/versionen"),
        pdf_href: format!("{base}/versionen/{}/konzept.pdf", v.number),
        changes_href: (v.number > 1).then(|| format!("{base}/vergleich?von={}&bis={}", v.number - 1, v.number)),
        consultation_open: consultation.open,
        consultation_period: consultation.period.clone(),
        preamble: prose(locale, &paragraphs, &consultation, &Place::Preamble),
        vision: prose(locale, &paragraphs, &consultation, &Place::Vision),
        contents: fields.iter().map(|f| Link { href: format!("#{}", f.anchor), label: f.name.clone() }).collect(),
        fields,
        contributors: s
            .contributors
            .iter()
            .filter_map(|g| {
                let kind = domain::organisations::OrganisationKind::parse(&g.kind)?;
                Some(Fact { label: locale.t(kind.label_key()), value: g.names.join(", ") })
            })
            .collect(),
    };
    html_status(StatusCode::OK, &view)
}
