//! One application for the officers: who applies and since when it waits,
//! the rule check against the rules it was submitted under, the newest
//! version with its files, what changed since the version before, the
//! review checklist, the internal notes, and the decision: ask for
//! changes, approve with a grant, or reject.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::files::Slot;
use domain::funding::application::Status;
use domain::funding::check::check;
use domain::funding::decision::GrantForm;
use http::StatusCode;
use store::funding::review::Reviewed;
use store::tenancy::Tenant;

use super::findings::{FindingView, views as finding_views};
use super::money_view::{MoneyView, money_view};
use super::policy::require_officer;
use super::report_links::ReportLink;
use super::review_list::days_waiting;
use super::summary::{Change, Summary, changes, summary};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::events::views::at;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, html_status};
use crate::uploads::view::{FileView, views};

pub struct NoteView {
    pub author: String,
    pub at: String,
    pub body: String,
}

/// What the officer typed into the decision forms (kept when one comes back).
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub grant: Option<GrantForm>,
    pub message: String,
    pub reason: String,
    pub note: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "funding/review.html")]
struct ReviewPage {
    i18n: Locale,
    layout: Layout,
    list_href: String,
    action: String,
    facts: Vec<Fact>,
    /// The latest word to the applicant (changes asked for, reason for a rejection).
    message: Option<String>,
    grant_facts: Vec<Fact>,
    letters: Vec<FileView>,
    money: Option<MoneyView>,
    reports: Vec<ReportLink>,
    findings: Vec<FindingView>,
    summary: Summary,
    /// "Changes from version 1 to version 2".
    changes_heading: String,
    changes: Vec<Change>,
    checklist: Vec<Choice>,
    notes: Vec<NoteView>,
    in_review: bool,
    grant: GrantForm,
    typed: Typed,
    errors: FormErrors,
}

pub(super) async fn reviewed(state: &AppState, land: &Tenant, id: i64) -> Result<Reviewed, AppError> {
    store::funding::review::get(&state.db, &land.scope, id).await?.ok_or(AppError::NotFound)
}

/// The grant's terms as labelled facts.
pub fn grant_facts(locale: Locale, grant: &domain::funding::decision::Grant) -> Vec<Fact> {
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let mut out = vec![
        fact("decision-granted-label", locale.money(grant.granted)),
        fact("decision-period-label", format!("{} – {}", locale.day(grant.starts_on), locale.day(grant.ends_on))),
        fact("decision-reporting-label", grant.reporting_dates.iter().map(|d| locale.day(*d)).collect::<Vec<_>>().join(", ")),
    ];
    if !grant.conditions.is_empty() {
        out.push(fact("decision-conditions-label", grant.conditions.clone()));
    }
    out
}

pub(super) async fn page(state: &AppState, ctx: &RequestCtx, land: &Tenant, id: i64, typed: Typed) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let Reviewed { application, municipality } = reviewed(state, land, id).await?;
    let call = store::funding::calls::get(&state.db, &land.scope, application.call).await?.ok_or(AppError::NotFound)?;
    let versions = store::funding::applications::versions(&state.db, &municipality.scope, id).await?;
    let newest = versions.last().ok_or(AppError::NotFound)?;
    let files = store::files::of_owner(&state.db, &municipality.scope, Slot::ApplicationAttachment, id).await?;
    let letters = store::files::of_owner(&state.db, &municipality.scope, Slot::ApplicationLetter, id).await?;
    let rules = newest.rules.clone().unwrap_or_else(|| call.draft.rules.clone());
    let partners = super::joint::partners(state, &municipality, &newest.form).await?;
    let applicant = super::joint::applicant(&municipality, &partners, &newest.form);
    let findings = finding_views(locale, &check(&rules, &applicant, &newest.form.read().0));
    let now = chrono::Utc::now();
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let mut facts = vec![
        fact("review-municipality", municipality.name.clone()),
        fact("review-population", municipality.population.map(|p| locale.number(p)).unwrap_or_default()),
        fact(
            "review-joint",
            if partners.is_empty() {
                locale.t("review-joint-none")
            } else {
                partners.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ")
            },
        ),
        fact("review-status", locale.t(&application.status.label_key())),
        fact("review-requested", locale.money(application.requested)),
        fact(
            "review-version",
            locale.t_args(
                "review-version-value",
                &[("number", FluentArg::Number(i64::from(newest.number))), ("at", FluentArg::Text(at(locale, newest.submitted_at)))],
            ),
        ),
    ];
    if let Some(days) = days_waiting(&application, now) {
        facts.push(fact("review-waiting", locale.t_args("review-days", &[("days", FluentArg::Number(days))])));
    }
    let (changes_heading, changes) = match versions.len() {
        n if n >= 2 => {
            let before = &versions[n - 2];
            let heading = locale.t_args(
                "review-changes-heading",
                &[("from", FluentArg::Number(i64::from(before.number))), ("to", FluentArg::Number(i64::from(newest.number)))],
            );
            (heading, changes(locale, &before.form, &newest.form))
        }
        _ => (String::new(), Vec::new()),
    };
    let ticked = store::funding::review::checklist(&state.db, &land.scope, id).await?;
    let checklist = call
        .draft
        .rules
        .review_criteria
        .iter()
        .enumerate()
        .map(|(i, c)| Choice { value: i.to_string(), label: c.clone(), selected: ticked.contains(c) })
        .collect();
    let notes = store::funding::review::notes(&state.db, &land.scope, id).await?;
    let authors: Vec<_> = notes.iter().filter_map(|n| n.author).collect();
    let names = store::accounts::names_by_ids(&state.db, &authors).await?;
    let notes = notes
        .into_iter()
        .map(|n| NoteView {
            author: n.author.and_then(|a| names.iter().find(|(id, _)| *id == a)).map(|(_, name)| name.clone()).unwrap_or_default(),
            at: at(locale, n.created_at),
            body: n.body,
        })
        .collect();
    let newest_form = &newest.form;
    let grant =
        typed.grant.clone().unwrap_or_else(|| GrantForm::proposed(application.requested, &newest_form.starts_on, &newest_form.ends_on));
    let mut money = money_view(state, locale, &municipality, &application).await?;
    for row in money.iter_mut().flat_map(|m| m.rows.iter_mut()) {
        row.reject_error = typed.errors.get(&format!("reason-{}", row.id));
    }
    let reports = super::report_links::links(state, locale, &municipality, &application, true).await?;
    let status = if typed.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = ReviewPage {
        i18n: locale,
        layout: Layout::state(state, ctx, application.form.title.clone()),
        list_href: format!("/land/foerderung/aufrufe/{}/antraege", call.id),
        action: format!("/land/foerderung/antraege/{id}"),
        facts,
        message: application.message.clone().filter(|_| matches!(application.status, Status::ChangesRequested | Status::Rejected)),
        grant_facts: application.grant.as_ref().map(|g| grant_facts(locale, g)).unwrap_or_default(),
        letters: views(&municipality.slug, &letters),
        money,
        reports,
        findings,
        summary: summary(locale, &municipality.slug, newest_form, &files),
        changes_heading,
        changes,
        checklist,
        notes,
        in_review: application.status == Status::Submitted,
        grant,
        errors: typed.errors.clone(),
        typed,
    };
    html_status(status, &view)
}

pub async fn review_show(State(state): State<AppState>, ctx: RequestCtx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    page(&state, &ctx, &land, id, Typed::default()).await
}
