//! An organisation's own page for its members: whether it is verified yet,
//! who belongs to it; for its admins also inviting and removing members.
//! Every member may leave (the last admin may not).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::organisations::{InvitationForm, MemberRole};
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use super::policy::{MemberAccess, require_member};
use super::{Choice, mails};
use crate::AppState;
use crate::accounts::session;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html, html_status};
use crate::tenancy::CurrentMunicipality;

pub struct MemberRow {
    pub id: i64,
    pub name: String,
    /// Shown to admins only.
    pub email: String,
    pub role: String,
    pub status: String,
    /// Label of the button: remove, withdraw the invitation, or leave.
    pub remove_label: Option<String>,
    /// The row of the person looking.
    pub own: bool,
}

#[derive(Template)]
#[template(path = "organisations/manage.html")]
struct ManagePage {
    i18n: Locale,
    layout: Layout,
    verified: bool,
    is_admin: bool,
    public_href: Option<String>,
    edit_href: String,
    invite_action: String,
    remove_action: String,
    members: Vec<MemberRow>,
    invite: InvitationForm,
    roles: Vec<Choice>,
    errors: FormErrors,
}

fn date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%d.%m.%Y").to_string()
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    access: &MemberAccess<'_>,
    invite: InvitationForm,
    errors: FormErrors,
) -> Result<ManagePage, AppError> {
    let locale = ctx.locale;
    let org = &access.organisation;
    let is_admin = access.is_admin();
    let me = access.actor.user.id;
    let members = store::organisations::members(&state.db, &tenant.scope, org.id).await?;
    let active_admins = members.iter().filter(|m| m.role == MemberRole::Admin && !m.is_pending() && !m.account_deleted).count();
    let members = members
        .into_iter()
        .map(|m| {
            let own = m.user == Some(me);
            let name = if m.is_pending() {
                locale.t("organisation-member-invited")
            } else if m.account_deleted || m.name.is_empty() {
                locale.t("accounts-deleted-account")
            } else {
                m.name.clone()
            };
            let remove_key = match (m.is_pending(), own) {
                (true, _) if is_admin => Some("organisation-invitation-withdraw"),
                // The last admin cannot leave (the organisation would have nobody to manage it).
                (false, true) if !(m.role == MemberRole::Admin && active_admins == 1) => Some("organisation-member-leave"),
                (false, false) if is_admin => Some("organisation-member-remove"),
                _ => None,
            };
            MemberRow {
                id: m.id,
                email: if is_admin || own { m.email.clone() } else { String::new() },
                role: locale.t(m.role.label_key()),
                status: match m.joined_at {
                    Some(at) => locale.t_args("organisation-member-since", &[("date", FluentArg::Text(date(at)))]),
                    None => locale.t_args("organisation-invited-on", &[("date", FluentArg::Text(date(m.invited_at)))]),
                },
                remove_label: remove_key.map(|k| locale.t(k)),
                own,
                name,
            }
        })
        .collect();
    let base = format!("/m/{}/organisationen/{}", tenant.slug, org.id);
    Ok(ManagePage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t_args("organisation-manage-title", &[("name", FluentArg::Text(org.name.clone()))]),
        ),
        verified: org.is_verified(),
        is_admin,
        public_href: org.is_verified().then(|| base.clone()),
        edit_href: format!("{base}/bearbeiten"),
        invite_action: format!("{base}/einladen"),
        remove_action: format!("{base}/mitglieder/entfernen"),
        members,
        roles: MemberRole::ALL
            .into_iter()
            .map(|r| Choice { value: r.as_str().to_owned(), label: locale.t(r.label_key()), selected: invite.role == r.as_str() })
            .collect(),
        invite,
        errors,
    })
}

pub async fn members_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let access = require_member(&state, &ctx, &tenant, &id, MemberRole::Member).await?;
    let form = InvitationForm { role: MemberRole::Member.as_str().to_owned(), ..InvitationForm::default() };
    Ok(html(&page(&state, &ctx, &tenant, &access, form, FormErrors::default()).await?)?.into_response())
}

/// Mails a single-use link; the invited person accepts it with their account.
pub async fn member_invite(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<InvitationForm>,
) -> Result<Response, AppError> {
    let access = require_member(&state, &ctx, &tenant, &id, MemberRole::Admin).await?;
    let (email, role) = match form.validate() {
        Ok(valid) => valid,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &access, form, errors).await?);
        }
    };
    state.limits.check_address("organisation-invite", ctx.client_ip)?;
    let org = &access.organisation;
    let token = session::new_token();
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::organisations::invite(&txn, &tenant.scope, org.id, Some(access.actor.user.id), &email, role, &token).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(code)) => {
            drop(txn);
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "email", code);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &access, form, errors).await?);
        }
        Err(other) => return Err(other.into()),
    }
    let locale = match store::accounts::user_by_email(&txn, &email).await? {
        Some(user) => Locale::from_code(&user.locale).unwrap_or(ctx.locale),
        None => ctx.locale,
    };
    mails::invitation(&txn, &state, locale, &email, &tenant, &org.name, &token).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to(&format!("/m/{}/organisationen/{}/verwaltung?notice=organisation-invited", tenant.slug, org.id)).into_response())
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    member: String,
}

/// Admins remove members and withdraw invitations; every member may leave.
pub async fn member_remove(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    let access = require_member(&state, &ctx, &tenant, &id, MemberRole::Member).await?;
    let org_id = access.organisation.id;
    let member_id: i64 = form.member.trim().parse().map_err(|_| AppError::NotFound)?;
    let members = store::organisations::members(&state.db, &tenant.scope, org_id).await?;
    let target = members.iter().find(|m| m.id == member_id).ok_or(AppError::NotFound)?;
    let own = target.user == Some(access.actor.user.id);
    if !own && !access.is_admin() {
        return Err(AppError::Forbidden);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::organisations::remove_member(&txn, &tenant.scope, org_id, member_id, Some(access.actor.user.id)).await {
        Ok(_) => {}
        Err(store::StoreError::Conflict(code)) => {
            drop(txn);
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "members", code);
            let invite = InvitationForm { role: MemberRole::Member.as_str().to_owned(), ..InvitationForm::default() };
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &access, invite, errors).await?);
        }
        Err(other) => return Err(other.into()),
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    let target = if own {
        "/konto?notice=organisation-left".to_owned()
    } else {
        format!("/m/{}/organisationen/{org_id}/verwaltung?notice=organisation-member-removed", tenant.slug)
    };
    Ok(Redirect::to(&target).into_response())
}
