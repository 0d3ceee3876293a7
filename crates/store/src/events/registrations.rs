//! Registrations for an event: a place while there is one, otherwise the
//! waiting list, in the order people registered. Registering and cancelling
//! first lock the event's row, so that parallel registrations for the last
//! places are counted one after the other on both backends. People with an
//! account register here; guests in [`super::guests`].

use chrono::{DateTime, Utc};
use domain::events::places::{self, Placement};
use domain::events::registration::Needs;
use domain::ids::UserId;
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set, TryIntoModel};

use super::Event;
use crate::entities::{event_registrations as regs, events};
use crate::sessions::hash_token;
use crate::tenancy::{Tenant, TenantScope};
use crate::{StoreError, StoreResult, now};

/// Who registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registrant {
    Account(UserId),
    /// Without an account: the name and address they gave, and the language
    /// they registered in.
    Guest {
        name: String,
        email: String,
        locale: Option<String>,
    },
}

/// A registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: i64,
    pub event_id: i64,
    pub who: Registrant,
    pub placement: Placement,
    pub needs: Needs,
    pub created_at: DateTime<Utc>,
}

impl Registration {
    pub fn user(&self) -> Option<UserId> {
        match self.who {
            Registrant::Account(user) => Some(user),
            Registrant::Guest { .. } => None,
        }
    }
}

/// What registering did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub registration: Registration,
    /// The token of the person's cancel link; `None` when they were registered already.
    pub cancel_token: Option<String>,
}

/// Why a registration was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Cancelled, past its deadline or begun.
    Closed,
}

/// What cancelling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancelled {
    pub event_id: i64,
    /// Who moved up from the waiting list into the freed place.
    pub promoted: Option<Registration>,
}

pub(super) fn registration(m: regs::Model) -> Registration {
    let who = match m.user_id {
        Some(user) => Registrant::Account(UserId(user)),
        None => Registrant::Guest { name: m.guest_name.unwrap_or_default(), email: m.guest_email.unwrap_or_default(), locale: m.locale },
    };
    Registration {
        id: m.id,
        event_id: m.event_id,
        who,
        placement: Placement::parse(&m.placement).unwrap_or(Placement::Pending),
        needs: Needs {
            interpretation: m.interpretation,
            sign_language: m.sign_language,
            childcare: m.childcare,
            step_free: m.step_free,
            note: m.note,
        },
        created_at: m.created_at,
    }
}

/// A fresh random token, hex.
pub(super) fn token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Takes the event's row lock (PostgreSQL; SQLite's write transaction holds
/// the database's) so that the counts read next stay true until commit.
pub(super) async fn lock_event(db: &impl ConnectionTrait, scope: &TenantScope, event: i64) -> StoreResult<Event> {
    let locked = events::Entity::update_many()
        .col_expr(events::Column::UpdatedAt, Expr::col(events::Column::UpdatedAt))
        .filter(events::Column::Id.eq(event))
        .filter(events::Column::TenantId.eq(scope.id().0))
        .exec(db)
        .await?;
    if locked.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    super::get(db, scope, event).await?.ok_or(StoreError::NotFound)
}

/// Registrations not taken back (pending guests included).
pub(super) fn active(event: i64) -> sea_orm::Condition {
    sea_orm::Condition::all().add(regs::Column::EventId.eq(event)).add(regs::Column::CancelledAt.is_null())
}

/// How many hold a place and how many wait (one statement).
pub async fn counts(db: &impl ConnectionTrait, event: i64) -> StoreResult<(u64, u64)> {
    use sea_orm::QuerySelect;
    let groups: Vec<(String, i64)> = regs::Entity::find()
        .select_only()
        .column(regs::Column::Placement)
        .column_as(regs::Column::Id.count(), "n")
        .filter(active(event))
        .filter(regs::Column::Placement.ne(Placement::Pending.as_str()))
        .group_by(regs::Column::Placement)
        .into_tuple()
        .all(db)
        .await?;
    let of = |placement: Placement| {
        groups.iter().find(|(p, _)| p == placement.as_str()).map(|(_, n)| u64::try_from(*n).unwrap_or(0)).unwrap_or(0)
    };
    Ok((of(Placement::Registered), of(Placement::Waiting)))
}

/// Puts a registration row in the queue: a place if one is free and nobody
/// waits, otherwise the end of the waiting list; a new cancel token. The
/// event must be locked.
pub(super) async fn enqueue(db: &impl ConnectionTrait, event: &Event, mut row: regs::ActiveModel) -> StoreResult<Registered> {
    let (registered, waiting) = counts(db, event.id).await?;
    let placement = places::place(event.details.capacity, registered, waiting);
    let token = token();
    row.placement = Set(placement.as_str().to_owned());
    row.cancel_token_hash = Set(hash_token(&token));
    row.confirm_token_hash = Set(None);
    row.created_at = Set(now());
    row.promoted_at = Set(None);
    row.cancelled_at = Set(None);
    let row = row.save(db).await?.try_into_model()?;
    Ok(Registered { registration: registration(row), cancel_token: Some(token) })
}

