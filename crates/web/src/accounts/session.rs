//! The session cookie: a random token; the database knows only its hash.

use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use http::{HeaderValue, header};
use rand::RngCore;

use crate::WebConfig;

/// A new random token for a session cookie or a mailed link.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn cookie_name(config: &WebConfig) -> String {
    config.cookie_name("session")
}

/// A session cookie: no expiry of its own (ends with the browser; the server
/// ends it after inactivity or its absolute lifetime).
pub fn set_cookie(config: &WebConfig, token: &str) -> HeaderValue {
    let cookie = Cookie::build((cookie_name(config), token.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies)
        .build();
    HeaderValue::from_str(&cookie.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_cookie(config: &WebConfig) -> HeaderValue {
    let cookie = Cookie::build((cookie_name(config), ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies)
        .max_age(time::Duration::ZERO)
        .build();
    HeaderValue::from_str(&cookie.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Also rotates the CSRF token: a new login gets a new one.
pub fn clear_csrf_cookie(config: &WebConfig) -> HeaderValue {
    let cookie = Cookie::build((config.cookie_name("csrf"), "")).path("/").max_age(time::Duration::ZERO).build();
    HeaderValue::from_str(&cookie.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Adds `Set-Cookie` headers to a response.
pub fn with_cookies(response: impl IntoResponse, cookies: &[HeaderValue]) -> Response {
    let mut response = response.into_response();
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie.clone());
    }
    response
}
