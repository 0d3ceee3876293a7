use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "processes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_markdown: String,
    pub description_html: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Changes whenever the counts of the process's listed ideas may change.
    pub ideas_version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
