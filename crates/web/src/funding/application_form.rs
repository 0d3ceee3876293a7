//! One application, as its municipality's coordinators write it: every
//! section of the form on one page, the cost plan with as many lines as
//! needed (one more empty line after each save, so that no script is
//! needed), and every rule of the call checked next to its field. Every
//! button saves what was typed first; "Einreichen" then submits when no
//! rule is broken.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::files::Slot;
use domain::funding::application::{ApplicationForm, COST_LINES_MAX, CostLineForm, Status};
use domain::funding::check::check;
use domain::funding::ledger::PaymentForm;
use domain::funding::rules::CostCategory;
use http::StatusCode;
use store::files::StoredFile;
use store::funding::applications::{Application, Version};
use store::funding::calls::Call;
use store::tenancy::Tenant;

use super::application_files::{self, AttachmentRow, REMOVE, rows};
use super::applications::base;
use super::findings::{FindingView, views};
use super::joint;
use super::money_view::{MoneyView, money_view};
use super::report_links::ReportLink;
use super::review_page::grant_facts;
use super::rules_view::window_text;
use super::summary::{Summary, summary};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Fact, Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;
use crate::uploads::keep::forget;
use crate::uploads::submission::Submission;
use crate::uploads::view::FileView;

pub struct CostRow {
    pub index: usize,
    /// "Cost line 2".
    pub legend: String,
    pub categories: Vec<Choice>,
    pub description: String,
    pub amount: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "funding/application.html")]
pub(super) struct ApplicationPage {
    i18n: Locale,
    layout: Layout,
    list_href: String,
    action: String,
    call_title: String,
    call_href: String,
    window: String,
    status: String,
    editable: bool,
    withdrawable: bool,
    form: ApplicationForm,
    costs: Vec<CostRow>,
    totals: String,
    declarations: Vec<Choice>,
    joint_choices: Vec<Choice>,
    attachments: Vec<AttachmentRow>,
    remove_name: &'static str,
    findings: Vec<FindingView>,
    /// "Everything fits" or "3 things are still missing or too much".
    check_summary: String,
    /// The officers' latest word (changes asked for, reason for a rejection), with its heading.
    message: Option<(String, String)>,
    grant_facts: Vec<Fact>,
    letters: Vec<FileView>,
    money: Option<MoneyView>,
    reports: Vec<ReportLink>,
    payment: PaymentForm,
    payment_action: String,
    /// "At most 15,000.00 € (what is left and not requested yet)."
    available_hint: String,
    /// Once submitted and not editable: the newest version, with its heading.
    submitted: Option<(String, Summary)>,
    errors: FormErrors,
}

pub(super) async fn loaded(state: &AppState, tenant: &Tenant, id: i64) -> Result<(Application, Call), AppError> {
    let application = store::funding::applications::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let land = store::tenancy::state(&state.db).await?;
    let call = store::funding::calls::get(&state.db, &land.scope, application.call).await?.ok_or(AppError::NotFound)?;
    Ok((application, call))
}

/// What the page shows besides the stored application: the form as typed,
/// the application's files, and problems with files just sent.
pub(super) struct Shown {
    form: ApplicationForm,
    files: Vec<StoredFile>,
    errors: FormErrors,
    /// The newest submitted version.
    newest: Option<Version>,
    /// The letters issued: receipts, the decision letter.
    letters: Vec<StoredFile>,
    /// Once approved: the grant's money.
    money: Option<MoneyView>,
    /// The reports the grant owes.
    reports: Vec<ReportLink>,
    /// The payment request form, as typed.
    pub(super) payment: PaymentForm,
    /// The partner municipalities of a joint application, and all to choose from.
    partners: Vec<Tenant>,
    joint_choices: Vec<Choice>,
}

