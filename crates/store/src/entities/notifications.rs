use sea_orm::entity::prelude::*;

/// Something a person should hear about; its text is written when shown, in
/// the reader's language, from `kind` and the objects it points to.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub tenant_id: i64,
    pub kind: String,
    pub process_id: Option<i64>,
    pub idea_id: Option<i64>,
    pub comment_id: Option<i64>,
    pub news_id: Option<i64>,
    pub measure_id: Option<i64>,
    #[serde(default)]
    pub consultation_comment_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    pub mailed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
