use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;
use store::accounts::TokenPurpose;

use super::confirm::invalid_link;
use super::{mails, password, session};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::message::message;

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    i18n: Locale,
    layout: Layout,
    email: String,
    errors: FormErrors,
}

pub async fn forgot_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let page = ForgotPage {
        i18n: ctx.locale,
        layout: Layout::state(&state, &ctx, ctx.locale.t("forgot-title")),
        email: String::new(),
        errors: FormErrors::default(),
    };
    Ok(html(&page)?.into_response())
}

/// Always the same answer; a link goes out only when the account exists.
pub async fn forgot_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<ForgotForm>) -> Result<Response, AppError> {
    state.limits.check_address("reset", ctx.client_ip)?;
    let email = match domain::accounts::email::parse(&form.email) {
        Ok(email) => email,
        Err(code) => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "email", code);
            let page = ForgotPage {
                i18n: ctx.locale,
                layout: Layout::state(&state, &ctx, ctx.locale.t("forgot-title")),
                email: form.email,
                errors,
            };
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    if let Some(user) = store::accounts::user_by_email(&state.db, &email).await?.filter(|u| !u.deleted) {
        let locale = Locale::from_code(&user.locale).unwrap_or(ctx.locale);
        let token = session::new_token();
        let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
        store::accounts::create_token(&txn, user.id, TokenPurpose::ResetPassword, &token, None).await?;
        mails::queue(&txn, &state, locale, &email, "mail-reset", &user.display_name, &format!("/passwort-neu/{token}")).await?;
        txn.commit().await.map_err(store::StoreError::from)?;
        state.mail_wake.notify_one();
        tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "password reset requested");
    }
    Ok(Redirect::to("/passwort-vergessen/gesendet").into_response())
}

pub async fn forgot_sent(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    message(
        &state,
        &ctx,
        StatusCode::OK,
        "forgot-sent-title",
        &["forgot-sent-text", "register-sent-spam"],
        Some(("/anmelden", "layout-login")),
    )
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    errors: FormErrors,
}

pub async fn reset_show(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    if store::accounts::peek_token(&state.db, TokenPurpose::ResetPassword, &token).await?.is_none() {
        return invalid_link(&state, &ctx);
    }
    let page = ResetPage {
        i18n: ctx.locale,
        layout: Layout::state(&state, &ctx, ctx.locale.t("reset-title")),
        action: format!("/passwort-neu/{token}"),
        errors: FormErrors::default(),
    };
    Ok(html(&page)?.into_response())
}

/// Sets the new password, ends every session of the account and confirms
/// the address (the link proved it).
pub async fn reset_submit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    let Some(valid) = store::accounts::peek_token(&state.db, TokenPurpose::ResetPassword, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    let user = store::accounts::user_by_id(&state.db, valid.user).await?.ok_or(AppError::NotFound)?;
    if let Err(problem) =
        domain::accounts::password_policy::check(&form.password, &[user.email.as_deref().unwrap_or_default(), &user.display_name])
    {
        let mut errors = FormErrors::default();
        errors.add_text("password", password_problem_text(ctx.locale, &problem));
        let page = ResetPage {
            i18n: ctx.locale,
            layout: Layout::state(&state, &ctx, ctx.locale.t("reset-title")),
            action: format!("/passwort-neu/{token}"),
            errors,
        };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let hash = password::hash(&form.password);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if store::accounts::consume_token(&txn, TokenPurpose::ResetPassword, &token).await?.is_none() {
        return invalid_link(&state, &ctx);
    }
    store::accounts::set_password_hash(&txn, user.id, &hash).await?;
    store::accounts::confirm_email(&txn, user.id).await?;
    store::sessions::delete_all_for_user(&txn, user.id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "password reset; all sessions ended");
    Ok(Redirect::to("/anmelden?notice=password-reset").into_response())
}

/// The refusal and, when there is one, the hint why.
pub fn password_problem_text(locale: Locale, problem: &domain::accounts::password_policy::PasswordProblem) -> String {
    match problem.hint {
        Some(hint) => format!("{} {}", locale.t(problem.code), locale.t(hint)),
        None => locale.t(problem.code),
    }
}
