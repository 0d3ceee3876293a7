//! Uploaded files: the row that describes each one (its bytes are in the
//! file store under `storage_key`).
//!
//! A file is uploaded *pending* (no owner) as soon as its form is sent, so a
//! form that comes back with an error keeps it; saving the form attaches it
//! to its item. Pending files nobody saved are removed after a day.

use chrono::{DateTime, TimeDelta, Utc};
use domain::files::{FileType, Slot};
use domain::ids::UserId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entities::{events, files, funding_applications, ideas, measure_updates, processes};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A stored file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub id: i64,
    pub slot: Slot,
    pub file_type: FileType,
    pub size: u64,
    /// The safe name it is shown and served under.
    pub name: String,
    pub alt_text: Option<String>,
    pub owner: Option<i64>,
    pub uploader: Option<UserId>,
    pub storage_key: String,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<files::Model> for StoredFile {
    type Error = StoreError;

    fn try_from(m: files::Model) -> StoreResult<StoredFile> {
        let bad = || StoreError::Db(sea_orm::DbErr::Custom(format!("file {} has an unknown slot or type", m.id)));
        Ok(StoredFile {
            id: m.id,
            slot: Slot::parse(&m.slot).ok_or_else(bad)?,
            file_type: FileType::from_mime(&m.file_type).ok_or_else(bad)?,
            size: u64::try_from(m.byte_size).unwrap_or_default(),
            name: m.name,
            alt_text: m.alt_text,
            owner: m.owner_id,
            uploader: m.uploader_id.map(UserId),
            storage_key: m.storage_key,
            created_at: m.created_at,
        })
    }
}

/// A file whose bytes were just stored, to be recorded.
#[derive(Debug, Clone)]
pub struct NewFile {
    pub slot: Slot,
    pub file_type: FileType,
    pub name: String,
    pub storage_key: String,
    pub size: u64,
    pub sha256: String,
}

/// Records an uploaded file, not yet attached to anything.
pub async fn record_pending(db: &impl ConnectionTrait, scope: &TenantScope, uploader: UserId, file: &NewFile) -> StoreResult<StoredFile> {
    files::ActiveModel {
        tenant_id: Set(scope.id().0),
        uploader_id: Set(Some(uploader.0)),
        storage_key: Set(file.storage_key.clone()),
        file_type: Set(file.file_type.mime().to_owned()),
        byte_size: Set(i64::try_from(file.size).unwrap_or(i64::MAX)),
        sha256: Set(file.sha256.clone()),
        name: Set(file.name.clone()),
        alt_text: Set(None),
        slot: Set(file.slot.as_str().to_owned()),
        owner_id: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .try_into()
}

/// The person's own pending uploads for `slot` among `ids` (ids from a form
/// that came back; anything else is ignored), oldest first.
pub async fn pending(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    uploader: UserId,
    slot: Slot,
    ids: &[i64],
) -> StoreResult<Vec<StoredFile>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    read(db, pending_of(scope, uploader, slot, ids)).await
}

/// The rows of the person's pending uploads `ids` in `slot`.
fn pending_of(scope: &TenantScope, uploader: UserId, slot: Slot, ids: &[i64]) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(files::Column::TenantId.eq(scope.id().0))
        .add(files::Column::UploaderId.eq(uploader.0))
        .add(files::Column::Slot.eq(slot.as_str()))
        .add(files::Column::OwnerId.is_null())
        .add(files::Column::Id.is_in(ids.iter().copied()))
}

/// Attaches the person's pending uploads `ids` to `owner` (with the alt text
/// for pictures). Returns how many were attached. Call inside the write
/// transaction that saves the owner.
pub async fn attach(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    uploader: UserId,
    slot: Slot,
    ids: &[i64],
    owner: i64,
    alt_text: Option<&str>,
) -> StoreResult<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    let result = files::Entity::update_many()
        .col_expr(files::Column::OwnerId, Expr::value(owner))
        .col_expr(files::Column::AltText, Expr::value(alt_text.map(str::to_owned)))
        .filter(pending_of(scope, uploader, slot, ids))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// The files of one item in one slot, in the order they were added.
