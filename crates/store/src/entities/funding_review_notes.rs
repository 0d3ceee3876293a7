use sea_orm::entity::prelude::*;

/// An officer's internal note on an application (kept with the state, never
/// shown to the applicant).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_review_notes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The state.
    pub tenant_id: i64,
    pub application_id: i64,
    pub author_id: Option<i64>,
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
