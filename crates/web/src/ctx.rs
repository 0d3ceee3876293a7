//! `RequestCtx`: what every page handler knows about the request — its
//! language, its CSRF token, where it is, and who is logged in — extracted once.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum_extra::extract::CookieJar;
use http::HeaderMap;
use http::request::Parts;

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::accounts::session;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::security::CsrfToken;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

/// Short confirmations shown once after a redirect (`?notice=…`); only these.
pub const NOTICES: &[&str] = &[
    "application-approved",
    "application-changes-requested",
    "application-rejected",
    "application-submitted",
    "application-withdrawn",
    "payment-released",
    "payment-rejected",
    "payment-requested",
    "report-submitted",
    "report-accepted",
    "report-returned",
    "grant-closed",
    "logged-in",
    "logged-out",
    "registered",
    "confirmed",
    "password-changed",
    "password-reset",
    "profile-saved",
    "email-change-sent",
    "email-changed",
    "two-factor-enabled",
    "two-factor-disabled",
    "account-deleted",
    "feedback-sent",
    "saved",
    "event-registered",
    "event-waiting",
    "event-cancelled",
    "event-check-mail",
    "event-closed",
    "event-called-off",
    "event-message-sent",
    "offline-saved",
    "survey-answered",
    "survey-draft-saved",
    "survey-paper-saved",
    "organisation-registered",
    "organisation-invited",
    "organisation-joined",
    "organisation-member-removed",
    "organisation-left",
    "organisation-verified",
    "organisation-unverified",
    "idea-published",
    "idea-withdrawn",
    "reported",
    "ideas-merged",
    "account-blocked",
    "account-unblocked",
];

#[derive(Debug, Clone)]
pub struct RequestCtx {
    pub locale: Locale,
    /// Token to put into every form of the page.
    pub csrf: CsrfToken,
    /// Path and query of this request, to come back to after switching language.
    pub here: String,
    /// The logged-in account, if any (not while the second factor is pending).
    pub actor: Option<Actor>,
    /// The session id when the password was checked but the second factor not yet.
    pub pending_two_factor: Option<(String, store::accounts::User)>,
    /// Fluent id of a confirmation to show at the top of the page.
    pub notice: Option<String>,
    /// Address the request came from, for rate limits only (never logged).
    pub client_ip: Option<IpAddr>,
}

impl RequestCtx {
    /// The logged-in account, or a redirect to the login page.
    pub fn require_actor(&self) -> Result<&Actor, AppError> {
        self.actor.as_ref().ok_or_else(|| AppError::LoginRequired { next: self.here.clone() })
    }
}

/// The language of a request: the `lang` cookie, then `Accept-Language`, then German.
pub fn locale_of(headers: &HeaderMap) -> Locale {
    let jar = CookieJar::from_headers(headers);
    jar.get(LANG_COOKIE)
        .and_then(|c| Locale::from_code(c.value()))
        .or_else(|| headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate))
        .unwrap_or(Locale::De)
}

fn notice_of(query: Option<&str>) -> Option<String> {
    let value = form_urlencoded::parse(query?.as_bytes()).find(|(k, _)| k == "notice")?.1;
    NOTICES.contains(&value.as_ref()).then(|| format!("notice-{value}"))
}

fn client_ip(parts: &Parts, state: &AppState) -> Option<IpAddr> {
    if state.config.trust_forwarded_for {
        let forwarded = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
        if let Some(ip) = forwarded.and_then(|v| v.rsplit(',').next()).and_then(|v| v.trim().parse().ok()) {
            return Some(ip);
        }
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())
}

impl FromRequestParts<AppState> for RequestCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let csrf = parts.extensions.get::<CsrfToken>().cloned().unwrap_or_else(CsrfToken::generate);
        let here = parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_else(|| "/".to_owned());
        let jar = CookieJar::from_headers(&parts.headers);
        let mut actor = None;
        let mut pending_two_factor = None;
        if let Some(token) = jar.get(&session::cookie_name(&state.config)).map(|c| c.value().to_owned())
            && let Some(found) = store::sessions::find(&state.db, &token, state.config.session_lifetimes).await?
        {
            if found.two_factor_pending {
                pending_two_factor = Some((found.id, found.user));
            } else {
                if store::now() - found.last_seen_at > chrono::TimeDelta::seconds(60) {
                    store::sessions::touch(&state.db, &found.id).await?;
                }
                let roles = store::accounts::roles_of(&state.db, found.user.id).await?;
                let unread_notifications = store::notifications::inbox::unread_count(&state.db, found.user.id).await?;
                actor = Some(Actor { user: found.user, roles, session_id: found.id, unread_notifications });
            }
        }
        Ok(RequestCtx {
            locale: locale_of(&parts.headers),
            csrf,
            here,
            actor,
            pending_two_factor,
            notice: notice_of(parts.uri.query()),
            client_ip: client_ip(parts, state),
        })
    }
}
