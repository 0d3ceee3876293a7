use axum::Json;
use axum::extract::{Query, State};
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::error::AppError;
use crate::organisations::{DirectoryQuery, PER_PAGE};
use crate::tenancy::CurrentMunicipality;

/// A verified organisation of the municipality's stakeholder directory.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationJson {
    pub id: i64,
    pub name: String,
    /// One of `association`, `migrant_organisation`, `business`, `school`, `institution`, `other`.
    pub kind: String,
    /// The description as sanitised HTML.
    pub description_html: String,
    /// `http` or `https` address, if given.
    pub website: Option<String>,
    /// Languages the organisation offers, as it wrote them.
    pub languages: String,
    /// Action fields of the municipality's processes the organisation works on.
    pub topics: Vec<String>,
    /// The organisation's public page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationList {
    pub items: Vec<OrganisationJson>,
    /// Organisations matching the filter (all pages).
    pub total: u64,
    pub page: u64,
}

/// Filter and page of the list; unknown values are ignored.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct OrganisationParams {
    /// Only organisations of this kind (e.g. `association`).
    kind: Option<String>,
    /// Only organisations working on this action field (its name).
    topic: Option<String>,
    /// Page number, from 1; 20 organisations per page.
    page: Option<u64>,
}

/// The municipality's verified organisations, by name, 20 per page.
/// Contact addresses are not part of the answer.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/organisations",
    tag = "organisations",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`"), OrganisationParams),
    responses(
        (status = 200, description = "One page of verified organisations", body = OrganisationList),
        (status = 404, description = "No such municipality", content_type = "application/problem+json")
    )
)]
pub async fn organisations_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(query): Query<DirectoryQuery>,
) -> Result<Json<OrganisationList>, AppError> {
    let page = query.page();
    let found = store::organisations::directory(&state.db, &tenant.scope, &query.filter(), page, PER_PAGE).await?;
    let items = found
        .items
        .into_iter()
        .map(|o| OrganisationJson {
            url: format!("{}/m/{}/organisationen/{}", state.config.public_url, tenant.slug, o.id),
            id: o.id,
            name: o.name,
            kind: o.kind.as_str().to_owned(),
            description_html: o.description_html,
            website: Some(o.website).filter(|w| !w.is_empty()),
            languages: o.languages,
            topics: o.topics,
        })
        .collect();
    Ok(Json(OrganisationList { items, total: found.total, page }))
}
