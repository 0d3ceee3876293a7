//! Static files (KERN UX CSS and fonts, our CSS), embedded at build time and
//! served under names that contain their content hash, cached forever.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use crate::routes::{RouteDef, get_route};

pub struct Asset {
    /// Path below `static/`, e.g. `kern/kern.min.css`.
    pub path: &'static str,
    /// The same path with the content hash in the file name.
    pub hashed: &'static str,
    pub mime: &'static str,
    pub bytes: &'static [u8],
    pub gzip: Option<&'static [u8]>,
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

static URLS: LazyLock<HashMap<&'static str, String>> =
    LazyLock::new(|| ASSETS.iter().map(|a| (a.path, format!("/static/{}", a.hashed))).collect());

/// The URL of a static file (with its content hash).
pub fn url(path: &str) -> &'static str {
    URLS.get(path).map(String::as_str).unwrap_or("/static/missing")
}

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/static/{*path}", asset_get)]
}

async fn asset_get(Path(path): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = ASSETS.iter().find(|a| a.hashed == path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = match asset.gzip {
        Some(gz) if accepts_gzip => {
            let mut r = gz.into_response();
            r.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        }
        _ => asset.bytes.into_response(),
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.mime));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}
