//! An organisation's public page: only once the municipality verified it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html};
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "organisations/show.html")]
struct ShowPage {
    i18n: Locale,
    layout: Layout,
    kind: String,
    description_html: String,
    website: String,
    topics: Vec<String>,
    languages: String,
    /// Only for logged-in people (no address harvesting by crawlers).
    contact_email: Option<String>,
    login_href: String,
    manage_href: Option<String>,
    directory_href: String,
}

pub async fn organisation_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = store::organisations::get(&state.db, &tenant.scope, id).await?.filter(|o| o.is_verified()).ok_or(AppError::NotFound)?;
    let member = match &ctx.actor {
        Some(actor) => store::organisations::role_of(&state.db, &tenant.scope, id, actor.user.id).await?.is_some(),
        None => false,
    };
    let here: String = form_urlencoded::byte_serialize(ctx.here.as_bytes()).collect();
    let view = ShowPage {
        i18n: ctx.locale,
        kind: ctx.locale.t(org.kind.label_key()),
        description_html: org.description_html.clone(),
        website: org.website.clone(),
        topics: org.topics.clone(),
        languages: org.languages.clone(),
        contact_email: ctx.actor.is_some().then(|| org.contact_email.clone()),
        login_href: format!("/anmelden?next={here}"),
        manage_href: member.then(|| format!("/m/{}/organisationen/{id}/verwaltung", tenant.slug)),
        directory_href: format!("/m/{}/organisationen", tenant.slug),
        layout: Layout::municipality(&state, &ctx, &tenant, org.name),
    };
    Ok(html(&view)?.into_response())
}
