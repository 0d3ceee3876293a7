//! Accounts and role assignments.

use chrono::TimeDelta;
use domain::accounts::Role;
use domain::ids::{TenantId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::{account_tokens, follows, notifications, role_assignments, sessions, users};
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
    /// Base32 TOTP secret; set during setup, active once `two_factor_enabled`.
    pub totp_secret: Option<String>,
    pub two_factor_enabled: bool,
    pub totp_last_step: Option<i64>,
    pub created_at: chrono::DateTime<chrono::Utc>,
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
            totp_secret: m.totp_secret,
            two_factor_enabled: m.totp_enabled_at.is_some(),
            totp_last_step: m.totp_last_step,
            created_at: m.created_at,
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
        totp_enabled_at: Set(None),
        totp_last_step: Set(None),
        blocked_until: Set(None),
        blocked_reason: Set(None),
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
    Ok(users::Entity::find().filter(users::Column::Email.eq(normalise_email(email))).one(db).await?.map(User::from))
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

pub async fn user_by_id(db: &impl ConnectionTrait, id: UserId) -> StoreResult<Option<User>> {
    Ok(users::Entity::find_by_id(id.0).one(db).await?.map(User::from))
}

/// What a mailed token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    ConfirmEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    const fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::ConfirmEmail => "confirm_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::ChangeEmail => "change_email",
        }
    }

    /// How long a mailed link works.
    pub const fn lifetime(self) -> TimeDelta {
        match self {
            TokenPurpose::ConfirmEmail | TokenPurpose::ChangeEmail => TimeDelta::hours(24),
            TokenPurpose::ResetPassword => TimeDelta::hours(1),
        }
    }
}

/// Stores a single-use token (only its hash). Earlier unused tokens of the
/// same purpose for the same account stop working.
pub async fn create_token(
    db: &impl ConnectionTrait,
    user: UserId,
    purpose: TokenPurpose,
    token: &str,
    new_email: Option<&str>,
) -> StoreResult<()> {
    let at = now();
    account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(at))
        .filter(account_tokens::Column::UserId.eq(user.0))
        .filter(account_tokens::Column::Purpose.eq(purpose.as_str()))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    account_tokens::ActiveModel {
        user_id: Set(user.0),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(crate::sessions::hash_token(token)),
        new_email: Set(new_email.map(normalise_email)),
        created_at: Set(at),
        expires_at: Set(at + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A token that is valid for `purpose`, not used and not expired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidToken {
    pub user: UserId,
    pub new_email: Option<String>,
}

/// Looks a token up without using it (to show the form it belongs to).
pub async fn peek_token(db: &impl ConnectionTrait, purpose: TokenPurpose, token: &str) -> StoreResult<Option<ValidToken>> {
    let found = account_tokens::Entity::find()
        .filter(account_tokens::Column::TokenHash.eq(crate::sessions::hash_token(token)))
        .filter(account_tokens::Column::Purpose.eq(purpose.as_str()))
        .filter(account_tokens::Column::UsedAt.is_null())
        .filter(account_tokens::Column::ExpiresAt.gt(now()))
        .one(db)
        .await?;
    Ok(found.map(|t| ValidToken { user: UserId(t.user_id), new_email: t.new_email }))
}

/// Uses a token: succeeds once, however many requests race for it.
pub async fn consume_token(db: &impl ConnectionTrait, purpose: TokenPurpose, token: &str) -> StoreResult<Option<ValidToken>> {
    let Some(valid) = peek_token(db, purpose, token).await? else { return Ok(None) };
    let used = account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(now()))
        .filter(account_tokens::Column::TokenHash.eq(crate::sessions::hash_token(token)))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((used.rows_affected == 1).then_some(valid))
}

pub async fn confirm_email(db: &impl ConnectionTrait, user: UserId) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::EmailConfirmedAt, Expr::value(now()))
        .filter(users::Column::Id.eq(user.0))
        .filter(users::Column::EmailConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_password_hash(db: &impl ConnectionTrait, user: UserId, password_hash: &str) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_profile(db: &impl ConnectionTrait, user: UserId, display_name: &str, locale: &str) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::DisplayName, Expr::value(display_name.trim()))
        .col_expr(users::Column::Locale, Expr::value(locale))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_email(db: &impl ConnectionTrait, user: UserId, email: &str) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::Email, Expr::value(normalise_email(email)))
        .col_expr(users::Column::EmailConfirmedAt, Expr::value(now()))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await
        .map_err(|err| if is_unique_violation(&err) { StoreError::Conflict("accounts-email-taken") } else { err.into() })?;
    Ok(())
}

