use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;

use super::{mails, password, session};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::message::message;

#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    pub privacy: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    i18n: Locale,
    layout: Layout,
    form: RegisterForm,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, form: RegisterForm, errors: FormErrors) -> RegisterPage {
    RegisterPage { i18n: ctx.locale, layout: Layout::state(state, ctx, ctx.locale.t("register-title")), form, errors }
}

pub async fn register_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    if ctx.actor.is_some() {
        return Ok(Redirect::to("/konto").into_response());
    }
    Ok(html(&page(&state, &ctx, RegisterForm::default(), FormErrors::default()))?.into_response())
}

/// The same answer whether or not the address already has an account (no
/// enumeration); an existing account's owner gets a mail saying so instead.
pub async fn register_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<RegisterForm>) -> Result<Response, AppError> {
    state.limits.check_address("register", ctx.client_ip)?;
    let locale = ctx.locale;
    let mut errors = FormErrors::default();
    let name = form.display_name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 60 {
        errors.add(locale, "display_name", "accounts-name-length");
    }
    let email = match domain::accounts::email::parse(&form.email) {
        Ok(email) => Some(email),
        Err(code) => {
            errors.add(locale, "email", code);
            None
        }
    };
    if let Err(problem) = domain::accounts::password_policy::check(&form.password, &[&form.email, &name]) {
        errors.add_text("password", super::reset::password_problem_text(locale, &problem));
    }
    if form.privacy.is_none() {
        errors.add(locale, "privacy", "register-privacy-required");
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors));
    };

    let password_hash = password::hash(&form.password);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::accounts::user_by_email(&txn, &email).await? {
        Some(existing) => {
            let locale = Locale::from_code(&existing.locale).unwrap_or(locale);
            mails::queue(&txn, &state, locale, &email, "mail-already-registered", &existing.display_name, "/passwort-vergessen").await?;
        }
        None => {
            let user = store::accounts::create_user(
                &txn,
                store::accounts::NewUser {
                    email: &email,
                    display_name: &name,
                    password_hash: &password_hash,
                    locale: locale.code(),
                    email_confirmed: false,
                },
            )
            .await?;
            let token = session::new_token();
            store::accounts::create_token(&txn, user, store::accounts::TokenPurpose::ConfirmEmail, &token, None).await?;
            mails::queue(&txn, &state, locale, &email, "mail-confirm", &name, &format!("/konto/bestaetigen/{token}")).await?;
            tracing::info!(target: "teilhabe::auth", user_id = user.0, "account registered");
        }
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to("/registrieren/gesendet").into_response())
}

pub async fn register_sent(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    message(
        &state,
        &ctx,
        StatusCode::OK,
        "register-sent-title",
        &["register-sent-text", "register-sent-spam"],
        Some(("/anmelden", "layout-login")),
    )
}
