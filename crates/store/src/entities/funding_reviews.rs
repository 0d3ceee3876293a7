use sea_orm::entity::prelude::*;

/// The officers' review checklist of one application (kept with the state).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The state.
    pub tenant_id: i64,
    pub application_id: i64,
    /// The criteria ticked, as a JSON list of their texts.
    pub checklist: String,
    pub updated_by: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
