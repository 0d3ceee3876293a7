use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub idea_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: DateTimeUtc,
    pub edited_at: Option<DateTimeUtc>,
    pub deleted_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<DateTimeUtc>,
    /// `online`, or how it was given offline (`workshop`, `paper`, `phone`, `other`).
    pub source: String,
    /// Where an offline contribution came from, e.g. "Workshop, card 14".
    pub source_note: Option<String>,
    pub contributor_name: Option<String>,
    /// When the contributor's consent to show their name was recorded.
    pub consent_at: Option<DateTimeUtc>,
    pub source_event_id: Option<i64>,
    /// The coordinator who entered an offline contribution.
    pub entered_by_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "super::users::Entity", from = "Column::AuthorId", to = "super::users::Column::Id")]
    Author,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
