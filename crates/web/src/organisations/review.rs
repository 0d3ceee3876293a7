//! The coordinator's list: organisations waiting for verification, and the
//! verified ones, whose verification can be withdrawn.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use store::organisations::Organisation;
use store::tenancy::Tenant;

use super::policy::require_reviewer;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html};
use crate::tenancy::CurrentMunicipality;

pub struct ReviewRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub registered: String,
    pub registered_iso: String,
    pub website: String,
    pub contact_email: String,
    pub languages: String,
    pub topics: String,
    pub description_html: String,
    pub public_href: String,
}

#[derive(Template)]
#[template(path = "organisations/review.html")]
struct ReviewPage {
    i18n: Locale,
    layout: Layout,
    base: String,
    waiting: Vec<ReviewRow>,
    verified: Vec<ReviewRow>,
}

fn row(locale: Locale, tenant: &Tenant, o: Organisation) -> ReviewRow {
    ReviewRow {
        public_href: format!("/m/{}/organisationen/{}", tenant.slug, o.id),
        id: o.id,
        kind: locale.t(o.kind.label_key()),
        registered: o.created_at.format("%d.%m.%Y").to_string(),
        registered_iso: o.created_at.to_rfc3339(),
        topics: o.topics.join(", "),
        name: o.name,
        website: o.website,
        contact_email: o.contact_email,
        languages: o.languages,
        description_html: o.description_html,
    }
}

pub async fn review_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_reviewer(&ctx, &tenant)?;
    let locale = ctx.locale;
    let (verified, waiting): (Vec<_>, Vec<_>) =
        store::organisations::for_review(&state.db, &tenant.scope).await?.into_iter().partition(Organisation::is_verified);
    let view = ReviewPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("organisation-review-title")),
        base: format!("/m/{}/verwaltung/organisationen", tenant.slug),
        waiting: waiting.into_iter().map(|o| row(locale, &tenant, o)).collect(),
        verified: verified.into_iter().map(|o| row(locale, &tenant, o)).collect(),
    };
    Ok(html(&view)?.into_response())
}

async fn set(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, id: &str, verified: bool) -> Result<Response, AppError> {
    let actor = require_reviewer(ctx, tenant)?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::organisations::set_verified(&txn, &tenant.scope, id, Some(actor.user.id), verified).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    let notice = if verified { "organisation-verified" } else { "organisation-unverified" };
    Ok(Redirect::to(&format!("/m/{}/verwaltung/organisationen?notice={notice}", tenant.slug)).into_response())
}

/// Makes the organisation public in the directory (audited).
pub async fn organisation_verify(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    set(&state, &ctx, &tenant, &id, true).await
}

/// Takes the organisation out of the directory again (audited).
pub async fn organisation_unverify(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    set(&state, &ctx, &tenant, &id, false).await
}
