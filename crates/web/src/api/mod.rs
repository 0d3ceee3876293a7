//! JSON API under `/api/v1`, described by a generated OpenAPI 3.1 document.
//! Answers carry only public data; errors are `application/problem+json`.

mod concept;
mod concept_versions;
mod events;
mod funding;
mod municipalities;
mod openapi;
mod organisations;
mod participation;
mod surveys;

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/api/v1/municipalities", municipalities::municipalities_list),
        get_route("/api/v1/m/{slug}/organisations", organisations::organisations_list),
        get_route("/api/v1/m/{slug}/events", events::events_list),
        get_route("/api/v1/m/{slug}/surveys", surveys::surveys_list),
        get_route("/api/v1/m/{slug}/surveys/{id}/results", surveys::survey_results),
        get_route("/api/v1/m/{slug}/processes", participation::processes_list),
        get_route("/api/v1/m/{slug}/ideas", participation::ideas_list),
        get_route("/api/v1/m/{slug}/ideas/{id}", participation::idea_show),
        get_route("/api/v1/m/{slug}/concept", concept::concept_show),
        get_route("/api/v1/m/{slug}/concept/versions", concept_versions::versions_list),
        get_route("/api/v1/m/{slug}/measures", concept::measures_list),
        get_route("/api/v1/m/{slug}/measures/{id}", concept::measure_show),
        get_route("/api/v1/programmes", funding::programmes_list),
        get_route("/api/v1/programmes/{id}/calls", funding::calls_list),
        get_route("/api/v1/openapi.json", openapi::openapi_show),
    ]
}
