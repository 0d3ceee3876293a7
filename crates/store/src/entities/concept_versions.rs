use sea_orm::entity::prelude::*;

/// A frozen version of a concept: its snapshot never changes, only its
/// stage moves from consultation to adopted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "concept_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub concept_id: i64,
    pub number: i32,
    /// `consultation` or `adopted`.
    pub stage: String,
    pub decided_on: Option<Date>,
    pub decision_number: String,
    pub decision_link: Option<String>,
    /// The last day of the consultation, if it has one.
    #[serde(default)]
    pub consultation_until: Option<Date>,
    /// `domain::concept::snapshot::Snapshot` as JSON.
    pub snapshot: String,
    pub frozen_at: DateTimeUtc,
    pub frozen_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
