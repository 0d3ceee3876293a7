//! Reporting content, and the moderators' queue: hide with a public reason,
//! restore, or dismiss a report. Nothing is deleted.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;
use store::moderation::ContentKind;
use store::tenancy::Tenant;

use super::views::date;
use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::tenancy::CurrentMunicipality;

/// Moderators and coordinators of the municipality moderate it.
pub fn can_moderate(actor: &Actor, tenant: &Tenant) -> bool {
    use domain::accounts::{MunicipalRole, Role};
    actor.is_coordinator_of(tenant.scope.id()) || actor.has_role(tenant.scope.id(), Role::Municipal(MunicipalRole::Moderator))
}

pub(super) fn require_moderator<'a>(ctx: &'a RequestCtx, tenant: &Tenant) -> Result<&'a Actor, AppError> {
    let actor = ctx.require_actor()?;
    if can_moderate(actor, tenant) {
        return Ok(actor);
    }
    Err(crate::tenancy::policy::refusal(actor, tenant))
}

#[derive(Template)]
#[template(path = "participation/report.html")]
struct ReportPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    back: String,
    reason: String,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    reason: String,
}

async fn report_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    kind: ContentKind,
    id: i64,
    reason: String,
    errors: FormErrors,
) -> Result<ReportPage, AppError> {
    ctx.require_actor()?;
    let idea = store::moderation::idea_of(&state.db, &tenant.scope, kind, id).await?.ok_or(AppError::NotFound)?;
    let segment = if kind == ContentKind::Idea { "ideen" } else { "kommentare" };
    Ok(ReportPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("report-title")),
        action: format!("/m/{}/{segment}/{id}/melden", tenant.slug),
        back: format!("/m/{}/ideen/{idea}", tenant.slug),
        reason,
        errors,
    })
}

async fn report_show(state: AppState, ctx: RequestCtx, tenant: Tenant, kind: ContentKind, id: i64) -> Result<Response, AppError> {
    Ok(html(&report_page(&state, &ctx, &tenant, kind, id, String::new(), FormErrors::default()).await?)?.into_response())
}

async fn report_send(
    state: AppState,
    ctx: RequestCtx,
    tenant: Tenant,
    kind: ContentKind,
    id: i64,
    form: ReportForm,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = super::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    let reason = form.reason.trim();
    if reason.chars().count() < 5 || reason.chars().count() > 2000 {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "reason", "report-reason-length");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &report_page(&state, &ctx, &tenant, kind, id, form.reason, errors).await?);
    }
    state.limits.check_account(&format!("report:{}", actor.user.id.0))?;
    let idea = store::moderation::idea_of(&state.db, &tenant.scope, kind, id).await?.ok_or(AppError::NotFound)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::report(&txn, &tenant.scope, kind, id, actor.user.id, reason).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{idea}?notice=reported", tenant.slug)).into_response())
}

pub async fn idea_report_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    report_show(state, ctx, tenant, ContentKind::Idea, id).await
}

pub async fn idea_report_send(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    report_send(state, ctx, tenant, ContentKind::Idea, id, form).await
}

pub async fn comment_report_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    report_show(state, ctx, tenant, ContentKind::Comment, id).await
}

pub async fn comment_report_send(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    report_send(state, ctx, tenant, ContentKind::Comment, id, form).await
}

pub struct QueueItem {
    pub report: i64,
    pub kind: &'static str,
    pub kind_label: String,
    pub content_id: i64,
    pub href: String,
    pub excerpt: String,
    pub reason: String,
    pub date: String,
    pub hidden: bool,
    pub error: Option<String>,
    /// `hide_reason` for the item with an error (the summary links there).
    pub input_id: String,
    /// What the moderator typed (kept when the form comes back).
    pub typed: String,
    /// The page to block the content's author.
    pub block_href: String,
}

pub struct BlockRow {
    pub id: i64,
    pub name: String,
    pub until: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "participation/moderation.html")]
