//! A grant's money as the applicant and the officers see it: the ledger
//! (granted, requested, paid, remaining) and every payment with its status.

use domain::funding::ledger::{Ledger, PaymentStatus};
use store::funding::applications::Application;
use store::tenancy::Tenant;

use crate::AppState;
use crate::error::AppError;
use crate::events::views::at;
use crate::i18n::Locale;
use crate::layout::Fact;

pub struct PaymentRow {
    pub id: i64,
    pub amount: String,
    pub wanted_on: String,
    pub purpose: String,
    pub status: String,
    /// Why it was rejected.
    pub reason: String,
    pub requested_at: String,
    /// Waiting for the officers' decision.
    pub open: bool,
    /// A problem with the officer's rejection (a missing reason).
    pub reject_error: Option<String>,
}

pub struct MoneyView {
    pub facts: Vec<Fact>,
    pub rows: Vec<PaymentRow>,
    pub ledger: Ledger,
    /// The grant runs (not closed): payments may be requested.
    pub running: bool,
}

/// The money of an approved application (none before approval).
pub async fn money_view(
    state: &AppState,
    locale: Locale,
    municipality: &Tenant,
    application: &Application,
) -> Result<Option<MoneyView>, AppError> {
    let Some(grant) = &application.grant else {
        return Ok(None);
    };
    let payments = store::funding::payments::of_application(&state.db, &municipality.scope, application.id).await?;
    let ledger = Ledger::of(grant.granted, payments.iter().map(|p| (p.status, p.amount)));
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let mut facts = vec![
        fact("ledger-granted", locale.money(ledger.granted)),
        fact("ledger-requested", locale.money(ledger.requested)),
        fact("ledger-paid", locale.money(ledger.paid)),
    ];
    match application.repayment {
        // Closed: what is asked back, and what the grant finally is.
        Some(repayment) => {
            facts.push(fact("ledger-repayment", locale.money(repayment)));
            facts.push(fact("ledger-final", locale.money(domain::money::Money(ledger.paid.cents() - repayment.cents()))));
        }
        None => facts.push(fact("ledger-remaining", locale.money(ledger.remaining()))),
    }
    let rows = payments
        .into_iter()
        .map(|p| PaymentRow {
            id: p.id,
            amount: locale.money(p.amount),
            wanted_on: locale.day(p.wanted_on),
            purpose: p.purpose,
            status: locale.t(&p.status.label_key()),
            reason: p.reason.unwrap_or_default(),
            requested_at: at(locale, p.requested_at),
            open: p.status == PaymentStatus::Requested,
            reject_error: None,
        })
        .collect();
    Ok(Some(MoneyView { facts, rows, ledger, running: application.status == domain::funding::application::Status::Approved }))
}
