//! Proposing, changing and withdrawing an idea.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::files::Slot;
use domain::ids::UserId;
use domain::participation::ideas::IdeaForm;
use domain::participation::phases;
use http::StatusCode;
use store::participation::processes::{Named, Process};
use store::tenancy::Tenant;

use super::current::today_in_berlin;
use super::views::process_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::Choice;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;
use crate::uploads::fields::{AttachmentsField, FieldCtx, PictureField};
use crate::uploads::form_files::{AttachmentsState, PictureInputs, PictureState};
use crate::uploads::keep::{self, Field};
use crate::uploads::submission::Submission;

#[derive(Template)]
#[template(path = "participation/idea_form.html")]
struct IdeaFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    form: IdeaForm,
    fields: Vec<Choice>,
    neighbourhoods: Vec<Choice>,
    speakers: Vec<super::speak_as::SpeakerChoice>,
    picture: PictureField,
    attachments: AttachmentsField,
    errors: FormErrors,
    editing: bool,
}

const PICTURE: PictureInputs = PictureInputs {
    field: Field { slot: Slot::IdeaImage, input: "image", kept: "kept_image" },
    alt: "image_alt",
    remove: "remove_image",
    label_key: "idea-image-label",
    hint_key: "file-picture-hint",
};
const ATTACHMENTS: Field = Field { slot: Slot::IdeaAttachment, input: "attachments", kept: "kept_attachment" };

/// The files of the form this time: those the idea has (when editing) and
/// those sent or kept from an earlier try.
#[derive(Debug)]
struct FormFiles {
    picture: PictureState,
    attachments: AttachmentsState,
}

impl FormFiles {
    fn empty() -> FormFiles {
        FormFiles { picture: PictureState::empty(PICTURE), attachments: AttachmentsState::empty(ATTACHMENTS, "remove_attachment") }
    }

    /// The idea's saved files, for the edit form.
    async fn saved(state: &AppState, tenant: &Tenant, idea: i64) -> Result<FormFiles, AppError> {
        Ok(FormFiles {
            picture: PictureState::saved(state, tenant, PICTURE, idea).await?,
            attachments: AttachmentsState::saved(state, tenant, ATTACHMENTS, "remove_attachment", idea).await?,
        })
    }

    /// Reads what the form sent about files; problems go into `errors`.
    async fn receive(
        mut self,
        state: &AppState,
        ctx: &RequestCtx,
        tenant: &Tenant,
        submission: &Submission,
        errors: &mut FormErrors,
    ) -> Result<FormFiles, AppError> {
        self.picture.receive(state, ctx, tenant, submission, errors).await?;
        self.attachments.receive(state, ctx, tenant, submission, errors).await?;
        Ok(self)
    }

    /// Saves the files with the idea (inside its write transaction); returns
    /// the storage keys of removed files, to delete once committed.
    async fn save(&self, txn: &store::WriteTransaction, tenant: &Tenant, uploader: UserId, idea: i64) -> Result<Vec<String>, AppError> {
        let mut removed = self.picture.save(txn, tenant, uploader, idea).await?;
        removed.extend(self.attachments.save(txn, tenant, uploader, idea).await?);
        Ok(removed)
    }
}

fn choices(list: &[Named], selected: &str) -> Vec<Choice> {
    list.iter().map(|n| Choice { value: n.id.to_string(), label: n.name.clone(), selected: selected == n.id.to_string() }).collect()
}

/// What the person entered, with the problems found.
struct Entered {
    form: IdeaForm,
    files: FormFiles,
    errors: FormErrors,
}

/// Where the form is sent: a new idea or changes to an existing one.
struct Target {
    action: String,
    editing: bool,
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    process: &Process,
    target: Target,
    entered: Entered,
) -> Result<IdeaFormPage, AppError> {
    let Target { action, editing } = target;
    let Entered { form, files, errors } = entered;
    let cx = FieldCtx { locale: ctx.locale, tenant_slug: &tenant.slug, max_bytes: state.config.upload_max_bytes, errors: &errors };
    let (picture, attachments) = (files.picture.field(cx), files.attachments.field(cx));
    let neighbourhoods = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
    let title = ctx.locale.t(if editing { "idea-edit-title" } else { "idea-new-title" });
    let actor = ctx.require_actor()?;
    let organisations = super::speak_as::organisations(state, tenant, actor).await?;
    let speakers = super::speak_as::choices(actor, &organisations, &form.speak_as, ctx.locale.t("speak-as-myself"));
    Ok(IdeaFormPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, title),
        action,
        fields: choices(&process.action_fields, &form.action_field),
        neighbourhoods: choices(&neighbourhoods, &form.neighbourhood),
        speakers,
        picture,
        attachments,
        form,
        errors,
        editing,
    })
}

/// Checks the form against the process (action field) and the municipality
/// (neighbourhood); returns the idea or the form's errors.
async fn check(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    process: &Process,
    form: &IdeaForm,
) -> Result<(Option<domain::participation::ideas::NewIdea>, FormErrors), AppError> {
    let (mut idea, mut errors) = match form.validate() {
        Ok(idea) => (Some(idea), FormErrors::default()),
        Err(problems) => (None, FormErrors::of(ctx.locale, problems)),
    };
    // The choices are checked even when other fields have errors: every problem at once.
    if form.action_field.trim().parse::<i64>().is_ok_and(|id| !process.action_fields.iter().any(|f| f.id == id)) {
        errors.add(ctx.locale, "action_field", "idea-choice-invalid");
    }
    let neighbourhoods = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
    if form.neighbourhood.trim().parse::<i64>().is_ok_and(|id| !neighbourhoods.iter().any(|n| n.id == id)) {
        errors.add(ctx.locale, "neighbourhood", "idea-choice-invalid");
    }
    let organisations = super::speak_as::organisations(state, tenant, ctx.require_actor()?).await?;
    let speaker = super::speak_as::resolve(&organisations, &form.speak_as);
    if speaker.is_err() {
        errors.add(ctx.locale, "speak_as", "idea-choice-invalid");
    }
    if let Some(idea) = &mut idea {
        idea.organisation = speaker.unwrap_or(None);
    }
    Ok((idea, errors))
}

