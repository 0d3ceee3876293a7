//! The frozen versions of the concept as open data: each with its stage,
//! the council's decision when adopted, and the address of its page.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionJson {
    pub number: i32,
    /// `consultation` or `adopted`.
    pub stage: String,
    /// The council's decision, when adopted: `YYYY-MM-DD`, its number and a link.
    pub decided_on: Option<String>,
    pub decision_number: Option<String>,
    pub decision_url: Option<String>,
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
        .map(|v| {
            let d = v.stage.decision.as_ref();
            VersionJson {
                number: v.number,
                stage: v.stage.stage.as_str().to_owned(),
                decided_on: d.map(|d| d.on.to_string()),
                decision_number: d.map(|d| d.number.clone()),
                decision_url: d.and_then(|d| d.link.clone()),
                frozen_on: v.frozen_at.date_naive().to_string(),
                url: format!("{}/m/{}/konzept/versionen/{}", state.config.public_url, tenant.slug, v.number),
            }
        })
        .collect();
    Ok(Json(VersionList { total: items.len(), items }))
}
