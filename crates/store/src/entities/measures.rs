use sea_orm::entity::prelude::*;

/// A measure of a concept, numbered within it; `goal_id` is its main goal.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "measures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub concept_id: i64,
    pub goal_id: i64,
    pub number: i32,
    pub title: String,
    pub description_markdown: String,
    pub description_html: String,
    pub owner_id: Option<i64>,
    pub lead_organisation_id: Option<i64>,
    pub target_groups: String,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub priority: String,
    pub cost_cents: Option<i64>,
    pub funding_source: String,
    pub status: String,
    pub status_reason: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// From the latest progress update.
    pub percent_complete: i16,
    pub reported_on: Option<Date>,
    /// Held up as good practice, with what worked, what it cost and whom to ask.
    pub good_practice: bool,
    pub practice_worked: String,
    pub practice_cost: String,
    pub practice_contact: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
