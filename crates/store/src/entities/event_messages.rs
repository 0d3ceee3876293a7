use sea_orm::entity::prelude::*;

/// A coordinator's message to an event's people, as sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "event_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub event_id: i64,
    /// `None` once the sender's account is gone.
    pub sender_id: Option<i64>,
    /// `registered`, `waiting` or `all`.
    pub audience: String,
    pub subject: String,
    pub body: String,
    pub recipients: i32,
    pub sent_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
