//! How many of an event's participants were counted in each voluntary band.
//! Read with the event by `get` and the event page; lists leave them out.

use std::collections::BTreeMap;

use domain::bands::{Band, Dimension};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::StoreResult;
use crate::entities::event_attendance;

/// The event's counted bands.
pub async fn of_event(db: &impl ConnectionTrait, event: i64) -> StoreResult<BTreeMap<Band, u32>> {
    let rows = event_attendance::Entity::find().filter(event_attendance::Column::EventId.eq(event)).all(db).await?;
    Ok(rows.into_iter().filter_map(|r| Some((Band::new(Dimension::parse(&r.dimension)?, r.band), u32::try_from(r.count).ok()?))).collect())
}

/// Replaces the event's counted bands. Call inside a write transaction.
pub(super) async fn replace(db: &impl ConnectionTrait, event: i64, bands: &BTreeMap<Band, u32>) -> StoreResult<()> {
    event_attendance::Entity::delete_many().filter(event_attendance::Column::EventId.eq(event)).exec(db).await?;
    let rows: Vec<event_attendance::ActiveModel> = bands
        .iter()
        .map(|(band, count)| event_attendance::ActiveModel {
            event_id: Set(event),
            dimension: Set(band.dimension.as_str().to_owned()),
            band: Set(band.key.clone()),
            count: Set(i32::try_from(*count).unwrap_or(i32::MAX)),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        event_attendance::Entity::insert_many(rows).exec_without_returning(db).await?;
    }
    Ok(())
}
