//! The concept's parts, one small page each: an action field (name and
//! situation analysis) to change, and a goal (title and description) to add
//! to a field or change.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::structure::{FieldForm, GoalForm};
use http::StatusCode;
use store::concept::outline::Field;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

/// One form with a short text and a Markdown text (a field or a goal).
#[derive(Template)]
#[template(path = "concept/part_form.html")]
struct PartPage {
    i18n: Locale,
    layout: Layout,
    /// The action field the goal belongs to, for a goal.
    context: Option<String>,
    action: String,
    back_href: String,
    short_name: &'static str,
    short_label: String,
    short: String,
    long_name: &'static str,
    long_label: String,
    long_hint: String,
    long: String,
    save: String,
    errors: FormErrors,
}

fn back(tenant: &Tenant) -> String {
    format!("/m/{}/verwaltung/konzept#gliederung", tenant.slug)
}

/// Back to the outline after saving.
fn saved(tenant: &Tenant) -> Response {
    Redirect::to(&format!("/m/{}/verwaltung/konzept?notice=saved#gliederung", tenant.slug)).into_response()
}

/// Which goal a goal form is for.
#[derive(Clone, Copy)]
enum GoalTarget {
    /// A new goal in this action field.
    New(i64),
    Existing(i64),
}

/// The concept's fields with their goals; "not found" without a concept.
async fn fields(state: &AppState, tenant: &Tenant) -> Result<Vec<Field>, AppError> {
    let concept = store::concept::get(&state.db, &tenant.scope).await?.ok_or(AppError::NotFound)?;
    Ok(store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?)
}

fn field_page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, id: i64, form: FieldForm, errors: FormErrors) -> PartPage {
    let locale = ctx.locale;
    PartPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("concept-field-edit-title")),
        context: None,
        action: format!("/m/{}/verwaltung/konzept/handlungsfelder/{id}", tenant.slug),
        back_href: back(tenant),
        short_name: "name",
        short_label: locale.t("concept-field-name-label"),
        short: form.name,
        long_name: "analysis",
        long_label: locale.t("concept-analysis-label"),
        long_hint: locale.t("concept-analysis-hint"),
        long: form.analysis,
        save: locale.t("concept-field-save"),
        errors,
    }
}

pub async fn field_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let field = fields(&state, &tenant).await?.into_iter().find(|f| f.id == id).ok_or(AppError::NotFound)?;
    html_status(StatusCode::OK, &field_page(&state, &ctx, &tenant, id, FieldForm::of(&field.texts), FormErrors::default()))
}

pub async fn field_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<FieldForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    fields(&state, &tenant).await?.into_iter().find(|f| f.id == id).ok_or(AppError::NotFound)?;
    let field = match form.validate() {
        Ok(field) => field,
        Err(list) => {
            let view = field_page(&state, &ctx, &tenant, id, form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::outline::update_field(&txn, &tenant.scope, actor.user.id, id, &field, &markdown::render(&field.analysis)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant))
}

/// A goal's page: `field` names the field it is added to or belongs to.
fn goal_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    field: &Field,
    target: GoalTarget,
    form: GoalForm,
    errors: FormErrors,
) -> PartPage {
    let locale = ctx.locale;
    let (title, action) = match target {
        GoalTarget::New(field) => {
            ("concept-goal-add-title", format!("/m/{}/verwaltung/konzept/handlungsfelder/{field}/ziele", tenant.slug))
        }
        GoalTarget::Existing(goal) => ("concept-goal-edit-title", format!("/m/{}/verwaltung/konzept/ziele/{goal}", tenant.slug)),
    };
    PartPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t(title)),
        context: Some(field.texts.name.clone()),
        action,
        back_href: back(tenant),
        short_name: "title",
        short_label: locale.t("concept-goal-title-label"),
        short: form.title,
        long_name: "description",
        long_label: locale.t("concept-goal-description-label"),
        long_hint: locale.t("concept-markdown-hint"),
        long: form.description,
        save: locale.t("concept-goal-save"),
        errors,
    }
}

pub async fn goal_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let field = fields(&state, &tenant).await?.into_iter().find(|f| f.id == id).ok_or(AppError::NotFound)?;
    html_status(StatusCode::OK, &goal_page(&state, &ctx, &tenant, &field, GoalTarget::New(id), GoalForm::default(), FormErrors::default()))
}

pub async fn goal_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<GoalForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let field = fields(&state, &tenant).await?.into_iter().find(|f| f.id == id).ok_or(AppError::NotFound)?;
    let goal = match form.validate() {
        Ok(goal) => goal,
        Err(list) => {
            let view = goal_page(&state, &ctx, &tenant, &field, GoalTarget::New(id), form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::outline::add_goal(&txn, &tenant.scope, actor.user.id, id, &goal, &markdown::render(&goal.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant))
}

/// The field holding the goal, and the goal's form as stored.
async fn goal_of(state: &AppState, tenant: &Tenant, id: i64) -> Result<(Field, GoalForm), AppError> {
    for field in fields(state, tenant).await? {
        if let Some(goal) = field.goals.iter().find(|g| g.id == id) {
            let form = GoalForm::of(&goal.texts);
            return Ok((field, form));
        }
    }
    Err(AppError::NotFound)
}

pub async fn goal_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let (field, form) = goal_of(&state, &tenant, id).await?;
    html_status(StatusCode::OK, &goal_page(&state, &ctx, &tenant, &field, GoalTarget::Existing(id), form, FormErrors::default()))
}

pub async fn goal_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<GoalForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let (field, _) = goal_of(&state, &tenant, id).await?;
    let goal = match form.validate() {
        Ok(goal) => goal,
        Err(list) => {
            let view = goal_page(&state, &ctx, &tenant, &field, GoalTarget::Existing(id), form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::outline::update_goal(&txn, &tenant.scope, actor.user.id, id, &goal, &markdown::render(&goal.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant))
}
