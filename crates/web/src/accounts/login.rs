use std::sync::LazyLock;

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;
use store::accounts::{TokenPurpose, User};

use super::{mails, password, safe_next, session};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};

/// Checked when the account does not exist, so that the answer takes as long
/// as for a wrong password (no enumeration by timing).
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| password::hash("not a real password, only for equal timing"));

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    pub next: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    i18n: Locale,
    layout: Layout,
    email: String,
    next: String,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, email: String, next: String, errors: FormErrors) -> LoginPage {
    LoginPage { i18n: ctx.locale, layout: Layout::state(state, ctx, ctx.locale.t("login-title")), email, next, errors }
}

pub async fn login_show(State(state): State<AppState>, ctx: RequestCtx, Query(query): Query<NextQuery>) -> Result<Response, AppError> {
    if ctx.actor.is_some() {
        return Ok(Redirect::to(&safe_next(query.next.as_deref())).into_response());
    }
    Ok(html(&page(&state, &ctx, String::new(), query.next.unwrap_or_default(), FormErrors::default()))?.into_response())
}

pub async fn login_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<LoginForm>) -> Result<Response, AppError> {
    state.limits.check_address("login", ctx.client_ip)?;
    state.limits.check_account(&form.email)?;
    let locale = ctx.locale;
    let next = form.next.clone().unwrap_or_default();
    let user = store::accounts::user_by_email(&state.db, &form.email).await?.filter(|u| !u.deleted);
    let password_ok = match user.as_ref().and_then(|u| u.password_hash.as_deref()) {
        Some(hash) => password::verify(&form.password, hash),
        None => {
            password::verify(&form.password, &DUMMY_HASH);
            false
        }
    };
    let Some(user) = user.filter(|_| password_ok) else {
        tracing::info!(target: "teilhabe::auth", "login failed");
        let mut errors = FormErrors::default();
        errors.add(locale, "email", "login-failed");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form.email, next, errors));
    };
    if !user.email_confirmed {
        resend_confirmation(&state, &user).await?;
        let mut errors = FormErrors::default();
        errors.add(locale, "email", "login-unconfirmed");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form.email, next, errors));
    }
    start_session(&state, &user, user.two_factor_enabled, &next).await
}

/// Starts a new session (a new id: never reuse one from before the login) and
/// sends the person on: to the code form, to the two-factor setup their role
/// requires, or where they wanted to go.
pub async fn start_session(state: &AppState, user: &User, two_factor_pending: bool, next: &str) -> Result<Response, AppError> {
    let token = session::new_token();
    store::sessions::create(&state.db, &token, user.id, two_factor_pending, state.config.session_lifetimes).await?;
    let target = if two_factor_pending {
        let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        format!("/anmelden/code?next={next}")
    } else {
        tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "login succeeded");
        let roles = store::accounts::roles_of(&state.db, user.id).await?;
        let privileged = roles.iter().any(|(_, role)| role.requires_two_factor());
        if privileged && !user.two_factor_enabled {
            "/konto/zwei-faktor".to_owned()
        } else {
            let target = safe_next(Some(next));
            if target == "/konto" { "/konto?notice=logged-in".to_owned() } else { target }
        }
    };
    Ok(session::with_cookies(
        Redirect::to(&target),
        &[session::set_cookie(&state.config, &token), session::clear_csrf_cookie(&state.config)],
    ))
}

async fn resend_confirmation(state: &AppState, user: &User) -> Result<(), AppError> {
    let Some(email) = user.email.as_deref() else { return Ok(()) };
    let locale = Locale::from_code(&user.locale).unwrap_or(Locale::De);
    let token = session::new_token();
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::accounts::create_token(&txn, user.id, TokenPurpose::ConfirmEmail, &token, None).await?;
    mails::queue(&txn, state, locale, email, "mail-confirm", &user.display_name, &format!("/konto/bestaetigen/{token}")).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(())
}

/// Ends the session on the server, not only the cookie.
pub async fn logout_submit(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let session_id = ctx.actor.as_ref().map(|a| a.session_id.clone()).or_else(|| ctx.pending_two_factor.as_ref().map(|(id, _)| id.clone()));
    if let Some(id) = session_id {
        store::sessions::delete(&state.db, &id).await?;
        tracing::info!(target: "teilhabe::auth", "logged out");
    }
    Ok(session::with_cookies(
        Redirect::to("/?notice=logged-out"),
        &[session::clear_cookie(&state.config), session::clear_csrf_cookie(&state.config)],
    ))
}
