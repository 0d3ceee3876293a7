//! The coordinators' pages for a measure's indicators (name, unit, baseline
//! and target with their days, source, which way is better) and its
//! milestones.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::indicators::{Direction, IndicatorForm};
use domain::concept::progress::MilestoneForm;
use http::StatusCode;
use store::concept::measures::Measure;
use store::tenancy::Tenant;

use super::progress_views::{MilestoneView, milestone_view};
use super::public::numbered;
use super::views::measure_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors, posted};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/indicator_form.html")]
struct IndicatorFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    measure_href: String,
    form: IndicatorForm,
    directions: Vec<Choice>,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "concept/milestones.html")]
struct MilestonesPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    measure_href: String,
    milestones: Vec<MilestoneView>,
    form: MilestoneForm,
    errors: FormErrors,
}

fn titled(locale: Locale, key: &str, measure: &Measure) -> String {
    locale.t_args(key, &[("measure", FluentArg::Text(numbered(locale, measure.number, &measure.details.title)))])
}

fn indicator_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    measure: &Measure,
    editing: Option<i64>,
    form: IndicatorForm,
    errors: FormErrors,
) -> IndicatorFormPage {
    let locale = ctx.locale;
    let key = if editing.is_some() { "indicator-edit-title" } else { "indicator-new-title" };
    IndicatorFormPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, titled(locale, key, measure)),
        action: match editing {
            Some(id) => format!("/m/{}/verwaltung/konzept/indikatoren/{id}", tenant.slug),
            None => format!("/m/{}/verwaltung/konzept/massnahmen/{}/indikatoren", tenant.slug, measure.id),
        },
        measure_href: format!("/m/{}/massnahmen/{}", tenant.slug, measure.id),
        directions: Direction::ALL
            .into_iter()
            .map(|d| Choice { value: d.as_str().into(), label: locale.t(&d.name_key()), selected: form.direction == d.as_str() })
            .collect(),
        form,
        errors,
    }
}

fn indicator_form(pairs: &[(String, String)]) -> IndicatorForm {
    let field = |name: &str| posted(pairs, name).to_owned();
    IndicatorForm {
        name: field("name"),
        unit: field("unit"),
        baseline: field("baseline"),
        baseline_on: field("baseline_on"),
        target: field("target"),
        target_on: field("target_on"),
        source: field("source"),
        direction: field("direction"),
    }
}

pub async fn indicator_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    html_status(StatusCode::OK, &indicator_page(&state, &ctx, &tenant, &measure, None, IndicatorForm::blank(), FormErrors::default()))
}

pub async fn indicator_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    let form = indicator_form(&pairs);
    let indicator = match form.validate() {
        Ok(indicator) => indicator,
        Err(list) => {
            let view = indicator_page(&state, &ctx, &tenant, &measure, None, form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let created = store::concept::indicators::add(&txn, &tenant.scope, actor.user.id, id, &indicator).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}?notice=saved#indikator-{created}", tenant.slug)).into_response())
}

pub async fn indicator_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let indicator = store::concept::indicators::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let measure = measure_of(&state, &tenant, indicator.measure_id).await?;
    let form = IndicatorForm::of(&indicator.details);
    html_status(StatusCode::OK, &indicator_page(&state, &ctx, &tenant, &measure, Some(id), form, FormErrors::default()))
}

pub async fn indicator_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let stored = store::concept::indicators::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let measure = measure_of(&state, &tenant, stored.measure_id).await?;
    let form = indicator_form(&pairs);
    let indicator = match form.validate() {
        Ok(indicator) => indicator,
        Err(list) => {
            let view = indicator_page(&state, &ctx, &tenant, &measure, Some(id), form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::indicators::update(&txn, &tenant.scope, actor.user.id, id, &indicator).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{}?notice=saved#indikator-{id}", tenant.slug, measure.id)).into_response())
}

async fn milestones_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    measure: &Measure,
    form: MilestoneForm,
    errors: FormErrors,
) -> Result<MilestonesPage, AppError> {
    let locale = ctx.locale;
    let today = crate::participation::today();
    let list = store::concept::progress::milestones_of(&state.db, &tenant.scope, &[measure.id]).await?;
    Ok(MilestonesPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, titled(locale, "milestones-title", measure)),
        action: format!("/m/{}/verwaltung/konzept/massnahmen/{}/meilensteine", tenant.slug, measure.id),
        measure_href: format!("/m/{}/massnahmen/{}", tenant.slug, measure.id),
        milestones: list.iter().map(|m| milestone_view(locale, m, today)).collect(),
        form,
        errors,
    })
}

pub async fn milestones_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    html_status(StatusCode::OK, &milestones_page(&state, &ctx, &tenant, &measure, MilestoneForm::default(), FormErrors::default()).await?)
}

pub async fn milestone_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    let form = MilestoneForm { title: posted(&pairs, "title").into(), due_on: posted(&pairs, "due_on").into() };
    let milestone = match form.validate() {
        Ok(milestone) => milestone,
        Err(list) => {
            let view = milestones_page(&state, &ctx, &tenant, &measure, form, FormErrors::of(ctx.locale, list)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::progress::add_milestone(&txn, &tenant.scope, actor.user.id, id, &milestone).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/konzept/massnahmen/{id}/meilensteine?notice=saved", tenant.slug)).into_response())
}
