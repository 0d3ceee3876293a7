use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::policy::require_platform_admin;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, Link, html};

#[derive(Template)]
#[template(path = "admin/home.html")]
struct AdminHome {
    i18n: Locale,
    layout: Layout,
    links: Vec<Link>,
}

pub async fn admin_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    require_platform_admin(&ctx)?;
    let locale = ctx.locale;
    let links = [
        ("/admin/kommunen", "admin-municipalities-title"),
        ("/admin/rollen", "admin-roles-title"),
        ("/admin/protokoll", "admin-audit-title"),
        ("/admin/rechtliches/impressum", "legal-imprint-title"),
        ("/admin/rechtliches/datenschutz", "legal-privacy-title"),
        ("/admin/rechtliches/barrierefreiheit", "legal-accessibility-title"),
    ]
    .into_iter()
    .map(|(href, key)| Link { href: href.to_owned(), label: locale.t(key) })
    .collect();
    Ok(html(&AdminHome { i18n: locale, layout: Layout::state(&state, &ctx, locale.t("admin-title")), links })?.into_response())
}
