//! A municipality's funding applications for its coordinators: the
//! applications so far with their status, and the open calls to start one.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use super::rules_view::window_text;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::events::views::at;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

pub struct ApplicationRow {
    pub href: String,
    pub title: String,
    pub call: String,
    pub status: String,
    pub submitted: String,
}

pub struct OpenCall {
    pub id: i64,
    pub title: String,
    pub programme: String,
    pub window: String,
}

#[derive(Template)]
#[template(path = "funding/applications.html")]
struct ApplicationsPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    rows: Vec<ApplicationRow>,
    calls: Vec<OpenCall>,
    title: String,
    errors: FormErrors,
}

pub(super) fn base(tenant: &Tenant) -> String {
    format!("/m/{}/verwaltung/foerderung", tenant.slug)
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    title: String,
    errors: FormErrors,
) -> Result<ApplicationsPage, AppError> {
    let locale = ctx.locale;
    let land = store::tenancy::state(&state.db).await?;
    let calls = store::funding::calls::list(&state.db, &land.scope, None).await?;
    let programmes = store::funding::programmes::list(&state.db, &land.scope).await?;
    let applications = store::funding::applications::of_tenant(&state.db, &tenant.scope).await?;
    let now = chrono::Utc::now();
    let rows = applications
        .iter()
        .map(|a| ApplicationRow {
            href: format!("{}/antraege/{}", base(tenant), a.id),
            title: a.form.title.clone(),
            call: calls.iter().find(|c| c.id == a.call).map(|c| c.draft.title.clone()).unwrap_or_default(),
            status: locale.t(&a.status.label_key()),
            submitted: a.submitted_at.map(|t| at(locale, t)).unwrap_or_default(),
        })
        .collect();
    let open = calls
        .iter()
        .filter(|c| c.window(now) == domain::funding::call::Window::Open)
        .map(|c| OpenCall {
            id: c.id,
            title: c.draft.title.clone(),
            programme: programmes.iter().find(|p| p.id == c.programme).map(|p| p.texts.name.clone()).unwrap_or_default(),
            window: window_text(locale, c),
        })
        .collect();
    Ok(ApplicationsPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("applications-title")),
        action: base(tenant),
        rows,
        calls: open,
        title,
        errors,
    })
}

pub async fn applications_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, String::new(), FormErrors::default()).await?)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    call: String,
    title: String,
}

pub async fn application_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let land = store::tenancy::state(&state.db).await?;
    let call = match form.call.parse::<i64>() {
        Ok(id) => store::funding::calls::get(&state.db, &land.scope, id).await?,
        Err(_) => None,
    };
    let title = form.title.trim();
    let mut errors = FormErrors::default();
    if !(3..=200).contains(&title.chars().count()) {
        errors.add(ctx.locale, "title", "application-title-invalid");
    }
    match &call {
        None => errors.add(ctx.locale, "call", "application-call-unknown"),
        Some(c) if c.window(chrono::Utc::now()) != domain::funding::call::Window::Open => {
            errors.add(ctx.locale, "call", "application-call-closed")
        }
        Some(_) => {}
    }
    let (Some(call), true) = (call, errors.is_empty()) else {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, form.title.clone(), errors).await?);
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = store::funding::applications::create(&txn, &tenant.scope, actor.user.id, &call, title).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}/antraege/{id}", base(&tenant))).into_response())
}
