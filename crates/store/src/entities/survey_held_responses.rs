use sea_orm::entity::prelude::*;

/// An anonymous response waiting for four more (see `surveys::held`); its
/// id is the one it will keep.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "survey_held_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub tenant_id: i64,
    pub survey_id: i64,
    pub submitted_on: Date,
    /// The answer rows as JSON: `[question, row, choice, value, text]` each.
    pub answers: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
