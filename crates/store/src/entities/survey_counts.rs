use sea_orm::entity::prelude::*;

/// How many answers of one source have this question, row, choice and
/// value (-1: none); all three -1 counts the responses that answered.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "survey_counts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i64,
    pub source: String,
    pub question_id: i64,
    pub row_index: i32,
    pub choice_index: i32,
    pub value: i32,
    pub count: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
