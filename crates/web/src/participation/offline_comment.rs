//! The coordinator enters a comment someone gave offline on an idea — at a
//! workshop, on paper, by phone — with its source, and the person's name
//! only with their consent. Its own page, so that a mistake brings the form
//! back with what was typed.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::offline::{CommentForm, OfflineSource};
use http::StatusCode;
use store::participation::ideas::Idea;
use store::tenancy::Tenant;

use super::policy::require_coordinator;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "participation/offline_comment.html")]
struct OfflineCommentPage {
    i18n: Locale,
    layout: Layout,
    idea_title: String,
    idea_href: String,
    action: String,
    sources: Vec<Choice>,
    form: CommentForm,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, idea: &Idea, form: CommentForm, errors: FormErrors) -> OfflineCommentPage {
    let locale = ctx.locale;
    let href = format!("/m/{}/ideen/{}", tenant.slug, idea.summary.id);
    OfflineCommentPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("offline-comment-title")),
        idea_title: idea.summary.title.clone(),
        action: format!("{href}/kommentare/offline"),
        idea_href: href,
        sources: OfflineSource::ALL
            .into_iter()
            .map(|s| Choice { value: s.as_str().to_owned(), label: locale.t(s.name_key()), selected: form.offline_source == s.as_str() })
            .collect(),
        form,
        errors,
    }
}

async fn idea_of(state: &AppState, tenant: &Tenant, id: i64) -> Result<Idea, AppError> {
    store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)
}

pub async fn comment_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let idea = idea_of(&state, &tenant, id).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &idea, CommentForm::default(), FormErrors::default()))
}

pub async fn comment_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let idea = idea_of(&state, &tenant, id).await?;
    let comment = match form.validate() {
        Ok(comment) => comment,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &idea, form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let comment_id =
        store::participation::offline::enter_comment(&txn, &tenant.scope, id, actor.user.id, &comment, &markdown::render(&comment.body))
            .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=offline-saved#kommentar-{comment_id}", tenant.slug)).into_response())
}
