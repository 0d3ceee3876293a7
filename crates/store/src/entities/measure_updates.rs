use sea_orm::entity::prelude::*;

/// A progress update of a measure: the status and percent it set.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "measure_updates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub measure_id: i64,
    pub author_id: Option<i64>,
    pub reported_on: Date,
    pub status: String,
    pub percent: i16,
    pub text_markdown: String,
    pub text_html: String,
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
