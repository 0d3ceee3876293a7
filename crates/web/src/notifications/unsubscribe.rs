//! One-click unsubscribe: the link in every notification mail. Opening it
//! asks once (link checkers in mail systems open links too); mail programs
//! that offer "unsubscribe" themselves POST to it directly (RFC 8058).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::notifications::MailSetting;
use http::StatusCode;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
pub struct UnsubscribePage {
    pub i18n: Locale,
    pub layout: Layout,
    pub action: String,
    pub already: bool,
}

pub async fn unsubscribe_show(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let (_, settings) = store::notifications::mailing::by_token(&state.db, &token).await?.ok_or(AppError::NotFound)?;
    let locale = ctx.locale;
    let page = UnsubscribePage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t("unsubscribe-title")),
        action: format!("/abbestellen/{token}"),
        already: !settings.mails_anything(),
    };
    html_status(StatusCode::OK, &page)
}

pub async fn unsubscribe_confirm(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let (user, _) = store::notifications::mailing::by_token(&state.db, &token).await?.ok_or(AppError::NotFound)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::notifications::mailing::set_setting(&txn, user, MailSetting::Never).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    crate::message::message(
        &state,
        &ctx,
        StatusCode::OK,
        "unsubscribe-done-title",
        &["unsubscribe-done-text"],
        Some(("/benachrichtigungen#einstellungen", "unsubscribe-settings-link")),
    )
}
