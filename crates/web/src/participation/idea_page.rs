//! One idea: text, status and official answer, supports, threaded comments.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::participation::ideas::IdeaStatus;
use domain::participation::phases;
use serde::Deserialize;
use store::notifications::follows::Target;
use store::participation::comments::{Comment, EDIT_WINDOW};

use super::current::today_in_berlin;
use super::views::{byline_text, date, name_of, status_class};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html};
use crate::tenancy::CurrentMunicipality;

/// A comment as shown, in thread order.
pub struct CommentView {
    pub id: i64,
    pub depth: usize,
    pub byline: String,
    pub by_organisation: bool,
    pub date: String,
    pub date_iso: String,
    pub body_html: String,
    pub edited: bool,
    pub deleted: bool,
    pub reply_href: Option<String>,
    pub edit_href: Option<String>,
    pub delete_action: Option<String>,
    pub report_href: Option<String>,
    pub hidden_reason: Option<String>,
    /// Given offline: the source's badge and note.
    pub offline: Option<String>,
    pub origin_note: Option<String>,
}

pub struct StatusChoice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "participation/idea.html")]
pub struct IdeaPage {
    pub i18n: Locale,
    pub layout: Layout,
    /// The idea's picture and attachments (none while it is hidden).
    pub picture: Option<crate::uploads::view::FileView>,
    pub attachments: Vec<crate::uploads::view::FileView>,
    pub base: String,
    pub process_title: String,
    pub process_href: String,
    pub byline: String,
    pub by_organisation: bool,
    pub date: String,
    pub date_iso: String,
    pub action_field: String,
    pub neighbourhood: String,
    pub status: String,
    pub status_class: &'static str,
    pub status_reason: Option<String>,
    pub answer_html: Option<String>,
    pub body_html: String,
    pub withdrawn: bool,
    pub support_count: String,
    pub supported: bool,
    pub can_support: bool,
    pub supports_closed: bool,
    pub login_href: Option<String>,
    pub comments: Vec<CommentView>,
    pub comment_count: String,
    pub can_comment: bool,
    pub comments_closed: bool,
    pub reply_to: Option<i64>,
    pub reply_to_name: String,
    pub comment_body: String,
    pub comment_errors: FormErrors,
    pub speakers: Vec<super::speak_as::SpeakerChoice>,
    pub own_actions: bool,
    pub editable: bool,
    pub statuses: Vec<StatusChoice>,
    pub can_answer: bool,
    pub answer_errors: FormErrors,
    pub answer_reason: String,
    pub answer_text: String,
    pub hidden_reason: Option<String>,
    pub can_moderate: bool,
    pub report_href: Option<String>,
    pub follow: Option<crate::notifications::FollowButton>,
    /// (href, title) of the idea this one was merged into.
    pub merged_into: Option<(String, String)>,
    /// Given offline: the source's badge, its note and the event it was given at.
    pub offline: Option<String>,
    pub origin_note: Option<String>,
    pub origin_event: Option<(String, String)>,
    /// For coordinators: entering a comment given offline.
    pub offline_comment_href: Option<String>,
    /// (href, title) of the duplicates merged into this one.
    pub merged_from: Vec<(String, String)>,
    /// The measures of the concept it was taken up into.
    pub taken_into: Vec<crate::layout::Link>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IdeaQuery {
    antwort: String,
}

/// Orders comments as threads (replies under their parent) with depth.
fn threaded(comments: &[Comment]) -> Vec<(usize, &Comment)> {
    fn walk<'a>(all: &'a [Comment], parent: Option<i64>, depth: usize, out: &mut Vec<(usize, &'a Comment)>) {
        for c in all.iter().filter(|c| c.parent == parent) {
            out.push((depth, c));
            walk(all, Some(c.id), depth + 1, out);
        }
    }
    let mut out = Vec::with_capacity(comments.len());
    walk(comments, None, 0, &mut out);
    out
}

/// Everything the idea page shows; the comment and answer forms come back
/// filled in (with errors) through the same function.
pub async fn build(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &store::tenancy::Tenant,
    id: i64,
    reply_to: Option<i64>,
    comment: (String, FormErrors, String),
    answer: (Option<String>, String, String, FormErrors),
) -> Result<IdeaPage, AppError> {
    let locale = ctx.locale;
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let super::frames::Framed { process, neighbourhoods, .. } = super::views::framed_by_id(state, tenant, idea.process_id).await?;
    let comments = store::participation::comments::for_idea(&state.db, &tenant.scope, id).await?;
    let actor = ctx.actor.as_ref();
    let supported = match actor {
        Some(a) => store::participation::ideas::has_supported(&state.db, id, a.user.id).await?,
        None => false,
    };
    let open = phases::open_today(&process.phases, today_in_berlin());
    let base = format!("/m/{}/ideen/{id}", tenant.slug);
    let (byline, by_organisation) = byline_text(locale, &idea.summary.byline);
    let now = store::now();
    let mut reply_name = String::new();
    let comment_views = threaded(&comments)
        .into_iter()
        .map(|(depth, c)| {
            let (name, org) = byline_text(locale, &c.byline);
            let own = actor.is_some_and(|a| c.author == Some(a.user.id)) && !c.deleted_by_author;
            if reply_to == Some(c.id) {
                reply_name = name.clone();
            }
            CommentView {
                id: c.id,
                depth: depth.min(3),
                byline: name,
                by_organisation: org,
                date: date(locale, c.created_at),
                date_iso: c.created_at.to_rfc3339(),
                body_html: c.body_html.clone(),
                edited: c.edited,
                deleted: c.deleted_by_author,
                reply_href: (open.comments && actor.is_some() && !c.deleted_by_author && c.hidden_reason.is_none())
                    .then(|| format!("{base}?antwort={}#kommentieren", c.id)),
                edit_href: (own && now - c.created_at < EDIT_WINDOW).then(|| format!("/m/{}/kommentare/{}/bearbeiten", tenant.slug, c.id)),
                delete_action: own.then(|| format!("/m/{}/kommentare/{}/loeschen", tenant.slug, c.id)),
                report_href: (actor.is_some() && !own && !c.deleted_by_author && c.hidden_reason.is_none())
                    .then(|| format!("/m/{}/kommentare/{}/melden", tenant.slug, c.id)),
                hidden_reason: c.hidden_reason.clone(),
                offline: super::views::offline_badge(locale, &c.source),
                origin_note: c.source_note.clone(),
            }
        })
        .collect();
    let speakers = match actor {
        Some(a) if open.comments => {
            let organisations = super::speak_as::organisations(state, tenant, a).await?;
            super::speak_as::choices(a, &organisations, &comment.2, locale.t("speak-as-myself"))
        }
        _ => Vec::new(),
    };
    let is_author = actor.is_some_and(|a| idea.author == Some(a.user.id));
    let can_answer = actor.is_some_and(|a| super::policy::can_manage(a, tenant));
    let can_moderate = actor.is_some_and(|a| super::moderation::can_moderate(a, tenant));
    let hidden_reason = idea.summary.hidden_reason.clone();
    let (picture, attachments) = if hidden_reason.is_none() {
        let (picture, attachments) = store::files::of_idea(&state.db, &tenant.scope, id).await?;
        (picture.map(|f| crate::uploads::view::view(&tenant.slug, &f)), crate::uploads::view::views(&tenant.slug, &attachments))
    } else {
        (None, Vec::new())
    };
    let idea_href = |id: i64| format!("/m/{}/ideen/{id}", tenant.slug);
    let merged_into = match idea.merged_into {
        Some(kept) => store::participation::ideas::get(&state.db, &tenant.scope, kept).await?.map(|k| (idea_href(kept), k.summary.title)),
        None => None,
    };
    let merged_from = store::participation::merge::merged_into(&state.db, &tenant.scope, id)
        .await?
        .into_iter()
        .map(|(dup, title)| (idea_href(dup), title))
        .collect();
    let merged = idea.merged_into.is_some();
    let taken_into = store::concept::sources::of_idea(&state.db, &tenant.scope, id)
        .await?
        .into_iter()
        .filter(|m| m.public || can_answer)
        .map(|m| crate::layout::Link {
            href: format!("/m/{}/massnahmen/{}", tenant.slug, m.id),
            label: locale
                .t_args("measure-numbered", &[("number", FluentArg::Number(i64::from(m.number))), ("title", FluentArg::Text(m.title))]),
        })
        .collect();
    let origin_event = match idea.source_event {
        Some(event) => store::events::get(&state.db, &tenant.scope, event)
            .await?
            .map(|e| (format!("/m/{}/veranstaltungen/{}", tenant.slug, e.id), e.details.title)),
        None => None,
    };
    let follow = match hidden_reason {
        None => crate::notifications::FollowButton::load(state, actor, Target::Idea(id), format!("{base}/folgen")).await?,
        Some(_) => None,
    };
    let (answer_status, answer_reason, answer_text, answer_errors) = answer;
    let selected_status = answer_status.clone().unwrap_or_else(|| idea.summary.status.as_str().to_owned());
    Ok(IdeaPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            if hidden_reason.is_some() && !can_moderate { locale.t("moderation-hidden-title") } else { idea.summary.title.clone() },
        ),
        picture,
        attachments,
        report_href: (actor.is_some() && !is_author && hidden_reason.is_none()).then(|| format!("/m/{}/ideen/{id}/melden", tenant.slug)),
        process_title: process.title.clone(),
        process_href: format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        byline,
        by_organisation,
        offline: super::views::offline_badge(locale, &idea.summary.source),
        origin_note: idea.source_note.clone(),
        origin_event,
        offline_comment_href: actor
            .filter(|a| super::policy::can_manage(a, tenant))
            .map(|_| format!("/m/{}/ideen/{id}/kommentare/offline", tenant.slug)),
        date: date(locale, idea.summary.created_at),
        date_iso: idea.summary.created_at.to_rfc3339(),
        action_field: name_of(&process.action_fields, idea.summary.action_field),
        neighbourhood: name_of(&neighbourhoods, idea.summary.neighbourhood),
        status: locale.t(idea.summary.status.name_key()),
        status_class: status_class(idea.summary.status),
        status_reason: idea.status_reason.clone(),
        answer_html: idea.answer_html.clone(),
        body_html: idea.body_html.clone(),
        withdrawn: idea.withdrawn,
        support_count: locale.t_args("idea-supports-count", &[("count", FluentArg::Number(i64::from(idea.summary.support_count)))]),
        supported,
        can_support: open.supports && actor.is_some() && !idea.withdrawn && !merged,
        supports_closed: !open.supports,
        login_href: actor
            .is_none()
            .then(|| format!("/anmelden?next={}", form_urlencoded::byte_serialize(base.as_bytes()).collect::<String>())),
        comments: comment_views,
        comment_count: locale.t_args("idea-comments-count", &[("count", FluentArg::Number(i64::from(idea.summary.comment_count)))]),
        can_comment: open.comments && actor.is_some() && !idea.withdrawn && !merged,
        comments_closed: !open.comments,
        reply_to,
        reply_to_name: reply_name,
        comment_body: comment.0,
        comment_errors: comment.1,
        speakers,
        own_actions: is_author && !idea.withdrawn,
        editable: is_author && !idea.withdrawn && idea.summary.support_count == 0 && idea.summary.comment_count == 0,
        statuses: IdeaStatus::ALL
            .into_iter()
            .map(|s| StatusChoice { value: s.as_str(), label: locale.t(s.name_key()), selected: selected_status == s.as_str() })
            .collect(),
        can_answer,
        answer_errors,
        answer_reason,
        answer_text,
        hidden_reason,
        can_moderate,
        follow,
        merged_into,
        merged_from,
        taken_into,
        base,
    })
}

pub async fn idea_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Query(query): Query<IdeaQuery>,
) -> Result<Response, AppError> {
    let reply_to = query.antwort.parse().ok();
    let page = build(
        &state,
        &ctx,
        &tenant,
        id,
        reply_to,
        (String::new(), FormErrors::default(), String::new()),
        (None, String::new(), String::new(), FormErrors::default()),
    )
    .await?;
    Ok(html(&page)?.into_response())
}
