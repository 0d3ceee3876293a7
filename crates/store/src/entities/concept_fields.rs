use sea_orm::entity::prelude::*;

/// An action field of a concept, with its situation analysis.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "concept_fields")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub concept_id: i64,
    pub position: i32,
    pub name: String,
    pub analysis_markdown: String,
    pub analysis_html: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
