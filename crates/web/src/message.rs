//! A simple page with a title, a few paragraphs and an optional link: "we
//! sent you a mail", "this link has expired", …

use askama::Template;
use axum::response::Response;
use http::StatusCode;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, Link, html_status};

#[derive(Template)]
#[template(path = "accounts/message.html")]
struct MessagePage {
    i18n: Locale,
    layout: Layout,
    paragraphs: Vec<String>,
    link: Option<Link>,
}

/// Renders the message page; all texts are Fluent ids.
pub fn message(
    state: &AppState,
    ctx: &RequestCtx,
    status: StatusCode,
    title: &str,
    paragraphs: &[&str],
    link: Option<(&str, &str)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    message_text(state, ctx, status, title, paragraphs.iter().map(|p| locale.t(p)).collect(), link)
}

/// Like [`message`], with paragraphs already written (e.g. with arguments).
pub fn message_text(
    state: &AppState,
    ctx: &RequestCtx,
    status: StatusCode,
    title: &str,
    paragraphs: Vec<String>,
    link: Option<(&str, &str)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let page = MessagePage {
        i18n: locale,
        layout: Layout::state(state, ctx, locale.t(title)),
        paragraphs,
        link: link.map(|(href, label)| Link { href: href.to_owned(), label: locale.t(label) }),
    };
    html_status(status, &page)
}
