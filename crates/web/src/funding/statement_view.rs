//! A report's financial statement as both sides see it: each cost-plan line
//! with planned and actual costs and the deviation (flagged in words, not
//! only in colour, where it exceeds 20 %), the totals, and the receipts.

use domain::funding::check::CostLine;
use domain::funding::report::{DEVIATION_PERCENT, Receipt, statement};
use domain::money::Money;

use crate::i18n::{FluentArg, Locale};

pub struct StatementRow {
    pub number: usize,
    pub category: String,
    pub description: String,
    pub planned: String,
    pub actual: String,
    pub deviation: String,
    /// "−22 %", or empty for a line planned at nothing.
    pub percent: String,
    pub flagged: bool,
}

pub struct ReceiptRow {
    pub on: String,
    pub payee: String,
    pub what: String,
    /// "1 · Prozessbegleitung".
    pub line: String,
    pub amount: String,
}

pub struct StatementView {
    pub rows: Vec<StatementRow>,
    pub planned: String,
    pub actual: String,
    pub deviation: String,
    /// Final: "2 lines deviate from the plan by more than 20 %." or "Every
    /// line is within 20 % of the plan."; interim: how much of the plan is spent.
    pub verdict: String,
    pub flagged: usize,
    pub receipts: Vec<ReceiptRow>,
    /// The actual costs, for the settlement.
    pub spent: Money,
}

/// A difference with its sign ("+1.200,00 €", "−300,00 €").
pub fn signed(locale: Locale, amount: Money) -> String {
    match amount.cents() {
        c if c > 0 => format!("+{}", locale.money(amount)),
        c if c < 0 => format!("−{}", locale.money(Money(-c))),
        _ => locale.money(amount),
    }
}

/// The statement of the final report (`final_report`) or an interim one.
pub fn statement_view(locale: Locale, costs: &[CostLine], receipts: &[Receipt], final_report: bool) -> StatementView {
    let s = statement(costs, receipts);
    let rows: Vec<StatementRow> = s
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| StatementRow {
            number: i + 1,
            category: locale.t(&l.category.label_key()),
            description: l.description.clone(),
            planned: locale.money(l.planned),
            actual: locale.money(l.actual),
            deviation: signed(locale, l.deviation()),
            percent: l.percent().map(|p| if p > 0 { format!("+{p} %") } else { format!("{} %", p).replace('-', "−") }).unwrap_or_default(),
            flagged: l.flagged(final_report),
        })
        .collect();
    let flagged = rows.iter().filter(|r| r.flagged).count();
    let percent = FluentArg::Number(DEVIATION_PERCENT);
    let verdict = match (flagged, final_report) {
        (0, true) => locale.t_args("statement-within", &[("percent", percent)]),
        (n, true) => locale.t_args("statement-flagged", &[("count", FluentArg::Number(n as i64)), ("percent", percent)]),
        (n, false) => {
            let share = if s.planned().cents() > 0 { s.actual().cents() * 100 / s.planned().cents() } else { 0 };
            let spent = locale.t_args(
                "statement-spent",
                &[
                    ("actual", FluentArg::Text(locale.money(s.actual()))),
                    ("planned", FluentArg::Text(locale.money(s.planned()))),
                    ("share", FluentArg::Number(share)),
                ],
            );
            match n {
                0 => spent,
                n => {
                    format!("{spent} {}", locale.t_args("statement-over", &[("count", FluentArg::Number(n as i64)), ("percent", percent)]))
                }
            }
        }
    };
    let line_name = |line: usize| costs.get(line).map(|c| format!("{} · {}", line + 1, c.description)).unwrap_or_default();
    StatementView {
        planned: locale.money(s.planned()),
        actual: locale.money(s.actual()),
        spent: s.actual(),
        deviation: signed(locale, Money(s.actual().cents() - s.planned().cents())),
        verdict,
        flagged,
        rows,
        receipts: receipts
            .iter()
            .map(|r| ReceiptRow {
                on: locale.day(r.on),
                payee: r.payee.clone(),
                what: r.what.clone(),
                line: line_name(r.line),
                amount: locale.money(r.amount),
            })
            .collect(),
    }
}
