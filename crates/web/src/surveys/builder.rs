//! The coordinator's survey builder: the questions in their order, each to
//! edit, move or remove, and the form to add one. Questions change only
//! while nobody has answered.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::surveys::question_form::{QuestionForm, condition_value};
use domain::surveys::{Condition, Question, QuestionKind};
use http::StatusCode;
use store::surveys::Survey;
use store::tenancy::Tenant;

use super::views::{stage_text, survey_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

/// A question in the builder's list.
pub struct BuilderItem {
    pub label: String,
    pub section: bool,
    pub prompt: String,
    pub kind: String,
    pub required: bool,
    pub details: Vec<String>,
    pub edit_href: String,
    pub move_action: String,
    pub remove_action: String,
    pub first: bool,
    pub last: bool,
}

/// The question form's choices and values.
pub struct QuestionFields {
    pub kinds: Vec<Choice>,
    pub conditions: Vec<Choice>,
    pub form: QuestionForm,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "surveys/builder.html")]
struct BuilderPage {
    i18n: Locale,
    layout: Layout,
    stage: String,
    identity: String,
    access: String,
    responses: String,
    locked: bool,
    settings_href: String,
    survey_href: String,
    paper_href: String,
    results_href: String,
    csv_href: String,
    process_title: String,
    process_href: String,
    items: Vec<BuilderItem>,
    /// A refused move or removal, explained.
    problem: Option<String>,
    add_action: String,
    fields: QuestionFields,
}

#[derive(Template)]
#[template(path = "surveys/question_edit.html")]
struct QuestionEditPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    cancel_href: String,
    fields: QuestionFields,
}

fn numbered(questions: &[Question]) -> Vec<(Option<usize>, &Question)> {
    let mut n = 0;
    questions
        .iter()
        .map(|q| {
            if q.kind.is_question() {
                n += 1;
                (Some(n), q)
            } else {
                (None, q)
            }
        })
        .collect()
}

/// Conditions a question may take: a choice of an earlier single or multiple choice question.
fn condition_choices(locale: Locale, earlier: &[Question], current: &str) -> Vec<Choice> {
    let mut choices = Vec::new();
    for (number, q) in numbered(earlier) {
        if !q.kind.can_condition() {
            continue;
        }
        for (i, option) in q.options.iter().enumerate() {
            let value = condition_value(Condition { question: q.id, option: i as u32 });
            let label = locale.t_args(
                "survey-condition-choice",
                &[
                    ("number", FluentArg::Number(number.unwrap_or(0) as i64)),
                    ("question", FluentArg::Text(q.prompt.clone())),
                    ("answer", FluentArg::Text(option.clone())),
                ],
            );
            choices.push(Choice { selected: current == value, value, label });
        }
    }
    choices
}

fn fields(locale: Locale, earlier: &[Question], form: QuestionForm, errors: FormErrors) -> QuestionFields {
    QuestionFields {
        kinds: QuestionKind::ALL
            .into_iter()
            .map(|k| Choice { value: k.as_str().to_owned(), label: locale.t(k.name_key()), selected: form.kind == k.as_str() })
            .collect(),
        conditions: condition_choices(locale, earlier, &form.condition),
        form,
        errors,
    }
}

fn base(tenant: &Tenant, survey: i64) -> String {
    format!("/m/{}/verwaltung/umfragen/{survey}", tenant.slug)
}

fn item(locale: Locale, tenant: &Tenant, survey: i64, all: &[Question], index: usize, number: Option<usize>, q: &Question) -> BuilderItem {
    let mut details = Vec::new();
    if !q.options.is_empty() {
        details.push(q.options.join(" · "));
    }
    if !q.rows.is_empty() {
        details.push(format!("{}: {}", locale.t("survey-question-rows-label"), q.rows.join(" · ")));
    }
    details.extend(super::form_view::condition_text(locale, q, all));
    let href = format!("{}/fragen/{}", base(tenant, survey), q.id);
    BuilderItem {
        label: number.map(|n| format!("{n}.")).unwrap_or_default(),
        section: !q.kind.is_question(),
        prompt: q.prompt.clone(),
        kind: locale.t(q.kind.name_key()),
        required: q.required,
        details,
        move_action: format!("{href}/verschieben"),
        remove_action: format!("{href}/entfernen"),
        edit_href: href,
        first: index == 0,
        last: index + 1 == all.len(),
    }
}

