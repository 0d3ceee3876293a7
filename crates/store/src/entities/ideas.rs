use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "ideas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub process_id: i64,
    pub author_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub title: String,
    pub body_markdown: String,
    pub body_html: String,
    pub action_field_id: Option<i64>,
    pub neighbourhood_id: Option<i64>,
    pub status: String,
    pub status_reason: Option<String>,
    pub answer_markdown: Option<String>,
    pub answer_html: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
    pub support_count: i32,
    pub comment_count: i32,
    pub search_text: String,
    pub source: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<DateTimeUtc>,
    /// Set when the idea was merged into another (a duplicate).
    pub merged_into_id: Option<i64>,
    pub merged_at: Option<DateTimeUtc>,
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
