//! The state's funding programmes and their calls as open data: each call
//! with its window and its rules (who may apply, limits, eligible costs).

use axum::Json;
use axum::extract::{Path, State};
use domain::funding::rules::Rules;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeJson {
    pub id: i64,
    pub name: String,
    pub legal_basis: String,
    /// Sanitised HTML.
    pub description_html: String,
    pub contact: String,
    /// The programme's calls (`/programmes/{id}/calls`).
    pub calls_url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeList {
    pub items: Vec<ProgrammeJson>,
    pub total: usize,
}

/// A call's rules, as data.
#[derive(Debug, Serialize, ToSchema)]
pub struct RulesJson {
    /// `municipality`, `district`, `inter_municipal`.
    pub applicant_kinds: Vec<String>,
    pub population_min: Option<i64>,
    pub population_max: Option<i64>,
    /// In euro cents.
    pub max_grant_cents: i64,
    pub funding_rate_percent: u8,
    pub min_own_share_percent: u8,
    /// `moderation`, `workshops`, `interpretation`, `public_relations`,
    /// `rooms_catering`, `accessibility`, `staff`, `other`.
    pub eligible_costs: Vec<String>,
    pub duration_months_min: u8,
    pub duration_months_max: u8,
    pub required_attachments: Vec<String>,
    pub required_declarations: Vec<String>,
}

impl RulesJson {
    fn of(r: &Rules) -> RulesJson {
        RulesJson {
            applicant_kinds: r.applicant_kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            population_min: r.population_min,
            population_max: r.population_max,
            max_grant_cents: r.max_grant.cents(),
            funding_rate_percent: r.funding_rate_percent,
            min_own_share_percent: r.min_own_share_percent,
            eligible_costs: r.eligible_costs.iter().map(|c| c.as_str().to_owned()).collect(),
            duration_months_min: r.duration_months_min,
            duration_months_max: r.duration_months_max,
            required_attachments: r.required_attachments.clone(),
            required_declarations: r.required_declarations.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CallJson {
    pub id: i64,
    pub title: String,
    /// The funding line's name, if the call has one.
    pub funding_line: Option<String>,
    pub description_html: String,
    /// RFC 3339.
    pub opens_at: String,
    pub closes_at: String,
    /// `upcoming`, `open` or `closed`, now.
    pub window: String,
    pub rules: RulesJson,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CallList {
    pub items: Vec<CallJson>,
    pub total: usize,
}

/// The state's funding programmes, newest first.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "funding", responses((status = 200, description = "The programmes", body = ProgrammeList)))]
pub async fn programmes_list(State(state): State<AppState>) -> Result<Json<ProgrammeList>, AppError> {
    let land = store::tenancy::state(&state.db).await?;
    let items: Vec<ProgrammeJson> = store::funding::programmes::list(&state.db, &land.scope)
        .await?
        .into_iter()
        .map(|p| ProgrammeJson {
            calls_url: format!("{}/api/v1/programmes/{}/calls", state.config.public_url, p.id),
            id: p.id,
            name: p.texts.name,
            legal_basis: p.texts.legal_basis,
            description_html: p.description_html,
            contact: p.texts.contact,
        })
        .collect();
    Ok(Json(ProgrammeList { total: items.len(), items }))
}

/// A programme's calls, the newest window first, each with its rules.
#[utoipa::path(
    get,
    path = "/api/v1/programmes/{id}/calls",
    tag = "funding",
    params(("id" = i64, Path, description = "The programme")),
    responses(
        (status = 200, description = "The calls", body = CallList),
        (status = 404, description = "No such programme", content_type = "application/problem+json")
    )
)]
pub async fn calls_list(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Json<CallList>, AppError> {
    let land = store::tenancy::state(&state.db).await?;
    store::funding::programmes::get(&state.db, &land.scope, id).await?.ok_or(AppError::NotFound)?;
    let lines = store::funding::programmes::lines(&state.db, &land.scope, id).await?;
    let now = chrono::Utc::now();
    let items: Vec<CallJson> = store::funding::calls::list(&state.db, &land.scope, Some(id))
        .await?
        .into_iter()
        .map(|c| CallJson {
            id: c.id,
            funding_line: c.draft.line.and_then(|l| lines.iter().find(|x| x.id == l)).map(|l| l.texts.name.clone()),
            window: c.window(now).as_str().to_owned(),
            title: c.draft.title.clone(),
            description_html: c.description_html.clone(),
            opens_at: c.draft.opens_at.to_rfc3339(),
            closes_at: c.draft.closes_at.to_rfc3339(),
            rules: RulesJson::of(&c.draft.rules),
            url: format!("{}/foerderung/aufrufe/{}", state.config.public_url, c.id),
        })
        .collect();
    Ok(Json(CallList { total: items.len(), items }))
}
