//! Moderators block the author of reported content from taking part in
//! their municipality for a time, with a reason that is mailed to the
//! person; they lift blocks early. A blocked person can still read, log in,
//! download their data and delete their account.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::TimeDelta;
use http::StatusCode;
use serde::Deserialize;
use store::moderation::ContentKind;
use store::tenancy::Tenant;

use super::moderation::require_moderator;
use super::views::date;
use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::tenancy::CurrentMunicipality;

/// Lengths a moderator can choose, in days.
const DURATIONS: [i64; 5] = [1, 7, 30, 90, 365];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BlockForm {
    /// `idea-5` or `comment-7`: the content whose author is blocked.
    inhalt: String,
    days: String,
    reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LiftForm {
    block: i64,
}

pub struct DurationChoice {
    pub value: i64,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "participation/block.html")]
struct BlockPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    cancel_href: String,
    person: String,
    inhalt: String,
    durations: Vec<DurationChoice>,
    reason: String,
    errors: FormErrors,
}

fn content(text: &str) -> Option<(ContentKind, i64)> {
    let (kind, id) = text.split_once('-')?;
    Some((ContentKind::parse(kind)?, id.parse().ok()?))
}

async fn person(state: &AppState, tenant: &Tenant, inhalt: &str) -> Result<store::accounts::User, AppError> {
    let (kind, id) = content(inhalt).ok_or(AppError::NotFound)?;
    let author = store::moderation::blocks::author_of(&state.db, &tenant.scope, kind, id).await?.ok_or(AppError::NotFound)?;
    store::accounts::user_by_id(&state.db, author).await?.filter(|u| !u.deleted).ok_or(AppError::NotFound)
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, name: String, form: &BlockForm, errors: FormErrors) -> BlockPage {
    let locale = ctx.locale;
    BlockPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("block-title")),
        action: format!("/m/{}/moderation/sperren", tenant.slug),
        cancel_href: format!("/m/{}/moderation", tenant.slug),
        person: name,
        inhalt: form.inhalt.clone(),
        durations: DURATIONS
            .into_iter()
            .map(|d| DurationChoice {
                value: d,
                label: locale.t_args("block-days", &[("count", FluentArg::Number(d))]),
                selected: form.days == d.to_string() || (form.days.is_empty() && d == 7),
            })
            .collect(),
        reason: form.reason.clone(),
        errors,
    }
}

pub async fn block_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(form): Query<BlockForm>,
) -> Result<Response, AppError> {
    require_moderator(&ctx, &tenant)?;
    let user = person(&state, &tenant, &form.inhalt).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, user.display_name, &form, FormErrors::default()))
}

pub async fn block_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<BlockForm>,
) -> Result<Response, AppError> {
    let actor = require_moderator(&ctx, &tenant)?;
    let user = person(&state, &tenant, &form.inhalt).await?;
    let mut errors = FormErrors::default();
    let days = form.days.parse::<i64>().ok().filter(|d| DURATIONS.contains(d));
    if days.is_none() {
        errors.add(ctx.locale, "days", "block-days-invalid");
    }
    let reason = form.reason.trim();
    if !(10..=1000).contains(&reason.chars().count()) {
        errors.add(ctx.locale, "reason", "block-reason-length");
    }
    if user.id == actor.user.id {
        errors.add(ctx.locale, "reason", "block-self");
    }
    let (Some(days), true) = (days, errors.is_empty()) else {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, user.display_name, &form, errors));
    };
    let until = store::now() + TimeDelta::days(days);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::blocks::block(&txn, &tenant.scope, actor.user.id, user.id, until, reason).await?;
    if let Some(email) = &user.email {
        let locale = Locale::from_code(&user.locale).unwrap_or(Locale::De);
        let args = [
            ("name", FluentArg::Text(user.display_name.clone())),
            ("municipality", FluentArg::Text(tenant.name.clone())),
            ("until", FluentArg::Text(date(locale, until))),
            ("reason", FluentArg::Text(reason.to_owned())),
            ("netiquette", FluentArg::Text(format!("{}/m/{}/netiquette", state.config.public_url, tenant.slug))),
        ];
        let key = "mail-account-blocked";
        let subject = locale.t_args(&format!("{key}-subject"), &args);
        let body = locale.t_args(&format!("{key}-body"), &args);
        store::mail::enqueue(&txn, email, &subject, &body).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/moderation?notice=account-blocked#sperren", tenant.slug)).into_response())
}

pub async fn block_lift(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<LiftForm>,
) -> Result<Response, AppError> {
    let actor = require_moderator(&ctx, &tenant)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::moderation::blocks::lift(&txn, &tenant.scope, actor.user.id, form.block).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/moderation?notice=account-unblocked#sperren", tenant.slug)).into_response())
}

/// The refusal page for a person blocked here, or `None` when they may take part.
pub async fn refusal_if_blocked(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, actor: &Actor) -> Result<Option<Response>, AppError> {
    let Some(block) = store::moderation::blocks::active(&state.db, &tenant.scope, actor.user.id, store::now()).await? else {
        return Ok(None);
    };
    let locale = ctx.locale;
    let text = locale.t_args(
        "block-refusal-text",
        &[("municipality", FluentArg::Text(tenant.name.clone())), ("until", FluentArg::Text(date(locale, block.until)))],
    );
    let reason = locale.t_args("block-refusal-reason", &[("reason", FluentArg::Text(block.reason))]);
    let netiquette = format!("/m/{}/netiquette", tenant.slug);
    crate::message::message_text(
        state,
        ctx,
        StatusCode::FORBIDDEN,
        "block-refusal-title",
        vec![text, reason],
        Some((&netiquette, "block-netiquette-link")),
    )
    .map(Some)
}
