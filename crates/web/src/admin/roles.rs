use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::accounts::Role;
use domain::ids::TenantId;
use domain::tenancy::TenantKind;
use http::StatusCode;
use serde::Deserialize;

use super::policy::require_platform_admin;
use crate::AppState;
use crate::accounts::profile::role_key;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::Choice;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};

pub struct Row {
    pub id: i64,
    pub person: String,
    pub email: String,
    pub space: String,
    pub role: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    pub email: String,
    pub space: String,
    pub role: String,
}

#[derive(Template)]
#[template(path = "admin/roles.html")]
struct RolesPage {
    i18n: Locale,
    layout: Layout,
    rows: Vec<Row>,
    spaces: Vec<Choice>,
    roles: Vec<Choice>,
    email: String,
    errors: FormErrors,
}

async fn page(state: &AppState, ctx: &RequestCtx, form: AssignForm, errors: FormErrors) -> Result<RolesPage, AppError> {
    let locale = ctx.locale;
    let municipalities = store::tenancy::municipalities(&state.db).await?;
    let name_of = |tenant: TenantId| {
        if tenant == state.site.scope.id() {
            state.site.name.clone()
        } else {
            municipalities.iter().find(|m| m.scope.id() == tenant).map(|m| m.name.clone()).unwrap_or_default()
        }
    };
    let rows = store::accounts::role_assignments(&state.db)
        .await?
        .into_iter()
        .map(|a| Row {
            id: a.id,
            person: a.user_name,
            email: a.user_email.unwrap_or_default(),
            space: name_of(a.tenant),
            role: locale.t(role_key(a.role)),
        })
        .collect();
    let mut spaces =
        vec![Choice { value: state.site.slug.clone(), label: state.site.name.clone(), selected: form.space == state.site.slug }];
    spaces.extend(municipalities.iter().map(|m| Choice { value: m.slug.clone(), label: m.name.clone(), selected: form.space == m.slug }));
    let roles = Role::ALL
        .into_iter()
        .map(|r| Choice { value: r.as_str().to_owned(), label: locale.t(role_key(r)), selected: form.role == r.as_str() })
        .collect();
    Ok(RolesPage {
        i18n: locale,
        layout: Layout::state(state, ctx, locale.t("admin-roles-title")),
        rows,
        spaces,
        roles,
        email: form.email,
        errors,
    })
}

pub async fn roles_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    require_platform_admin(&ctx)?;
    Ok(html(&page(&state, &ctx, AssignForm::default(), FormErrors::default()).await?)?.into_response())
}

/// Gives a role; municipal roles only in a municipality, state roles only in the state space.
pub async fn role_assign(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<AssignForm>) -> Result<Response, AppError> {
    let actor = require_platform_admin(&ctx)?;
    let locale = ctx.locale;
    let mut errors = FormErrors::default();
    let user = store::accounts::user_by_email(&state.db, &form.email).await?.filter(|u| !u.deleted);
    if user.is_none() {
        errors.add(locale, "email", "admin-roles-no-account");
    }
    let space = if form.space == state.site.slug {
        Some((*state.site).clone())
    } else {
        store::tenancy::municipality_by_slug(&state.db, &form.space).await?
    };
    if space.is_none() {
        errors.add(locale, "space", "admin-roles-space-required");
    }
    let role = Role::parse(&form.role);
    match (role, &space) {
        (None, _) => errors.add(locale, "role", "admin-roles-role-required"),
        (Some(role @ Role::Municipal(_)), Some(s)) if s.kind != TenantKind::Municipality => {
            let _ = role;
            errors.add(locale, "role", "admin-roles-municipal-only");
        }
        (Some(Role::State(_) | Role::PlatformAdmin), Some(s)) if s.kind != TenantKind::State => {
            errors.add(locale, "role", "admin-roles-state-only");
        }
        _ => {}
    }
    let (Some(user), Some(space), Some(role)) = (user, space, role) else {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors).await?);
    };
    if !errors.is_empty() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, form, errors).await?);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::accounts::assign_role(&txn, Some(actor.user.id), user.id, space.scope.id(), role).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to("/admin/rollen?notice=saved").into_response())
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    id: i64,
}

pub async fn role_remove(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<RemoveForm>) -> Result<Response, AppError> {
    let actor = require_platform_admin(&ctx)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::accounts::remove_role(&txn, Some(actor.user.id), form.id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to("/admin/rollen?notice=saved").into_response())
}
