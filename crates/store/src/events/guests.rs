//! Registering without an account: a guest gives a name and an address and
//! confirms it with the mailed link; only then do they get a place or join
//! the waiting list, in the order of confirmation. An address that is not
//! confirmed within [`CONFIRM_WITHIN`] holds nothing, and its request is
//! removed by the housekeeping.

use chrono::TimeDelta;
use domain::events::places::Placement;
use domain::events::registration::{Guest, Needs};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use super::registrations::{Refusal, Registered, Registration, enqueue, lock_event, registration, set_needs, token};
use crate::entities::event_registrations as regs;
use crate::sessions::hash_token;
use crate::tenancy::TenantScope;
use crate::{StoreResult, now};

/// How long a confirmation link works.
pub const CONFIRM_WITHIN: TimeDelta = TimeDelta::hours(48);

/// What a guest's request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// A new (or renewed) request: the token of the confirmation link.
    Pending { registration: Registration, confirm_token: String },
    /// The address holds a place or waits already: a new cancel link for it
    /// (the old one is replaced), and the needs as now stated.
    Already(Registered),
}

/// A guest asks to register. Nothing is placed before they confirm. Call
/// inside a write transaction.
pub async fn request(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    event: i64,
    guest: &Guest,
    locale: &str,
    needs: &Needs,
) -> StoreResult<Result<Requested, Refusal>> {
    let found = lock_event(db, scope, event).await?;
    if !found.open_for_registration(now()) {
        return Ok(Err(Refusal::Closed));
    }
    let existing = regs::Entity::find()
        .filter(regs::Column::EventId.eq(event))
        .filter(regs::Column::GuestEmail.eq(guest.email.as_str()))
        .one(db)
        .await?;
    let mut row = match existing {
        Some(held) if held.cancelled_at.is_none() && held.placement != Placement::Pending.as_str() => {
            let cancel = token();
            let mut row = held.into_active_model();
            set_needs(&mut row, needs);
            row.cancel_token_hash = Set(hash_token(&cancel));
            let row = row.update(db).await?;
            return Ok(Ok(Requested::Already(Registered { registration: registration(row), cancel_token: Some(cancel) })));
        }
        Some(earlier) => earlier.into_active_model(),
        None => regs::ActiveModel {
            tenant_id: Set(scope.id().0),
            event_id: Set(event),
            user_id: Set(None),
            guest_email: Set(Some(guest.email.clone())),
            ..Default::default()
        },
    };
    let confirm = token();
    row.guest_name = Set(Some(guest.name.clone()));
    row.locale = Set(Some(locale.to_owned()));
    row.placement = Set(Placement::Pending.as_str().to_owned());
    row.confirm_token_hash = Set(Some(hash_token(&confirm)));
    // Unused until confirmed; a cancel link is made then.
    row.cancel_token_hash = Set(hash_token(&token()));
    row.created_at = Set(now());
    row.promoted_at = Set(None);
    row.cancelled_at = Set(None);
    set_needs(&mut row, needs);
    let row = row.save(db).await?;
    let row = sea_orm::TryIntoModel::try_into_model(row)?;
    Ok(Ok(Requested::Pending { registration: registration(row), confirm_token: confirm }))
}

/// The pending request a confirmation link belongs to, while the link works.
pub async fn pending(db: &impl ConnectionTrait, scope: &TenantScope, confirm_token: &str) -> StoreResult<Option<Registration>> {
    let found = regs::Entity::find()
        .filter(regs::Column::ConfirmTokenHash.eq(hash_token(confirm_token)))
        .filter(regs::Column::TenantId.eq(scope.id().0))
        .filter(regs::Column::CancelledAt.is_null())
        .filter(regs::Column::CreatedAt.gt(now() - CONFIRM_WITHIN))
        .one(db)
        .await?;
    Ok(found.map(registration))
}

/// Confirms a guest's address: a place or the waiting list, and a cancel
/// link. `None` when the link is unknown or expired. Call inside a write
/// transaction.
pub async fn confirm(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    confirm_token: &str,
) -> StoreResult<Option<Result<Registered, Refusal>>> {
    let Some(request) = pending(db, scope, confirm_token).await? else { return Ok(None) };
    let found = lock_event(db, scope, request.event_id).await?;
    // Read again under the lock: the same link may be used twice at once.
    let Some(row) =
        regs::Entity::find_by_id(request.id).filter(regs::Column::ConfirmTokenHash.eq(hash_token(confirm_token))).one(db).await?
    else {
        return Ok(None);
    };
    if !found.open_for_registration(now()) {
        return Ok(Some(Err(Refusal::Closed)));
    }
    Ok(Some(Ok(enqueue(db, &found, row.into_active_model()).await?)))
}

/// Removes guests' requests never confirmed in time, and the guests'
/// registrations of events that ended more than `keep` ago (their names
/// and addresses are needed no longer). Returns how many went.
pub async fn forget_old(db: &impl ConnectionTrait, keep: TimeDelta) -> StoreResult<u64> {
    use sea_orm::sea_query::Query;
    let unconfirmed = regs::Entity::delete_many()
        .filter(regs::Column::UserId.is_null())
        .filter(regs::Column::Placement.eq(Placement::Pending.as_str()))
        .filter(regs::Column::CreatedAt.lte(now() - CONFIRM_WITHIN))
        .exec(db)
        .await?
        .rows_affected;
    let ended = Query::select()
        .column(crate::entities::events::Column::Id)
        .from(crate::entities::events::Entity)
        .and_where(crate::entities::events::Column::EndsAt.lte(now() - keep))
        .to_owned();
    let past = regs::Entity::delete_many()
        .filter(regs::Column::UserId.is_null())
        .filter(regs::Column::EventId.in_subquery(ended))
        .exec(db)
        .await?;
    Ok(unconfirmed + past.rows_affected)
}