struct QueuePage {
    i18n: Locale,
    layout: Layout,
    base: String,
    items: Vec<QueueItem>,
    blocks: Vec<BlockRow>,
    errors: FormErrors,
}

async fn queue(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    errors: FormErrors,
    error_for: Option<(i64, String)>,
) -> Result<QueuePage, AppError> {
    let typed_for = |report: i64| error_for.as_ref().filter(|(r, _)| *r == report).map(|(_, t)| t.clone());
    let locale = ctx.locale;
    let items = store::moderation::open_reports(&state.db, &tenant.scope)
        .await?
        .into_iter()
        .map(|r| QueueItem {
            report: r.id,
            kind: r.kind.as_str(),
            kind_label: locale.t(if r.kind == ContentKind::Idea { "moderation-kind-idea" } else { "moderation-kind-comment" }),
            content_id: r.content_id,
            href: match r.kind {
                ContentKind::Idea => format!("/m/{}/ideen/{}", tenant.slug, r.idea_id),
                ContentKind::Comment => format!("/m/{}/ideen/{}#kommentar-{}", tenant.slug, r.idea_id, r.content_id),
            },
            excerpt: r.excerpt,
            reason: r.reason,
            date: date(locale, r.created_at),
            hidden: r.hidden,
            error: typed_for(r.id).and_then(|_| errors.get("hide_reason")),
            input_id: if typed_for(r.id).is_some() { "hide_reason".to_owned() } else { format!("hide_reason-{}", r.id) },
            typed: typed_for(r.id).unwrap_or_default(),
            block_href: format!("/m/{}/moderation/sperren?inhalt={}-{}", tenant.slug, r.kind.as_str(), r.content_id),
        })
        .collect();
    let blocks = store::moderation::blocks::all_active(&state.db, &tenant.scope, store::now())
        .await?
        .into_iter()
        .map(|b| BlockRow { id: b.id, name: b.name, until: date(locale, b.until), reason: b.reason })
        .collect();
    Ok(QueuePage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("moderation-title")),
        base: format!("/m/{}/moderation", tenant.slug),
        items,
        blocks,
        errors,
    })
}

pub async fn queue_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_moderator(&ctx, &tenant)?;
    Ok(html(&queue(&state, &ctx, &tenant, FormErrors::default(), None).await?)?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    kind: String,
    id: i64,
    report: i64,
    hide_reason: String,
}

pub async fn hide(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<HideForm>,
) -> Result<Response, AppError> {
    let actor = require_moderator(&ctx, &tenant)?;
    let kind = ContentKind::parse(&form.kind).ok_or(AppError::NotFound)?;
    let reason = form.hide_reason.trim();
    if reason.chars().count() < 5 || reason.chars().count() > 500 {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "hide_reason", "moderation-reason-length");
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &queue(&state, &ctx, &tenant, errors, Some((form.report, form.hide_reason.clone()))).await?,
        );
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::set_hidden(&txn, &tenant.scope, actor.user.id, kind, form.id, Some(reason)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/moderation?notice=saved", tenant.slug)).into_response())
}

pub async fn restore(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<HideForm>,
) -> Result<Response, AppError> {
    let actor = require_moderator(&ctx, &tenant)?;
    let kind = ContentKind::parse(&form.kind).ok_or(AppError::NotFound)?;
    let idea = store::moderation::idea_of(&state.db, &tenant.scope, kind, form.id).await?.ok_or(AppError::NotFound)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::set_hidden(&txn, &tenant.scope, actor.user.id, kind, form.id, None).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{idea}?notice=saved", tenant.slug)).into_response())
}

pub async fn dismiss(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<HideForm>,
) -> Result<Response, AppError> {
    let actor = require_moderator(&ctx, &tenant)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::dismiss(&txn, &tenant.scope, actor.user.id, form.report).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/moderation?notice=saved", tenant.slug)).into_response())
}
