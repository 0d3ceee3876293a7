//! Serving a file: only when its item is visible (while hidden by moderation
//! or on a draft concept only to the municipality's staff; a pending upload
//! only to its uploader), with its real type,
//! `nosniff`, and a `Content-Disposition` with a safe name.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use domain::files::ascii_name;
use futures_util::StreamExt;
use http::{HeaderValue, header};

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

pub async fn file_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, _name)): Path<(String, i64, String)>,
) -> Result<Response, AppError> {
    let viewer = ctx.actor.as_ref().map(|a| a.user.id);
    let staff = ctx.actor.as_ref().is_some_and(|a| crate::participation::policy::can_manage(a, &tenant));
    let officer = match &ctx.actor {
        Some(actor) => crate::funding::policy::acts_as_officer(actor, &store::tenancy::state(&state.db).await?),
        None => false,
    };
    let file = store::files::servable(&state.db, &tenant.scope, id, viewer, staff, officer).await?.map_err(|_| AppError::NotFound)?;
    let stream = state.files.stream(&file.storage_key).await.map_err(|e| {
        tracing::error!(error = %e, file = file.id, "a recorded file's bytes are missing");
        AppError::NotFound
    })?;
    let disposition = format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if file.file_type.is_image() { "inline" } else { "attachment" },
        ascii_name(&file.name),
        super::view::encoded_name(&file)
    );
    // Staff may see what the public may not: never kept in a shared cache.
    let caching = if file.owner.is_some() && !staff && !file.slot.private() { "public, max-age=300" } else { "private, no-store" };
    let mut response = Body::from_stream(stream.map(|chunk| chunk.map_err(std::io::Error::other))).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(file.file_type.mime()));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(file.size));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(caching));
    Ok(response)
}
