use sea_orm::entity::prelude::*;

/// A municipality's action-and-measures concept (one per municipality).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "concepts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub title: String,
    pub preamble_markdown: String,
    pub preamble_html: String,
    pub vision_markdown: String,
    pub vision_html: String,
    /// `draft`, `consultation` or `adopted`.
    pub stage: String,
    pub decided_on: Option<Date>,
    pub decision_number: String,
    pub decision_link: Option<String>,
    /// The last day of the consultation, if it has one.
    #[serde(default)]
    pub consultation_until: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Counts the audited changes of the concept and everything in it.
    #[serde(default)]
    pub revision: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
