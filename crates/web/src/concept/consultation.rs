//! Consultation on a draft, paragraph by paragraph: the version page shows
//! beside each paragraph how many comments it has (and where to comment
//! while the version is in consultation); each paragraph has its own page
//! with the comments, the coordinator's answers and the form to comment.
//! All of it works without script.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::consultation::{Outcome, Paragraph, Place, paragraphs};
use domain::concept::snapshot::Snapshot;
use domain::concept::stage::{Stage, StageChange};
use http::StatusCode;
use serde::Deserialize;
use store::concept::consultation::{Comment, Count};
use store::concept::versions::{Version, VersionSummary};
use store::tenancy::Tenant;

use super::public::numbered;
use super::versions::version_label;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::speak_as::{self, SpeakerChoice};
use crate::participation::views::byline_text;
use crate::tenancy::CurrentMunicipality;

/// The link beside a paragraph: "Comment" or "3 comments (1 not answered yet)".
pub struct ParagraphNote {
    pub href: String,
    pub label: String,
}

/// The consultation of one version, as the version page needs it.
pub struct Consultation {
    pub open: bool,
    /// Until when it takes comments, or when it ended.
    pub period: Option<String>,
    counts: HashMap<String, Count>,
    manager: bool,
    base: String,
}

/// Is version `number` open for comments today?
async fn is_open(state: &AppState, tenant: &Tenant, number: i32) -> Result<bool, AppError> {
    let open = store::concept::consultation::open_version(&state.db, &tenant.scope, crate::participation::today()).await?;
    Ok(open.is_some_and(|(_, n)| n == number))
}

/// "Comments are possible up to and including 31 January 2027." while open
/// with a last day; "The consultation … ended on 31 January 2027." once that
/// day has passed; nothing otherwise.
fn period(locale: Locale, stage: &StageChange, open: bool) -> Option<String> {
    let day = ("day", FluentArg::Text(locale.day(stage.consultation_until?)));
    match (open, stage.stage) {
        (true, _) => Some(locale.t_args("consultation-open-until", &[day])),
        (false, Stage::Consultation) => Some(locale.t_args("consultation-ended-on", &[day])),
        _ => None,
    }
}

impl Consultation {
    pub async fn of(
        state: &AppState,
        locale: Locale,
        tenant: &Tenant,
        version: &VersionSummary,
        manager: bool,
    ) -> Result<Consultation, AppError> {
        let number = version.number;
        let open = is_open(state, tenant, number).await?;
        Ok(Consultation {
            open,
            period: period(locale, &version.stage, open),
            counts: store::concept::consultation::counts(&state.db, &tenant.scope, number).await?,
            manager,
            base: paragraphs_base(tenant, number),
        })
    }

    /// The note beside a paragraph; none for a closed version's paragraph without comments.
    pub fn note(&self, locale: Locale, key: &str) -> Option<ParagraphNote> {
        let count = self.counts.get(key).copied().unwrap_or_default();
        if count.all == 0 && !self.open {
            return None;
        }
        let mut label = if count.all == 0 {
            locale.t("consultation-comment-link")
        } else {
            locale.t_args("consultation-comment-count", &[("count", FluentArg::Number(count.all))])
        };
        if self.manager && count.open > 0 {
            label = locale.t_args("consultation-count-open", &[("label", FluentArg::Text(label)), ("open", FluentArg::Number(count.open))]);
        }
        Some(ParagraphNote { href: format!("{}/{key}", self.base), label })
    }
}

fn paragraphs_base(tenant: &Tenant, number: i32) -> String {
    format!("/m/{}/konzept/versionen/{number}/absatz", tenant.slug)
}

/// The paragraphs of a version, split the way the pages show them.
pub fn paragraphs_of(snapshot: &Snapshot) -> Vec<Paragraph> {
    paragraphs(snapshot, markdown::blocks)
}

/// "Vision, paragraph 2", "Language & education: situation, paragraph 1", "Measure 7: …".
fn place_label(locale: Locale, snapshot: &Snapshot, p: &Paragraph) -> String {
    let n = ("n", FluentArg::Number(p.ordinal as i64));
    let field = |f: usize| ("field", FluentArg::Text(snapshot.fields.get(f).map(|x| x.name.clone()).unwrap_or_default()));
    match &p.place {
        Place::Preamble => locale.t_args("consultation-place-preamble", &[n]),
        Place::Vision => locale.t_args("consultation-place-vision", &[n]),
        Place::Analysis(f) => locale.t_args("consultation-place-analysis", &[field(*f), n]),
        Place::Goal(f, _) => locale.t_args("consultation-place-goal", &[field(*f), ("title", FluentArg::Text(p.text.clone()))]),
        Place::Measure(number) => numbered(locale, *number, &p.text),
    }
}

pub struct CommentView {
    pub id: i64,
    pub byline: String,
    pub by_organisation: bool,
    pub date: String,
    pub date_iso: String,
    pub body_html: String,
    pub hidden_reason: Option<String>,
    /// The outcome's name, once answered.
    pub outcome: Option<String>,
    pub answer_html: String,
    /// The coordinator's page to answer or moderate it.
    pub manage_href: Option<String>,
}

pub(super) fn comment_view(locale: Locale, tenant: &Tenant, manager: bool, c: &Comment) -> CommentView {
    let (byline, by_organisation) = byline_text(locale, &c.byline);
    CommentView {
        id: c.id,
        byline,
        by_organisation,
        date: locale.day(c.created_at.date_naive()),
        date_iso: c.created_at.to_rfc3339(),
        body_html: c.body_html.clone(),
        hidden_reason: c.hidden_reason.clone(),
        outcome: (c.outcome != Outcome::Open).then(|| locale.t(&c.outcome.name_key())),
        answer_html: c.answer_html.clone(),
        manage_href: manager.then(|| format!("/m/{}/verwaltung/konzept/beratung/{}", tenant.slug, c.id)),
    }
}

