use sea_orm::entity::prelude::*;

/// A report on a grant at one of its reporting dates.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The municipality.
    pub tenant_id: i64,
    pub application_id: i64,
    /// Which reporting date, counted from 1.
    pub number: i32,
    pub due_on: Date,
    /// The last reporting date's report (Verwendungsnachweis).
    pub is_final: bool,
    /// `domain::funding::report::ReportStatus`.
    pub status: String,
    /// `domain::funding::report::ReportForm` as JSON, as typed.
    pub form: String,
    /// The officers' message when they returned it.
    pub message: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub updated_by: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
