use sea_orm::entity::prelude::*;

/// An indicator of a measure; figures in hundredths.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "measure_indicators")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub measure_id: i64,
    pub position: i32,
    pub name: String,
    pub unit: String,
    pub baseline: i64,
    pub baseline_on: Date,
    pub target: i64,
    pub target_on: Date,
    pub source: String,
    /// `higher` or `lower` (is better).
    pub direction: String,
    /// The value of the latest day, kept with each recorded or removed value.
    pub latest_value: Option<i64>,
    pub latest_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
