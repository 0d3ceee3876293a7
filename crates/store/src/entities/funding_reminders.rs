use sea_orm::entity::prelude::*;

/// A reminder mailed before a reporting date (each once).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_reminders")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: i64,
    /// Which reporting date, counted from 1.
    pub number: i32,
    /// How many days before the date it went out (negative: after).
    pub days_before: i32,
    pub sent_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
