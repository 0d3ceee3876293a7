//! A call for applications, new or changed, with its window and its rules.
//! A new call starts from the rules of the programme's newest call (or the
//! reference programme's), so that a later call changes only what changed.
//! Applications already submitted keep the rules they were checked against.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::call::{CallDraft, CallForm};
use domain::funding::letter::LetterTexts;
use domain::funding::rules::{ApplicantKind, CostCategory, Rules, RulesForm};
use http::StatusCode;
use store::funding::programmes::Programme;
use store::tenancy::Tenant;

use super::policy::require_officer;
use super::programme_page::programme_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;

#[derive(Template)]
#[template(path = "funding/call_form.html")]
struct CallFormPage {
    i18n: Locale,
    layout: Layout,
    programme_href: String,
    programme_name: String,
    action: String,
    public_href: Option<String>,
    /// The applications submitted to this call (once it exists).
    applications_href: Option<String>,
    /// The template of the call's decision letters (once it exists).
    letter: Option<LetterTexts>,
    form: CallForm,
    lines: Vec<Choice>,
    kinds: Vec<Choice>,
    costs: Vec<Choice>,
    errors: FormErrors,
}

fn choices<T: Copy>(
    locale: Locale,
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
    picked: &[String],
) -> Vec<Choice> {
    all.iter()
        .map(|item| Choice {
            value: value(*item).to_owned(),
            label: locale.t(&label(*item)),
            selected: picked.iter().any(|p| p == value(*item)),
        })
        .collect()
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    land: &Tenant,
    programme: &Programme,
    editing: Option<(i64, LetterTexts)>,
    form: CallForm,
    errors: FormErrors,
) -> Result<CallFormPage, AppError> {
    let locale = ctx.locale;
    let call = editing.as_ref().map(|(id, _)| *id);
    let lines = store::funding::programmes::lines(&state.db, &land.scope, programme.id).await?;
    let line_choices: Vec<Choice> = lines
        .iter()
        .map(|l| Choice { value: l.id.to_string(), label: l.texts.name.clone(), selected: form.line == l.id.to_string() })
        .collect();
    let title = match call {
        Some(_) => locale.t("funding-call-edit-title"),
        None => locale.t("funding-call-new-title"),
    };
    Ok(CallFormPage {
        i18n: locale,
        layout: Layout::state(state, ctx, title),
        programme_href: format!("/land/foerderung/{}", programme.id),
        programme_name: programme.texts.name.clone(),
        action: match call {
            Some(id) => format!("/land/foerderung/aufrufe/{id}"),
            None => format!("/land/foerderung/{}/aufrufe", programme.id),
        },
        public_href: call.map(|id| format!("/foerderung/aufrufe/{id}")),
        applications_href: call.map(|id| format!("/land/foerderung/aufrufe/{id}/antraege")),
        letter: editing.map(|(_, letter)| letter),
        lines: line_choices,
        kinds: choices(locale, &ApplicantKind::ALL, ApplicantKind::as_str, ApplicantKind::label_key, &form.rules.applicant_kinds),
        costs: choices(locale, &CostCategory::ALL, CostCategory::as_str, CostCategory::label_key, &form.rules.eligible_costs),
        form,
        errors,
    })
}

/// Checks a posted call form against the programme's lines.
async fn checked(state: &AppState, land: &Tenant, programme: i64, form: &CallForm) -> Result<Result<CallDraft, FormErrorsOf>, AppError> {
    let lines: Vec<i64> = store::funding::programmes::lines(&state.db, &land.scope, programme).await?.iter().map(|l| l.id).collect();
    Ok(form.validate(&lines))
}

type FormErrorsOf = Vec<domain::tenancy::FieldError>;

pub async fn call_new(State(state): State<AppState>, ctx: RequestCtx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    let programme = programme_of(&state, &land, id).await?;
    let newest = store::funding::calls::list(&state.db, &land.scope, Some(id)).await?.into_iter().next();
    let rules = newest.map(|c| c.draft.rules).unwrap_or_else(Rules::reference);
    let form = CallForm { rules: RulesForm::of(&rules), ..CallForm::default() };
    html_status(StatusCode::OK, &page(&state, &ctx, &land, &programme, None, form, FormErrors::default()).await?)
}

pub async fn call_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let programme = programme_of(&state, &land, id).await?;
    let form = CallForm::from_pairs(pairs);
    let draft = match checked(&state, &land, id, &form).await? {
        Ok(draft) => draft,
        Err(problems) => {
            let view = page(&state, &ctx, &land, &programme, None, form, FormErrors::of(ctx.locale, problems)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::calls::create(&txn, &land.scope, actor.user.id, id, &draft, &markdown::render(&draft.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/{id}?notice=saved#aufrufe")).into_response())
}

pub async fn call_edit(State(state): State<AppState>, ctx: RequestCtx, Path(call): Path<i64>) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    let stored = store::funding::calls::get(&state.db, &land.scope, call).await?.ok_or(AppError::NotFound)?;
    let programme = programme_of(&state, &land, stored.programme).await?;
    let editing = Some((call, stored.letter.clone()));
    let view = page(&state, &ctx, &land, &programme, editing, CallForm::of(&stored.draft), FormErrors::default()).await?;
    html_status(StatusCode::OK, &view)
}

pub async fn call_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(call): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let stored = store::funding::calls::get(&state.db, &land.scope, call).await?.ok_or(AppError::NotFound)?;
    let programme = programme_of(&state, &land, stored.programme).await?;
    let form = CallForm::from_pairs(pairs);
    let draft = match checked(&state, &land, programme.id, &form).await? {
        Ok(draft) => draft,
        Err(problems) => {
            let editing = Some((call, stored.letter.clone()));
            let view = page(&state, &ctx, &land, &programme, editing, form, FormErrors::of(ctx.locale, problems)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::calls::update(&txn, &land.scope, actor.user.id, call, &draft, &markdown::render(&draft.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/{}?notice=saved#aufrufe", programme.id)).into_response())
}

pub async fn letter_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(call): Path<i64>,
    Form(typed): Form<LetterTexts>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let stored = store::funding::calls::get(&state.db, &land.scope, call).await?.ok_or(AppError::NotFound)?;
    let letter = match typed.validate() {
        Ok(letter) => letter,
        Err(problems) => {
            let programme = programme_of(&state, &land, stored.programme).await?;
            let errors = FormErrors::of(ctx.locale, problems);
            let view = page(&state, &ctx, &land, &programme, Some((call, typed)), CallForm::of(&stored.draft), errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::calls::set_letter(&txn, &land.scope, actor.user.id, call, &letter).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/aufrufe/{call}?notice=saved#bescheid")).into_response())
}
