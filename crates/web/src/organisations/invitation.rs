//! Accepting an invitation: the link from the mail shows a page; the person,
//! logged in with the invited address, accepts with a POST.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use store::organisations::Invitation;
use store::tenancy::Tenant;

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html};
use crate::message::message;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "organisations/invitation.html")]
struct InvitationPage {
    i18n: Locale,
    layout: Layout,
    explanation: String,
    /// Anonymous visitors: where to log in (and come back here).
    login_href: Option<String>,
    /// Logged in with another address than the invited one.
    other_account: bool,
    action: String,
}

fn invalid_link(state: &AppState, ctx: &RequestCtx) -> Result<Response, AppError> {
    message(state, ctx, StatusCode::NOT_FOUND, "link-invalid-title", &["link-invalid-text"], Some(("/konto", "layout-my-account")))
}

/// The invitation is for the account with the invited address only.
fn is_for(actor: &Actor, invitation: &Invitation) -> bool {
    actor.user.email.as_deref().is_some_and(|email| email.eq_ignore_ascii_case(&invitation.email))
}

fn path(tenant: &Tenant, token: &str) -> String {
    format!("/m/{}/organisationen/einladung/{token}", tenant.slug)
}

pub async fn invitation_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(invitation) = store::organisations::peek_invitation(&state.db, &tenant.scope, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    let locale = ctx.locale;
    let here: String = form_urlencoded::byte_serialize(path(&tenant, &token).as_bytes()).collect();
    let view = InvitationPage {
        i18n: locale,
        explanation: locale.t_args(
            "organisation-invitation-text",
            &[
                ("organisation", FluentArg::Text(invitation.organisation_name.clone())),
                ("role", FluentArg::Text(locale.t(invitation.role.label_key()))),
            ],
        ),
        login_href: ctx.actor.is_none().then(|| format!("/anmelden?next={here}")),
        other_account: ctx.actor.as_ref().is_some_and(|a| !is_for(a, &invitation)),
        action: path(&tenant, &token),
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("organisation-invitation-title")),
    };
    Ok(html(&view)?.into_response())
}

pub async fn invitation_accept(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, token)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let Some(invitation) = store::organisations::peek_invitation(&state.db, &tenant.scope, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    if !is_for(actor, &invitation) {
        return Err(AppError::Forbidden);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let Some(organisation) = store::organisations::accept_invitation(&txn, &tenant.scope, &token, actor.user.id).await? else {
        return invalid_link(&state, &ctx);
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/organisationen/{organisation}/verwaltung?notice=organisation-joined", tenant.slug)).into_response())
}
