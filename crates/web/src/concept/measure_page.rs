//! A measure's public page: its status (with the reason when dropped), the
//! action field and goals it serves, who leads it and with whom, for whom
//! and where, when it runs, its priority, cost and funding; and how its
//! implementation goes: percent done, milestones, indicators with their
//! charts, and the progress updates.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use http::StatusCode;

use super::policy::may_report;
use super::progress_views::{IndicatorView, MilestoneView, UpdateView, indicator_view, milestone_view, updates_with_files};
use super::public::numbered;
use super::views::{StatusBadge, badge, measure_facts, status_reason, visible_concept};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Fact, Layout, Link, html_status};
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/measure.html")]
struct MeasurePage {
    i18n: Locale,
    layout: Layout,
    concept_title: String,
    concept_href: String,
    badge: StatusBadge,
    reason: Option<String>,
    goals: Vec<Link>,
    facts: Vec<Fact>,
    description_html: String,
    /// The ideas it came from.
    sources: Vec<Link>,
    edit_href: Option<String>,
    percent: u8,
    /// "40 % done (as of 20 February 2027)", or nothing before the first update.
    progress: Option<String>,
    milestones: Vec<MilestoneView>,
    indicators: Vec<IndicatorView>,
    updates: Vec<UpdateView>,
    report_href: Option<String>,
    follow: Option<crate::notifications::FollowButton>,
    practice: Option<domain::concept::practice::GoodPractice>,
}

pub async fn measure_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (concept, manager) = visible_concept(&state, &ctx, &tenant).await?;
    let measure = store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let outline = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let choices = store::concept::choices::measure_choices(&state.db, &tenant.scope).await?;
    let sources = store::concept::sources::of_measure(&state.db, &tenant.scope, id)
        .await?
        .into_iter()
        .map(|i| Link { href: format!("/m/{}/ideen/{}", tenant.slug, i.id), label: i.title })
        .collect();
    let d = &measure.details;
    let concept_href = format!("/m/{}/konzept", tenant.slug);
    let goals = d
        .goals
        .iter()
        .filter_map(|g| outline.iter().find_map(|f| f.goals.iter().find(|goal| goal.id == *g).map(|goal| (f, goal))))
        .map(|(field, goal)| Link {
            href: format!("{concept_href}#handlungsfeld-{}", field.id),
            label: format!("{} › {}", field.texts.name, goal.texts.title),
        })
        .collect();
    let facts = measure_facts(locale, &store::concept::snapshot::measure(measure.clone(), &choices, Vec::new()));
    let ids = [measure.id];
    let indicators = store::concept::indicators::of_measures(&state.db, &tenant.scope, &ids).await?;
    let updates = store::concept::progress::updates_of(&state.db, &tenant.scope, &ids).await?;
    let milestones = store::concept::progress::milestones_of(&state.db, &tenant.scope, &ids).await?;
    let today = crate::participation::today();
    let progress = measure.reported_on.map(|on| {
        locale.t_args(
            "measure-progress-as-of",
            &[
                ("percent", crate::i18n::FluentArg::Number(i64::from(measure.percent))),
                ("day", crate::i18n::FluentArg::Text(locale.day(on))),
            ],
        )
    });
    let reporter = ctx.actor.as_ref().is_some_and(|a| may_report(a, &tenant, &measure));
    let follow = crate::notifications::FollowButton::load(
        &state,
        ctx.actor.as_ref(),
        store::notifications::follows::Target::Measure(measure.id),
        format!("/m/{}/massnahmen/{}/folgen", tenant.slug, measure.id),
    )
    .await?;
    let view = MeasurePage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, numbered(locale, measure.number, &d.title)),
        concept_title: concept.texts.title.clone(),
        concept_href,
        badge: badge(locale, d.status),
        reason: status_reason(d.status, &d.status_reason),
        goals,
        facts,
        description_html: measure.description_html.clone(),
        sources,
        edit_href: manager.then(|| format!("/m/{}/verwaltung/konzept/massnahmen/{}", tenant.slug, measure.id)),
        percent: measure.percent,
        progress,
        milestones: milestones.iter().map(|m| milestone_view(locale, m, today)).collect(),
        indicators: indicators
            .iter()
            .map(|i| IndicatorView {
                edit_href: manager.then(|| format!("/m/{}/verwaltung/konzept/indikatoren/{}", tenant.slug, i.id)),
                ..indicator_view(locale, i)
            })
            .collect(),
        updates: updates_with_files(&state, &tenant, locale, &updates).await?,
        report_href: reporter.then(|| format!("/m/{}/massnahmen/{}/bericht", tenant.slug, measure.id)),
        follow,
        practice: measure.practice.clone(),
    };
    html_status(StatusCode::OK, &view)
}
