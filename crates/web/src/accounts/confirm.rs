use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use store::accounts::TokenPurpose;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html};
use crate::message::message;

#[derive(Template)]
#[template(path = "accounts/confirm.html")]
pub struct ConfirmPage {
    pub i18n: Locale,
    pub layout: Layout,
    pub explanation: String,
    pub action: String,
    pub button: String,
}

pub fn invalid_link(state: &AppState, ctx: &RequestCtx) -> Result<Response, AppError> {
    message(state, ctx, StatusCode::NOT_FOUND, "link-invalid-title", &["link-invalid-text"], Some(("/anmelden", "layout-login")))
}

/// Shows a button; confirming is a POST (no state change on GET).
pub async fn confirm_show(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    if store::accounts::peek_token(&state.db, TokenPurpose::ConfirmEmail, &token).await?.is_none() {
        return invalid_link(&state, &ctx);
    }
    let locale = ctx.locale;
    let page = ConfirmPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t("confirm-title")),
        explanation: locale.t("confirm-text"),
        action: format!("/konto/bestaetigen/{token}"),
        button: locale.t("confirm-submit"),
    };
    Ok(html(&page)?.into_response())
}

pub async fn confirm_submit(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let Some(valid) = store::accounts::consume_token(&txn, TokenPurpose::ConfirmEmail, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    store::accounts::confirm_email(&txn, valid.user).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    tracing::info!(target: "teilhabe::auth", user_id = valid.user.0, "e-mail address confirmed");
    Ok(Redirect::to("/anmelden?notice=confirmed").into_response())
}
