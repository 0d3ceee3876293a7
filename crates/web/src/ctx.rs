//! `RequestCtx`: what every handler knows about the request — its language,
//! its CSRF token and where it is — extracted once.

use axum::extract::FromRequestParts;
use axum_extra::extract::CookieJar;
use http::HeaderMap;
use http::request::Parts;

use crate::AppState;
use crate::i18n::Locale;
use crate::security::CsrfToken;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone)]
pub struct RequestCtx {
    pub locale: Locale,
    /// Token to put into every form of the page.
    pub csrf: CsrfToken,
    /// Path and query of this request, to come back to after switching language.
    pub here: String,
}

/// The language of a request: the `lang` cookie, then `Accept-Language`, then German.
pub fn locale_of(headers: &HeaderMap) -> Locale {
    let jar = CookieJar::from_headers(headers);
    jar.get(LANG_COOKIE)
        .and_then(|c| Locale::from_code(c.value()))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::De)
}

impl FromRequestParts<AppState> for RequestCtx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, Self::Rejection> {
        let csrf = parts.extensions.get::<CsrfToken>().cloned().unwrap_or_else(CsrfToken::generate);
        let here = parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_else(|| "/".to_owned());
        Ok(RequestCtx { locale: locale_of(&parts.headers), csrf, here })
    }
}
