//! One programme for its officers: its texts, its funding lines and its
//! calls, each call with its window and maximum grant.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::programme::{LineForm, ProgrammeForm};
use http::StatusCode;
use store::funding::programmes::Programme;
use store::tenancy::Tenant;

use super::policy::require_officer;
use super::rules_view::window_text;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;

pub struct CallRow {
    pub href: String,
    pub public_href: String,
    pub title: String,
    pub line: String,
    pub window: String,
    pub state: String,
    pub max_grant: String,
}

#[derive(Template)]
#[template(path = "funding/programme.html")]
struct ProgrammePage {
    i18n: Locale,
    layout: Layout,
    base: String,
    form: ProgrammeForm,
    lines: Vec<String>,
    line: LineForm,
    calls: Vec<CallRow>,
    errors: FormErrors,
}

pub(super) async fn programme_of(state: &AppState, land: &Tenant, id: i64) -> Result<Programme, AppError> {
    store::funding::programmes::get(&state.db, &land.scope, id).await?.ok_or(AppError::NotFound)
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    land: &Tenant,
    programme: &Programme,
    forms: (ProgrammeForm, LineForm),
    errors: FormErrors,
) -> Result<ProgrammePage, AppError> {
    let locale = ctx.locale;
    let lines = store::funding::programmes::lines(&state.db, &land.scope, programme.id).await?;
    let calls = store::funding::calls::list(&state.db, &land.scope, Some(programme.id)).await?;
    let now = chrono::Utc::now();
    let calls = calls
        .iter()
        .map(|c| CallRow {
            href: format!("/land/foerderung/aufrufe/{}", c.id),
            public_href: format!("/foerderung/aufrufe/{}", c.id),
            title: c.draft.title.clone(),
            line: c.draft.line.and_then(|l| lines.iter().find(|x| x.id == l)).map(|l| l.texts.name.clone()).unwrap_or_default(),
            window: window_text(locale, c),
            state: locale.t(&c.window(now).label_key()),
            max_grant: locale.money(c.draft.rules.max_grant),
        })
        .collect();
    let (form, line) = forms;
    Ok(ProgrammePage {
        i18n: locale,
        layout: Layout::state(state, ctx, programme.texts.name.clone()),
        base: format!("/land/foerderung/{}", programme.id),
        form,
        lines: lines.into_iter().map(|l| l.texts.name).collect(),
        line,
        calls,
        errors,
    })
}

pub async fn programme_show(State(state): State<AppState>, ctx: RequestCtx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    let programme = programme_of(&state, &land, id).await?;
    let forms = (ProgrammeForm::of(&programme.texts), LineForm::default());
    html_status(StatusCode::OK, &page(&state, &ctx, &land, &programme, forms, FormErrors::default()).await?)
}

pub async fn programme_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<ProgrammeForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let programme = programme_of(&state, &land, id).await?;
    let texts = match form.validate() {
        Ok(texts) => texts,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            let view = page(&state, &ctx, &land, &programme, (form, LineForm::default()), errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::programmes::update(&txn, &land.scope, actor.user.id, id, &texts, &markdown::render(&texts.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/{id}?notice=saved")).into_response())
}

pub async fn line_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(id): Path<i64>,
    Form(form): Form<LineForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let programme = programme_of(&state, &land, id).await?;
    let texts = match form.validate() {
        Ok(texts) => texts,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            let view = page(&state, &ctx, &land, &programme, (ProgrammeForm::of(&programme.texts), form), errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::funding::programmes::add_line(&txn, &land.scope, actor.user.id, id, &texts).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/{id}?notice=saved#linien")).into_response())
}
