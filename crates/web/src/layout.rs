//! What every page shares: language, title, header with the language
//! chooser, footer with the legal pages of the space the page belongs to.

use domain::legal::LegalPageKind;
use store::tenancy::Tenant;

use crate::AppState;
use crate::assets;
use crate::ctx::RequestCtx;
use crate::i18n::Locale;

#[derive(Debug, Clone)]
pub struct Link {
    pub href: String,
    pub label: String,
}

/// A labelled fact of a page ("Ort: Stadtbibliothek"), shown in a description list.
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub code: &'static str,
    pub endonym: &'static str,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub lang: &'static str,
    pub dir: &'static str,
    /// Title of the page itself (the `h1`).
    pub title: String,
    /// The document `<title>`: page title and space name.
    pub document_title: String,
    /// Name of the space the page belongs to: a municipality or the state.
    pub site_name: String,
    pub site_href: String,
    /// The state space's name, shown above a municipality's name.
    pub parent_name: Option<String>,
    pub languages: Vec<LanguageLink>,
    pub stylesheets: Vec<&'static str>,
    pub footer_links: Vec<Link>,
    /// Name of the logged-in person, for the header.
    pub account_name: Option<String>,
    /// Unread notifications of the logged-in person.
    pub unread_notifications: u64,
    /// Where the login link returns to.
    pub login_href: String,
    /// CSRF token for the logout button in the header.
    pub csrf: String,
    /// A confirmation to show above the content (already translated).
    pub notice: Option<String>,
}

impl Layout {
    /// Layout for a page of the state space (or of the installation as a whole).
    pub fn state(state: &AppState, ctx: &RequestCtx, title: impl Into<String>) -> Layout {
        Self::build(ctx, title.into(), &state.site, "", None)
    }

    /// Layout for a page of one municipality.
    pub fn municipality(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, title: impl Into<String>) -> Layout {
        let base = format!("/m/{}", tenant.slug);
        Self::build(ctx, title.into(), tenant, &base, Some(state.site.name.clone()))
    }

    fn build(ctx: &RequestCtx, title: String, space: &Tenant, base: &str, parent_name: Option<String>) -> Layout {
        let locale = ctx.locale;
        let next: String = form_urlencoded::byte_serialize(ctx.here.as_bytes()).collect();
        let languages = Locale::ALL
            .into_iter()
            .map(|l| LanguageLink {
                code: l.code(),
                endonym: l.endonym(),
                href: format!("/lang/{}?next={next}", l.code()),
                current: l == locale,
            })
            .collect();
        let footer_links = LegalPageKind::ALL
            .into_iter()
            .map(|kind| Link { href: format!("{base}/{}", kind.slug()), label: locale.t(kind.title_key()) })
            .collect();
        Layout {
            document_title: if title == space.name { title.clone() } else { format!("{title} – {}", space.name) },
            lang: locale.code(),
            dir: locale.dir(),
            title,
            site_name: space.name.clone(),
            site_href: if base.is_empty() { "/".to_owned() } else { base.to_owned() },
            parent_name,
            languages,
            stylesheets: vec![assets::url("kern/kern.min.css"), assets::url("app.css")],
            footer_links,
            account_name: ctx.actor.as_ref().map(|a| a.user.display_name.clone()),
            unread_notifications: ctx.actor.as_ref().map_or(0, |a| a.unread_notifications),
            login_href: if ctx.here.starts_with("/anmelden") || ctx.here.starts_with("/registrieren") {
                "/anmelden".to_owned()
            } else {
                format!("/anmelden?next={next}")
            },
            csrf: ctx.csrf.as_str().to_owned(),
            notice: ctx.notice.as_deref().map(|key| locale.t(key)),
        }
    }
}

/// Renders a page (status 200).
pub fn html<T: askama::Template>(page: &T) -> Result<axum::response::Html<String>, crate::error::AppError> {
    page.render().map(axum::response::Html).map_err(|e| crate::error::AppError::Internal(e.to_string()))
}

/// Renders a page with another status, e.g. a form with errors (422).
pub fn html_status<T: askama::Template>(status: http::StatusCode, page: &T) -> Result<axum::response::Response, crate::error::AppError> {
    use axum::response::IntoResponse;
    Ok((status, html(page)?).into_response())
}
