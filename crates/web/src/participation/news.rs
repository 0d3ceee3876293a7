//! News posts on a process: read by everyone, written by the coordinator;
//! publishing tells the process's followers.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::news::NewsForm;
use http::StatusCode;
use serde::Deserialize;
use store::participation::news::News;
use store::participation::processes::Process;
use store::tenancy::Tenant;

use super::policy::{can_manage, require_coordinator};
use super::views::{date, process_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

const PER_PAGE: u64 = 10;

/// A post as lists show it.
pub struct NewsItem {
    pub href: String,
    pub title: String,
    pub date: String,
    pub date_iso: String,
    pub body_html: String,
    pub edit_href: Option<String>,
}

pub fn item(locale: Locale, tenant: &Tenant, process: &Process, post: &News, editable: bool) -> NewsItem {
    NewsItem {
        href: format!("/m/{}/beteiligung/{}/neuigkeiten/{}", tenant.slug, process.slug, post.id),
        title: post.title.clone(),
        date: date(locale, post.published_at),
        date_iso: post.published_at.to_rfc3339(),
        body_html: post.body_html.clone(),
        edit_href: editable.then(|| format!("/m/{}/verwaltung/neuigkeiten/{}/bearbeiten", tenant.slug, post.id)),
    }
}

#[derive(Template)]
#[template(path = "participation/news_list.html")]
struct NewsListPage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    process_href: String,
    posts: Vec<NewsItem>,
    new_href: Option<String>,
    previous_href: Option<String>,
    next_href: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    seite: String,
}

pub async fn news_list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let process = process_of(&state, &tenant, &slug).await?;
    let page = query.seite.parse::<u64>().unwrap_or(1).max(1);
    let (posts, total) = store::participation::news::for_process(&state.db, &tenant.scope, process.id, page, PER_PAGE).await?;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, &tenant));
    let base = format!("/m/{}/beteiligung/{}", tenant.slug, process.slug);
    let view = NewsListPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("news-title")),
        process_title: process.title.clone(),
        process_href: base.clone(),
        posts: posts.iter().map(|p| item(locale, &tenant, &process, p, manager)).collect(),
        new_href: manager.then(|| format!("/m/{}/verwaltung/beteiligung/{}/neuigkeiten/neu", tenant.slug, process.slug)),
        previous_href: (page > 1).then(|| format!("{base}/neuigkeiten?seite={}", page - 1)),
        next_href: (page < total.div_ceil(PER_PAGE)).then(|| format!("{base}/neuigkeiten?seite={}", page + 1)),
    };
    html_status(StatusCode::OK, &view)
}

#[derive(Template)]
#[template(path = "participation/news_show.html")]
struct NewsPage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    process_href: String,
    post: NewsItem,
    updated: Option<String>,
}

pub async fn news_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug, id)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let process = process_of(&state, &tenant, &slug).await?;
    let post = store::participation::news::get(&state.db, &tenant.scope, id)
        .await?
        .filter(|p| p.process_id == process.id)
        .ok_or(AppError::NotFound)?;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, &tenant));
    let view = NewsPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, post.title.clone()),
        process_title: process.title.clone(),
        process_href: format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        updated: (post.updated_at - post.published_at > chrono::TimeDelta::minutes(5))
            .then(|| locale.t_args("news-updated", &[("date", FluentArg::Text(date(locale, post.updated_at)))])),
        post: item(locale, &tenant, &process, &post, manager),
    };
    html_status(StatusCode::OK, &view)
}

#[derive(Template)]
#[template(path = "participation/news_form.html")]
struct NewsFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    cancel_href: String,
    process_title: String,
    editing: bool,
    form: NewsForm,
    errors: FormErrors,
}

fn form_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    process: &Process,
    editing: Option<i64>,
    form: NewsForm,
    errors: FormErrors,
) -> NewsFormPage {
    let locale = ctx.locale;
    let process_href = format!("/m/{}/beteiligung/{}", tenant.slug, process.slug);
    NewsFormPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t(if editing.is_some() { "news-edit-title" } else { "news-new-title" })),
        action: match editing {
            Some(id) => format!("/m/{}/verwaltung/neuigkeiten/{id}/bearbeiten", tenant.slug),
            None => format!("/m/{}/verwaltung/beteiligung/{}/neuigkeiten/neu", tenant.slug, process.slug),
        },
        cancel_href: format!("{process_href}/neuigkeiten"),
        process_title: process.title.clone(),
        editing: editing.is_some(),
        form,
        errors,
    }
}

pub async fn news_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    html_status(StatusCode::OK, &form_page(&state, &ctx, &tenant, &process, None, NewsForm::default(), FormErrors::default()))
}

pub async fn news_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<NewsForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &slug).await?;
    let post = match form.validate() {
        Ok(post) => post,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, &tenant, &process, None, form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id =
        store::participation::news::publish(&txn, &tenant.scope, process.id, actor.user.id, &post, &markdown::render(&post.body)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/beteiligung/{}/neuigkeiten/{id}?notice=saved", tenant.slug, process.slug)).into_response())
}

async fn post_of(state: &AppState, tenant: &Tenant, id: i64) -> Result<(News, Process), AppError> {
    let post = store::participation::news::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let process = super::views::process_by_id(state, tenant, post.process_id).await?;
    Ok((post, process))
}

pub async fn news_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let (post, process) = post_of(&state, &tenant, id).await?;
    let form = NewsForm { title: post.title, body: post.body_markdown };
    html_status(StatusCode::OK, &form_page(&state, &ctx, &tenant, &process, Some(id), form, FormErrors::default()))
}

pub async fn news_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<NewsForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let (_, process) = post_of(&state, &tenant, id).await?;
    let post = match form.validate() {
        Ok(post) => post,
        Err(list) => {
            let errors = FormErrors::of(ctx.locale, list);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, &tenant, &process, Some(id), form, errors));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::news::update(&txn, &tenant.scope, actor.user.id, id, &post, &markdown::render(&post.body)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/beteiligung/{}/neuigkeiten/{id}?notice=saved", tenant.slug, process.slug)).into_response())
}