/// Registers a person with an account. Registering again changes nothing
/// but the stated needs. Call inside a write transaction.
pub async fn register(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    event: i64,
    user: UserId,
    needs: &Needs,
) -> StoreResult<Result<Registered, Refusal>> {
    let found = lock_event(db, scope, event).await?;
    let existing = regs::Entity::find().filter(regs::Column::EventId.eq(event)).filter(regs::Column::UserId.eq(user.0)).one(db).await?;
    if let Some(existing) = existing.as_ref().filter(|r| r.cancelled_at.is_none()) {
        let mut row = existing.clone().into_active_model();
        set_needs(&mut row, needs);
        let row = row.update(db).await?;
        return Ok(Ok(Registered { registration: registration(row), cancel_token: None }));
    }
    if !found.open_for_registration(now()) {
        return Ok(Err(Refusal::Closed));
    }
    let mut row = match existing {
        // Taken back earlier: registering again queues anew.
        Some(cancelled) => cancelled.into_active_model(),
        None => regs::ActiveModel {
            tenant_id: Set(scope.id().0),
            event_id: Set(event),
            user_id: Set(Some(user.0)),
            guest_name: Set(None),
            guest_email: Set(None),
            locale: Set(None),
            ..Default::default()
        },
    };
    set_needs(&mut row, needs);
    Ok(Ok(enqueue(db, &found, row).await?))
}

pub(super) fn set_needs(row: &mut regs::ActiveModel, needs: &Needs) {
    row.interpretation = Set(needs.interpretation.clone());
    row.sign_language = Set(needs.sign_language);
    row.childcare = Set(needs.childcare);
    row.step_free = Set(needs.step_free);
    row.note = Set(needs.note.clone());
}

/// The person's registration for the event, if they hold one.
pub async fn of_person(db: &impl ConnectionTrait, event: i64, user: UserId) -> StoreResult<Option<Registration>> {
    Ok(regs::Entity::find().filter(active(event)).filter(regs::Column::UserId.eq(user.0)).one(db).await?.map(registration))
}

/// The registration a cancel link's token belongs to, in this tenant.
pub async fn by_token(db: &impl ConnectionTrait, scope: &TenantScope, token: &str) -> StoreResult<Option<Registration>> {
    let found = regs::Entity::find()
        .filter(regs::Column::CancelTokenHash.eq(hash_token(token)))
        .filter(regs::Column::TenantId.eq(scope.id().0))
        .filter(regs::Column::CancelledAt.is_null())
        .filter(regs::Column::Placement.ne(Placement::Pending.as_str()))
        .one(db)
        .await?;
    Ok(found.map(registration))
}

/// Cancels a person's registration for the event; `None` when they held
/// none. Call inside a write transaction.
pub async fn cancel(db: &impl ConnectionTrait, scope: &TenantScope, event: i64, user: UserId) -> StoreResult<Option<Cancelled>> {
    let Some(row) = regs::Entity::find().filter(active(event)).filter(regs::Column::UserId.eq(user.0)).one(db).await? else {
        return Ok(None);
    };
    cancel_registration(db, scope, row.id).await
}

/// Cancels a registration; the first on the waiting list moves into a freed
/// place. `None` when it was cancelled already. Call inside a write transaction.
pub async fn cancel_registration(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Cancelled>> {
    let Some(row) = regs::Entity::find_by_id(id).filter(regs::Column::TenantId.eq(scope.id().0)).one(db).await? else {
        return Ok(None);
    };
    let found = lock_event(db, scope, row.event_id).await?;
    // Read again under the lock: a parallel cancel may have been first.
    let Some(row) = regs::Entity::find_by_id(id).filter(regs::Column::CancelledAt.is_null()).one(db).await? else {
        return Ok(None);
    };
    let freed = row.placement == Placement::Registered.as_str();
    let mut cancelled = row.into_active_model();
    cancelled.cancelled_at = Set(Some(now()));
    cancelled.confirm_token_hash = Set(None);
    cancelled.update(db).await?;
    let promoted = if freed && found.cancelled_at.is_none() { promote(db, found.id, found.details.capacity).await? } else { None };
    Ok(Some(Cancelled { event_id: found.id, promoted }))
}

/// Moves the first waiting person into a free place, if there is one.
async fn promote(db: &impl ConnectionTrait, event: i64, capacity: Option<u32>) -> StoreResult<Option<Registration>> {
    let (registered, _) = counts(db, event).await?;
    if places::free_places(capacity, registered) == Some(0) {
        return Ok(None);
    }
    let Some(first) = regs::Entity::find()
        .filter(active(event))
        .filter(regs::Column::Placement.eq(Placement::Waiting.as_str()))
        .order_by_asc(regs::Column::CreatedAt)
        .order_by_asc(regs::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let mut row = first.into_active_model();
    row.placement = Set(Placement::Registered.as_str().to_owned());
    row.promoted_at = Set(Some(now()));
    Ok(Some(registration(row.update(db).await?)))
}

/// A person's account is being deleted: cancels each registration they hold
/// (the first waiting moves up) and removes them all. Returns, per event a
/// freed place went to someone, the event's tenant and what cancelling did.
/// Call inside a write transaction.
pub async fn withdraw_person(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<(Tenant, Cancelled)>> {
    let held = regs::Entity::find().filter(regs::Column::UserId.eq(user.0)).filter(regs::Column::CancelledAt.is_null()).all(db).await?;
    let tenant_ids: Vec<_> = held.iter().map(|r| domain::ids::TenantId(r.tenant_id)).collect();
    let tenants = crate::tenancy::by_ids(db, &tenant_ids).await?;
    let mut moved = Vec::new();
    for row in held {
        let Some(tenant) = tenants.iter().find(|t| t.scope.id().0 == row.tenant_id) else { continue };
        if let Some(cancelled) = cancel_registration(db, &tenant.scope, row.id).await?
            && cancelled.promoted.is_some()
        {
            moved.push((tenant.clone(), cancelled));
        }
    }
    regs::Entity::delete_many().filter(regs::Column::UserId.eq(user.0)).exec(db).await?;
    Ok(moved)
}
