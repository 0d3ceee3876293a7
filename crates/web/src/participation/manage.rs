//! The coordinator sets up processes (phases, action fields) and the
//! municipality's neighbourhoods.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::phases::PhaseKind;
use domain::participation::processes::{ProcessForm, phase_field};
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use super::policy::require_coordinator;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

pub struct PhaseInput {
    pub kind: &'static str,
    pub name: String,
    pub starts_id: &'static str,
    pub ends_id: &'static str,
    pub starts: String,
    pub ends: String,
    pub starts_error: Option<String>,
    pub ends_error: Option<String>,
    pub ideas: bool,
    pub comments: bool,
    pub supports: bool,
}

#[derive(Template)]
#[template(path = "participation/process_form.html")]
struct ProcessFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    form: ProcessForm,
    phases: Vec<PhaseInput>,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, form: ProcessForm, errors: FormErrors, fresh: bool) -> ProcessFormPage {
    let phases = PhaseKind::ALL
        .into_iter()
        .map(|kind| {
            let defaults = kind.default_openings();
            let on = |part: &str, default: bool| if fresh { default } else { !form.phase_value(kind, part).is_empty() };
            PhaseInput {
                kind: kind.as_str(),
                name: ctx.locale.t(kind.name_key()),
                starts_id: phase_field(kind, "starts"),
                ends_id: phase_field(kind, "ends"),
                starts: form.phase_value(kind, "starts"),
                ends: form.phase_value(kind, "ends"),
                starts_error: errors.get(phase_field(kind, "starts")),
                ends_error: errors.get(phase_field(kind, "ends")),
                ideas: on("ideas", defaults.ideas),
                comments: on("comments", defaults.comments),
                supports: on("supports", defaults.supports),
            }
        })
        .collect();
    ProcessFormPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("process-new-title")),
        action: format!("/m/{}/verwaltung/beteiligung/neu", tenant.slug),
        form,
        phases,
        errors,
    }
}

pub async fn process_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    Ok(html(&page(&state, &ctx, &tenant, ProcessForm::default(), FormErrors::default(), true))?.into_response())
}

pub async fn process_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<ProcessForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let input = match form.validate() {
        Ok(input) => input,
        Err(problems) => {
            let mut errors = FormErrors::default();
            for p in problems {
                errors.add(ctx.locale, p.field, p.code);
            }
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, form, errors, false));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::participation::processes::create(&txn, &tenant.scope, Some(actor.user.id), &input, &markdown::render(&input.description))
        .await
    {
        Ok(_) => {}
        Err(store::StoreError::Conflict(code)) => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "slug", code);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, form, errors, false));
        }
        Err(other) => return Err(other.into()),
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/beteiligung/{}?notice=saved", tenant.slug, input.slug.as_str())).into_response())
}

#[derive(Template)]
#[template(path = "participation/neighbourhoods.html")]
struct NeighbourhoodsPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    existing: Vec<String>,
    names: String,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NeighbourhoodsForm {
    names: String,
}

async fn neighbourhoods_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    names: String,
    errors: FormErrors,
) -> Result<NeighbourhoodsPage, AppError> {
    let existing = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?.into_iter().map(|n| n.name).collect();
    Ok(NeighbourhoodsPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("neighbourhoods-title")),
        action: format!("/m/{}/verwaltung/quartiere", tenant.slug),
        existing,
        names,
        errors,
    })
}

pub async fn neighbourhoods_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    Ok(html(&neighbourhoods_page(&state, &ctx, &tenant, String::new(), FormErrors::default()).await?)?.into_response())
}

pub async fn neighbourhoods_add(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<NeighbourhoodsForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let names: Vec<String> = form.names.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if names.is_empty() || names.len() > 100 || names.iter().any(|n| n.chars().count() > 120) {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "names", "neighbourhoods-invalid");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &neighbourhoods_page(&state, &ctx, &tenant, form.names, errors).await?);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::processes::add_neighbourhoods(&txn, &tenant.scope, Some(actor.user.id), &names).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/quartiere?notice=saved", tenant.slug)).into_response())
}
