//! What the mail job needs: whose notifications are due for mail (at once
//! or as a digest), claiming them so that no two instances mail the same
//! ones, each person's setting and the token of their unsubscribe link.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::notifications::{MailSetting, MailSettings, MailTopic, NotificationKind};
use rand::RngCore;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::Notification;
use crate::entities::{mail_topic_settings, notifications, users};
use crate::{StoreResult, now};

/// Someone to mail, with what is new for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user: UserId,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    /// What kind of mail this is: at once, or the daily or weekly digest
    /// (the longest rhythm of what it holds).
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

/// The person's mail settings: the general one and the topics set apart.
pub async fn settings(db: &impl ConnectionTrait, user: UserId) -> StoreResult<MailSettings> {
    let found = users::Entity::find_by_id(user.0).one(db).await?;
    let rows = mail_topic_settings::Entity::find().filter(mail_topic_settings::Column::UserId.eq(user.0)).all(db).await?;
    Ok(settings_of(found.as_ref().map(|u| u.notify_email.as_str()).unwrap_or_default(), &rows))
}

/// Settings from the stored general setting and the person's topic rows.
fn settings_of(notify_email: &str, rows: &[mail_topic_settings::Model]) -> MailSettings {
    MailSettings {
        default: MailSetting::parse(notify_email).unwrap_or_default(),
        topics: rows.iter().filter_map(|row| Some((MailTopic::parse(&row.topic)?, MailSetting::parse(&row.setting)?))).collect(),
    }
}

/// Changes the mail settings. What is waiting is not mailed under the new
/// settings: it stays in the platform. Call inside a write transaction.
pub async fn set_settings(db: &impl ConnectionTrait, user: UserId, settings: &MailSettings) -> StoreResult<()> {
    users::Entity::update_many()
        .col_expr(users::Column::NotifyEmail, Expr::value(settings.default.as_str()))
        .col_expr(users::Column::DigestSentAt, Expr::value(now()))
        .filter(users::Column::Id.eq(user.0))
        .exec(db)
        .await?;
    mail_topic_settings::Entity::delete_many().filter(mail_topic_settings::Column::UserId.eq(user.0)).exec(db).await?;
    for (topic, setting) in &settings.topics {
        mail_topic_settings::ActiveModel {
            user_id: Set(user.0),
            topic: Set(topic.as_str().to_owned()),
            setting: Set(setting.as_str().to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    notifications::Entity::update_many()
        .col_expr(notifications::Column::MailedAt, Expr::value(now()))
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::MailedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// One setting for everything (topics set apart are dropped): what the
/// one-click unsubscribe does with `Never`.
pub async fn set_setting(db: &impl ConnectionTrait, user: UserId, setting: MailSetting) -> StoreResult<()> {
    set_settings(db, user, &MailSettings { default: setting, ..MailSettings::default() }).await
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
pub async fn by_token(db: &impl ConnectionTrait, token: &str) -> StoreResult<Option<(UserId, MailSettings)>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let found = users::Entity::find().filter(users::Column::MailToken.eq(token)).filter(users::Column::DeletedAt.is_null()).one(db).await?;
    match found {
        Some(u) => Ok(Some((UserId(u.id), settings(db, UserId(u.id)).await?))),
        None => Ok(None),
    }
}

/// People whose notifications are due for mail at `now` (at most `limit`
/// people per run). Notifications of people who get no mail (setting
/// `never`, deleted or unconfirmed address) are marked as done first, so the
/// waiting set stays small.
pub async fn due(db: &impl ConnectionTrait, at: DateTime<Utc>, limit: u64) -> StoreResult<Vec<Recipient>> {
    let some_topic_mailed = Query::select()
        .column(mail_topic_settings::Column::UserId)
        .from(mail_topic_settings::Entity)
        .and_where(mail_topic_settings::Column::Setting.ne(MailSetting::Never.as_str()))
        .to_owned();
    let no_mail = Query::select()
        .column(users::Column::Id)
        .from(users::Entity)
        .cond_where(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(users::Column::NotifyEmail.eq(MailSetting::Never.as_str()))
                        .add(users::Column::Id.not_in_subquery(some_topic_mailed)),
                )
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
    let people = users::Entity::find().filter(users::Column::Id.is_in(waiting.clone())).order_by_asc(users::Column::Id).all(db).await?;
    let topics = mail_topic_settings::Entity::find().filter(mail_topic_settings::Column::UserId.is_in(waiting)).all(db).await?;
    let mut due = Vec::new();
    for person in people {
        let own: Vec<_> = topics.iter().filter(|t| t.user_id == person.id).cloned().collect();
        let settings = settings_of(&person.notify_email, &own);
        let Some(email) = person.email.clone() else { continue };
        let rows = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(person.id))
            .filter(notifications::Column::MailedAt.is_null())
            .order_by_desc(notifications::Column::CreatedAt)
            .order_by_desc(notifications::Column::Id)
            .all(db)
            .await?;
        let setting_of =
            |n: &notifications::Model| NotificationKind::parse(&n.kind).map(|k| settings.for_kind(k)).unwrap_or(settings.default);
        // Topics the person gets no mail for are done at once.
        let unmailed: Vec<i64> = rows.iter().filter(|n| setting_of(n) == MailSetting::Never).map(|n| n.id).collect();
        if !unmailed.is_empty() {
            notifications::Entity::update_many()
                .col_expr(notifications::Column::MailedAt, Expr::value(at))
                .filter(notifications::Column::Id.is_in(unmailed))
                .exec(db)
                .await?;
        }
        let due_rows: Vec<(notifications::Model, MailSetting)> = rows
            .into_iter()
            .map(|n| {
                let setting = setting_of(&n);
                (n, setting)
            })
            .filter(|(_, setting)| *setting != MailSetting::Never && setting.mail_due(person.digest_sent_at, at))
            .collect();
        if due_rows.is_empty() {
            continue;
        }
        let setting = due_rows
            .iter()
            .map(|(_, s)| *s)
            .max_by_key(|s| match s {
                MailSetting::Weekly => 2,
                MailSetting::Daily => 1,
                _ => 0,
            })
            .unwrap_or_default();
        let pending = due_rows.iter().map(|(n, _)| n.id).collect();
        let unread: Vec<_> = due_rows.into_iter().map(|(n, _)| n).filter(|n| n.read_at.is_none()).take(MAIL_LIMIT as usize).collect();
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
