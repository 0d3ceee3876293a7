use axum::Json;
use utoipa::OpenApi;

use super::{municipalities, organisations};

#[derive(OpenApi)]
#[openapi(
    info(title = "teilhabe API", description = "Open data of the participation platform: public content only."),
    paths(municipalities::municipalities_list, organisations::organisations_list),
    components(schemas(
        municipalities::MunicipalityJson,
        municipalities::MunicipalityList,
        organisations::OrganisationJson,
        organisations::OrganisationList
    )),
    tags(
        (name = "tenancy", description = "The state and its municipalities"),
        (name = "organisations", description = "Each municipality's stakeholder directory: verified organisations")
    )
)]
pub struct ApiDoc;

pub async fn openapi_show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
