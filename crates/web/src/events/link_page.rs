//! The page a mailed link opens (to confirm or to cancel a registration): it
//! names the event and asks before acting, since a link opened by a mail
//! scanner must not change anything. An unknown link gets a 404 page that
//! says so.

use askama::Template;
use axum::response::Response;
use http::StatusCode;
use store::events::Event;
use store::tenancy::Tenant;

use super::views::when;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};

/// The Fluent keys of one kind of link page.
pub struct Keys {
    pub title: &'static str,
    pub question: &'static str,
    pub submit: &'static str,
    pub unknown_title: &'static str,
    pub unknown_text: &'static str,
}

#[derive(Template)]
#[template(path = "events/link.html")]
struct LinkPage {
    i18n: Locale,
    layout: Layout,
    event_title: String,
    when: String,
    event_href: String,
    question: String,
    submit: String,
    unknown_text: String,
    action: Option<String>,
}

/// The page for `event` with a button that posts to `action`, or the
/// unknown-link page without an event.
pub fn render(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    event: Option<&Event>,
    action: &str,
    keys: &Keys,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let view = LinkPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t(if event.is_some() { keys.title } else { keys.unknown_title })),
        event_title: event.map(|e| e.details.title.clone()).unwrap_or_default(),
        when: event.map(|e| when(locale, e.details.starts_at, e.details.ends_at)).unwrap_or_default(),
        event_href: event.map(|e| format!("/m/{}/veranstaltungen/{}", tenant.slug, e.id)).unwrap_or_default(),
        question: locale.t(keys.question),
        submit: locale.t(keys.submit),
        unknown_text: locale.t(keys.unknown_text),
        action: event.map(|_| action.to_owned()),
    };
    html_status(if event.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND }, &view)
}
