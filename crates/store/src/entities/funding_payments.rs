use sea_orm::entity::prelude::*;

/// A payment of a grant, requested by the municipality.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "funding_payments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The municipality.
    pub tenant_id: i64,
    pub application_id: i64,
    pub amount_cents: i64,
    pub wanted_on: Date,
    pub purpose: String,
    /// `domain::funding::ledger::PaymentStatus`.
    pub status: String,
    /// Why it was rejected.
    pub reason: Option<String>,
    pub requested_by: Option<i64>,
    pub requested_at: DateTimeUtc,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
