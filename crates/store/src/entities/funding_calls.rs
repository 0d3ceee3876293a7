use sea_orm::entity::prelude::*;

/// A call for applications, with its window and rules.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_calls")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub programme_id: i64,
    pub line_id: Option<i64>,
    pub title: String,
    pub description_markdown: String,
    pub description_html: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    /// `domain::funding::rules::Rules` as JSON.
    pub rules: String,
    /// `domain::funding::letter::LetterTexts` as JSON; none: the reference template.
    pub letter: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
