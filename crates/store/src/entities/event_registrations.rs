use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "event_registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub event_id: i64,
    /// The account; `None` for a guest, who gave a name and an address.
    pub user_id: Option<i64>,
    pub guest_name: Option<String>,
    /// Normalised (lower case): one registration per address and event.
    pub guest_email: Option<String>,
    /// The language a guest registered in (their mails are in it).
    pub locale: Option<String>,
    /// `registered` or `waiting`; `pending` while a guest has not confirmed.
    pub placement: String,
    pub interpretation: Option<String>,
    pub sign_language: bool,
    pub childcare: bool,
    pub step_free: bool,
    pub note: String,
    /// SHA-256 of the token in the person's cancel link.
    pub cancel_token_hash: String,
    /// SHA-256 of the token in a guest's confirmation link, until confirmed.
    pub confirm_token_hash: Option<String>,
    /// Its place in the queue: a registration taken back and made again queues anew.
    pub created_at: DateTimeUtc,
    /// When it moved up from the waiting list.
    pub promoted_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "super::users::Entity", from = "Column::UserId", to = "super::users::Column::Id")]
    Person,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Person.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
