use sea_orm::entity::prelude::*;

/// One answer row: a chosen or ranked choice, a scale point (of a matrix
/// row) or a text. `source` is the response's, kept here for counting.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "survey_answers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    pub response_id: i64,
    pub question_id: i64,
    pub source: String,
    pub row_index: Option<i32>,
    pub choice_index: Option<i32>,
    pub value: Option<i32>,
    pub text: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
