use sea_orm::entity::prelude::*;

/// A comment on one paragraph of a version in consultation, with the
/// coordinator's answer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "consultation_comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub version_id: i64,
    /// The paragraph's key (`domain::concept::consultation::Paragraph`).
    pub paragraph: String,
    pub author_id: Option<i64>,
    /// The verified organisation the author spoke for.
    pub organisation_id: Option<i64>,
    pub body_markdown: String,
    pub body_html: String,
    /// `open`, `taken_up`, `not_taken_up` or `noted`.
    pub outcome: String,
    pub answer_markdown: String,
    pub answer_html: String,
    pub answered_by: Option<i64>,
    pub answered_at: Option<DateTimeUtc>,
    /// Shown in the comment's place when moderation hid it.
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
