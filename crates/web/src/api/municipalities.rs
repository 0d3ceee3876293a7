use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;

/// A municipality on the platform.
#[derive(Debug, Serialize, ToSchema)]
pub struct MunicipalityJson {
    /// URL name, e.g. `musterstadt`; the municipality's pages are at `/m/{slug}`.
    pub slug: String,
    pub name: String,
    /// Amtlicher Gemeindeschlüssel (8 digits).
    pub ags: Option<String>,
    pub population: Option<i64>,
    /// Landkreis.
    pub district: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MunicipalityList {
    pub items: Vec<MunicipalityJson>,
    pub total: usize,
}

/// All municipalities, by name.
#[utoipa::path(
    get,
    path = "/api/v1/municipalities",
    tag = "tenancy",
    responses((status = 200, description = "All municipalities", body = MunicipalityList))
)]
pub async fn municipalities_list(State(state): State<AppState>) -> Result<Json<MunicipalityList>, AppError> {
    let items: Vec<MunicipalityJson> = store::tenancy::municipalities(&state.db)
        .await?
        .into_iter()
        .map(|m| MunicipalityJson { slug: m.slug, name: m.name, ags: m.ags, population: m.population, district: m.district })
        .collect();
    Ok(Json(MunicipalityList { total: items.len(), items }))
}
