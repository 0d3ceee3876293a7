use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::policy::require_platform_admin;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html};

pub struct Row {
    pub at: String,
    pub at_iso: String,
    pub actor: String,
    pub space: String,
    pub action: String,
    pub subject: String,
    pub change: String,
    /// The start of a long change, shown until the reader opens the rest.
    pub change_short: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/audit_log.html")]
struct AuditLogPage {
    i18n: Locale,
    layout: Layout,
    rows: Vec<Row>,
}

/// The newest 200 entries: who changed what, when, before and after.
pub async fn audit_log_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    require_platform_admin(&ctx)?;
    let locale = ctx.locale;
    let entries = store::audit::recent(&state.db, None, 200).await?;
    let mut actor_ids: Vec<_> = entries.iter().filter_map(|e| e.actor).collect();
    actor_ids.sort();
    actor_ids.dedup();
    let names = store::accounts::names_by_ids(&state.db, &actor_ids).await?;
    let mut tenant_ids: Vec<_> = entries.iter().filter_map(|e| e.tenant).collect();
    tenant_ids.sort();
    tenant_ids.dedup();
    let tenants = store::tenancy::by_ids(&state.db, &tenant_ids).await?;
    let rows = entries
        .into_iter()
        .map(|e| (e.clone(), change_text(&e)))
        .map(|(e, change)| Row {
            change_short: (change.chars().count() > 160).then(|| format!("{}…", change.chars().take(120).collect::<String>())),
            change,
            at: e.at.format("%d.%m.%Y %H:%M:%S UTC").to_string(),
            at_iso: e.at.to_rfc3339(),
            actor: match e.actor {
                Some(id) => names
                    .iter()
                    .find(|(u, _)| *u == id)
                    .map(|(_, n)| if n.is_empty() { locale.t("accounts-deleted-account") } else { n.clone() })
                    .unwrap_or_default(),
                None => locale.t("admin-audit-system"),
            },
            space: e.tenant.and_then(|t| tenants.iter().find(|x| x.scope.id() == t)).map(|t| t.name.clone()).unwrap_or_default(),
            action: e.action,
            subject: e.subject,
        })
        .collect();
    Ok(html(&AuditLogPage { i18n: locale, layout: Layout::state(&state, &ctx, locale.t("admin-audit-title")), rows })?.into_response())
}

fn change_text(e: &store::audit::Record) -> String {
    match (&e.before, &e.after) {
        (None, None) => String::new(),
        (before, after) => format!(
            "{} → {}",
            before.as_ref().map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
            after.as_ref().map(|v| v.to_string()).unwrap_or_else(|| "–".into())
        ),
    }
}
