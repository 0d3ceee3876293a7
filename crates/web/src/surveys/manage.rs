//! The coordinator's form for a survey's settings: title, introduction,
//! anonymous or signed, who may answer, when it is open, public results.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::surveys::settings::{Access, SurveyForm};
use http::StatusCode;
use store::participation::processes::Process;
use store::tenancy::Tenant;

use super::views::survey_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::participation::views::{process_by_id, process_of};
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "surveys/settings.html")]
struct SettingsPage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    action: String,
    cancel_href: String,
    identities: Vec<Choice>,
    accesses: Vec<Choice>,
    /// Responses exist: anonymity and access stay as they are.
    locked: bool,
    form: SurveyForm,
    errors: FormErrors,
}

fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    process: &Process,
    editing: Option<(i64, bool)>,
    form: SurveyForm,
    errors: FormErrors,
) -> SettingsPage {
    let locale = ctx.locale;
    let choice =
        |value: &str, key: &str, current: &str| Choice { value: value.to_owned(), label: locale.t(key), selected: current == value };
    SettingsPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t(if editing.is_some() { "survey-settings-title" } else { "survey-new-title" }),
        ),
        process_title: process.title.clone(),
        action: match editing {
            Some((id, _)) => format!("/m/{}/verwaltung/umfragen/{id}/einstellungen", tenant.slug),
            None => format!("/m/{}/verwaltung/beteiligung/{}/umfragen/neu", tenant.slug, process.slug),
        },
        cancel_href: match editing {
            Some((id, _)) => format!("/m/{}/verwaltung/umfragen/{id}", tenant.slug),
            None => format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        },
        identities: vec![
            choice("anonymous", "survey-identity-anonymous-label", &form.identity),
            choice("signed", "survey-identity-signed-label", &form.identity),
        ],
        accesses: Access::ALL.into_iter().map(|a| choice(a.as_str(), a.name_key(), &form.access)).collect(),
        locked: editing.is_some_and(|(_, locked)| locked),
        form,
        errors,
    }
}

pub async fn survey_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    let today = crate::participation::today();
    let form = SurveyForm {
        identity: "anonymous".into(),
        access: Access::Accounts.as_str().into(),
        opens_on: today.to_string(),
        closes_on: (today + chrono::Days::new(28)).to_string(),
        ..SurveyForm::default()
    };
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &process, None, form, FormErrors::default()))
}

pub async fn survey_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<SurveyForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    let survey = match form.validate() {
        Ok(survey) => survey,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &process, None, form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = store::surveys::create(&txn, &tenant.scope, actor.user.id, process.id, &survey, &markdown::render(&survey.intro)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/umfragen/{id}?notice=saved", tenant.slug)).into_response())
}

pub async fn survey_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let process = process_by_id(&state, &tenant, survey.process_id).await?;
    let form = SurveyForm::of(&survey.settings);
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &process, Some((id, survey.locked())), form, FormErrors::default()))
}

pub async fn survey_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<SurveyForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let current = survey_of(&state.db, &tenant, id).await?;
    let process = process_by_id(&state, &tenant, current.process_id).await?;
    let editing = Some((id, current.locked()));
    let checked = form.validate();
    let mut errors = match &checked {
        Ok(_) => FormErrors::default(),
        Err(list) => FormErrors::of(ctx.locale, list.clone()),
    };
    if let Ok(survey) = &checked
        && current.locked()
        && (survey.anonymous != current.settings.anonymous || survey.access != current.settings.access)
    {
        errors.add(ctx.locale, "identity", "survey-identity-locked");
    }
    let survey = match checked {
        Ok(survey) if errors.is_empty() => survey,
        _ => return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &process, editing, form, errors)),
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    // A first response may have come in since the form was checked.
    match store::surveys::update(&txn, &tenant.scope, actor.user.id, id, &survey, &markdown::render(&survey.intro)).await {
        Err(store::StoreError::Conflict(code)) => {
            errors.add(ctx.locale, "identity", code);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &process, Some((id, true)), form, errors));
        }
        result => result?,
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/umfragen/{id}?notice=saved", tenant.slug)).into_response())
}