pub async fn of_owner(db: &impl ConnectionTrait, scope: &TenantScope, slot: Slot, owner: i64) -> StoreResult<Vec<StoredFile>> {
    of_owner_in(db, scope, &[slot], owner).await
}

/// An idea's picture and attachments (one statement).
pub async fn of_idea(db: &impl ConnectionTrait, scope: &TenantScope, idea: i64) -> StoreResult<(Option<StoredFile>, Vec<StoredFile>)> {
    let files = of_owner_in(db, scope, &[Slot::IdeaImage, Slot::IdeaAttachment], idea).await?;
    let (pictures, attachments): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| f.slot == Slot::IdeaImage);
    Ok((pictures.into_iter().next(), attachments))
}

/// The files of several items in `slots` (one statement), in the order they
/// were added; callers pick each item's by `owner`.
pub async fn of_owners(db: &impl ConnectionTrait, scope: &TenantScope, slots: &[Slot], owners: &[i64]) -> StoreResult<Vec<StoredFile>> {
    if owners.is_empty() {
        return Ok(Vec::new());
    }
    let owned = sea_orm::Condition::all()
        .add(files::Column::TenantId.eq(scope.id().0))
        .add(files::Column::Slot.is_in(slots.iter().map(|s| s.as_str())))
        .add(files::Column::OwnerId.is_in(owners.iter().copied()));
    read(db, owned).await
}

/// The rows of one item's files in `slots`.
fn owned_by(scope: &TenantScope, slots: &[Slot], owner: i64) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(files::Column::TenantId.eq(scope.id().0))
        .add(files::Column::Slot.is_in(slots.iter().map(|s| s.as_str())))
        .add(files::Column::OwnerId.eq(owner))
}

/// The files of one item in several slots at once (one statement), in the
/// order they were added; callers pick each slot's by `slot`.
pub async fn of_owner_in(db: &impl ConnectionTrait, scope: &TenantScope, slots: &[Slot], owner: i64) -> StoreResult<Vec<StoredFile>> {
    read(db, owned_by(scope, slots, owner)).await
}

/// The files matching `condition`, in the order they were added.
async fn read(db: &impl ConnectionTrait, condition: sea_orm::Condition) -> StoreResult<Vec<StoredFile>> {
    files::Entity::find().filter(condition).order_by_asc(files::Column::Id).all(db).await?.into_iter().map(StoredFile::try_from).collect()
}

/// Changes the text alternative of an item's picture (of one of its pictures, `file`, in a slot of several).
pub async fn set_alt(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    slot: Slot,
    owner: i64,
    file: Option<i64>,
    alt_text: &str,
) -> StoreResult<()> {
    let mut update = files::Entity::update_many().col_expr(files::Column::AltText, Expr::value(alt_text.to_owned())).filter(owned_by(
        scope,
        &[slot],
        owner,
    ));
    if let Some(file) = file {
        update = update.filter(files::Column::Id.eq(file));
    }
    update.exec(db).await?;
    Ok(())
}

/// Removes the item's files `ids` (all of the slot when `ids` is `None`).
/// Returns their storage keys: delete the bytes once the transaction committed.
pub async fn detach(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    slot: Slot,
    owner: i64,
    ids: Option<&[i64]>,
) -> StoreResult<Vec<String>> {
    let mut find = files::Entity::find().filter(owned_by(scope, &[slot], owner));
    if let Some(ids) = ids {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        find = find.filter(files::Column::Id.is_in(ids.iter().copied()));
    }
    let rows = find.all(db).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    files::Entity::delete_many().filter(files::Column::Id.is_in(rows.iter().map(|r| r.id))).exec(db).await?;
    Ok(rows.into_iter().map(|r| r.storage_key).collect())
}

/// Why a file may not be served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such file here (or not yours while pending).
    NotFound,
    /// Its item is hidden by moderation.
    Hidden,
}

