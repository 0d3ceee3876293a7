use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
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
    pub created_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
