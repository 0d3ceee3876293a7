//! A report on a grant, as the municipality's coordinators write it: the
//! narrative (started from the municipality's own records), the receipts
//! booked to the lines of the approved cost plan (one more empty row after
//! each save, so that no script is needed), and the financial statement
//! computed from them. Every button saves what was typed first;
//! "Einreichen" then submits when nothing is missing, and the officers are
//! mailed. Once submitted it is shown as sent.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::funding::check::CostLine;
use domain::funding::report::{RECEIPTS_MAX, ReceiptForm, ReportForm, receipt_field};
use http::StatusCode;
use store::funding::applications::Application;
use store::funding::reports::{Report, due};
use store::tenancy::Tenant;

use super::application_form::{loaded, refused};
use super::applications::base;
use super::mails::{self, Detail};
use super::report_links::{report_title, status_text};
use super::statement_view::{StatementView, statement_view};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

pub struct ReceiptInput {
    pub index: usize,
    /// "Receipt 3".
    pub legend: String,
    pub on: String,
    pub payee: String,
    pub what: String,
    pub lines: Vec<Choice>,
    pub amount: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "funding/report.html")]
struct ReportPage {
    i18n: Locale,
    layout: Layout,
    back_href: String,
    action: String,
    /// "Due on 31 July 2027 · Not started".
    facts: Vec<Fact>,
    is_final: bool,
    /// The officers' message when they returned it.
    message: Option<String>,
    editable: bool,
    form: ReportForm,
    receipts: Vec<ReceiptInput>,
    statement: StatementView,
    /// Once sent: the narrative as labelled texts.
    narrative: Vec<Fact>,
    errors: FormErrors,
}

/// The approved cost plan: the lines of the newest submitted version.
pub(super) async fn cost_plan(state: &AppState, municipality: &Tenant, application: i64) -> Result<Vec<CostLine>, AppError> {
    let newest = store::funding::applications::versions(&state.db, &municipality.scope, application).await?.pop();
    Ok(newest.map(|v| v.form.read().0.costs).unwrap_or_default())
}

/// The narrative as labelled texts (for a report that cannot be edited).
pub(super) fn narrative(locale: Locale, form: &ReportForm) -> Vec<Fact> {
    [
        ("report-process-label", &form.process),
        ("report-participation-label", &form.participation),
        ("report-strategy-label", &form.strategy),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(key, text)| Fact { label: locale.t(key), value: text.clone() })
    .collect()
}

struct Shown<'a> {
    application: &'a Application,
    number: i32,
    stored: Option<&'a Report>,
    form: ReportForm,
    costs: Vec<CostLine>,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, shown: Shown<'_>) -> Result<ReportPage, AppError> {
    let locale = ctx.locale;
    let Shown { application, number, stored, form, costs, errors } = shown;
    let (due_on, is_final) = due(application, number).ok_or(AppError::NotFound)?;
    let editable = application.status == domain::funding::application::Status::Approved && stored.is_none_or(|r| r.status.editable());
    let (receipts, _) = form.read(costs.len(), is_final);
    let mut rows = form.receipts.clone();
    if editable && rows.len() < RECEIPTS_MAX {
        rows.push(ReceiptForm::default());
    }
    let receipt_inputs = rows
        .into_iter()
        .enumerate()
        .map(|(index, r)| ReceiptInput {
            index,
            legend: locale.t_args("report-receipt-legend", &[("n", FluentArg::Number(index as i64 + 1))]),
            lines: costs
                .iter()
                .enumerate()
                .map(|(i, c)| Choice {
                    value: (i + 1).to_string(),
                    label: format!("{} · {}", i + 1, c.description),
                    selected: r.line.trim() == (i + 1).to_string(),
                })
                .collect(),
            error: errors.get(receipt_field(index)),
            on: r.on,
            payee: r.payee,
            what: r.what,
            amount: r.amount,
        })
        .collect();
    let title = report_title(locale, number, is_final);
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let mut facts = vec![fact("report-due-label", locale.day(due_on)), fact("review-status", status_text(locale, stored))];
    if let Some(at) = stored.and_then(|r| r.submitted_at) {
        facts.push(fact("report-submitted-label", crate::events::views::at(locale, at)));
    }
    Ok(ReportPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, format!("{title} – {}", application.form.title)),
        back_href: format!("{}/antraege/{}#berichte", base(tenant), application.id),
        action: format!("{}/antraege/{}/berichte/{number}", base(tenant), application.id),
        facts,
        is_final,
        message: stored.and_then(|r| r.message.clone()),
        editable,
        narrative: narrative(locale, &form),
        statement: statement_view(locale, &costs, &receipts, is_final),
        receipts: receipt_inputs,
        form,
        errors,
    })
}

pub async fn report_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, number)): Path<(String, i64, i32)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let (application, _) = loaded(&state, &tenant, id).await?;
    let grant = application.grant.clone().ok_or(AppError::NotFound)?;
    let (due_on, _) = due(&application, number).ok_or(AppError::NotFound)?;
    let stored = store::funding::reports::get(&state.db, &tenant.scope, id, number).await?;
    let form = match &stored {
        Some(r) => r.form.clone(),
        None => {
            let all = store::funding::reports::of_application(&state.db, &tenant.scope, id).await?;
            let earlier = all.iter().filter(|r| r.number < number).max_by_key(|r| r.number);
            super::report_prefill::prefill(&state, ctx.locale, &tenant, (&grant, due_on), earlier).await?
        }
    };
    let costs = cost_plan(&state, &tenant, id).await?;
    let shown = Shown { application: &application, number, stored: stored.as_ref(), form, costs, errors: FormErrors::default() };
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, shown)?)
}

pub async fn report_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, number)): Path<(String, i64, i32)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let (application, _) = loaded(&state, &tenant, id).await?;
    let (_, is_final) = due(&application, number).ok_or(AppError::NotFound)?;
    let form = ReportForm::from_pairs(&pairs);
    let action = crate::forms::posted(&pairs, "action");
    let costs = cost_plan(&state, &tenant, id).await?;
    let (_, problems) = form.read(costs.len(), is_final);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let saved = match action {
        "submit" if problems.is_empty() => {
            store::funding::reports::submit(&txn, &tenant.scope, actor.user.id, &application, number, &form).await.map(Some)
        }
        _ => store::funding::reports::save(&txn, &tenant.scope, actor.user.id, &application, number, &form).await.map(|()| None),
    };
    let submitted = match saved {
        Ok(submitted) => submitted,
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code),
        Err(other) => return Err(other.into()),
    };
    if let Some(report) = &submitted {
        let detail = Detail::Report { number, is_final: report.is_final };
        mails::to_officers(&txn, &state, &tenant, &application, "mail-report-submitted", detail).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    let here = format!("{}/antraege/{id}/berichte/{number}", base(&tenant));
    match (action, submitted) {
        (_, Some(_)) => Ok(Redirect::to(&format!("{}/antraege/{id}?notice=report-submitted#berichte", base(&tenant))).into_response()),
        ("submit", None) => {
            // Kept as a draft; the page names everything still missing.
            let mut errors = FormErrors::default();
            for p in problems {
                errors.add(ctx.locale, p.field, p.code);
            }
            let stored = store::funding::reports::get(&state.db, &tenant.scope, id, number).await?;
            let shown = Shown { application: &application, number, stored: stored.as_ref(), form, costs, errors };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, shown)?)
        }
        ("add_receipt", None) => Ok(Redirect::to(&format!("{here}?notice=saved#belege")).into_response()),
        _ => Ok(Redirect::to(&format!("{here}?notice=saved")).into_response()),
    }
}