/// The file `id` if `viewer` may fetch it: attached to an item that is
/// visible (not hidden by moderation, on a public concept), or the viewer's
/// own pending upload. `staff` (who manages this tenant) also fetches the
/// files of hidden items and of a draft concept. A funding application's
/// files go to its municipality's staff and to the state's programme
/// officers (`officer`) only.
pub async fn servable(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    id: i64,
    viewer: Option<UserId>,
    staff: bool,
    officer: bool,
) -> StoreResult<Result<StoredFile, Refusal>> {
    let Some(row) = files::Entity::find_by_id(id).filter(files::Column::TenantId.eq(scope.id().0)).one(db).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    let file = StoredFile::try_from(row)?;
    let Some(owner) = file.owner else {
        return Ok(if viewer.is_some() && viewer == file.uploader { Ok(file) } else { Err(Refusal::NotFound) });
    };
    let visible = match file.slot {
        Slot::IdeaImage | Slot::IdeaAttachment => {
            let hidden: Option<Option<DateTime<Utc>>> = ideas::Entity::find_by_id(owner)
                .filter(ideas::Column::TenantId.eq(scope.id().0))
                .select_only()
                .column(ideas::Column::HiddenAt)
                .into_tuple()
                .one(db)
                .await?;
            match hidden {
                None => return Ok(Err(Refusal::NotFound)),
                Some(hidden_at) => hidden_at.is_none(),
            }
        }
        Slot::EventPhoto => {
            let exists = events::Entity::find_by_id(owner).filter(events::Column::TenantId.eq(scope.id().0)).one(db).await?.is_some();
            if !exists {
                return Ok(Err(Refusal::NotFound));
            }
            true
        }
        Slot::UpdatePhoto | Slot::UpdateEvidence => {
            let exists = measure_updates::Entity::find_by_id(owner)
                .filter(measure_updates::Column::TenantId.eq(scope.id().0))
                .one(db)
                .await?
                .is_some();
            if !exists {
                return Ok(Err(Refusal::NotFound));
            }
            // A report is public with its concept.
            let public = crate::concept::get(db, scope).await?.is_some_and(|c| c.stage.stage.public());
            if !public && !staff {
                return Ok(Err(Refusal::NotFound));
            }
            public
        }
        Slot::ApplicationAttachment | Slot::ApplicationLetter => {
            let exists = funding_applications::Entity::find_by_id(owner)
                .filter(funding_applications::Column::TenantId.eq(scope.id().0))
                .one(db)
                .await?
                .is_some();
            if !exists || !(staff || officer) {
                return Ok(Err(Refusal::NotFound));
            }
            true
        }
        Slot::ProcessHeader => {
            let exists = processes::Entity::find_by_id(owner).filter(processes::Column::TenantId.eq(scope.id().0)).one(db).await?.is_some();
            if !exists {
                return Ok(Err(Refusal::NotFound));
            }
            true
        }
    };
    Ok(if visible || staff { Ok(file) } else { Err(Refusal::Hidden) })
}

/// Pending uploads older than a day (forms nobody saved): removes their rows
/// and returns their storage keys for the bytes to be deleted.
pub async fn remove_abandoned(db: &impl ConnectionTrait) -> StoreResult<Vec<String>> {
    let before = now() - TimeDelta::days(1);
    let rows = files::Entity::find()
        .filter(files::Column::OwnerId.is_null())
        .filter(files::Column::CreatedAt.lt(before))
        .limit(500)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    files::Entity::delete_many().filter(files::Column::Id.is_in(rows.iter().map(|r| r.id))).exec(db).await?;
    Ok(rows.into_iter().map(|r| r.storage_key).collect())
}

/// Every storage key, by id (for backups of the file bytes).
pub async fn all_keys(db: &impl ConnectionTrait) -> StoreResult<Vec<String>> {
    Ok(files::Entity::find().select_only().column(files::Column::StorageKey).order_by_asc(files::Column::Id).into_tuple().all(db).await?)
}
