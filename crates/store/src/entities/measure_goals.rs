use sea_orm::entity::prelude::*;

/// The goals a measure serves, the main one at position 0.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "measure_goals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub measure_id: i64,
    pub goal_id: i64,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