/// Stores a TOTP secret; `enabled` once the person has proven a code from it.
pub async fn set_totp(db: &impl ConnectionTrait, user: UserId, secret: Option<&str>, enabled: bool) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::TotpSecret, Expr::value(secret.map(str::to_owned)))
        .col_expr(users::Column::TotpEnabledAt, Expr::value(enabled.then(now)))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes an account: personal data is removed, the row stays so that public
/// contributions remain, shown as from a deleted account. Sessions, tokens
/// and roles go. Call inside a transaction.
pub async fn delete_account(db: &impl ConnectionTrait, user: UserId) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::Email, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DisplayName, Expr::value(""))
        .col_expr(users::Column::PasswordHash, Expr::value(Option::<String>::None))
        .col_expr(users::Column::TotpSecret, Expr::value(Option::<String>::None))
        .col_expr(users::Column::TotpEnabledAt, Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None))
        .col_expr(users::Column::BlockedReason, Expr::value(Option::<String>::None))
        .col_expr(users::Column::MailToken, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DeletedAt, Expr::value(now()))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user.0)).exec(db).await?;
    account_tokens::Entity::delete_many().filter(account_tokens::Column::UserId.eq(user.0)).exec(db).await?;
    role_assignments::Entity::delete_many().filter(role_assignments::Column::UserId.eq(user.0)).exec(db).await?;
    follows::Entity::delete_many().filter(follows::Column::UserId.eq(user.0)).exec(db).await?;
    notifications::Entity::delete_many().filter(notifications::Column::UserId.eq(user.0)).exec(db).await?;
    crate::surveys::responses::forget_person(db, user).await
}

/// Records the time step of an accepted code; false if a code of this or a
/// later step was already used (replay).
pub async fn use_totp_step(db: &impl ConnectionTrait, user: UserId, step: i64) -> StoreResult<bool> {
    let updated = users::Entity::update_many()
        .col_expr(users::Column::TotpLastStep, Expr::value(step))
        .filter(users::Column::Id.eq(user.0))
        .filter(sea_orm::Condition::any().add(users::Column::TotpLastStep.is_null()).add(users::Column::TotpLastStep.lt(step)))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// One role held by one account, with names for showing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleAssignment {
    pub id: i64,
    pub user: UserId,
    pub user_name: String,
    pub user_email: Option<String>,
    pub tenant: TenantId,
    pub role: Role,
}

/// Every role assignment, newest first (two statements, whatever the count).
pub async fn role_assignments(db: &impl ConnectionTrait) -> StoreResult<Vec<RoleAssignment>> {
    let rows =
        role_assignments::Entity::find().find_also_related(users::Entity).order_by_desc(role_assignments::Column::Id).all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(assignment, user)| {
            let user = user?;
            Some(RoleAssignment {
                id: assignment.id,
                user: UserId(user.id),
                user_name: user.display_name,
                user_email: user.email,
                tenant: TenantId(assignment.tenant_id),
                role: Role::parse(&assignment.role)?,
            })
        })
        .collect())
}

/// Takes a role away and records it in the audit log. Call inside a transaction.
pub async fn remove_role(db: &impl ConnectionTrait, actor: Option<UserId>, assignment_id: i64) -> StoreResult<()> {
    let Some(assignment) = role_assignments::Entity::find_by_id(assignment_id).one(db).await? else {
        return Err(StoreError::NotFound);
    };
    role_assignments::Entity::delete_by_id(assignment_id).exec(db).await?;
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(TenantId(assignment.tenant_id)),
            action: "accounts.role.remove",
            subject: format!("user:{}", assignment.user_id),
            before: Some(serde_json::json!({ "role": assignment.role })),
            after: None,
        },
    )
    .await
}

/// Confirmed e-mail addresses of everyone holding `role` in `tenant` (e.g.
/// the coordinators who receive accessibility feedback).
pub async fn emails_with_role(db: &impl ConnectionTrait, tenant: TenantId, role: Role) -> StoreResult<Vec<(String, String)>> {
    let rows = role_assignments::Entity::find()
        .filter(role_assignments::Column::TenantId.eq(tenant.0))
        .filter(role_assignments::Column::Role.eq(role.as_str()))
        .find_also_related(users::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(_, user)| {
            let user = user?;
            user.email_confirmed_at?;
            Some((user.email?, user.locale))
        })
        .collect())
}

/// Display names of accounts by id (a deleted account has an empty name).
pub async fn names_by_ids(db: &impl ConnectionTrait, ids: &[UserId]) -> StoreResult<Vec<(UserId, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids.iter().map(|u| u.0)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (UserId(u.id), u.display_name))
        .collect())
}