fn ideas_open(process: &Process) -> bool {
    phases::open_today(&process.phases, today_in_berlin()).ideas
}

pub async fn idea_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = super::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    let process = process_of(&state, &tenant, &process_slug).await?;
    if !ideas_open(&process) {
        return closed(&state, &ctx);
    }
    let action = format!("/m/{}/beteiligung/{}/ideen/neu", tenant.slug, process.slug);
    let files = FormFiles::empty();
    Ok(html(
        &page(
            &state,
            &ctx,
            &tenant,
            &process,
            Target { action, editing: false },
            Entered { form: IdeaForm::default(), files, errors: FormErrors::default() },
        )
        .await?,
    )?
    .into_response())
}

fn closed(state: &AppState, ctx: &RequestCtx) -> Result<Response, AppError> {
    crate::message::message(state, ctx, StatusCode::CONFLICT, "idea-closed-title", &["idea-closed-text"], None)
}

pub async fn idea_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = super::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    let process = process_of(&state, &tenant, &process_slug).await?;
    if !ideas_open(&process) {
        return closed(&state, &ctx);
    }
    state.limits.check_account(&format!("idea:{}", actor.user.id.0))?;
    let form: IdeaForm = submission.form()?;
    let (idea, mut errors) = check(&state, &ctx, &tenant, &process, &form).await?;
    let files = FormFiles::empty().receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    let idea = match idea {
        Some(idea) if errors.is_empty() => idea,
        _ => {
            let action = format!("/m/{}/beteiligung/{}/ideen/neu", tenant.slug, process.slug);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, &process, Target { action, editing: false }, Entered { form, files, errors }).await?,
            );
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id =
        store::participation::ideas::create(&txn, &tenant.scope, process.id, actor.user.id, &idea, &markdown::render(&idea.body)).await?;
    files.save(&txn, &tenant, actor.user.id, id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=idea-published", tenant.slug)).into_response())
}

/// The author's own idea, still without reactions; otherwise why not.
async fn own_editable(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    id: i64,
) -> Result<(store::participation::ideas::Idea, Process), AppError> {
    let actor = ctx.require_actor()?;
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    if idea.author != Some(actor.user.id) || idea.withdrawn {
        return Err(AppError::Forbidden);
    }
    let process = super::views::process_by_id(state, tenant, idea.process_id).await?;
    Ok((idea, process))
}

pub async fn idea_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let (idea, process) = own_editable(&state, &ctx, &tenant, id).await?;
    if idea.summary.support_count > 0 || idea.summary.comment_count > 0 {
        return crate::message::message(&state, &ctx, StatusCode::CONFLICT, "idea-locked-title", &["idea-locked-text"], None);
    }
    let form = IdeaForm {
        title: idea.summary.title.clone(),
        body: idea.body_markdown.clone(),
        action_field: idea.summary.action_field.map(|i| i.to_string()).unwrap_or_default(),
        neighbourhood: idea.summary.neighbourhood.map(|i| i.to_string()).unwrap_or_default(),
        speak_as: idea.organisation.map(|i| i.to_string()).unwrap_or_default(),
    };
    let action = format!("/m/{}/ideen/{id}/bearbeiten", tenant.slug);
    let files = FormFiles::saved(&state, &tenant, id).await?;
    Ok(html(
        &page(&state, &ctx, &tenant, &process, Target { action, editing: true }, Entered { form, files, errors: FormErrors::default() })
            .await?,
    )?
    .into_response())
}

pub async fn idea_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let (_, process) = own_editable(&state, &ctx, &tenant, id).await?;
    let actor = ctx.require_actor()?;
    let form: IdeaForm = submission.form()?;
    let (idea, mut errors) = check(&state, &ctx, &tenant, &process, &form).await?;
    let files = FormFiles::saved(&state, &tenant, id).await?.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    let idea = match idea {
        Some(idea) if errors.is_empty() => idea,
        _ => {
            let action = format!("/m/{}/ideen/{id}/bearbeiten", tenant.slug);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, &process, Target { action, editing: true }, Entered { form, files, errors }).await?,
            );
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let changed = store::participation::ideas::update(&txn, &tenant.scope, id, &idea, &markdown::render(&idea.body)).await?;
    if !changed {
        drop(txn);
        return crate::message::message(&state, &ctx, StatusCode::CONFLICT, "idea-locked-title", &["idea-locked-text"], None);
    }
    let removed = files.save(&txn, &tenant, actor.user.id, id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    keep::forget(&state, removed).await;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=saved", tenant.slug)).into_response())
}

pub async fn idea_withdraw(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    own_editable(&state, &ctx, &tenant, id).await?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::ideas::withdraw(&txn, &tenant.scope, id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{id}?notice=idea-withdrawn", tenant.slug)).into_response())
}
