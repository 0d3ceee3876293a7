//! A submitted report for the officers: the narrative, the financial
//! statement with its highlighted lines and the receipts, the grant's
//! ledger, and the decision: accept an interim report, return a report with
//! a message, or — for the final report — close the grant, asking back what
//! the actual costs do not justify (proposed from the statement, the
//! financing plan and the funding rate; the officer may change it).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::decision::check_message;
use domain::funding::report::ReportStatus;
use domain::funding::settlement::{Settlement, check_repayment, settlement};
use domain::tenancy::FieldError;
use http::StatusCode;
use serde::Deserialize;
use store::funding::reports::Report;
use store::funding::review::Reviewed;
use store::tenancy::Tenant;

use super::mails::{self, Detail};
use super::money_view::{MoneyView, money_view};
use super::policy::require_officer;
use super::report_form::{cost_plan, narrative};
use super::report_links::{report_title, status_text};
use super::statement_view::{StatementView, statement_view};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::events::views::at;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, html_status};

/// What the officer typed (kept when it comes back).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub message: String,
    pub repayment: String,
}

#[derive(Template)]
#[template(path = "funding/report_review.html")]
struct ReportReviewPage {
    i18n: Locale,
    layout: Layout,
    back_href: String,
    action: String,
    facts: Vec<Fact>,
    narrative: Vec<Fact>,
    statement: StatementView,
    money: Option<MoneyView>,
    /// Waiting for the officers' decision.
    open: bool,
    is_final: bool,
    /// For the final report: how the proposed repayment comes about.
    proposal: String,
    typed: DecisionForm,
    errors: FormErrors,
}

async fn loaded(state: &AppState, land: &Tenant, id: i64, number: i32) -> Result<(Report, Reviewed), AppError> {
    store::funding::reports::for_officers(&state.db, &land.scope, id, number).await?.ok_or(AppError::NotFound)
}

/// What the statement, the financing plan and the funding rate justify.
async fn proposed(
    state: &AppState,
    land: &Tenant,
    reviewed: &Reviewed,
    actual: domain::money::Money,
) -> Result<(Settlement, domain::money::Money), AppError> {
    let Reviewed { application, municipality } = reviewed;
    let newest =
        store::funding::applications::versions(&state.db, &municipality.scope, application.id).await?.pop().ok_or(AppError::NotFound)?;
    let rules = match newest.rules.clone() {
        Some(rules) => rules,
        None => store::funding::calls::get(&state.db, &land.scope, application.call).await?.ok_or(AppError::NotFound)?.draft.rules,
    };
    let plan = newest.form.read().0;
    let granted = application.grant.as_ref().map(|g| g.granted).unwrap_or_default();
    let ledger = store::funding::payments::ledger(&state.db, &municipality.scope, application.id, granted).await?;
    Ok((settlement(granted, ledger.paid, actual, plan.own, plan.third_party, rules.funding_rate_percent), ledger.paid))
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    land: &Tenant,
    id: i64,
    number: i32,
    typed: DecisionForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (report, reviewed) = loaded(state, land, id, number).await?;
    let costs = cost_plan(state, &reviewed.municipality, id).await?;
    let (receipts, _) = report.form.read(costs.len(), report.is_final);
    let statement = statement_view(locale, &costs, &receipts, report.is_final);
    let actual = statement.spent;
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let mut facts = vec![
        fact("review-municipality", reviewed.municipality.name.clone()),
        fact("report-due-label", locale.day(report.due_on)),
        fact("review-status", status_text(locale, Some(&report))),
    ];
    if let Some(on) = report.submitted_at {
        facts.push(fact("report-submitted-label", at(locale, on)));
    }
    let open = report.status == ReportStatus::Submitted;
    let (mut typed, mut proposal) = (typed, String::new());
    if report.is_final {
        let (s, paid) = proposed(state, land, &reviewed, actual).await?;
        proposal = locale.t_args(
            "report-settlement",
            &[
                ("actual", FluentArg::Text(locale.money(actual))),
                ("justified", FluentArg::Text(locale.money(s.justified))),
                ("paid", FluentArg::Text(locale.money(paid))),
                ("repayment", FluentArg::Text(locale.money(s.repayment))),
            ],
        );
        if typed.repayment.is_empty() && errors.is_empty() {
            typed.repayment = s.repayment.format_de().trim_end_matches(" €").to_owned();
        }
        if let Some(repayment) = reviewed.application.repayment {
            facts.push(fact("ledger-repayment", locale.money(repayment)));
        }
    }
    let title = report_title(locale, number, report.is_final);
    let view = ReportReviewPage {
        i18n: locale,
        layout: Layout::state(state, ctx, format!("{title} – {}", reviewed.application.form.title)),
        back_href: format!("/land/foerderung/antraege/{id}#berichte"),
        action: format!("/land/foerderung/antraege/{id}/berichte/{number}"),
        facts,
        narrative: narrative(locale, &report.form),
        statement,
        money: money_view(state, locale, &reviewed.municipality, &reviewed.application).await?,
        open,
        is_final: report.is_final,
        proposal,
        typed,
        errors: errors.clone(),
    };
    html_status(if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY }, &view)
}

