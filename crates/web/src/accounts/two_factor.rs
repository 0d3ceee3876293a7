use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;

use super::login::start_session;
use super::{password, totp};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    secret: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/code.html")]
struct CodePage {
    i18n: Locale,
    layout: Layout,
    next: String,
    errors: FormErrors,
}

/// The second login step: the code from the authenticator app.
pub async fn code_show(State(state): State<AppState>, ctx: RequestCtx, Query(query): Query<NextQuery>) -> Result<Response, AppError> {
    if ctx.pending_two_factor.is_none() {
        return Ok(Redirect::to("/anmelden").into_response());
    }
    let page = CodePage {
        i18n: ctx.locale,
        layout: Layout::state(&state, &ctx, ctx.locale.t("two-factor-code-title")),
        next: query.next.unwrap_or_default(),
        errors: FormErrors::default(),
    };
    Ok(html(&page)?.into_response())
}

pub async fn code_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<CodeForm>) -> Result<Response, AppError> {
    state.limits.check_address("two-factor", ctx.client_ip)?;
    let Some((pending_id, user)) = ctx.pending_two_factor.clone() else {
        return Ok(Redirect::to("/anmelden").into_response());
    };
    let step = user.totp_secret.as_deref().and_then(|secret| totp::matching_step(secret, &form.code, totp::unix_now()));
    let accepted = match step {
        Some(step) => store::accounts::use_totp_step(&state.db, user.id, step).await?,
        None => false,
    };
    if !accepted {
        tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "two-factor code refused");
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "code", "two-factor-code-wrong");
        let page = CodePage {
            i18n: ctx.locale,
            layout: Layout::state(&state, &ctx, ctx.locale.t("two-factor-code-title")),
            next: form.next.unwrap_or_default(),
            errors,
        };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    // The half-finished session ends; a new one (new id) begins.
    store::sessions::delete(&state.db, &pending_id).await?;
    start_session(&state, &user, false, form.next.as_deref().unwrap_or_default()).await
}

#[derive(Template)]
#[template(path = "accounts/two_factor.html")]
struct SetupPage {
    i18n: Locale,
    layout: Layout,
    enabled: bool,
    required: bool,
    secret: String,
    qr_svg: String,
    errors: FormErrors,
}

/// The setup page. A new secret travels in the form and is stored only when
/// the person proves a code from it (no state change on GET).
fn setup_page(state: &AppState, ctx: &RequestCtx, errors: FormErrors, secret: Option<String>) -> Result<SetupPage, AppError> {
    let actor = ctx.require_actor()?;
    let user = &actor.user;
    let secret = secret
        .filter(|s| s.len() >= 26 && s.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)))
        .unwrap_or_else(totp::new_secret);
    let account = user.email.clone().unwrap_or_default();
    let url = totp::provisioning_url(&secret, &state.site.name, &account).unwrap_or_default();
    Ok(SetupPage {
        i18n: ctx.locale,
        layout: Layout::state(state, ctx, ctx.locale.t("two-factor-title")),
        enabled: user.two_factor_enabled,
        required: actor.has_privileged_role(),
        qr_svg: if user.two_factor_enabled { String::new() } else { totp::qr_svg(&url, &ctx.locale.t("two-factor-qr-label")) },
        secret: if user.two_factor_enabled { String::new() } else { secret },
        errors,
    })
}

pub async fn setup_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    Ok(html(&setup_page(&state, &ctx, FormErrors::default(), None)?)?.into_response())
}

/// Turns two-factor login on once the person proves a code from the new secret.
pub async fn setup_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<SetupForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    state.limits.check_address("two-factor", ctx.client_ip)?;
    let user = &actor.user;
    let step =
        Some(form.secret.as_str()).filter(|_| !user.two_factor_enabled).and_then(|s| totp::matching_step(s, &form.code, totp::unix_now()));
    let Some(step) = step else {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "code", "two-factor-code-wrong");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &setup_page(&state, &ctx, errors, Some(form.secret))?);
    };
    store::accounts::set_totp(&state.db, user.id, Some(&form.secret), true).await?;
    store::accounts::use_totp_step(&state.db, user.id, step).await?;
    tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "two-factor login enabled");
    Ok(Redirect::to("/konto?notice=two-factor-enabled").into_response())
}

#[derive(Deserialize)]
pub struct DisableForm {
    #[serde(default)]
    current_password: String,
}

/// Turns two-factor login off (not for roles that require it).
pub async fn disable_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<DisableForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if actor.has_privileged_role() {
        return Err(AppError::Forbidden);
    }
    let ok = actor.user.password_hash.as_deref().is_some_and(|h| password::verify(&form.current_password, h));
    if !ok {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "current_password", "accounts-current-password-wrong");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &setup_page(&state, &ctx, errors, None)?);
    }
    store::accounts::set_totp(&state.db, actor.user.id, None, false).await?;
    tracing::info!(target: "teilhabe::auth", user_id = actor.user.id.0, "two-factor login disabled");
    Ok(Redirect::to("/konto?notice=two-factor-disabled").into_response())
}
