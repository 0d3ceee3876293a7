//! Errors of the HTTP layer. A handler returns an [`AppError`]; the
//! `render` middleware turns it — and every other error status, such as an
//! unknown route or a refused rate limit — into a page with the layout in the
//! visitor's language, or into `application/problem+json` under `/api/`.

use askama::Template;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use http::{HeaderValue, StatusCode, header};

use crate::AppState;
use crate::ctx::{RequestCtx, locale_of};
use crate::i18n::Locale;
use crate::layout::Layout;
use crate::security::CsrfToken;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    CsrfFailed,
    #[error("request body too large")]
    PayloadTooLarge,
    /// A request no form of ours sends (malformed body).
    #[error("bad request")]
    BadRequest,
    #[error("too many requests")]
    TooManyRequests,
    /// Only for logged-in people: sends them to the login page and back.
    #[error("login required")]
    LoginRequired { next: String },
    /// The role needs two-factor login, which is not set up yet.
    #[error("two-factor login required")]
    TwoFactorRequired,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CsrfFailed => StatusCode::FORBIDDEN,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::LoginRequired { .. } | AppError::TwoFactorRequired => StatusCode::SEE_OTHER,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable code; also the Fluent id of the explanation shown to people.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Forbidden => "error-forbidden",
            AppError::CsrfFailed => "error-csrf",
            AppError::PayloadTooLarge => "error-too-large",
            AppError::BadRequest => "error-bad-request",
            AppError::TooManyRequests => "error-too-many-requests",
            AppError::LoginRequired { .. } => "error-login-required",
            AppError::TwoFactorRequired => "two-factor-required",
            AppError::Internal(_) => "error-internal",
        }
    }
}

impl From<store::StoreError> for AppError {
    fn from(err: store::StoreError) -> Self {
        match err {
            store::StoreError::NotFound => AppError::NotFound,
            store::StoreError::Conflict(code) => AppError::Internal(format!("unhandled conflict {code}")),
            other => AppError::Internal(other.to_string()),
        }
    }
}

/// Every code an error page or problem document can carry; each has a
/// Fluent message and a `-title` message in every language.
pub const ERROR_CODES: &[&str] = &[
    "error-not-found",
    "error-forbidden",
    "error-csrf",
    "error-too-large",
    "error-internal",
    "error-method-not-allowed",
    "error-too-many-requests",
    "error-bad-request",
    "error-login-required",
];

/// Marks a response whose body the `render` middleware writes.
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode(pub &'static str);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::Forbidden => tracing::warn!(target: "teilhabe::auth", "permission check failed"),
            AppError::LoginRequired { next } => {
                let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
                return Redirect::to(&format!("/anmelden?next={next}")).into_response();
            }
            AppError::TwoFactorRequired => return Redirect::to("/konto/zwei-faktor").into_response(),
            _ => {}
        }
        let mut response = self.status().into_response();
        if matches!(self, AppError::TooManyRequests) {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        }
        response.extensions_mut().insert(ErrorCode(self.code()));
        response
    }
}

/// The code for an error status that did not come from an [`AppError`].
fn code_for_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::TOO_MANY_REQUESTS => "error-too-many-requests",
        StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "error-bad-request",
        _ if status.is_server_error() => "error-internal",
        _ => "error-bad-request",
    }
}

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorPage {
    i18n: Locale,
    layout: Layout,
    status: u16,
    code: &'static str,
}

/// Writes the body of every error response that has none of its own.
pub async fn render(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = locale_of(request.headers());
    let is_api = request.uri().path().starts_with("/api/");
    let here = request.uri().path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_default();
    let csrf = request.extensions().get::<CsrfToken>().cloned();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let marked = response.extensions().get::<ErrorCode>().copied();
    let has_own_body = marked.is_none()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/problem+json"));
    if has_own_body {
        return response;
    }
    let code = marked.map(|m| m.0).unwrap_or_else(|| code_for_status(status));
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut rendered = if is_api {
        problem_json(status, code, locale)
    } else {
        let ctx = RequestCtx {
            locale,
            csrf: csrf.unwrap_or_else(CsrfToken::generate),
            here,
            actor: None,
            pending_two_factor: None,
            notice: None,
            client_ip: None,
        };
        let page = ErrorPage {
            i18n: locale,
            layout: Layout::state(&state, &ctx, locale.t(&format!("{code}-title"))),
            status: status.as_u16(),
            code,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(err) => {
                tracing::error!(%err, "error page failed to render");
                (status, "error").into_response()
            }
        }
    };
    if let Some(value) = retry_after {
        rendered.headers_mut().insert(header::RETRY_AFTER, value);
    }
    rendered
}

/// An RFC 9457 problem document; `code` is stable for programs, `title` is
/// for people (in the request's language).
pub fn problem_json(status: StatusCode, code: &str, locale: Locale) -> Response {
    let body = serde_json::json!({
        "type": format!("urn:teilhabe:problem:{code}"),
        "title": locale.t(&format!("{code}-title")),
        "status": status.as_u16(),
        "code": code,
        "detail": locale.t(code),
    });
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    response
}
