//! Names of accounts and organisations by id, one statement each (none when
//! there are no ids): what lists of contributions show beside each row.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::StoreResult;
use crate::entities::{organisations, users};

/// An account's display name, and whether the account was deleted.
pub(crate) async fn accounts(db: &impl ConnectionTrait, ids: Vec<i64>) -> StoreResult<HashMap<i64, (String, bool)>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String, Option<chrono::DateTime<chrono::Utc>>)> = users::Entity::find()
        .select_only()
        .columns([users::Column::Id, users::Column::DisplayName, users::Column::DeletedAt])
        .filter(users::Column::Id.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, name, deleted)| (id, (name, deleted.is_some()))).collect())
}

pub(crate) async fn organisations(db: &impl ConnectionTrait, ids: Vec<i64>) -> StoreResult<HashMap<i64, String>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String)> = organisations::Entity::find()
        .select_only()
        .columns([organisations::Column::Id, organisations::Column::Name])
        .filter(organisations::Column::Id.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
