//! The state's funding programmes: programmes, their funding lines and their
//! calls for applications, which belong to the state's tenant; and the
//! municipalities' applications, which belong to each municipality. Every
//! change is audited.

pub mod applications;
pub mod calls;
pub mod history;
pub mod payments;
pub mod programmes;
pub mod reminders;
pub mod reports;
pub mod review;

use domain::ids::UserId;

use crate::tenancy::TenantScope;
use crate::{StoreResult, audit};

/// Records an audited change of the state's funding data.
pub(crate) async fn record(
    db: &impl sea_orm::ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    action: &'static str,
    subject: String,
    after: serde_json::Value,
) -> StoreResult<()> {
    audit::record(db, audit::Entry { actor: Some(actor), tenant: Some(state.id()), action, subject, before: None, after: Some(after) })
        .await
}