async fn builder_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    survey: &Survey,
    form: QuestionForm,
    errors: FormErrors,
    problem: Option<String>,
) -> Result<BuilderPage, AppError> {
    let locale = ctx.locale;
    let questions = store::surveys::questions::list(&state.db, survey.id).await?;
    let process = crate::participation::views::process_by_id(state, tenant, survey.process_id).await?;
    let public = format!("/m/{}/umfragen/{}", tenant.slug, survey.id);
    let today = crate::participation::today();
    let s = &survey.settings;
    Ok(BuilderPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, s.title.clone()),
        stage: stage_text(locale, survey, today),
        identity: locale.t(if s.anonymous { "survey-identity-anonymous" } else { "survey-identity-signed" }),
        access: locale.t(s.access.name_key()),
        responses: locale.t_args("survey-responses-count", &[("count", FluentArg::Number(survey.response_count))]),
        locked: survey.locked(),
        settings_href: format!("{}/einstellungen", base(tenant, survey.id)),
        paper_href: format!("{}/papier", base(tenant, survey.id)),
        csv_href: format!("{}/antworten.csv", base(tenant, survey.id)),
        results_href: format!("{public}/ergebnisse"),
        survey_href: public,
        process_title: process.title.clone(),
        process_href: format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        items: numbered(&questions)
            .into_iter()
            .enumerate()
            .map(|(i, (number, q))| item(locale, tenant, survey.id, &questions, i, number, q))
            .collect(),
        problem,
        add_action: format!("{}/fragen", base(tenant, survey.id)),
        fields: fields(locale, &questions, form, errors),
    })
}

fn new_question_form() -> QuestionForm {
    QuestionForm { kind: QuestionKind::Single.as_str().to_owned(), required: "yes".to_owned(), ..QuestionForm::default() }
}

pub async fn survey_builder(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let view = builder_page(&state, &ctx, &tenant, &survey, new_question_form(), FormErrors::default(), None).await?;
    html_status(StatusCode::OK, &view)
}

/// The builder again with a refusal (a store conflict) explained at the top.
async fn refused(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, survey: i64, code: &str) -> Result<Response, AppError> {
    let survey = survey_of(&state.db, tenant, survey).await?;
    let view = builder_page(state, ctx, tenant, &survey, new_question_form(), FormErrors::default(), Some(ctx.locale.t(code))).await?;
    html_status(StatusCode::CONFLICT, &view)
}

pub async fn question_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<QuestionForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let questions = store::surveys::questions::list(&state.db, id).await?;
    let question = match form.validate(&questions) {
        Ok(q) => q,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            let view = builder_page(&state, &ctx, &tenant, &survey, form, errors, None).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::surveys::questions::add(&txn, &tenant.scope, actor.user.id, id, &question).await {
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code).await,
        result => result?,
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}?notice=saved#neue-frage", base(&tenant, id))).into_response())
}

async fn question_of(state: &AppState, survey: i64, question: i64) -> Result<(Vec<Question>, usize), AppError> {
    let questions = store::surveys::questions::list(&state.db, survey).await?;
    let at = questions.iter().position(|q| q.id == question).ok_or(AppError::NotFound)?;
    Ok((questions, at))
}

fn edit_page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, survey: i64, question: i64, f: QuestionFields) -> QuestionEditPage {
    QuestionEditPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("survey-question-edit-title")),
        action: format!("{}/fragen/{question}", base(tenant, survey)),
        cancel_href: base(tenant, survey),
        fields: f,
    }
}

pub async fn question_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, question)): Path<(String, i64, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    survey_of(&state.db, &tenant, id).await?;
    let (questions, at) = question_of(&state, id, question).await?;
    let f = fields(ctx.locale, &questions[..at], QuestionForm::of(&questions[at]), FormErrors::default());
    html_status(StatusCode::OK, &edit_page(&state, &ctx, &tenant, id, question, f))
}

pub async fn question_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, question)): Path<(String, i64, i64)>,
    Form(form): Form<QuestionForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    survey_of(&state.db, &tenant, id).await?;
    let (questions, at) = question_of(&state, id, question).await?;
    let checked = match form.validate(&questions[..at]) {
        Ok(q) => q,
        Err(list) => {
            let f = fields(ctx.locale, &questions[..at], form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &edit_page(&state, &ctx, &tenant, id, question, f));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::surveys::questions::update(&txn, &tenant.scope, actor.user.id, id, question, &checked).await {
        Err(store::StoreError::Conflict(code)) => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "options", code);
            let f = fields(ctx.locale, &questions[..at], form, errors);
            return html_status(StatusCode::CONFLICT, &edit_page(&state, &ctx, &tenant, id, question, f));
        }
        result => result?,
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}?notice=saved", base(&tenant, id))).into_response())
}

#[derive(serde::Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    direction: String,
}

pub async fn question_move(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, question)): Path<(String, i64, i64)>,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest),
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::surveys::questions::shift(&txn, &tenant.scope, actor.user.id, id, question, up).await {
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code).await,
        result => result?,
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}#fragen", base(&tenant, id))).into_response())
}

pub async fn question_remove(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, question)): Path<(String, i64, i64)>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::surveys::questions::remove(&txn, &tenant.scope, actor.user.id, id, question).await {
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code).await,
        result => result?,
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}?notice=saved#fragen", base(&tenant, id))).into_response())
}
