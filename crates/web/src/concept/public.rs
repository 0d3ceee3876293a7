//! The concept's public page: its stage (and the council's decision), the
//! preamble and vision, then each action field with its situation analysis
//! and goals, and under each goal the measures that serve it first.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use http::StatusCode;

use super::views::{StatusBadge, badge, stage_text, visible_concept};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, Link, html_status};
use crate::tenancy::CurrentMunicipality;

pub struct MeasureRow {
    pub href: String,
    pub title: String,
    pub badge: StatusBadge,
    pub lead: Option<String>,
}

pub struct GoalView {
    pub title: String,
    pub description_html: String,
    pub measures: Vec<MeasureRow>,
}

pub struct FieldView {
    pub anchor: String,
    pub name: String,
    pub analysis_html: String,
    /// "4 measures"
    pub count: String,
    pub goals: Vec<GoalView>,
}

#[derive(Template)]
#[template(path = "concept/show.html")]
struct ConceptPage {
    i18n: Locale,
    layout: Layout,
    stage: String,
    /// Only coordinators see a draft; they are told it is not public yet.
    draft: bool,
    decision_link: Option<String>,
    preamble_html: String,
    vision_html: String,
    contents: Vec<Link>,
    /// "40 measures", then each status with its count.
    total: String,
    by_status: Vec<(StatusBadge, i64)>,
    fields: Vec<FieldView>,
    manage_href: Option<String>,
    /// The frozen versions, once there is one.
    versions_href: Option<String>,
}

/// "Maßnahme 3: Sprachcafé …"
pub(super) fn numbered(locale: Locale, number: i32, title: &str) -> String {
    locale.t_args("measure-numbered", &[("number", FluentArg::Number(i64::from(number))), ("title", FluentArg::Text(title.to_owned()))])
}

pub async fn concept_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (concept, manager) = visible_concept(&state, &ctx, &tenant).await?;
    let outline = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let versions = store::concept::versions::list(&state.db, &tenant.scope).await?;
    let measures = store::concept::measures::list(&state.db, &tenant.scope, concept.id).await?;
    let total = locale.t_args("concept-measures-total", &[("count", FluentArg::Number(i64::try_from(measures.len()).unwrap_or(0)))]);
    let by_status = domain::concept::status::MeasureStatus::ALL
        .into_iter()
        .map(|status| (badge(locale, status), i64::try_from(measures.iter().filter(|m| m.status == status).count()).unwrap_or(0)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let fields: Vec<FieldView> = outline
        .into_iter()
        .map(|field| {
            let goals: Vec<GoalView> = field
                .goals
                .into_iter()
                .map(|goal| GoalView {
                    measures: measures
                        .iter()
                        .filter(|m| m.goal_id == goal.id)
                        .map(|m| MeasureRow {
                            href: format!("/m/{}/massnahmen/{}", tenant.slug, m.id),
                            title: numbered(locale, m.number, &m.title),
                            badge: badge(locale, m.status),
                            lead: m.lead_organisation.clone(),
                        })
                        .collect(),
                    title: goal.texts.title,
                    description_html: goal.description_html,
                })
                .collect();
            let count = goals.iter().map(|g| g.measures.len()).sum::<usize>();
            FieldView {
                anchor: format!("handlungsfeld-{}", field.id),
                name: field.texts.name,
                analysis_html: field.analysis_html,
                count: locale.t_args("concept-field-measures", &[("count", FluentArg::Number(i64::try_from(count).unwrap_or(0)))]),
                goals,
            }
        })
        .collect();
    let view = ConceptPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, concept.texts.title.clone()),
        stage: stage_text(locale, &concept.stage),
        draft: !concept.stage.stage.public(),
        decision_link: concept.stage.decision.as_ref().and_then(|d| d.link.clone()),
        preamble_html: concept.preamble_html,
        vision_html: concept.vision_html,
        total,
        by_status,
        contents: fields.iter().map(|f| Link { href: format!("#{}", f.anchor), label: f.name.clone() }).collect(),
        fields,
        manage_href: manager.then(|| format!("/m/{}/verwaltung/konzept", tenant.slug)),
        versions_href: (!versions.is_empty()).then(|| format!("/m/{}/konzept/versionen", tenant.slug)),
    };
    html_status(StatusCode::OK, &view)
}
