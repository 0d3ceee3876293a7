use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub process_id: i64,
    pub title: String,
    pub description_markdown: String,
    pub description_html: String,
    pub kind: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub place_name: String,
    pub address: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub accessibility_notes: String,
    pub online_link: Option<String>,
    pub capacity: Option<i32>,
    pub registration_deadline: Option<DateTimeUtc>,
    pub languages: String,
    pub interpretation: String,
    pub target_groups: String,
    pub cancelled_at: Option<DateTimeUtc>,
    pub cancel_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub results_markdown: Option<String>,
    pub results_html: Option<String>,
    pub attendance: Option<i32>,
    pub results_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
