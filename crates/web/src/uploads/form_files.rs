//! The files of one form between requests: what its item has saved, what
//! the person marked for removal, and what they sent or kept from an earlier
//! try. One type for a picture (with its text alternative), one for
//! attachments; any form with files is made of these.

use domain::ids::UserId;
use store::files::StoredFile;
use store::tenancy::Tenant;

use super::fields::{AttachmentsField, FieldCtx, PictureField};
use super::keep::{self, Field};
use super::submission::Submission;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;

/// The inputs of a picture: the file, its text alternative, and "remove".
#[derive(Debug, Clone, Copy)]
pub struct PictureInputs {
    pub field: Field,
    pub alt: &'static str,
    pub remove: &'static str,
    /// Fluent ids of the legend and the hint.
    pub label_key: &'static str,
    pub hint_key: &'static str,
}

#[derive(Debug, Clone)]
pub struct PictureState {
    pub inputs: PictureInputs,
    pub saved: Option<StoredFile>,
    pub remove: bool,
    /// Sent now or kept from an earlier try (pending until saved).
    pub new: Option<StoredFile>,
    pub alt: String,
}

impl PictureState {
    pub fn empty(inputs: PictureInputs) -> PictureState {
        PictureState { inputs, saved: None, remove: false, new: None, alt: String::new() }
    }

    /// One of the item's saved pictures, in a slot of several (photos).
    pub fn of_file(inputs: PictureInputs, saved: Option<StoredFile>) -> PictureState {
        let alt = saved.as_ref().and_then(|f| f.alt_text.clone()).unwrap_or_default();
        PictureState { saved, alt, ..PictureState::empty(inputs) }
    }

    /// The item's saved picture (for its edit form).
    pub async fn saved(state: &AppState, tenant: &Tenant, inputs: PictureInputs, owner: i64) -> Result<PictureState, AppError> {
        let saved = store::files::of_owner(&state.db, &tenant.scope, inputs.field.slot, owner).await?.into_iter().next();
        let alt = saved.as_ref().and_then(|f| f.alt_text.clone()).unwrap_or_default();
        Ok(PictureState { saved, alt, ..PictureState::empty(inputs) })
    }

    /// Reads the form: removal, text alternative (required while there is a
    /// picture), a new or kept upload. Problems go into `errors`.
    pub async fn receive(
        &mut self,
        state: &AppState,
        ctx: &RequestCtx,
        tenant: &Tenant,
        submission: &Submission,
        errors: &mut FormErrors,
    ) -> Result<(), AppError> {
        self.remove = self.saved.is_some() && submission.values(self.inputs.remove).contains(&"yes");
        self.alt = submission.values(self.inputs.alt).first().map(|v| v.to_string()).unwrap_or_default();
        self.new = keep::receive(state, ctx, tenant, submission, self.inputs.field, 0, errors).await?.into_iter().next();
        if self.new.is_some() || (self.saved.is_some() && !self.remove) {
            match domain::files::check_alt(self.inputs.alt, &self.alt) {
                Ok(alt) => self.alt = alt,
                Err(e) => errors.add(ctx.locale, e.field, e.code),
            }
        }
        Ok(())
    }

    /// Saves the picture with its item, inside the item's write transaction.
    /// Returns the storage keys of replaced or removed files (delete them once committed).
    pub async fn save(
        &self,
        txn: &store::WriteTransaction,
        tenant: &Tenant,
        uploader: UserId,
        owner: i64,
    ) -> Result<Vec<String>, AppError> {
        let (scope, slot) = (&tenant.scope, self.inputs.field.slot);
        // In a slot of several pictures this state is one of them: it touches only its own file.
        let own: Option<Vec<i64>> = (slot.capacity() > 1).then(|| self.saved.iter().map(|f| f.id).collect());
        let mut removed = Vec::new();
        if self.remove || self.new.is_some() {
            removed.extend(store::files::detach(txn, scope, slot, owner, own.as_deref()).await?);
        }
        if let Some(new) = &self.new {
            store::files::attach(txn, scope, uploader, slot, &[new.id], owner, Some(&self.alt)).await?;
        } else if let Some(saved) = self.saved.as_ref().filter(|_| !self.remove) {
            let file = own.is_some().then_some(saved.id);
            store::files::set_alt(txn, scope, slot, owner, file, &self.alt).await?;
        }
        Ok(removed)
    }

    pub fn field(&self, cx: FieldCtx<'_>) -> PictureField {
        PictureField::build(cx, self.inputs, self.saved.as_ref(), self.remove, self.new.as_ref(), self.alt.clone())
    }
}

#[derive(Debug, Clone)]
pub struct AttachmentsState {
    pub field: Field,
    /// Name of the "remove" checkboxes of saved files.
    pub remove_name: &'static str,
    pub saved: Vec<StoredFile>,
    pub remove: Vec<i64>,
    pub new: Vec<StoredFile>,
}

impl AttachmentsState {
    pub fn empty(field: Field, remove_name: &'static str) -> AttachmentsState {
        AttachmentsState { field, remove_name, saved: Vec::new(), remove: Vec::new(), new: Vec::new() }
    }

    pub async fn saved(
        state: &AppState,
        tenant: &Tenant,
        field: Field,
        remove_name: &'static str,
        owner: i64,
    ) -> Result<AttachmentsState, AppError> {
        let saved = store::files::of_owner(&state.db, &tenant.scope, field.slot, owner).await?;
        Ok(AttachmentsState { saved, ..AttachmentsState::empty(field, remove_name) })
    }

    pub async fn receive(
        &mut self,
        state: &AppState,
        ctx: &RequestCtx,
        tenant: &Tenant,
        submission: &Submission,
        errors: &mut FormErrors,
    ) -> Result<(), AppError> {
        let saved_ids: Vec<i64> = self.saved.iter().map(|f| f.id).collect();
        self.remove = submission.ids(self.remove_name).into_iter().filter(|id| saved_ids.contains(id)).collect();
        let staying = self.saved.len() - self.remove.len();
        self.new = keep::receive(state, ctx, tenant, submission, self.field, staying, errors).await?;
        Ok(())
    }

    pub async fn save(
        &self,
        txn: &store::WriteTransaction,
        tenant: &Tenant,
        uploader: UserId,
        owner: i64,
    ) -> Result<Vec<String>, AppError> {
        let removed = store::files::detach(txn, &tenant.scope, self.field.slot, owner, Some(&self.remove)).await?;
        let new: Vec<i64> = self.new.iter().map(|f| f.id).collect();
        store::files::attach(txn, &tenant.scope, uploader, self.field.slot, &new, owner, None).await?;
        Ok(removed)
    }

    pub fn field(&self, cx: FieldCtx<'_>) -> AttachmentsField {
        AttachmentsField::build(cx, self.field, self.remove_name, &self.saved, &self.remove, &self.new)
    }
}
