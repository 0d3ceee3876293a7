//! Security by default: CSRF protection for every state-changing request and
//! strict headers on every response.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use http::{HeaderValue, Method, header};
use rand::RngCore;

use crate::AppState;
use crate::error::AppError;

/// Name of the form field that carries the token.
pub const CSRF_FIELD: &str = "csrf_token";
/// Largest form body accepted (forms with files use their own limit).
const MAX_FORM_BYTES: usize = 256 * 1024;

/// A per-browser secret that every state-changing form must echo back
/// (double-submit cookie, compared in constant time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrfToken(String);

impl CsrfToken {
    pub fn generate() -> CsrfToken {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        CsrfToken(hex::encode(bytes))
    }

    fn parse(text: &str) -> Option<CsrfToken> {
        (text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())).then(|| CsrfToken(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn matches(&self, other: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), other.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Gives every browser a CSRF cookie and refuses a state-changing request
/// whose form does not carry the same token, or that comes from another site.
pub async fn csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let cookie_name = state.config.cookie_name("csrf");
    let jar = CookieJar::from_headers(request.headers());
    let existing = jar.get(&cookie_name).and_then(|c| CsrfToken::parse(c.value()));
    let token = existing.clone().unwrap_or_else(CsrfToken::generate);
    let (mut parts, body) = request.into_parts();
    let token_authorised = crate::notifications::TOKEN_AUTHORISED_POSTS.iter().any(|p| parts.uri.path().starts_with(p));
    let state_changing = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) && !token_authorised;

    let body = if state_changing {
        let cross_site = parts.headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"cross-site");
        let boundary = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).and_then(|v| multer::parse_boundary(v).ok());
        let limit = if boundary.is_some() { state.config.upload_request_max_bytes() } else { MAX_FORM_BYTES };
        let bytes = match axum::body::to_bytes(body, limit).await {
            Ok(bytes) => bytes,
            Err(_) => return AppError::PayloadTooLarge.into_response(),
        };
        let header_token = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let form_token = match boundary {
            Some(boundary) => multipart_field(bytes.clone(), boundary, CSRF_FIELD).await,
            None => form_field(&bytes, CSRF_FIELD),
        };
        let sent = header_token.or(form_token);
        let valid = match (&existing, sent) {
            (Some(expected), Some(sent)) => expected.matches(&sent),
            _ => false,
        };
        if cross_site || !valid {
            tracing::warn!(method = %parts.method, path = parts.uri.path(), "refused request without a valid CSRF token");
            return AppError::CsrfFailed.into_response();
        }
        Body::from(bytes)
    } else {
        body
    };

    parts.extensions.insert(token.clone());
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing.is_none() {
        let cookie = Cookie::build((cookie_name, token.0))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(state.config.secure_cookies)
            .build();
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(body).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

/// The text field `name` of a `multipart/form-data` body (forms with files
/// put the token first, so this reads only up to it).
async fn multipart_field(body: bytes::Bytes, boundary: String, name: &str) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(name) && field.file_name().is_none() {
            return field.text().await.ok();
        }
    }
    None
}

/// The `Content-Security-Policy`: no inline script, no inline style, nothing
/// from other origins, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; \
img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Strict headers on every response; `no-store` unless the handler set its own
/// caching (only static assets do).
pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
    );
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
