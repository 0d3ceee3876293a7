//! The concept as open data: its current version (the newest adopted one,
//! or while none was adopted the newest in consultation) with its action
//! fields, their goals and the measures under each goal, each measure with
//! where it stands now; the measures filtered by action field and
//! status, and one measure with its goals, partners, neighbourhoods, the
//! ideas it came from, and its implementation: indicators with their value
//! series, milestones and progress reports. Only a concept the public may read (in consultation
//! or adopted) is served; the measure owners' names are not.

use axum::Json;
use axum::extract::{Path, Query, State};
use domain::files::Slot;
use serde::{Deserialize, Serialize};
use store::concept::Concept;
use store::concept::measures::Measure;
use store::concept::outline::Field;
use store::tenancy::Tenant;
use utoipa::{IntoParams, ToSchema};

use super::concept_versions::StageJson;
use crate::AppState;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

/// A measure as lists show it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureJson {
    pub id: i64,
    /// Its number within the concept ("Maßnahme 12").
    pub number: i32,
    pub title: String,
    /// `planned`, `preparing`, `running`, `done`, `paused` or `dropped`.
    pub status: String,
    /// Why it was dropped (or paused); empty otherwise.
    pub status_reason: String,
    /// The action field of its main goal.
    pub action_field: String,
    pub main_goal: String,
    pub lead_organisation: Option<String>,
    /// `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// How far it is, in percent, from its latest progress report (0 before the first).
    pub percent_complete: u8,
    /// The day of its latest progress report, `YYYY-MM-DD`.
    pub reported_on: Option<String>,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GoalJson {
    /// The goal's id in the concept as it is being worked on now; `null`
    /// when the version's goal is no longer there (renamed or removed).
    pub id: Option<i64>,
    pub title: String,
    /// Sanitised HTML.
    pub description_html: String,
    /// The measures whose main goal it is.
    pub measures: Vec<MeasureJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionFieldJson {
    /// The field's id for `/measures?field=`; `null` when the version's
    /// field is no longer there (renamed or removed).
    pub id: Option<i64>,
    pub name: String,
    /// The situation analysis, sanitised HTML.
    pub analysis_html: String,
    pub goals: Vec<GoalJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConceptJson {
    /// The frozen version this is (see `/concept/versions`).
    pub version: Option<i32>,
    pub title: String,
    #[serde(flatten)]
    pub stage: StageJson,
    pub preamble_html: String,
    pub vision_html: String,
    pub action_fields: Vec<ActionFieldJson>,
    pub url: String,
}

/// The municipality's concept, when the public may read it.
async fn public_concept(state: &AppState, tenant: &Tenant) -> Result<Concept, AppError> {
    store::concept::get(&state.db, &tenant.scope).await?.filter(|c| c.stage.stage.public()).ok_or(AppError::NotFound)
}

/// The field and goal a goal id names.
fn goal_in(fields: &[Field], goal: i64) -> Option<(&Field, &store::concept::outline::Goal)> {
    fields.iter().find_map(|f| f.goals.iter().find(|g| g.id == goal).map(|g| (f, g)))
}

fn measure_json(state: &AppState, tenant: &Tenant, fields: &[Field], m: &Measure) -> MeasureJson {
    let d = &m.details;
    let main = d.goals.first().and_then(|g| goal_in(fields, *g));
    MeasureJson {
        id: m.id,
        number: m.number,
        title: d.title.clone(),
        status: d.status.as_str().to_owned(),
        status_reason: d.status_reason.clone(),
        action_field: main.map(|(f, _)| f.texts.name.clone()).unwrap_or_default(),
        main_goal: main.map(|(_, g)| g.texts.title.clone()).unwrap_or_default(),
        lead_organisation: m.lead_organisation_name.clone(),
        starts_on: d.starts_on.map(|d| d.to_string()),
        ends_on: d.ends_on.map(|d| d.to_string()),
        percent_complete: m.percent,
        reported_on: m.reported_on.map(|d| d.to_string()),
        url: format!("{}/m/{}/massnahmen/{}", state.config.public_url, tenant.slug, m.id),
    }
}

/// The concept: action fields, their goals and the measures under each goal.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/concept",
    tag = "concept",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`")),
    responses(
        (status = 200, description = "The concept", body = ConceptJson),
        (status = 404, description = "No such municipality, or no public concept", content_type = "application/problem+json")
    )
)]
pub async fn concept_show(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Json<ConceptJson>, AppError> {
    let concept = public_concept(&state, &tenant).await?;
    let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let measures = store::concept::measures::all(&state.db, &tenant.scope, concept.id).await?;
    let url = format!("{}/m/{}/konzept", state.config.public_url, tenant.slug);
    let Some(version) = current_version(&state, &tenant).await? else {
        return Ok(Json(live_concept(&state, &tenant, &concept, &fields, &measures, url)));
    };
    let (s, v) = (&version.snapshot, &version.summary);
    Ok(Json(ConceptJson {
        version: Some(v.number),
        title: s.title.clone(),
        stage: StageJson::of(&v.stage),
        preamble_html: s.preamble_html.clone(),
        vision_html: s.vision_html.clone(),
        action_fields: s
            .fields
            .iter()
            .map(|f| {
                let now = fields.iter().find(|x| x.texts.name == f.name);
                ActionFieldJson {
                    id: now.map(|x| x.id),
                    name: f.name.clone(),
                    analysis_html: f.analysis_html.clone(),
                    goals: f
                        .goals
                        .iter()
                        .map(|g| GoalJson {
                            id: now.and_then(|x| x.goals.iter().find(|y| y.texts.title == g.title)).map(|y| y.id),
                            title: g.title.clone(),
                            description_html: g.description_html.clone(),
                            // As the version words them, with where they stand now.
                            measures: g
                                .measures
                                .iter()
                                .filter_map(|m| measures.iter().find(|x| x.number == m.number).map(|x| (m, x)))
                                .map(|(m, x)| MeasureJson {
                                    title: m.title.clone(),
                                    action_field: f.name.clone(),
                                    main_goal: g.title.clone(),
                                    ..measure_json(&state, &tenant, &fields, x)
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect(),
        url,
    }))
}

/// The version the open data serves: the newest adopted one, or while none
/// was adopted the newest (in consultation).
async fn current_version(state: &AppState, tenant: &Tenant) -> Result<Option<store::concept::versions::Version>, AppError> {
    if let Some(adopted) = store::concept::versions::adopted(&state.db, &tenant.scope).await? {
        return Ok(Some(adopted));
    }
    let newest = store::concept::versions::list(&state.db, &tenant.scope).await?.last().map(|v| v.number);
    Ok(match newest {
        Some(number) => store::concept::versions::get(&state.db, &tenant.scope, number).await?,
        None => None,
    })
}

/// A public concept that was never frozen (from before versions): as it is.
fn live_concept(state: &AppState, tenant: &Tenant, concept: &Concept, fields: &[Field], measures: &[Measure], url: String) -> ConceptJson {
    ConceptJson {
        version: None,
        title: concept.texts.title.clone(),
        stage: StageJson::of(&concept.stage),
        preamble_html: concept.preamble_html.clone(),
        vision_html: concept.vision_html.clone(),
        action_fields: fields
            .iter()
            .map(|f| ActionFieldJson {
                id: Some(f.id),
                name: f.texts.name.clone(),
                analysis_html: f.analysis_html.clone(),
                goals: f
                    .goals
                    .iter()
                    .map(|g| GoalJson {
                        id: Some(g.id),
                        title: g.texts.title.clone(),
                        description_html: g.description_html.clone(),
                        measures: measures
                            .iter()
                            .filter(|m| m.details.goals.first() == Some(&g.id))
                            .map(|m| measure_json(state, tenant, fields, m))
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
        url,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MeasureParams {
    /// Only measures whose main goal is in this action field (its id).
    pub field: Option<i64>,
    /// Only measures with this status.
    pub status: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureList {
    pub items: Vec<MeasureJson>,
    pub total: usize,
}

/// The concept's measures, by number, optionally of one action field or status.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/measures",
    tag = "concept",
    params(("slug" = String, Path, description = "The municipality"), MeasureParams),
    responses(
        (status = 200, description = "The measures", body = MeasureList),
        (status = 404, description = "No such municipality, or no public concept", content_type = "application/problem+json")
    )
)]
pub async fn measures_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(params): Query<MeasureParams>,
) -> Result<Json<MeasureList>, AppError> {
    let concept = public_concept(&state, &tenant).await?;
    let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let measures = store::concept::measures::all(&state.db, &tenant.scope, concept.id).await?;
    let items: Vec<MeasureJson> = measures
        .iter()
        .filter(|m| params.status.as_deref().is_none_or(|s| m.details.status.as_str() == s))
        .filter(|m| {
            params.field.is_none_or(|f| m.details.goals.first().and_then(|g| goal_in(&fields, *g)).is_some_and(|(field, _)| field.id == f))
        })
        .map(|m| measure_json(&state, &tenant, &fields, m))
        .collect();
    Ok(Json(MeasureList { total: items.len(), items }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureGoalJson {
    pub id: i64,
    pub title: String,
    pub action_field: String,
}

/// A recorded value of an indicator.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorValueJson {
    /// `YYYY-MM-DD`.
    pub on: String,
    pub value: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorJson {
    pub id: i64,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub baseline_on: String,
    pub target: f64,
    pub target_on: String,
    /// Where the figures come from.
    pub source: String,
    /// `higher` or `lower` (is better).
    pub better: String,
    /// The values, the oldest first.
    pub values: Vec<IndicatorValueJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MilestoneJson {
    pub title: String,
    pub due_on: String,
    /// When it was reached; `null` while it is not.
    pub reached_on: Option<String>,
}

/// A progress report.
#[derive(Debug, Serialize, ToSchema)]
pub struct UpdateJson {
    pub on: String,
    /// The measure's status it reported.
    pub status: String,
    pub percent_complete: u8,
    /// Sanitised HTML.
    pub text_html: String,
    /// Why the measure was paused or dropped; empty otherwise.
    pub reason: String,
    /// Photos of the report.
    pub photos: Vec<ReportFileJson>,
    /// Documents it offers as evidence.
    pub evidence: Vec<ReportFileJson>,
}

/// A file of a progress report.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportFileJson {
    pub url: String,
    pub name: String,
    /// The text alternative of a photo; empty for documents.
    pub alt: String,
}

/// What another municipality can learn from a measure held up as good practice.
#[derive(Debug, Serialize, ToSchema)]
pub struct GoodPracticeJson {
    pub worked: String,
    pub cost: String,
    /// Whom to ask (an office, as the municipality wrote it).
    pub contact: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureDetailJson {
    #[serde(flatten)]
    pub summary: MeasureJson,
    /// Sanitised HTML.
    pub description_html: String,
    /// The goals it serves, the main one first.
    pub goals: Vec<MeasureGoalJson>,
    pub partners: Vec<String>,
    pub target_groups: String,
    pub neighbourhoods: Vec<String>,
    /// `high`, `medium` or `low`.
    pub priority: String,
    /// Estimated cost in euro cents.
    pub cost_cents: Option<i64>,
    pub funding_source: String,
    /// The ideas it came from (ids for `/api/v1/m/{slug}/ideas/{id}`).
    pub source_idea_ids: Vec<i64>,
    pub indicators: Vec<IndicatorJson>,
    pub milestones: Vec<MilestoneJson>,
    /// The progress reports, the latest first.
    pub updates: Vec<UpdateJson>,
    /// Set when the municipality holds the measure up as good practice.
    pub good_practice: Option<GoodPracticeJson>,
}

/// One measure of the concept with its goals, partners, neighbourhoods and the ideas it came from.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/measures/{id}",
    tag = "concept",
    params(("slug" = String, Path, description = "The municipality"), ("id" = i64, Path, description = "The measure")),
    responses(
        (status = 200, description = "The measure", body = MeasureDetailJson),
        (status = 404, description = "No such measure in a public concept", content_type = "application/problem+json")
    )
)]
pub async fn measure_show(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<MeasureDetailJson>, AppError> {
    let concept = public_concept(&state, &tenant).await?;
    let measure = store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let choices = store::concept::choices::measure_choices(&state.db, &tenant.scope).await?;
    let sources = store::concept::sources::of_measure(&state.db, &tenant.scope, id).await?;
    let indicators = store::concept::indicators::of_measures(&state.db, &tenant.scope, &[id]).await?;
    let milestones = store::concept::progress::milestones_of(&state.db, &tenant.scope, &[id]).await?;
    let updates = store::concept::progress::updates_of(&state.db, &tenant.scope, &[id]).await?;
    let update_ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
    let report_files = store::files::of_owners(&state.db, &tenant.scope, &[Slot::UpdatePhoto, Slot::UpdateEvidence], &update_ids).await?;
    let names = |ids: &[i64], named: &[store::participation::processes::Named]| -> Vec<String> {
        ids.iter().filter_map(|id| named.iter().find(|n| n.id == *id)).map(|n| n.name.clone()).collect()
    };
    let d = &measure.details;
    Ok(Json(MeasureDetailJson {
        summary: measure_json(&state, &tenant, &fields, &measure),
        description_html: measure.description_html.clone(),
        goals: d
            .goals
            .iter()
            .filter_map(|g| goal_in(&fields, *g))
            .map(|(f, g)| MeasureGoalJson { id: g.id, title: g.texts.title.clone(), action_field: f.texts.name.clone() })
            .collect(),
        partners: names(&d.partners, &choices.organisations),
        target_groups: d.target_groups.clone(),
        neighbourhoods: names(&d.neighbourhoods, &choices.neighbourhoods),
        priority: d.priority.as_str().to_owned(),
        cost_cents: d.cost.map(domain::money::Money::cents),
        funding_source: d.funding_source.clone(),
        source_idea_ids: sources.iter().map(|i| i.id).collect(),
        indicators: indicators
            .iter()
            .map(|i| IndicatorJson {
                id: i.id,
                name: i.details.name.clone(),
                unit: i.details.unit.clone(),
                baseline: i.details.baseline.as_f64(),
                baseline_on: i.details.baseline_on.to_string(),
                target: i.details.target.as_f64(),
                target_on: i.details.target_on.to_string(),
                source: i.details.source.clone(),
                better: i.details.direction.as_str().to_owned(),
                values: i.values.iter().map(|v| IndicatorValueJson { on: v.on.to_string(), value: v.value.as_f64() }).collect(),
            })
            .collect(),
        milestones: milestones
            .iter()
            .map(|m| MilestoneJson {
                title: m.title.clone(),
                due_on: m.due_on.to_string(),
                reached_on: m.reached_on.map(|d| d.to_string()),
            })
            .collect(),
        updates: updates
            .iter()
            .map(|u| {
                let of = |slot: Slot| {
                    report_files
                        .iter()
                        .filter(|f| f.owner == Some(u.id) && f.slot == slot)
                        .map(|f| ReportFileJson {
                            url: format!("{}{}", state.config.public_url, crate::uploads::view::href(&tenant.slug, f)),
                            name: f.name.clone(),
                            alt: f.alt_text.clone().unwrap_or_default(),
                        })
                        .collect()
                };
                UpdateJson {
                    on: u.on.to_string(),
                    status: u.status.as_str().to_owned(),
                    percent_complete: u.percent,
                    text_html: u.text_html.clone(),
                    reason: u.reason.clone(),
                    photos: of(Slot::UpdatePhoto),
                    evidence: of(Slot::UpdateEvidence),
                }
            })
            .collect(),
        good_practice: measure.practice.as_ref().map(|p| GoodPracticeJson {
            worked: p.worked.clone(),
            cost: p.cost.clone(),
            contact: p.contact.clone(),
        }),
    }))
}
