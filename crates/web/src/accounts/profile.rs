use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::accounts::{MunicipalRole, Role, StateRole};
use http::{HeaderValue, StatusCode, header};
use serde::Deserialize;
use store::accounts::TokenPurpose;

use super::actor::Actor;
use super::confirm::{ConfirmPage, invalid_link};
use super::reset::password_problem_text;
use super::{mails, password, session};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};

pub struct LocaleOption {
    pub code: &'static str,
    pub endonym: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    i18n: Locale,
    layout: Layout,
    errors: FormErrors,
    email: String,
    roles: Vec<String>,
    display_name: String,
    new_email: String,
    locales: Vec<LocaleOption>,
    needs_two_factor: bool,
    /// Areas the person's roles open: administration, legal texts of their municipality.
    work_links: Vec<crate::layout::Link>,
    /// Organisations the person is a member of, to their management pages.
    organisations: Vec<crate::layout::Link>,
}

/// Fluent id naming a role.
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Municipal(MunicipalRole::Coordinator) => "role-coordinator",
        Role::Municipal(MunicipalRole::Moderator) => "role-moderator",
        Role::Municipal(MunicipalRole::MeasureOwner) => "role-measure-owner",
        Role::State(StateRole::ProgrammeOfficer) => "role-programme-officer",
        Role::PlatformAdmin => "role-platform-admin",
    }
}

#[derive(Default)]
struct Typed {
    display_name: Option<String>,
    locale: Option<String>,
    new_email: String,
}

async fn account_page(
    state: &AppState,
    ctx: &RequestCtx,
    actor: &Actor,
    errors: FormErrors,
    typed: Typed,
) -> Result<AccountPage, AppError> {
    let locale = ctx.locale;
    let tenant_ids: Vec<_> = actor.roles.iter().map(|(t, _)| *t).collect();
    let tenants = store::tenancy::by_ids(&state.db, &tenant_ids).await?;
    let roles = actor
        .roles
        .iter()
        .map(|(tenant, role)| {
            let space = tenants.iter().find(|t| t.scope.id() == *tenant).map(|t| t.name.clone()).unwrap_or_default();
            format!("{} – {space}", locale.t(role_key(*role)))
        })
        .collect();
    let mut work_links = Vec::new();
    if actor.is_platform_admin() {
        work_links.push(crate::layout::Link { href: "/admin".into(), label: locale.t("admin-title") });
    }
    if actor.roles.iter().any(|(_, r)| *r == Role::State(StateRole::ProgrammeOfficer)) {
        work_links.push(crate::layout::Link { href: "/land/foerderung".into(), label: locale.t("funding-officer-title") });
    }
    for tenant in tenants.iter().filter(|t| crate::participation::moderation::can_moderate(actor, t)) {
        work_links.push(crate::layout::Link {
            href: format!("/m/{}/moderation", tenant.slug),
            label: format!("{} – {}", locale.t("moderation-title"), tenant.name),
        });
    }
    for tenant in tenants.iter().filter(|t| actor.is_coordinator_of(t.scope.id())) {
        for kind in domain::legal::LegalPageKind::ALL {
            work_links.push(crate::layout::Link {
                href: format!("/m/{}/verwaltung/rechtliches/{}", tenant.slug, kind.slug()),
                label: format!("{} – {}", locale.t(kind.title_key()), tenant.name),
            });
        }
        work_links.push(crate::layout::Link {
            href: format!("/m/{}/verwaltung/organisationen", tenant.slug),
            label: format!("{} – {}", locale.t("organisation-review-title"), tenant.name),
        });
        work_links.push(crate::layout::Link {
            href: format!("/m/{}/verwaltung/foerderung", tenant.slug),
            label: format!("{} – {}", locale.t("applications-title"), tenant.name),
        });
    }
    let organisations = store::organisations::memberships_of(&state.db, actor.user.id)
        .await?
        .into_iter()
        .map(|m| crate::layout::Link {
            href: format!("/m/{}/organisationen/{}/verwaltung", m.municipality_slug, m.organisation),
            label: format!("{} – {}", m.name, m.municipality_name),
        })
        .collect();
    let chosen = typed.locale.unwrap_or_else(|| actor.user.locale.clone());
    Ok(AccountPage {
        i18n: locale,
        layout: Layout::state(state, ctx, locale.t("account-title")),
        errors,
        email: actor.user.email.clone().unwrap_or_default(),
        roles,
        display_name: typed.display_name.unwrap_or_else(|| actor.user.display_name.clone()),
        new_email: typed.new_email,
        locales: Locale::ALL
            .into_iter()
            .map(|l| LocaleOption { code: l.code(), endonym: l.endonym(), current: l.code() == chosen })
            .collect(),
        needs_two_factor: actor.needs_two_factor_setup(),
        work_links,
        organisations,
    })
}

