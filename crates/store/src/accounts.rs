//! Accounts and role assignments.

use domain::accounts::Role;
use domain::ids::{TenantId, UserId};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{role_assignments, users};
use crate::{StoreError, StoreResult, audit, is_unique_violation, now};

/// Normalises an e-mail address for storage and lookup.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    /// An argon2id PHC string; hashing happens before the store is called.
    pub password_hash: &'a str,
    pub locale: &'a str,
    pub email_confirmed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: Option<String>,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub locale: String,
    pub email_confirmed: bool,
    pub deleted: bool,
}

impl From<users::Model> for User {
    fn from(m: users::Model) -> Self {
        User {
            id: UserId(m.id),
            email: m.email,
            display_name: m.display_name,
            password_hash: m.password_hash,
            locale: m.locale,
            email_confirmed: m.email_confirmed_at.is_some(),
            deleted: m.deleted_at.is_some(),
        }
    }
}

pub async fn create_user(db: &impl ConnectionTrait, input: NewUser<'_>) -> StoreResult<UserId> {
    let at = now();
    let model = users::ActiveModel {
        email: Set(Some(normalise_email(input.email))),
        display_name: Set(input.display_name.trim().to_owned()),
        password_hash: Set(Some(input.password_hash.to_owned())),
        locale: Set(input.locale.to_owned()),
        email_confirmed_at: Set(input.email_confirmed.then_some(at)),
        totp_secret: Set(None),
        created_at: Set(at),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| if is_unique_violation(&err) { StoreError::Conflict("accounts-email-taken") } else { err.into() })?;
    Ok(UserId(model.id))
}

pub async fn user_by_email(db: &impl ConnectionTrait, email: &str) -> StoreResult<Option<User>> {
    Ok(users::Entity::find()
        .filter(users::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await?
        .map(User::from))
}

/// Gives a role in a tenant (idempotent) and records it in the audit log.
pub async fn assign_role(db: &impl ConnectionTrait, actor: Option<UserId>, user: UserId, tenant: TenantId, role: Role) -> StoreResult<()> {
    let exists = role_assignments::Entity::find()
        .filter(role_assignments::Column::UserId.eq(user.0))
        .filter(role_assignments::Column::TenantId.eq(tenant.0))
        .filter(role_assignments::Column::Role.eq(role.as_str()))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(());
    }
    role_assignments::ActiveModel {
        user_id: Set(user.0),
        tenant_id: Set(tenant.0),
        role: Set(role.as_str().to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(tenant),
            action: "accounts.role.assign",
            subject: format!("user:{}", user.0),
            before: None,
            after: Some(serde_json::json!({ "role": role.as_str() })),
        },
    )
    .await
}

/// Every role the account holds, with the tenant it holds it in.
pub async fn roles_of(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<(TenantId, Role)>> {
    Ok(role_assignments::Entity::find()
        .filter(role_assignments::Column::UserId.eq(user.0))
        .order_by_asc(role_assignments::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| Role::parse(&m.role).map(|role| (TenantId(m.tenant_id), role)))
        .collect())
}
