//! The officers' list of programmes, and a new programme.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::programme::ProgrammeForm;
use http::StatusCode;

use super::policy::require_officer;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::markdown;

pub struct ProgrammeRow {
    pub href: String,
    pub name: String,
    pub calls: String,
}

#[derive(Template)]
#[template(path = "funding/programmes.html")]
struct ProgrammesPage {
    i18n: Locale,
    layout: Layout,
    rows: Vec<ProgrammeRow>,
    form: ProgrammeForm,
    errors: FormErrors,
}

async fn page(state: &AppState, ctx: &RequestCtx, form: ProgrammeForm, errors: FormErrors) -> Result<ProgrammesPage, AppError> {
    let locale = ctx.locale;
    let land = store::tenancy::state(&state.db).await?;
    let programmes = store::funding::programmes::list(&state.db, &land.scope).await?;
    let calls = store::funding::calls::list(&state.db, &land.scope, None).await?;
    let rows = programmes
        .into_iter()
        .map(|p| {
            let count = calls.iter().filter(|c| c.programme == p.id).count() as i64;
            ProgrammeRow {
                href: format!("/land/foerderung/{}", p.id),
                name: p.texts.name,
                calls: locale.t_args("funding-calls-count", &[("count", FluentArg::Number(count))]),
            }
        })
        .collect();
    Ok(ProgrammesPage { i18n: locale, layout: Layout::state(state, ctx, locale.t("funding-officer-title")), rows, form, errors })
}

pub async fn programmes_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    require_officer(&state, &ctx).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, ProgrammeForm::default(), FormErrors::default()).await?)
}

pub async fn programme_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Form(form): Form<ProgrammeForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let texts = match form.validate() {
        Ok(texts) => texts,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors).await?);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = store::funding::programmes::create(&txn, &land.scope, actor.user.id, &texts, &markdown::render(&texts.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/{id}?notice=saved")).into_response())
}
