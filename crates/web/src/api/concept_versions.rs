//! The frozen versions of the concept as open data: each with its stage,
//! its consultation's last day, the council's decision when adopted, and the
//! address of its page.

use axum::Json;
use axum::extract::State;
use domain::concept::stage::StageChange;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

/// Where a concept or version stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct StageJson {
    /// `consultation` or `adopted`.
    pub stage: String,
    /// The last day of the consultation (`YYYY-MM-DD`), if it has one; an
    /// adopted version keeps the one its consultation had.
    pub consultation_until: Option<String>,
    /// The council's decision, when adopted: `YYYY-MM-DD`, its number and a link.
    pub decided_on: Option<String>,
    pub decision_number: Option<String>,
    pub decision_url: Option<String>,
}

impl StageJson {
    pub fn of(stage: &StageChange) -> StageJson {
        let d = stage.decision.as_ref();
        StageJson {
            stage: stage.stage.as_str().to_owned(),
            consultation_until: stage.consultation_until.map(|d| d.to_string()),
            decided_on: d.map(|d| d.on.to_string()),
            decision_number: d.map(|d| d.number.clone()),
            decision_url: d.and_then(|d| d.link.clone()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionJson {
    pub number: i32,
    #[serde(flatten)]
    pub stage: StageJson,
    /// The day the version was frozen, `YYYY-MM-DD`.
    pub frozen_on: String,
    /// Its page, which never changes.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionList {
    pub items: Vec<VersionJson>,
    pub total: usize,
}

/// The concept's versions, oldest first (empty when none was frozen yet).
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/concept/versions",
    tag = "concept",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`")),
    responses(
        (status = 200, description = "The versions", body = VersionList),
        (status = 404, description = "No such municipality", content_type = "application/problem+json")
    )
)]
pub async fn versions_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Json<VersionList>, AppError> {
    let versions = store::concept::versions::list(&state.db, &tenant.scope).await?;
    let items: Vec<VersionJson> = versions
        .into_iter()
        .map(|v| VersionJson {
            number: v.number,
            stage: StageJson::of(&v.stage),
            frozen_on: v.frozen_at.date_naive().to_string(),
            url: format!("{}/m/{}/konzept/versionen/{}", state.config.public_url, tenant.slug, v.number),
        })
        .collect();
    Ok(Json(VersionList { total: items.len(), items }))
}
