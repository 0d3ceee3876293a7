use sea_orm::entity::prelude::*;

/// The partner organisations of a measure.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "measure_partners")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub measure_id: i64,
    pub organisation_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
