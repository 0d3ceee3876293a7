use axum::Json;
use utoipa::OpenApi;

use super::municipalities;

#[derive(OpenApi)]
#[openapi(
    info(title = "teilhabe API", description = "Open data of the participation platform: public content only."),
    paths(municipalities::municipalities_list),
    components(schemas(municipalities::MunicipalityJson, municipalities::MunicipalityList)),
    tags((name = "tenancy", description = "The state and its municipalities"))
)]
pub struct ApiDoc;

pub async fn openapi_show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
