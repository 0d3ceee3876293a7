use sea_orm::entity::prelude::*;

/// A submitted version of an application: what it said and the rules it was
/// checked against. Never changed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_application_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub application_id: i64,
    pub number: i32,
    /// `ApplicationForm` as JSON.
    pub content: String,
    /// `Rules` as JSON.
    pub rules: String,
    pub submitted_by: Option<i64>,
    pub submitted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
