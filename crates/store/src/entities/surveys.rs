use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "surveys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub process_id: i64,
    pub title: String,
    pub intro_markdown: String,
    pub intro_html: String,
    pub anonymous: bool,
    /// `accounts` or `public`.
    pub access: String,
    pub opens_on: Date,
    pub closes_on: Date,
    pub results_public: bool,
    pub response_count: i32,
    /// Of those, entered from paper questionnaires.
    pub paper_count: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
