//! Switching the interface language: a plain link, remembered in a cookie.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use crate::AppState;
use crate::ctx::LANG_COOKIE;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/lang/{code}", language_switch)]
}

#[derive(Deserialize)]
struct Next {
    next: Option<String>,
}

/// Only a path on this site may be the target (no open redirect).
fn safe_target(next: Option<String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => path,
        _ => "/".to_owned(),
    }
}

async fn language_switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(next): Query<Next>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let locale = Locale::from_code(&code).filter(|l| l.code() == code).ok_or(AppError::NotFound)?;
    let cookie = Cookie::build((LANG_COOKIE, locale.code()))
        .path("/")
        .max_age(time_year())
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies)
        .http_only(true)
        .build();
    Ok((jar.add(cookie), Redirect::to(&safe_target(next.next))).into_response())
}

fn time_year() -> time::Duration {
    time::Duration::days(365)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_targets() {
        assert_eq!(safe_target(Some("/m/musterstadt?x=1".into())), "/m/musterstadt?x=1");
        assert_eq!(safe_target(Some("//evil.example".into())), "/");
        assert_eq!(safe_target(Some("https://evil.example".into())), "/");
        assert_eq!(safe_target(Some("/\\evil.example".into())), "/");
        assert_eq!(safe_target(None), "/");
    }
}
