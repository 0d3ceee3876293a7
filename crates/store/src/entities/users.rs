use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Normalised (trimmed, lower-case); `None` once the account is deleted.
    pub email: Option<String>,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub locale: String,
    pub email_confirmed_at: Option<DateTimeUtc>,
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The last 30-second step a code was accepted for (no code works twice).
    pub totp_last_step: Option<i64>,
    pub blocked_until: Option<DateTimeUtc>,
    pub blocked_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
    /// `immediately`, `daily`, `weekly` or `never`.
    pub notify_email: String,
    /// The token of the person's unsubscribe link (made at the first mail).
    pub mail_token: Option<String>,
    pub digest_sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