pub async fn account_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    Ok(html(&account_page(&state, &ctx, actor, FormErrors::default(), Typed::default()).await?)?.into_response())
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    locale: String,
}

pub async fn profile_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<ProfileForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let name = form.display_name.trim();
    let locale = Locale::from_code(&form.locale).unwrap_or(ctx.locale);
    if name.is_empty() || name.chars().count() > 60 {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "display_name", "accounts-name-length");
        let typed = Typed { display_name: Some(form.display_name), locale: Some(form.locale), ..Typed::default() };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &account_page(&state, &ctx, actor, errors, typed).await?);
    }
    store::accounts::set_profile(&state.db, actor.user.id, name, locale.code()).await?;
    Ok(Redirect::to("/konto?notice=profile-saved").into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Asks for the current password; ends every other session.
pub async fn password_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<PasswordForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    state.limits.check_address("password", ctx.client_ip)?;
    let mut errors = FormErrors::default();
    if !actor.user.password_hash.as_deref().is_some_and(|h| password::verify(&form.current_password, h)) {
        errors.add(ctx.locale, "current_password", "accounts-current-password-wrong");
    }
    let email = actor.user.email.clone().unwrap_or_default();
    if let Err(problem) = domain::accounts::password_policy::check(&form.new_password, &[&email, &actor.user.display_name]) {
        errors.add_text("new_password", password_problem_text(ctx.locale, &problem));
    }
    if !errors.is_empty() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &account_page(&state, &ctx, actor, errors, Typed::default()).await?);
    }
    let hash = password::hash(&form.new_password);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::accounts::set_password_hash(&txn, actor.user.id, &hash).await?;
    let ended = store::sessions::delete_others_for_user(&txn, actor.user.id, &actor.session_id).await?;
    let locale = Locale::from_code(&actor.user.locale).unwrap_or(ctx.locale);
    mails::queue(&txn, &state, locale, &email, "mail-password-changed", &actor.user.display_name, "/passwort-vergessen").await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    tracing::info!(target: "teilhabe::auth", user_id = actor.user.id.0, other_sessions_ended = ended, "password changed");
    Ok(Redirect::to("/konto?notice=password-changed").into_response())
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    email_password: String,
}

/// Sends a link to the new address; the change happens when it is opened.
/// The answer does not reveal whether the new address is taken.
pub async fn email_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<EmailForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    state.limits.check_address("email", ctx.client_ip)?;
    let mut errors = FormErrors::default();
    let new_email = domain::accounts::email::parse(&form.new_email).map_err(|code| errors.add(ctx.locale, "new_email", code)).ok();
    if !actor.user.password_hash.as_deref().is_some_and(|h| password::verify(&form.email_password, h)) {
        errors.add(ctx.locale, "email_password", "accounts-current-password-wrong");
    }
    let Some(new_email) = new_email.filter(|_| errors.is_empty()) else {
        let typed = Typed { new_email: form.new_email, ..Typed::default() };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &account_page(&state, &ctx, actor, errors, typed).await?);
    };
    let locale = Locale::from_code(&actor.user.locale).unwrap_or(ctx.locale);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    if store::accounts::user_by_email(&txn, &new_email).await?.is_some() {
        mails::queue(&txn, &state, locale, &new_email, "mail-email-taken", "", "/passwort-vergessen").await?;
    } else {
        let token = session::new_token();
        store::accounts::create_token(&txn, actor.user.id, TokenPurpose::ChangeEmail, &token, Some(&new_email)).await?;
        mails::queue(&txn, &state, locale, &new_email, "mail-email-change", &actor.user.display_name, &format!("/konto/email/{token}"))
            .await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    Ok(Redirect::to("/konto?notice=email-change-sent").into_response())
}

pub async fn email_confirm_show(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let Some(valid) = store::accounts::peek_token(&state.db, TokenPurpose::ChangeEmail, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    let locale = ctx.locale;
    let page = ConfirmPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t("email-change-title")),
        explanation: locale.t_args("email-change-text", &[("email", crate::i18n::FluentArg::Text(valid.new_email.unwrap_or_default()))]),
        action: format!("/konto/email/{token}"),
        button: locale.t("email-change-submit"),
    };
    Ok(html(&page)?.into_response())
}

