//! Notifications: who follows what, the notifications written when
//! something happens (in the transaction of that action), a person's inbox,
//! and what the mail job needs to tell people by mail.

pub mod fan_out;
pub mod follows;
pub mod inbox;
pub mod mailing;

use chrono::{DateTime, Utc};
use domain::notifications::NotificationKind;

/// Where a notification points, with the titles and slugs a link needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    pub created_at: DateTime<Utc>,
    pub read: bool,
    pub tenant_slug: String,
    pub tenant_name: String,
    /// (slug, title) of the process.
    pub process: Option<(String, String)>,
    /// (id, title) of the idea.
    pub idea: Option<(i64, String)>,
    pub comment: Option<i64>,
    /// (id, title) of the news post.
    pub news: Option<(i64, String)>,
    /// (id, title) of the idea a merged idea was merged into.
    pub merged_into: Option<(i64, String)>,
    /// For moderation notices: the reason the content is hidden (None once shown again).
    pub hidden_reason: Option<String>,
    /// (id, number, title) of the measure.
    pub measure: Option<(i64, i32, String)>,
    /// (version number, paragraph, comment id) of a comment in a consultation.
    pub consultation: Option<(i32, String, i64)>,
}
