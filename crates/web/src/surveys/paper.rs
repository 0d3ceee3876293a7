//! Entering paper questionnaires on behalf of respondents: the survey's form
//! for the coordinator, checked like an online response and marked as paper;
//! no account is kept with it. After each one the form is empty for the next.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::surveys::answers::{RawResponse, check};
use domain::surveys::{Question, ResponseSource};
use http::StatusCode;
use store::surveys::Survey;
use store::surveys::responses::Respondent;
use store::tenancy::Tenant;

use super::form_view::{QuestionView, errors_of, questions};
use super::views::survey_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "surveys/paper.html")]
struct PaperPage {
    i18n: Locale,
    layout: Layout,
    survey_title: String,
    entered: String,
    action: String,
    builder_href: String,
    questions: Vec<QuestionView>,
    errors: FormErrors,
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    survey: &Survey,
    all: &[Question],
    raw: &RawResponse,
    errors: FormErrors,
) -> Result<PaperPage, AppError> {
    let locale = ctx.locale;
    let paper = survey.responses_from(ResponseSource::Paper);
    Ok(PaperPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("survey-paper-title")),
        survey_title: survey.settings.title.clone(),
        entered: locale.t_args("survey-paper-entered", &[("count", FluentArg::Number(paper))]),
        action: format!("/m/{}/verwaltung/umfragen/{}/papier", tenant.slug, survey.id),
        builder_href: format!("/m/{}/verwaltung/umfragen/{}", tenant.slug, survey.id),
        questions: questions(locale, all, raw, &errors),
        errors,
    })
}

pub async fn paper_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let all = store::surveys::questions::list(&state.db, id).await?;
    let view = page(&state, &ctx, &tenant, &survey, &all, &RawResponse::default(), FormErrors::default()).await?;
    html_status(StatusCode::OK, &view)
}

pub async fn paper_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let raw = RawResponse::new(pairs.into_iter().filter(|(k, _)| k.starts_with('q')).collect());
    let all = store::surveys::questions::list(&state.db, id).await?;
    let answers = match check(&all, &raw) {
        Ok(answers) => answers,
        Err(problems) => {
            let view = page(&state, &ctx, &tenant, &survey, &all, &raw, errors_of(ctx.locale, &all, &problems)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::surveys::responses::submit(
        &txn,
        &tenant.scope,
        &survey,
        Respondent::Paper(actor.user.id),
        &answers,
        crate::participation::today(),
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/umfragen/{id}/papier?notice=survey-paper-saved", tenant.slug)).into_response())
}