impl Shown {
    pub(super) async fn load(
        state: &AppState,
        ctx: &RequestCtx,
        tenant: &Tenant,
        application: &Application,
        form: ApplicationForm,
        errors: FormErrors,
    ) -> Result<Shown, AppError> {
        let id = application.id;
        let newest = store::funding::applications::versions(&state.db, &tenant.scope, id).await?.pop();
        let letters = store::files::of_owner(&state.db, &tenant.scope, Slot::ApplicationLetter, id).await?;
        let money = money_view(state, ctx.locale, tenant, application).await?;
        let reports = super::report_links::links(state, ctx.locale, tenant, application, false).await?;
        let payment = PaymentForm { wanted_on: crate::participation_today().to_string(), ..PaymentForm::default() };
        let all = store::tenancy::municipalities(&state.db).await?;
        let partners = joint::partners_among(&all, tenant, &form);
        let joint_choices = joint::choices(ctx.locale, &all, tenant, &form);
        Ok(Shown {
            form,
            files: files_of(state, tenant, id).await?,
            errors,
            newest,
            letters,
            money,
            reports,
            payment,
            partners,
            joint_choices,
        })
    }
}

async fn files_of(state: &AppState, tenant: &Tenant, id: i64) -> Result<Vec<StoredFile>, AppError> {
    Ok(store::files::of_owner(&state.db, &tenant.scope, Slot::ApplicationAttachment, id).await?)
}

pub(super) fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    application: &Application,
    call: &Call,
    shown: Shown,
) -> ApplicationPage {
    let Shown { form, files, mut errors, newest, letters, money, reports, payment, partners, joint_choices } = shown;
    let locale = ctx.locale;
    let rules = &call.draft.rules;
    let (plan, problems) = form.read();
    let findings = check(rules, &joint::applicant(tenant, &partners, &form), &plan);
    let broken = problems.len() + findings.iter().filter(|f| !f.ok).count() + errors.list.len();
    for problem in problems {
        errors.add(locale, problem.field, problem.code);
    }
    for f in findings.iter().filter(|f| !f.ok) {
        errors.add_text(&f.field, super::findings::text(locale, f));
    }
    let editable = application.status.editable();
    let mut lines = form.costs.clone();
    if editable && lines.len() < COST_LINES_MAX {
        lines.push(CostLineForm::default());
    }
    let costs = lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| CostRow {
            index,
            legend: locale.t_args("application-cost-line", &[("n", FluentArg::Number(index as i64 + 1))]),
            categories: CostCategory::ALL
                .iter()
                .map(|c| Choice { value: c.as_str().to_owned(), label: locale.t(&c.label_key()), selected: line.category == c.as_str() })
                .collect(),
            description: line.description,
            amount: line.amount,
            error: errors.get(&format!("cost_{index}")),
        })
        .collect();
    let totals = locale.t_args(
        "application-totals",
        &[
            ("costs", FluentArg::Text(locale.money(plan.total_costs()))),
            ("financing", FluentArg::Text(locale.money(plan.total_financing()))),
        ],
    );
    let declarations = rules
        .required_declarations
        .iter()
        .enumerate()
        .map(|(i, text)| Choice { value: i.to_string(), label: text.clone(), selected: form.declarations.contains(text) })
        .collect();
    let findings = views(locale, &findings);
    ApplicationPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            if form.title.trim().is_empty() { locale.t("applications-title") } else { form.title.clone() },
        ),
        list_href: base(tenant),
        action: format!("{}/antraege/{}", base(tenant), application.id),
        call_title: call.draft.title.clone(),
        call_href: format!("/foerderung/aufrufe/{}", call.id),
        window: window_text(locale, call),
        status: locale.t(&application.status.label_key()),
        editable,
        withdrawable: application.status.withdrawable(),
        check_summary: match broken {
            0 => locale.t("application-check-clean"),
            n => locale.t_args("application-check-broken", &[("count", FluentArg::Number(n as i64))]),
        },
        findings,
        costs,
        totals,
        declarations,
        attachments: rows(locale, tenant, &joint::requirements(rules, &partners), &form, &files, state.config.upload_max_bytes, &errors),
        joint_choices,
        message: application.message.clone().and_then(|text| match application.status {
            Status::ChangesRequested => Some((locale.t("application-message-changes"), text)),
            Status::Rejected => Some((locale.t("application-message-rejected"), text)),
            _ => None,
        }),
        grant_facts: application.grant.as_ref().map(|g| grant_facts(locale, g)).unwrap_or_default(),
        letters: crate::uploads::view::views(&tenant.slug, &letters),
        available_hint: money
            .as_ref()
            .map(|m| locale.t_args("payment-available-hint", &[("amount", FluentArg::Text(locale.money(m.ledger.available())))]))
            .unwrap_or_default(),
        money,
        reports,
        payment,
        payment_action: format!("{}/antraege/{}/auszahlungen", base(tenant), application.id),
        submitted: newest.filter(|_| !editable).map(|v| {
            let heading = locale.t_args("application-submitted-heading", &[("number", FluentArg::Number(i64::from(v.number)))]);
            (heading, summary(locale, &tenant.slug, &v.form, &files))
        }),
        remove_name: REMOVE,
        form,
        errors,
    }
}

