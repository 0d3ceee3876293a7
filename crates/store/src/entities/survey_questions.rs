use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "survey_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub survey_id: i64,
    pub position: i32,
    pub kind: String,
    pub prompt: String,
    pub help: String,
    pub required: bool,
    /// Choices, one per line.
    pub options: String,
    /// Matrix rows, one per line.
    pub rows: String,
    pub min_choices: Option<i32>,
    pub max_choices: Option<i32>,
    pub low_label: String,
    pub high_label: String,
    pub condition_question_id: Option<i64>,
    pub condition_option: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
