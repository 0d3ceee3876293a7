//! Login sessions, stored in the database so they survive restarts and work
//! across several app instances. The cookie holds a random token; the table
//! holds only its SHA-256.

use chrono::{DateTime, TimeDelta, Utc};
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use crate::StoreResult;
use crate::accounts::User;
use crate::entities::{sessions, users};

/// How long sessions live.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    /// Ended after this long without a request.
    pub idle: TimeDelta,
    /// Ended this long after login, whatever happens.
    pub absolute: TimeDelta,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes { idle: TimeDelta::minutes(60), absolute: TimeDelta::hours(12) }
    }
}

/// The stored form of a token (cookie value or mailed link).
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub user: User,
    pub two_factor_pending: bool,
    pub last_seen_at: DateTime<Utc>,
}

/// Starts a session for `user` under the cookie token `token`.
pub async fn create(
    db: &impl ConnectionTrait,
    token: &str,
    user: UserId,
    two_factor_pending: bool,
    lifetimes: Lifetimes,
) -> StoreResult<()> {
    let at = crate::now();
    sessions::ActiveModel {
        id: Set(hash_token(token)),
        user_id: Set(user.0),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(at + lifetimes.absolute),
        two_factor_pending: Set(two_factor_pending),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The live session for a cookie token, with its account, in one statement.
/// Expired, idle, blocked and deleted accounts' sessions are not live.
pub async fn find(db: &impl ConnectionTrait, token: &str, lifetimes: Lifetimes) -> StoreResult<Option<Session>> {
    let now = crate::now();
    let Some((session, Some(user))) = sessions::Entity::find_by_id(hash_token(token)).find_also_related(users::Entity).one(db).await?
    else {
        return Ok(None);
    };
    let live = session.expires_at > now
        && session.last_seen_at + lifetimes.idle > now
        && user.deleted_at.is_none()
        && user.blocked_until.is_none_or(|until| until <= now);
    Ok(live.then(|| Session {
        id: session.id,
        user: User::from(user),
        two_factor_pending: session.two_factor_pending,
        last_seen_at: session.last_seen_at,
    }))
}

/// Records activity (callers throttle this to about once a minute).
pub async fn touch(db: &impl ConnectionTrait, session_id: &str) -> StoreResult<()> {
    sessions::Entity::update_many()
        .col_expr(sessions::Column::LastSeenAt, sea_orm::sea_query::Expr::value(crate::now()))
        .filter(sessions::Column::Id.eq(session_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends one session (logout).
pub async fn delete(db: &impl ConnectionTrait, session_id: &str) -> StoreResult<()> {
    sessions::Entity::delete_by_id(session_id.to_owned()).exec(db).await?;
    Ok(())
}

/// Ends every session of an account (password changed, account blocked or deleted).
pub async fn delete_all_for_user(db: &impl ConnectionTrait, user: UserId) -> StoreResult<u64> {
    Ok(sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(user.0)).exec(db).await?.rows_affected)
}

/// Ends every session of an account except one (after a password change in it).
pub async fn delete_others_for_user(db: &impl ConnectionTrait, user: UserId, keep: &str) -> StoreResult<u64> {
    Ok(sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user.0))
        .filter(sessions::Column::Id.ne(keep))
        .exec(db)
        .await?
        .rows_affected)
}

/// Removes sessions past their absolute lifetime (housekeeping).
pub async fn delete_expired(db: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(sessions::Entity::delete_many().filter(sessions::Column::ExpiresAt.lte(crate::now())).exec(db).await?.rows_affected)
}
