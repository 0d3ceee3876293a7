use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use http::request::Parts;
use store::tenancy::Tenant;

use crate::AppState;
use crate::error::AppError;

/// The municipality named by the `{slug}` in the path; 404 when there is none.
/// Handlers of municipal pages take this, and query through its scope.
pub struct CurrentMunicipality(pub Tenant);

impl FromRequestParts<AppState> for CurrentMunicipality {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let slug = params.get("slug").ok_or(AppError::NotFound)?;
        state.municipalities.by_slug(&state.db, slug).await?.map(CurrentMunicipality).ok_or(AppError::NotFound)
    }
}
