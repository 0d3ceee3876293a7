//! What the mail job needs: whose notifications are due for mail (at once
//! or as a digest), claiming them so that no two instances mail the same
//! ones, each person's setting and the token of their unsubscribe link.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::notifications::MailSetting;
use rand::RngCore;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::Notification;
use crate::entities::{notifications, users};
use crate::{StoreResult, now};

/// Someone to mail, with what is new for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user: UserId,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub setting: MailSetting,
    pub mail_token: String,
    /// Unread notifications to put in the mail (newest first; may be
    /// empty when everything was already read in the platform).
    pub notifications: Vec<Notification>,
    /// Every not yet mailed notification (the ones to claim).
    pub pending: Vec<i64>,
}

/// Most notifications listed in one mail (the mail links to the rest).
pub const MAIL_LIMIT: u64 = 30;

/// The person's mail setting.
pub async fn setting(db: &impl ConnectionTrait, user: UserId) -> StoreResult<MailSetting> {
    let found = users::Entity::find_by_id(user.0).one(db).await?;
    Ok(found.and_then(|u| MailSetting::parse(&u.notify_email)).unwrap_or_default())
}

/// Changes the mail setting. What is waiting is not mailed under the new
/// setting: it stays in the platform.
pub async fn set_setting(db: &impl ConnectionTrait, user: UserId, setting: MailSetting) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::NotifyEmail, Expr::value(setting.as_str()))
        .col_expr(users::Column::DigestSentAt, Expr::value(now()))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    notifications::Entity::update_many()
        .col_expr(notifications::Column::MailedAt, Expr::value(now()))
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::MailedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Marks every notification not mailed yet as done, without mail: for
/// imported or demo history, which people should see but not be mailed.
pub async fn settle_history(db: &impl ConnectionTrait, at: DateTime<Utc>) -> StoreResult<()> {
    notifications::Entity::update_many()
        .col_expr(notifications::Column::MailedAt, Expr::value(at))
        .filter(notifications::Column::MailedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The account behind an unsubscribe token, with its setting.
pub async fn by_token(db: &impl ConnectionTrait, token: &str) -> StoreResult<Option<(UserId, MailSetting)>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let found = users::Entity::find().filter(users::Column::MailToken.eq(token)).filter(users::Column::DeletedAt.is_null()).one(db).await?;
    Ok(found.map(|u| (UserId(u.id), MailSetting::parse(&u.notify_email).unwrap_or_default())))
}

/// People whose notifications are due for mail at `now` (at most `limit`
/// people per run). Notifications of people who get no mail (setting
/// `never`, deleted or unconfirmed address) are marked as done first, so the
/// waiting set stays small.
pub async fn due(db: &impl ConnectionTrait, at: DateTime<Utc>, limit: u64) -> StoreResult<Vec<Recipient>> {
    let no_mail = Query::select()
        .column(users::Column::Id)
        .from(users::Entity)
        .cond_where(
            sea_orm::Condition::any()
                .add(users::Column::NotifyEmail.eq(MailSetting::Never.as_str()))
                .add(users::Column::Email.is_null())
                .add(users::Column::EmailConfirmedAt.is_null()),
        )
        .to_owned();
    notifications::Entity::update_many()
        .col_expr(notifications::Column::MailedAt, Expr::value(at))
        .filter(notifications::Column::MailedAt.is_null())
        .filter(notifications::Column::UserId.in_subquery(no_mail))
        .exec(db)
        .await?;

    let waiting: Vec<i64> = notifications::Entity::find()
        .select_only()
        .column(notifications::Column::UserId)
        .distinct()
        .filter(notifications::Column::MailedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let people = users::Entity::find().filter(users::Column::Id.is_in(waiting)).order_by_asc(users::Column::Id).all(db).await?;
    let mut due = Vec::new();
    for person in people {
        let setting = MailSetting::parse(&person.notify_email).unwrap_or_default();
        if !setting.mail_due(person.digest_sent_at, at) {
            continue;
        }
        let Some(email) = person.email.clone() else { continue };
        let rows = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(person.id))
            .filter(notifications::Column::MailedAt.is_null())
            .order_by_desc(notifications::Column::CreatedAt)
            .order_by_desc(notifications::Column::Id)
            .all(db)
            .await?;
        let pending = rows.iter().map(|n| n.id).collect();
        let unread: Vec<_> = rows.into_iter().filter(|n| n.read_at.is_none()).take(MAIL_LIMIT as usize).collect();
        let notifications = super::inbox::resolve(db, unread).await?;
        let mail_token = match person.mail_token.clone() {
            Some(token) => token,
            None => new_token(db, person.id).await?,
        };
        due.push(Recipient {
            user: UserId(person.id),
            email,
            display_name: person.display_name,
            locale: person.locale,
            setting,
            mail_token,
            notifications,
            pending,
        });
        if due.len() as u64 >= limit {
            break;
        }
    }
    Ok(due)
}

async fn new_token(db: &impl ConnectionTrait, user: i64) -> StoreResult<String> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    users::Entity::update_many()
        .col_expr(users::Column::MailToken, Expr::value(token.clone()))
        .filter(users::Column::Id.eq(user))
        .exec(db)
        .await?;
    Ok(token)
}

/// Marks the recipient's pending notifications as mailed (and the digest
/// as sent). False when another instance claimed some of them first: then
/// this one must not send.
pub async fn claim(db: &impl ConnectionTrait, recipient: &Recipient, at: DateTime<Utc>) -> StoreResult<bool> {
    let claimed = notifications::Entity::update_many()
        .col_expr(notifications::Column::MailedAt, Expr::value(at))
        .filter(notifications::Column::Id.is_in(recipient.pending.clone()))
        .filter(notifications::Column::MailedAt.is_null())
        .exec(db)
        .await?;
    if claimed.rows_affected != recipient.pending.len() as u64 {
        return Ok(false);
    }
    if recipient.setting != MailSetting::Immediately {
        users::Entity::update_many()
            .col_expr(users::Column::DigestSentAt, Expr::value(at))
            .filter(users::Column::Id.eq(recipient.user.0))
            .exec(db)
            .await?;
    }
    Ok(true)
}
