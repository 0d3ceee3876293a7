//! A notification as a sentence with a link, in the reader's language:
//! shown in the inbox and written into mails.

use domain::notifications::NotificationKind;
use store::notifications::Notification;

use crate::i18n::{FluentArg, Locale};

pub struct Described {
    pub text: String,
    /// Path below the installation's address.
    pub href: String,
}

pub fn describe(locale: Locale, n: &Notification) -> Described {
    let base = format!("/m/{}", n.tenant_slug);
    let idea_title = n.idea.as_ref().map(|(_, t)| t.clone()).unwrap_or_default();
    let idea_href = n.idea.as_ref().map(|(id, _)| format!("{base}/ideen/{id}")).unwrap_or_else(|| base.clone());
    let process_title = n.process.as_ref().map(|(_, t)| t.clone()).unwrap_or_default();
    let process_href = n.process.as_ref().map(|(slug, _)| format!("{base}/beteiligung/{slug}")).unwrap_or_else(|| base.clone());
    // The comment on the idea's page, or the idea itself.
    let comment_href = || n.comment.map(|c| format!("{idea_href}#kommentar-{c}")).unwrap_or_else(|| idea_href.clone());
    let text = |key: &str, extra: Option<(&'static str, String)>| {
        let mut args = vec![
            ("title", FluentArg::Text(idea_title.clone())),
            ("process", FluentArg::Text(process_title.clone())),
            ("municipality", FluentArg::Text(n.tenant_name.clone())),
        ];
        if let Some((name, value)) = extra {
            args.push((name, FluentArg::Text(value)));
        }
        locale.t_args(key, &args)
    };
    match n.kind {
        NotificationKind::Comment => Described { text: text("notification-comment", None), href: comment_href() },
        NotificationKind::Reply => Described { text: text("notification-reply", None), href: comment_href() },
        NotificationKind::Answer => Described { text: text("notification-answer", None), href: format!("{idea_href}#status-heading") },
        NotificationKind::NewIdea => Described { text: text("notification-new-idea", None), href: idea_href },
        NotificationKind::News => {
            let (href, title) = match &n.news {
                Some((id, title)) => (format!("{process_href}/neuigkeiten/{id}"), title.clone()),
                None => (process_href, String::new()),
            };
            Described { text: text("notification-news", Some(("news", title))), href }
        }
        NotificationKind::Hidden => {
            let key = if n.comment.is_some() { "notification-hidden-comment" } else { "notification-hidden-idea" };
            let reason = n.hidden_reason.clone().unwrap_or_default();
            Described { text: text(key, Some(("reason", reason))), href: comment_href() }
        }
        NotificationKind::Restored => {
            let key = if n.comment.is_some() { "notification-restored-comment" } else { "notification-restored-idea" };
            Described { text: text(key, None), href: comment_href() }
        }
        NotificationKind::MeasureUpdate => {
            let (href, measure) = match &n.measure {
                Some((id, number, title)) => (
                    format!("{base}/massnahmen/{id}#neuigkeiten"),
                    locale.t_args(
                        "measure-numbered",
                        &[("number", FluentArg::Number(i64::from(*number))), ("title", FluentArg::Text(title.clone()))],
                    ),
                ),
                None => (base.clone(), String::new()),
            };
            Described { text: text("notification-measure-update", Some(("measure", measure))), href }
        }
        NotificationKind::ConsultationAnswer => {
            let href = match &n.consultation {
                Some((number, paragraph, id)) => format!("{base}/konzept/versionen/{number}/absatz/{paragraph}#kommentar-{id}"),
                None => format!("{base}/konzept/versionen"),
            };
            Described { text: text("notification-consultation-answer", None), href }
        }
        NotificationKind::Merged => {
            let (href, kept) = match &n.merged_into {
                Some((id, title)) => (format!("{base}/ideen/{id}"), title.clone()),
                None => (idea_href, String::new()),
            };
            Described { text: text("notification-merged", Some(("kept", kept))), href }
        }
    }
}
