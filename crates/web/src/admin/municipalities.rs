use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::tenancy::MunicipalityForm;
use http::StatusCode;

use super::policy::require_platform_admin;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};

pub struct Row {
    pub name: String,
    pub slug: String,
    pub ags: String,
    pub population: String,
    pub district: String,
}

#[derive(Template)]
#[template(path = "admin/municipalities.html")]
struct MunicipalitiesPage {
    i18n: Locale,
    layout: Layout,
    rows: Vec<Row>,
    form: MunicipalityForm,
    errors: FormErrors,
}

async fn page(state: &AppState, ctx: &RequestCtx, form: MunicipalityForm, errors: FormErrors) -> Result<MunicipalitiesPage, AppError> {
    let locale = ctx.locale;
    let rows = store::tenancy::municipalities(&state.db)
        .await?
        .into_iter()
        .map(|m| Row {
            population: locale.number(m.population.unwrap_or_default()),
            ags: m.ags.unwrap_or_default(),
            name: m.name,
            slug: m.slug,
            district: m.district,
        })
        .collect();
    Ok(MunicipalitiesPage { i18n: locale, layout: Layout::state(state, ctx, locale.t("admin-municipalities-title")), rows, form, errors })
}

pub async fn municipalities_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    require_platform_admin(&ctx)?;
    Ok(html(&page(&state, &ctx, MunicipalityForm::default(), FormErrors::default()).await?)?.into_response())
}

pub async fn municipality_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Form(form): Form<MunicipalityForm>,
) -> Result<Response, AppError> {
    let actor = require_platform_admin(&ctx)?;
    let input = match form.validate() {
        Ok(input) => input,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors).await?);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::tenancy::create_municipality(&txn, Some(actor.user.id), &input).await {
        Ok(_) => {}
        Err(store::StoreError::Conflict(code)) => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "slug", code);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors).await?);
        }
        Err(other) => return Err(other.into()),
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to("/admin/kommunen?notice=saved").into_response())
}
