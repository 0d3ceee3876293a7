//! The files an application brings for its call's required attachments
//! (and, when joint, each partner's declaration): one file input per
//! required attachment. A file sent is checked by its
//! content and size and kept with the draft at once (every button saves);
//! a new file replaces the one before; "remove" takes one off. Files a
//! submitted version brought stay stored with that version.

use domain::files::Slot;
use domain::funding::application::ApplicationForm;
use domain::funding::rules::REQUIRED_ATTACHMENTS_MAX;
use store::files::StoredFile;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::uploads::keep::{self, Field};
use crate::uploads::submission::Submission;
use crate::uploads::view::{FileView, view};

/// Name of the checkboxes that take a file off the application.
pub const REMOVE: &str = "remove_attachment";

/// `attachment_0` … `attachment_19`: the file inputs, one per required
/// attachment (also where the rule check names a missing one).
const INPUTS: [&str; REQUIRED_ATTACHMENTS_MAX] = [
    "attachment_0",
    "attachment_1",
    "attachment_2",
    "attachment_3",
    "attachment_4",
    "attachment_5",
    "attachment_6",
    "attachment_7",
    "attachment_8",
    "attachment_9",
    "attachment_10",
    "attachment_11",
    "attachment_12",
    "attachment_13",
    "attachment_14",
    "attachment_15",
    "attachment_16",
    "attachment_17",
    "attachment_18",
    "attachment_19",
];

fn field(index: usize) -> Field {
    // Files are kept with the draft on every save, so nothing is carried between tries.
    Field { slot: Slot::ApplicationAttachment, input: INPUTS[index.min(REQUIRED_ATTACHMENTS_MAX - 1)], kept: "kept_attachment" }
}

/// What a save did to the files.
#[derive(Debug, Default)]
pub struct Received {
    /// Uploads to attach to the application with the draft.
    pub new: Vec<i64>,
    /// Files taken off or replaced.
    pub let_go: Vec<i64>,
}

/// Reads the attachment inputs into `form` (which starts with the stored
/// draft's attachments). Problems with a file go into `errors` by its input.
pub async fn receive(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    submission: &Submission,
    requirements: &[String],
    form: &mut ApplicationForm,
    errors: &mut FormErrors,
) -> Result<Received, AppError> {
    let mut received = Received { let_go: form.detach(&submission.ids(REMOVE)), ..Received::default() };
    for (index, requirement) in requirements.iter().enumerate().take(REQUIRED_ATTACHMENTS_MAX) {
        let files: Vec<StoredFile> = keep::receive(state, ctx, tenant, submission, field(index), 0, errors).await?;
        if let Some(file) = files.last() {
            received.let_go.extend(form.attach(requirement, file.id, &file.name));
            received.new.push(file.id);
        }
    }
    Ok(received)
}

/// One required attachment as the form shows it.
pub struct AttachmentRow {
    pub input: &'static str,
    /// The required attachment's name (from the call's rules).
    pub label: String,
    pub current: Option<FileView>,
    pub hint: String,
    pub accept: String,
    pub error: Option<String>,
}

/// The rows of the form, one per required attachment (the call's, then
/// each partner's declaration), with the file brought for each.
pub fn rows(
    locale: Locale,
    tenant: &Tenant,
    requirements: &[String],
    form: &ApplicationForm,
    files: &[StoredFile],
    max_bytes: u64,
    errors: &FormErrors,
) -> Vec<AttachmentRow> {
    let slot = Slot::ApplicationAttachment;
    let hint = locale.t_args(
        "application-attachment-hint",
        &[("types", FluentArg::Text(slot.accepted_labels())), ("max", FluentArg::Text(domain::files::human_size(max_bytes)))],
    );
    requirements
        .iter()
        .enumerate()
        .take(REQUIRED_ATTACHMENTS_MAX)
        .map(|(index, requirement)| {
            let input = field(index).input;
            let current = form
                .attachments
                .iter()
                .find(|a| &a.requirement == requirement)
                .and_then(|a| files.iter().find(|f| f.id == a.file))
                .map(|f| view(&tenant.slug, f));
            AttachmentRow {
                input,
                label: requirement.clone(),
                current,
                hint: hint.clone(),
                accept: slot.accept_attribute(),
                error: errors.get(input),
            }
        })
        .collect()
}
