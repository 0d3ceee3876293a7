//! Receiving the files of one form field: each upload checked by its content
//! and size, stored at once as the person's pending upload (so a form that
//! comes back with an error keeps it), together with those kept from an
//! earlier try.

use domain::files::{Slot, check_upload, human_size, safe_name};
use store::files::{NewFile, StoredFile};
use store::tenancy::Tenant;

use super::submission::Submission;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::FluentArg;

/// The inputs of one slot in a form.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub slot: Slot,
    /// Name (and id) of the file input, where errors are shown.
    pub input: &'static str,
    /// Name of the hidden inputs that carry uploads kept from an earlier try.
    pub kept: &'static str,
}

/// The files a form sends for `field`: uploads kept from an earlier try plus
/// the new ones, at most as many as fit beside `already` saved files (a new
/// picture replaces a kept one). Problems go into `errors` by the input.
pub async fn receive(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    submission: &Submission,
    field: Field,
    already: usize,
    errors: &mut FormErrors,
) -> Result<Vec<StoredFile>, AppError> {
    let (locale, uploader) = (ctx.locale, ctx.require_actor()?.user.id);
    let mut files = store::files::pending(&state.db, &tenant.scope, uploader, field.slot, &submission.ids(field.kept)).await?;
    let max = state.config.upload_max_bytes;
    let mut fresh = Vec::new();
    for upload in submission.uploads(field.input) {
        let detected = files::detect(&upload.bytes);
        let file_type = match check_upload(field.slot, detected, upload.bytes.len() as u64, max) {
            Ok(t) => t,
            Err(code) => {
                let name = upload.filename.rsplit(['/', '\\']).next().unwrap_or_default().to_owned();
                let args = [
                    ("name", FluentArg::Text(name)),
                    ("max", FluentArg::Text(human_size(max))),
                    ("types", FluentArg::Text(field.slot.accepted_labels())),
                ];
                errors.add_text(field.input, locale.t_args(code, &args));
                continue;
            }
        };
        let stored = state.files.put(tenant.scope.id().0, upload.bytes.clone()).await.map_err(|e| AppError::Internal(e.to_string()))?;
        let new = NewFile {
            slot: field.slot,
            file_type,
            name: safe_name(&upload.filename, file_type),
            storage_key: stored.key.clone(),
            size: stored.size,
            sha256: stored.sha256,
        };
        let recorded = async {
            let txn = store::begin_write(&state.db).await?;
            let file = store::files::record_pending(&txn, &tenant.scope, uploader, &new).await?;
            txn.commit().await?;
            Ok::<_, store::StoreError>(file)
        }
        .await;
        match recorded {
            Ok(file) => fresh.push(file),
            Err(e) => {
                forget(state, vec![stored.key]).await;
                return Err(e.into());
            }
        }
    }
    if field.slot.capacity() == 1 && !fresh.is_empty() {
        files.clear();
    }
    files.extend(fresh);
    let room = field.slot.capacity().saturating_sub(already);
    if files.len() > room {
        files.truncate(room);
        errors.add_text(field.input, locale.t_args("file-too-many", &[("count", FluentArg::Number(field.slot.capacity() as i64))]));
    }
    Ok(files)
}

/// Deletes stored bytes whose rows are gone (after the transaction that
/// removed them committed). A failure leaves an unreferenced file behind,
/// which is logged, never shown.
pub async fn forget(state: &AppState, keys: Vec<String>) {
    for key in keys {
        if let Err(e) = state.files.delete(&key).await {
            tracing::warn!(error = %e, "could not delete a removed file's bytes");
        }
    }
}

/// Removes pending uploads nobody saved for a day, and their bytes.
pub async fn remove_abandoned(state: &AppState) -> Result<usize, AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let keys = store::files::remove_abandoned(&txn).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    let removed = keys.len();
    forget(state, keys).await;
    Ok(removed)
}
