use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::legal::LegalPageKind;
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use super::policy::require_editor;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html, html_status};
use crate::tenancy::CurrentMunicipality;

/// Longest text accepted (a long privacy policy is about 40,000 characters).
const MAX_CHARS: usize = 100_000;

#[derive(Template)]
#[template(path = "legal/edit.html")]
struct EditPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    body: String,
    errors: FormErrors,
}

#[derive(Deserialize)]
pub struct EditForm {
    #[serde(default)]
    body: String,
}

fn kind_of(kind: &str) -> Result<LegalPageKind, AppError> {
    LegalPageKind::from_slug(kind).ok_or(AppError::NotFound)
}

fn layout(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, kind: LegalPageKind) -> Layout {
    let title = ctx.locale.t_args("legal-edit-title", &[("page", FluentArg::Text(ctx.locale.t(kind.title_key())))]);
    match tenant.kind {
        domain::tenancy::TenantKind::State => Layout::state(state, ctx, title),
        domain::tenancy::TenantKind::Municipality => Layout::municipality(state, ctx, tenant, title),
    }
}

fn action(tenant: &Tenant, kind: LegalPageKind) -> String {
    match tenant.kind {
        domain::tenancy::TenantKind::State => format!("/admin/rechtliches/{}", kind.slug()),
        domain::tenancy::TenantKind::Municipality => format!("/m/{}/verwaltung/rechtliches/{}", tenant.slug, kind.slug()),
    }
}

fn public_path(tenant: &Tenant, kind: LegalPageKind) -> String {
    match tenant.kind {
        domain::tenancy::TenantKind::State => format!("/{}", kind.slug()),
        domain::tenancy::TenantKind::Municipality => format!("/m/{}/{}", tenant.slug, kind.slug()),
    }
}

async fn show(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, kind: LegalPageKind) -> Result<Response, AppError> {
    require_editor(ctx, tenant)?;
    let body = store::legal::page(&state.db, &tenant.scope, kind).await?.map(|p| p.body_markdown).unwrap_or_default();
    let page = EditPage {
        i18n: ctx.locale,
        layout: layout(state, ctx, tenant, kind),
        action: action(tenant, kind),
        body,
        errors: FormErrors::default(),
    };
    Ok(html(&page)?.into_response())
}

async fn save(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, kind: LegalPageKind, form: EditForm) -> Result<Response, AppError> {
    let actor = require_editor(ctx, tenant)?;
    let body = form.body.replace("\r\n", "\n");
    if body.trim().is_empty() || body.chars().count() > MAX_CHARS {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "body", "legal-edit-length");
        let page = EditPage { i18n: ctx.locale, layout: layout(state, ctx, tenant, kind), action: action(tenant, kind), body, errors };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::legal::save(&txn, &tenant.scope, kind, &body, Some(actor.user.id)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}?notice=saved", public_path(tenant, kind))).into_response())
}

pub async fn municipality_legal_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, kind)): Path<(String, String)>,
) -> Result<Response, AppError> {
    show(&state, &ctx, &tenant, kind_of(&kind)?).await
}

pub async fn municipality_legal_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, kind)): Path<(String, String)>,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    save(&state, &ctx, &tenant, kind_of(&kind)?, form).await
}

pub async fn state_legal_edit(State(state): State<AppState>, ctx: RequestCtx, Path(kind): Path<String>) -> Result<Response, AppError> {
    let site = (*state.site).clone();
    show(&state, &ctx, &site, kind_of(&kind)?).await
}

pub async fn state_legal_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(kind): Path<String>,
    Form(form): Form<EditForm>,
) -> Result<Response, AppError> {
    let site = (*state.site).clone();
    save(&state, &ctx, &site, kind_of(&kind)?, form).await
}
