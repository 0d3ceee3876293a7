use sea_orm::entity::prelude::*;

/// A municipality's application for a call.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub call_id: i64,
    /// `domain::funding::application::Status`.
    pub status: String,
    pub title: String,
    /// `domain::funding::application::ApplicationForm` as JSON, as typed.
    pub draft: String,
    /// The grant requested in the newest submitted version (for lists).
    pub requested_cents: i64,
    /// How many versions were submitted.
    pub versions: i32,
    pub submitted_at: Option<DateTimeUtc>,
    /// The latest word to the applicant: the changes asked for, or the
    /// reason for a rejection.
    pub message: Option<String>,
    pub granted_cents: Option<i64>,
    /// `domain::funding::decision::Grant` as JSON, once approved.
    pub grant_terms: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    /// Asked back when the grant was closed (0: nothing).
    pub repayment_cents: Option<i64>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
