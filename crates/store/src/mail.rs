//! The mail outbox: a message is written in the same transaction as the action
//! that causes it; a background worker sends it and retries with backoff.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entities::mail_outbox;
use crate::{StoreResult, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    /// One-click unsubscribe address (notification mails only).
    pub list_unsubscribe: Option<String>,
    pub attachment: Option<Attachment>,
}

/// A file sent along with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    /// Its MIME type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Attachment {
    /// How the body is kept in the outbox: text as it is, anything else base64.
    fn stored(&self) -> (String, Option<String>) {
        use base64::Engine;
        match std::str::from_utf8(&self.body) {
            Ok(text) if self.content_type.starts_with("text/") => (text.to_owned(), None),
            _ => (base64::engine::general_purpose::STANDARD.encode(&self.body), Some("base64".to_owned())),
        }
    }

    fn read(name: String, content_type: String, body: String, encoding: Option<&str>) -> Option<Attachment> {
        use base64::Engine;
        let body = match encoding {
            Some("base64") => base64::engine::general_purpose::STANDARD.decode(body.as_bytes()).ok()?,
            _ => body.into_bytes(),
        };
        Some(Attachment { name, content_type, body })
    }
}

/// Queues a message. Call inside the transaction of the action.
pub async fn enqueue(db: &impl ConnectionTrait, to: &str, subject: &str, body_text: &str) -> StoreResult<i64> {
    enqueue_with_unsubscribe(db, to, subject, body_text, None).await
}

/// Queues a message that people can unsubscribe from in one click (the
/// `List-Unsubscribe` address, RFC 8058).
pub async fn enqueue_with_unsubscribe(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body_text: &str,
    list_unsubscribe: Option<&str>,
) -> StoreResult<i64> {
    insert(db, to, subject, body_text, list_unsubscribe, None).await
}

/// Queues a message with a file attached.
pub async fn enqueue_with_attachment(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body_text: &str,
    attachment: &Attachment,
) -> StoreResult<i64> {
    insert(db, to, subject, body_text, None, Some(attachment)).await
}

async fn insert(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body_text: &str,
    list_unsubscribe: Option<&str>,
    attachment: Option<&Attachment>,
) -> StoreResult<i64> {
    let at = now();
    let stored = attachment.map(Attachment::stored);
    let model = mail_outbox::ActiveModel {
        to_address: Set(to.to_owned()),
        subject: Set(subject.to_owned()),
        body_text: Set(body_text.to_owned()),
        created_at: Set(at),
        attempts: Set(0),
        next_attempt_at: Set(at),
        sent_at: Set(None),
        last_error: Set(None),
        list_unsubscribe: Set(list_unsubscribe.map(str::to_owned)),
        attachment_name: Set(attachment.map(|a| a.name.clone())),
        attachment_type: Set(attachment.map(|a| a.content_type.clone())),
        attachment_body: Set(stored.as_ref().map(|(body, _)| body.clone())),
        attachment_encoding: Set(stored.and_then(|(_, encoding)| encoding)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(model.id)
}

/// Messages due for a (new) attempt, oldest first.
pub async fn due(db: &impl ConnectionTrait, at: DateTime<Utc>, limit: u64) -> StoreResult<Vec<OutgoingMail>> {
    Ok(mail_outbox::Entity::find()
        .filter(mail_outbox::Column::SentAt.is_null())
        .filter(mail_outbox::Column::NextAttemptAt.lte(at))
        .order_by_asc(mail_outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|m| OutgoingMail {
            id: m.id,
            to_address: m.to_address,
            subject: m.subject,
            body_text: m.body_text,
            attempts: m.attempts,
            next_attempt_at: m.next_attempt_at,
            list_unsubscribe: m.list_unsubscribe,
            attachment: match (m.attachment_name, m.attachment_type, m.attachment_body) {
                (Some(name), Some(content_type), Some(body)) => {
                    Attachment::read(name, content_type, body, m.attachment_encoding.as_deref())
                }
                _ => None,
            },
        })
        .collect())
}

pub async fn mark_sent(db: &impl ConnectionTrait, id: i64) -> StoreResult<()> {
    mail_outbox::ActiveModel { id: Set(id), sent_at: Set(Some(now())), last_error: Set(None), ..Default::default() }.update(db).await?;
    Ok(())
}

/// Takes a due message for `lease` so that no other instance sends it
/// meanwhile; false when another instance was faster.
pub async fn claim(db: &impl ConnectionTrait, mail: &OutgoingMail, lease: chrono::TimeDelta) -> StoreResult<bool> {
    use sea_orm::sea_query::Expr;
    let claimed = mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now() + lease))
        .filter(mail_outbox::Column::Id.eq(mail.id))
        .filter(mail_outbox::Column::NextAttemptAt.eq(mail.next_attempt_at))
        .filter(mail_outbox::Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Records a failed attempt and when to try again.
pub async fn mark_failed(db: &impl ConnectionTrait, mail: &OutgoingMail, error: &str, retry_at: DateTime<Utc>) -> StoreResult<()> {
    mail_outbox::ActiveModel {
        id: Set(mail.id),
        attempts: Set(mail.attempts + 1),
        next_attempt_at: Set(retry_at),
        last_error: Set(Some(error.chars().take(500).collect())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Number of messages not sent yet (for metrics and tests).
pub async fn pending_count(db: &impl ConnectionTrait) -> StoreResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(mail_outbox::Entity::find().filter(mail_outbox::Column::SentAt.is_null()).count(db).await?)
}