pub async fn report_review(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path((id, number)): Path<(i64, i32)>,
) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    page(&state, &ctx, &land, id, number, DecisionForm::default(), FormErrors::default()).await
}

/// The page that says why a decision is not possible now (409).
fn refused(state: &AppState, ctx: &RequestCtx, id: i64, code: &str) -> Result<Response, AppError> {
    let back = format!("/land/foerderung/antraege/{id}");
    crate::message::message(state, ctx, StatusCode::CONFLICT, &format!("{code}-title"), &[code], Some((&back, "funding-officer-back")))
}

/// Ends a decision made in `txn`: the 409 page when the store refused it,
/// otherwise the coordinators' mail in the same transaction and the way back.
async fn finish(
    state: &AppState,
    ctx: &RequestCtx,
    txn: store::WriteTransaction,
    id: i64,
    decided: Result<Reviewed, store::StoreError>,
    (key, detail, notice): (&str, Detail<'_>, &str),
) -> Result<Response, AppError> {
    let reviewed = match decided {
        Ok(reviewed) => reviewed,
        Err(store::StoreError::Conflict(code)) => return refused(state, ctx, id, code),
        Err(other) => return Err(other.into()),
    };
    mails::decided(&txn, state, &reviewed, key, detail).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/land/foerderung/antraege/{id}?notice={notice}#berichte")).into_response())
}

/// The report's page again with the officer's input and what is wrong with it.
async fn retyped(
    state: &AppState,
    ctx: &RequestCtx,
    land: &Tenant,
    at: (i64, i32),
    form: DecisionForm,
    e: FieldError,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    errors.add(ctx.locale, e.field, e.code);
    page(state, ctx, land, at.0, at.1, form, errors).await
}

pub async fn report_accept(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path((id, number)): Path<(i64, i32)>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let decided = store::funding::reports::accept(&txn, &land.scope, actor.user.id, id, number).await.map(|(_, r)| r);
    let detail = Detail::Report { number, is_final: false };
    finish(&state, &ctx, txn, id, decided, ("mail-report-accepted", detail, "report-accepted")).await
}

pub async fn report_return(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path((id, number)): Path<(i64, i32)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let message = match check_message("message", &form.message) {
        Ok(m) => m,
        Err(e) => return retyped(&state, &ctx, &land, (id, number), form, e).await,
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let decided = store::funding::reports::send_back(&txn, &land.scope, actor.user.id, id, number, &message).await.map(|(_, r)| r);
    finish(&state, &ctx, txn, id, decided, ("mail-report-returned", Detail::Text(&message), "report-returned")).await
}

pub async fn report_close(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path((id, number)): Path<(i64, i32)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let (actor, land) = require_officer(&state, &ctx).await?;
    let (_, reviewed) = loaded(&state, &land, id, number).await?;
    let granted = reviewed.application.grant.as_ref().map(|g| g.granted).unwrap_or_default();
    let paid = store::funding::payments::ledger(&state.db, &reviewed.municipality.scope, id, granted).await?.paid;
    let repayment = match check_repayment(&form.repayment, paid) {
        Ok(r) => r,
        Err(e) => return retyped(&state, &ctx, &land, (id, number), form, e).await,
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let decided = store::funding::reports::close(&txn, &land.scope, actor.user.id, id, number, repayment).await.map(|(_, r)| r);
    finish(&state, &ctx, txn, id, decided, ("mail-grant-closed", Detail::Money(repayment), "grant-closed")).await
}