/// The page that says why a step is not possible now (409), with the way
/// back to the application.
pub(super) fn refused(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, id: i64, code: &str) -> Result<Response, AppError> {
    let back = format!("{}/antraege/{id}", base(tenant));
    crate::message::message(
        state,
        ctx,
        StatusCode::CONFLICT,
        &format!("{code}-title"),
        &[code],
        Some((&back, "applications-back-to-application")),
    )
}

pub async fn application_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let (application, call) = loaded(&state, &tenant, id).await?;
    let shown = Shown::load(&state, &ctx, &tenant, &application, application.form.clone(), FormErrors::default()).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &application, &call, shown))
}

pub async fn application_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let (application, call) = loaded(&state, &tenant, id).await?;
    if !application.status.editable() {
        return refused(&state, &ctx, &tenant, id, "application-not-editable");
    }
    let rules = &call.draft.rules;
    let pairs = submission.pairs();
    let mut form = ApplicationForm::from_pairs(pairs, rules);
    form.attachments = application.form.attachments.clone();
    let partners = joint::partners(&state, &tenant, &form).await?;
    let requirements = joint::requirements(rules, &partners);
    let mut file_errors = FormErrors::default();
    let received = application_files::receive(&state, &ctx, &tenant, &submission, &requirements, &mut form, &mut file_errors).await?;
    let action = crate::forms::posted(pairs, "action");
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::files::attach(&txn, &tenant.scope, actor.user.id, Slot::ApplicationAttachment, &received.new, id, None).await?;
    let released = store::funding::applications::release_files(&txn, &tenant.scope, id, &received.let_go).await?;
    store::funding::applications::save_draft(&txn, &tenant.scope, actor.user.id, id, &form).await?;
    let outcome = if !file_errors.is_empty() {
        Outcome::Problems
    } else if action == "submit" {
        let applicant = joint::applicant(&tenant, &partners, &form);
        match store::funding::applications::submit(&txn, &tenant.scope, actor.user.id, id, &form, rules, &applicant).await {
            Ok(_) => Outcome::Submitted,
            Err(store::StoreError::Conflict("application-rules-broken")) => Outcome::Problems,
            Err(other) => return Err(other.into()),
        }
    } else {
        Outcome::Saved
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    forget(&state, released).await;
    let here = format!("{}/antraege/{id}", base(&tenant));
    match outcome {
        Outcome::Submitted => {
            // The submission stands even when its receipt cannot be made now.
            if let Err(e) = super::letters::send_receipt(&state, &tenant, id, actor.user.id).await {
                tracing::error!(error = %e, application = id, "could not send the receipt");
            }
            Ok(Redirect::to(&format!("{here}?notice=application-submitted")).into_response())
        }
        Outcome::Saved => {
            let anchor = if action == "add_line" { "#kosten" } else { "" };
            Ok(Redirect::to(&format!("{here}?notice=saved{anchor}")).into_response())
        }
        // A file that could not be taken, or a rule broken on submission:
        // the draft is kept, and the page names every problem.
        Outcome::Problems => {
            let shown = Shown::load(&state, &ctx, &tenant, &application, form, file_errors).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &application, &call, shown))
        }
    }
}

/// How a save ended.
enum Outcome {
    Saved,
    Submitted,
    /// Kept as a draft; the page names what is wrong.
    Problems,
}

pub async fn application_withdraw(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::funding::applications::withdraw(&txn, &tenant.scope, actor.user.id, id).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(code)) => return refused(&state, &ctx, &tenant, id, code),
        Err(other) => return Err(other.into()),
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("{}?notice=application-withdrawn", base(&tenant))).into_response())
}