#[derive(Template)]
#[template(path = "concept/consultation_paragraph.html")]
struct ParagraphPage {
    i18n: Locale,
    layout: Layout,
    version_href: String,
    version_label: String,
    /// The paragraph as it reads in the version (prose), or the goal's or
    /// measure's title.
    paragraph_html: String,
    paragraph_title: String,
    comments: Vec<CommentView>,
    open: bool,
    period: Option<String>,
    can_comment: bool,
    login_href: Option<String>,
    action: String,
    body: String,
    speakers: Vec<SpeakerChoice>,
    errors: FormErrors,
}

/// The paragraph `key` of version `number`, or "not found".
async fn paragraph_of(state: &AppState, tenant: &Tenant, number: i32, key: &str) -> Result<(Version, Paragraph), AppError> {
    let version = store::concept::versions::get(&state.db, &tenant.scope, number).await?.ok_or(AppError::NotFound)?;
    let paragraph = paragraphs_of(&version.snapshot).into_iter().find(|p| p.key == key).ok_or(AppError::NotFound)?;
    Ok((version, paragraph))
}

/// What was typed into the comment form, with its errors.
type Typed = (String, String, FormErrors);

async fn paragraph_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    number: i32,
    key: &str,
    typed: Typed,
) -> Result<ParagraphPage, AppError> {
    let locale = ctx.locale;
    let (version, paragraph) = paragraph_of(state, tenant, number, key).await?;
    let snapshot = version.snapshot;
    let manager = ctx.actor.as_ref().is_some_and(|a| crate::participation::policy::can_manage(a, tenant));
    let open = is_open(state, tenant, number).await?;
    let comments = store::concept::consultation::of_paragraph(&state.db, &tenant.scope, number, key).await?;
    let action = format!("{}/{key}", paragraphs_base(tenant, number));
    let (body, speak_as, errors) = typed;
    let speakers = match ctx.actor.as_ref() {
        Some(actor) if open => {
            let organisations = speak_as::organisations(state, tenant, actor).await?;
            speak_as::choices(actor, &organisations, &speak_as, locale.t("speak-as-myself"))
        }
        _ => Vec::new(),
    };
    let (paragraph_html, paragraph_title) = match paragraph.place {
        Place::Goal(..) | Place::Measure(_) => (String::new(), place_label(locale, &snapshot, &paragraph)),
        _ => (markdown::render(&paragraph.text), String::new()),
    };
    let title = locale.t_args("consultation-paragraph-title", &[("place", FluentArg::Text(place_label(locale, &snapshot, &paragraph)))]);
    Ok(ParagraphPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, title),
        version_href: format!("/m/{}/konzept/versionen/{number}#absatz-{key}", tenant.slug),
        version_label: format!("{} · {}", snapshot.title, version_label(locale, number)),
        paragraph_html,
        paragraph_title,
        comments: comments.iter().map(|c| comment_view(locale, tenant, manager, c)).collect(),
        open,
        period: period(locale, &version.summary.stage, open),
        can_comment: open && ctx.actor.is_some(),
        login_href: (open && ctx.actor.is_none())
            .then(|| format!("/anmelden?next={}", form_urlencoded::byte_serialize(action.as_bytes()).collect::<String>())),
        action,
        body,
        speakers,
        errors,
    })
}

pub async fn paragraph_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, number, key)): Path<(String, i32, String)>,
) -> Result<Response, AppError> {
    let page = paragraph_page(&state, &ctx, &tenant, number, &key, Default::default()).await?;
    html_status(StatusCode::OK, &page)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    body: String,
    speak_as: String,
}

pub async fn paragraph_comment(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, number, key)): Path<(String, i32, String)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    if let Some(refusal) = crate::participation::blocks::refusal_if_blocked(&state, &ctx, &tenant, actor).await? {
        return Ok(refusal);
    }
    paragraph_of(&state, &tenant, number, &key).await?;
    state.limits.check_account(&format!("comment:{}", actor.user.id.0))?;
    let organisations = speak_as::organisations(&state, &tenant, actor).await?;
    let mut errors = FormErrors::default();
    let speaker = speak_as::resolve(&organisations, &form.speak_as);
    if speaker.is_err() {
        errors.add(ctx.locale, "speak_as", "idea-choice-invalid");
    }
    let body = match domain::concept::consultation::check_comment(&form.body) {
        Ok(body) if errors.is_empty() => body,
        checked => {
            if let Err(problem) = checked {
                errors.add(ctx.locale, "body", problem.code);
            }
            let page = paragraph_page(&state, &ctx, &tenant, number, &key, (form.body, form.speak_as, errors)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let added = store::concept::consultation::add(
        &txn,
        &tenant.scope,
        crate::participation::today(),
        number,
        &key,
        actor.user.id,
        speaker.unwrap_or(None),
        &body,
        &markdown::render(&body),
    )
    .await;
    let id = match added {
        Ok(id) => id,
        Err(store::StoreError::Conflict(_)) => {
            drop(txn);
            return crate::message::message(
                &state,
                &ctx,
                StatusCode::CONFLICT,
                "consultation-closed-title",
                &["consultation-closed-text"],
                None,
            );
        }
        Err(e) => return Err(e.into()),
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}/{key}#kommentar-{id}", paragraphs_base(&tenant, number))).into_response())
}