pub async fn email_confirm_submit(State(state): State<AppState>, ctx: RequestCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let Some(valid) = store::accounts::consume_token(&txn, TokenPurpose::ChangeEmail, &token).await? else {
        return invalid_link(&state, &ctx);
    };
    let user = store::accounts::user_by_id(&txn, valid.user).await?.ok_or(AppError::NotFound)?;
    let Some(new_email) = valid.new_email else { return invalid_link(&state, &ctx) };
    if store::accounts::set_email(&txn, user.id, &new_email).await.is_err() {
        return invalid_link(&state, &ctx);
    }
    if let Some(old) = user.email.as_deref() {
        let locale = Locale::from_code(&user.locale).unwrap_or(ctx.locale);
        mails::queue(&txn, &state, locale, old, "mail-email-changed", &user.display_name, "/passwort-vergessen").await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    tracing::info!(target: "teilhabe::auth", user_id = user.id.0, "e-mail address changed");
    Ok(Redirect::to("/konto?notice=email-changed").into_response())
}

/// Everything stored about the person, as JSON (GDPR Art. 15 and 20).
pub async fn data_download(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let user = &actor.user;
    let tenant_ids: Vec<_> = actor.roles.iter().map(|(t, _)| *t).collect();
    let tenants = store::tenancy::by_ids(&state.db, &tenant_ids).await?;
    let roles: Vec<_> = actor
        .roles
        .iter()
        .map(|(tenant, role)| {
            let space = tenants.iter().find(|t| t.scope.id() == *tenant).map(|t| t.name.clone()).unwrap_or_default();
            serde_json::json!({ "role": role.as_str(), "space": space })
        })
        .collect();
    let mail_settings = store::notifications::mailing::settings(&state.db, user.id).await?;
    let mail_topics: std::collections::BTreeMap<_, _> = mail_settings.topics.iter().map(|(t, s)| (t.as_str(), s.as_str())).collect();
    let follows: Vec<_> = store::notifications::follows::followed_by(&state.db, user.id)
        .await?
        .into_iter()
        .map(|f| {
            let kind = match f.target {
                store::notifications::follows::Target::Idea(_) => "idea",
                store::notifications::follows::Target::Process(_) => "process",
                store::notifications::follows::Target::Measure(_) => "measure",
            };
            serde_json::json!({ "kind": kind, "title": f.title, "municipality": f.tenant_slug })
        })
        .collect();
    let data = serde_json::json!({
        "format": "teilhabe-personal-data",
        "exported_at": store::now(),
        "account": {
            "display_name": user.display_name,
            "email": user.email,
            "email_confirmed": user.email_confirmed,
            "language": user.locale,
            "two_factor_login": user.two_factor_enabled,
            "created_at": user.created_at,
        },
        "roles": roles,
        "notifications": { "email": mail_settings.default.as_str(), "email_topics": mail_topics, "follows": follows },
        "contributions": store::personal_data::contributions(&state.db, user.id).await?,
    });
    let mut response = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"teilhabe-meine-daten.json\""));
    Ok(response)
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    i18n: Locale,
    layout: Layout,
    errors: FormErrors,
}

pub async fn delete_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    ctx.require_actor()?;
    let page =
        DeletePage { i18n: ctx.locale, layout: Layout::state(&state, &ctx, ctx.locale.t("delete-title")), errors: FormErrors::default() };
    Ok(html(&page)?.into_response())
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    current_password: String,
    confirm: Option<String>,
}

/// Removes the personal data; public contributions stay as "deleted account".
pub async fn delete_submit(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<DeleteForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let mut errors = FormErrors::default();
    if !actor.user.password_hash.as_deref().is_some_and(|h| password::verify(&form.current_password, h)) {
        errors.add(ctx.locale, "current_password", "accounts-current-password-wrong");
    }
    if form.confirm.is_none() {
        errors.add(ctx.locale, "confirm", "delete-confirm-required");
    }
    if !errors.is_empty() {
        let page = DeletePage { i18n: ctx.locale, layout: Layout::state(&state, &ctx, ctx.locale.t("delete-title")), errors };
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    crate::events::withdraw_person(&txn, &state, actor.user.id).await?;
    store::accounts::delete_account(&txn, actor.user.id).await?;
    store::audit::record(
        &txn,
        store::audit::Entry {
            actor: Some(actor.user.id),
            tenant: None,
            action: "accounts.account.delete",
            subject: format!("user:{}", actor.user.id.0),
            before: None,
            after: None,
        },
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    tracing::info!(target: "teilhabe::auth", user_id = actor.user.id.0, "account deleted");
    Ok(session::with_cookies(
        Redirect::to("/?notice=account-deleted"),
        &[session::clear_cookie(&state.config), session::clear_csrf_cookie(&state.config)],
    ))
}
