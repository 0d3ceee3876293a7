//! The inbox behind the bell: notifications with links (seen once shown),
//! the mail setting, and what the person follows.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::notifications::{MailSetting, MailSettings, MailTopic};
use http::StatusCode;
use serde::Deserialize;
use store::notifications::follows::Target;

use super::describe::describe;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::views::date;

const PER_PAGE: u64 = 30;

pub struct NotificationView {
    pub text: String,
    pub href: String,
    pub unread: bool,
    pub date: String,
    pub date_iso: String,
    pub municipality: String,
}

pub struct SettingChoice {
    pub value: &'static str,
    pub label: String,
    pub hint: String,
    pub checked: bool,
}

/// One topic's own mail setting: a choice of "as the general setting" or one of the settings.
pub struct TopicChoice {
    pub name: String,
    pub label: String,
    pub options: Vec<(String, String, bool)>,
}

pub struct FollowedView {
    pub title: String,
    pub href: String,
    pub kind: String,
    pub unfollow_action: String,
}

#[derive(Template)]
#[template(path = "notifications/inbox.html")]
pub struct InboxPage {
    pub i18n: Locale,
    pub layout: Layout,
    pub notifications: Vec<NotificationView>,
    pub summary: String,
    pub previous_href: Option<String>,
    pub next_href: Option<String>,
    pub settings: Vec<SettingChoice>,
    pub topics: Vec<TopicChoice>,
    pub errors: FormErrors,
    pub followed: Vec<FollowedView>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InboxQuery {
    seite: String,
}

/// The settings form: `email` (the general setting) and `topic_<topic>`
/// fields, empty for "as the general setting".
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    email: String,
    #[serde(flatten)]
    topics: std::collections::BTreeMap<String, String>,
}

impl SettingsForm {
    fn topic(&self, topic: MailTopic) -> &str {
        self.topics.get(&format!("topic_{}", topic.as_str())).map(String::as_str).unwrap_or_default()
    }

    fn of(settings: &MailSettings) -> SettingsForm {
        SettingsForm {
            email: settings.default.as_str().to_owned(),
            topics: settings.topics.iter().map(|(t, s)| (format!("topic_{}", t.as_str()), s.as_str().to_owned())).collect(),
        }
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    page: u64,
    entered: Option<&SettingsForm>,
    errors: FormErrors,
) -> Result<InboxPage, AppError> {
    let actor = ctx.require_actor()?;
    let locale = ctx.locale;
    let (items, total) = store::notifications::inbox::list(&state.db, actor.user.id, page, PER_PAGE).await?;
    let saved = SettingsForm::of(&store::notifications::mailing::settings(&state.db, actor.user.id).await?);
    let entered = entered.unwrap_or(&saved);
    let chosen = entered.email.as_str();
    let followed = store::notifications::follows::followed_by(&state.db, actor.user.id).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    Ok(InboxPage {
        i18n: locale,
        layout: Layout::state(state, ctx, locale.t("notifications-title")),
        notifications: items
            .iter()
            .map(|n| {
                let described = describe(locale, n);
                NotificationView {
                    text: described.text,
                    href: described.href,
                    unread: !n.read,
                    date: date(locale, n.created_at),
                    date_iso: n.created_at.to_rfc3339(),
                    municipality: n.tenant_name.clone(),
                }
            })
            .collect(),
        summary: locale.t_args(
            "notifications-summary",
            &[("count", FluentArg::Number(total as i64)), ("unread", FluentArg::Number(actor.unread_notifications as i64))],
        ),
        previous_href: (page > 1).then(|| format!("/benachrichtigungen?seite={}", page - 1)),
        next_href: (page < pages).then(|| format!("/benachrichtigungen?seite={}", page + 1)),
        settings: MailSetting::ALL
            .into_iter()
            .map(|s| SettingChoice {
                value: s.as_str(),
                label: locale.t(&format!("notifications-email-{}", s.as_str())),
                hint: locale.t(&format!("notifications-email-{}-hint", s.as_str())),
                checked: chosen == s.as_str(),
            })
            .collect(),
        topics: MailTopic::ALL
            .into_iter()
            .map(|topic| {
                let current = entered.topic(topic);
                let mut options = vec![(String::new(), locale.t("notifications-topic-as-general"), current.is_empty())];
                options.extend(
                    MailSetting::ALL
                        .into_iter()
                        .map(|s| (s.as_str().to_owned(), locale.t(&format!("notifications-email-{}", s.as_str())), current == s.as_str())),
                );
                TopicChoice {
                    name: format!("topic_{}", topic.as_str()),
                    label: locale.t(&format!("notifications-topic-{}", topic.as_str())),
                    options,
                }
            })
            .collect(),
        errors,
        followed: followed
            .into_iter()
            .map(|f| {
                let (href, kind) = match (f.target, &f.process_slug) {
                    (Target::Idea(id), _) => (format!("/m/{}/ideen/{id}", f.tenant_slug), locale.t("notifications-followed-idea")),
                    (Target::Process(_), Some(slug)) => {
                        (format!("/m/{}/beteiligung/{slug}", f.tenant_slug), locale.t("notifications-followed-process"))
                    }
                    (Target::Process(_), None) => (format!("/m/{}", f.tenant_slug), locale.t("notifications-followed-process")),
                    (Target::Measure(id), _) => {
                        (format!("/m/{}/massnahmen/{id}", f.tenant_slug), locale.t("notifications-followed-measure"))
                    }
                };
                FollowedView { title: f.title, unfollow_action: format!("{href}/folgen"), href, kind }
            })
            .collect(),
    })
}

pub async fn inbox_show(State(state): State<AppState>, ctx: RequestCtx, Query(query): Query<InboxQuery>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let number = query.seite.parse::<u64>().unwrap_or(1).max(1);
    let shown = page(&state, &ctx, number, None, FormErrors::default()).await?;
    // Shown once, seen: the count in the header starts again from zero.
    if actor.unread_notifications > 0 {
        let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
        store::notifications::inbox::mark_all_read(&txn, actor.user.id).await?;
        txn.commit().await.map_err(store::StoreError::from)?;
    }
    html_status(StatusCode::OK, &shown)
}

pub async fn settings_save(State(state): State<AppState>, ctx: RequestCtx, Form(form): Form<SettingsForm>) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let Some(default) = MailSetting::parse(&form.email) else {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "email", "notifications-email-required");
        let shown = page(&state, &ctx, 1, Some(&form), errors).await?;
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &shown);
    };
    // A topic set to what the general setting says is not set apart; anything unknown counts as "as the general setting".
    let topics =
        MailTopic::ALL.into_iter().filter_map(|t| Some((t, MailSetting::parse(form.topic(t))?))).filter(|(_, s)| *s != default).collect();
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::notifications::mailing::set_settings(&txn, actor.user.id, &MailSettings { default, topics }).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to("/benachrichtigungen?notice=saved#einstellungen").into_response())
}
