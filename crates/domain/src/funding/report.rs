//! Reports on a grant: an interim report at each reporting date but the
//! last, and the final report (Verwendungsnachweis) at the last. Each has a
//! narrative part (what happened, who took part, where the strategy
//! stands) and a financial statement: the receipts, each booked to a line
//! of the cost plan, give the actual costs per line, set against the plan
//! with lines deviating by more than 20 % highlighted. The officers accept
//! a report or return it with a message; with the final report they close
//! the grant (see [`super::settlement`]).

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::check::CostLine;
use super::rules::CostCategory;
use crate::money::Money;
use crate::tenancy::FieldError;

/// The most receipts a report may list.
pub const RECEIPTS_MAX: usize = 100;
/// A line whose actual costs differ from its plan by more than this share
/// (in percent of the plan) is highlighted.
pub const DEVIATION_PERCENT: i64 = 20;
/// The longest narrative text.
const TEXT_MAX: usize = 20_000;

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportStatus {
    Draft,
    Submitted,
    /// Sent back by the officers with a message; the municipality edits it.
    Returned,
    Accepted,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 4] = [ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned, ReportStatus::Accepted];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Draft => "draft",
            ReportStatus::Submitted => "submitted",
            ReportStatus::Returned => "returned",
            ReportStatus::Accepted => "accepted",
        }
    }

    pub fn parse(s: &str) -> Option<ReportStatus> {
        ReportStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("report-status-{}", self.as_str())
    }

    /// May the municipality change and submit it?
    pub fn editable(self) -> bool {
        matches!(self, ReportStatus::Draft | ReportStatus::Returned)
    }
}

/// One receipt as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceiptForm {
    /// `YYYY-MM-DD`.
    pub on: String,
    pub payee: String,
    /// What was paid for.
    pub what: String,
    /// The cost-plan line it is booked to, counted from 1.
    pub line: String,
    pub amount: String,
}

impl ReceiptForm {
    fn is_blank(&self) -> bool {
        [&self.on, &self.payee, &self.what, &self.line, &self.amount].iter().all(|t| t.trim().is_empty())
    }
}

/// A report as typed; kept as it is in the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    /// How the process went.
    pub process: String,
    /// Who took part, with the figures.
    pub participation: String,
    /// Where the strategy stands (adopted by the council on …).
    pub strategy: String,
    pub receipts: Vec<ReceiptForm>,
}

/// A checked receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub on: NaiveDate,
    pub payee: String,
    pub what: String,
    /// The cost-plan line, counted from 0.
    pub line: usize,
    pub amount: Money,
}

/// `receipt_0` … : the field names of the receipts.
static RECEIPT_FIELDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| (0..RECEIPTS_MAX).map(|i| &*Box::leak(format!("receipt_{i}").into_boxed_str())).collect());

/// The field name of receipt `index` (counted from 0).
pub fn receipt_field(index: usize) -> &'static str {
    RECEIPT_FIELDS[index.min(RECEIPTS_MAX - 1)]
}

fn day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y")).ok()
}

impl ReportForm {
    /// Reads the posted pairs: receipts come as `receipt_on`,
    /// `receipt_payee`, `receipt_what`, `receipt_line` and `receipt_amount`,
    /// one of each per receipt in order; blank rows are dropped.
    pub fn from_pairs(pairs: &[(String, String)]) -> ReportForm {
        let mut form = ReportForm::default();
        let mut columns: [Vec<String>; 5] = Default::default();
        for (key, value) in pairs {
            let value = value.clone();
            match key.as_str() {
                "process" => form.process = value,
                "participation" => form.participation = value,
                "strategy" => form.strategy = value,
                "receipt_on" => columns[0].push(value),
                "receipt_payee" => columns[1].push(value),
                "receipt_what" => columns[2].push(value),
                "receipt_line" => columns[3].push(value),
                "receipt_amount" => columns[4].push(value),
                _ => {}
            }
        }
        let rows = columns.iter().map(Vec::len).max().unwrap_or(0).min(RECEIPTS_MAX);
        let at = |c: usize, i: usize| columns[c].get(i).cloned().unwrap_or_default();
        form.receipts = (0..rows)
            .map(|i| ReceiptForm { on: at(0, i), payee: at(1, i), what: at(2, i), line: at(3, i), amount: at(4, i) })
            .filter(|r| !r.is_blank())
            .collect();
        form
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> ReportForm {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The receipts that can be read, and what is wrong with the report for
    /// submission. `lines` is how many lines the cost plan has; the final
    /// report also needs the strategy's state and at least one receipt.
    pub fn read(&self, lines: usize, final_report: bool) -> (Vec<Receipt>, Vec<FieldError>) {
        let mut errors = Vec::new();
        // The strategy's state is required in the final report only.
        for (field, text, required) in
            [("process", &self.process, true), ("participation", &self.participation, true), ("strategy", &self.strategy, final_report)]
        {
            match text.trim().chars().count() {
                0 if required => errors.push(FieldError { field, code: "report-text-missing" }),
                n if n > TEXT_MAX => errors.push(FieldError { field, code: "report-text-too-long" }),
                _ => {}
            }
        }
        let mut receipts = Vec::new();
        for (i, typed) in self.receipts.iter().enumerate() {
            let line = typed.line.trim().parse::<usize>().ok().filter(|n| (1..=lines).contains(n));
            let amount = Money::parse_euros(&typed.amount).filter(|m| m.cents() > 0);
            let (payee, what) = (typed.payee.trim(), typed.what.trim());
            match (day(&typed.on), line, amount) {
                (Some(on), Some(line), Some(amount)) if !payee.is_empty() && !what.is_empty() && payee.len() + what.len() <= 1000 => {
                    receipts.push(Receipt { on, payee: payee.to_owned(), what: what.to_owned(), line: line - 1, amount })
                }
                _ => errors.push(FieldError { field: receipt_field(i), code: "report-receipt-invalid" }),
            }
        }
        if final_report && self.receipts.is_empty() {
            errors.push(FieldError { field: "receipts", code: "report-receipts-missing" });
        }
        (receipts, errors)
    }
}

/// Does `actual` differ from `planned` by more than [`DEVIATION_PERCENT`]?
/// Any cost on a line planned at nothing does.
pub fn deviates(planned: Money, actual: Money) -> bool {
    let difference = i128::from(actual.cents() - planned.cents()).abs();
    if planned.cents() == 0 {
        return difference > 0;
    }
    difference * 100 > i128::from(DEVIATION_PERCENT) * i128::from(planned.cents()).abs()
}

/// One line of the financial statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementLine {
    pub category: CostCategory,
    pub description: String,
    pub planned: Money,
    /// The sum of the receipts booked to it.
    pub actual: Money,
    pub receipts: usize,
}

impl StatementLine {
    /// Actual minus planned.
    pub fn deviation(&self) -> Money {
        Money(self.actual.cents() - self.planned.cents())
    }

    /// The deviation in whole percent of the plan (none for a line planned at nothing).
    pub fn percent(&self) -> Option<i64> {
        let planned = self.planned.cents();
        (planned != 0).then(|| {
            let scaled = i128::from(self.deviation().cents()) * 100;
            let half = i128::from(planned) / 2;
            let rounded = if scaled >= 0 { (scaled + half) / i128::from(planned) } else { (scaled - half) / i128::from(planned) };
            i64::try_from(rounded).unwrap_or(i64::MAX)
        })
    }

    /// Off the plan by more than [`DEVIATION_PERCENT`]: in the final
    /// report either way; in an interim report, while the money is still
    /// being spent, only above the plan.
    pub fn flagged(&self, final_report: bool) -> bool {
        deviates(self.planned, self.actual) && (final_report || self.actual > self.planned)
    }
}

/// The financial statement: the cost plan against the receipts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statement {
    pub lines: Vec<StatementLine>,
}

impl Statement {
    pub fn planned(&self) -> Money {
        Money(self.lines.iter().map(|l| l.planned.cents()).sum())
    }

    pub fn actual(&self) -> Money {
        Money(self.lines.iter().map(|l| l.actual.cents()).sum())
    }
}

/// The statement of `receipts` against the cost plan `costs`; receipts
/// booked to a line the plan does not have are left out (they do not pass
/// [`ReportForm::read`]).
pub fn statement(costs: &[CostLine], receipts: &[Receipt]) -> Statement {
    let lines = costs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let own: Vec<&Receipt> = receipts.iter().filter(|r| r.line == i).collect();
            StatementLine {
                category: c.category,
                description: c.description.clone(),
                planned: c.amount,
                actual: Money(own.iter().map(|r| r.amount.cents()).sum()),
                receipts: own.len(),
            }
        })
        .collect();
    Statement { lines }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn plan() -> Vec<CostLine> {
        vec![
            CostLine { category: CostCategory::Moderation, description: "Prozessbegleitung".into(), amount: Money::from_euros(10_000) },
            CostLine { category: CostCategory::Workshops, description: "Werkstätten".into(), amount: Money::from_euros(5_000) },
            CostLine { category: CostCategory::Interpretation, description: "Dolmetschen".into(), amount: Money::from_euros(0) },
        ]
    }

    #[test]
    fn receipts_make_the_statement_and_lines_off_by_more_than_a_fifth_are_flagged() {
        let form = ReportForm::from_pairs(&pairs(&[
            ("process", "Auftakt im März, vier Werkstätten."),
            ("participation", "412 Beiträge."),
            ("receipt_on", "2027-03-01"),
            ("receipt_payee", "Büro Beispiel"),
            ("receipt_what", "Moderation Auftakt"),
            ("receipt_line", "1"),
            ("receipt_amount", "6.000"),
            ("receipt_on", "12.04.2027"),
            ("receipt_payee", "Büro Beispiel"),
            ("receipt_what", "Moderation Werkstätten"),
            ("receipt_line", "1"),
            ("receipt_amount", "4.000"),
            ("receipt_on", "2027-05-01"),
            ("receipt_payee", "Gemeindezentrum"),
            ("receipt_what", "Raummiete"),
            ("receipt_line", "2"),
            ("receipt_amount", "3.900"),
            ("receipt_on", ""),
            ("receipt_payee", ""),
            ("receipt_what", ""),
            ("receipt_line", ""),
            ("receipt_amount", ""),
        ]));
        assert_eq!(form.receipts.len(), 3, "the blank row is dropped");
        let (receipts, errors) = form.read(3, false);
        assert!(errors.is_empty(), "{errors:?}");
        let s = statement(&plan(), &receipts);
        assert_eq!((s.planned(), s.actual()), (Money::from_euros(15_000), Money::from_euros(13_900)));
        let summary: Vec<_> = s.lines.iter().map(|l| (l.actual, l.receipts, l.percent(), l.flagged(true))).collect();
        assert_eq!(
            summary,
            [(Money::from_euros(10_000), 2, Some(0), false), (Money::from_euros(3_900), 1, Some(-22), true), (Money(0), 0, None, false)]
        );
        // Mid-way, spending less than planned is expected; spending more is not.
        assert!(!s.lines[1].flagged(false));
        let over = StatementLine { actual: Money::from_euros(6_100), ..s.lines[1].clone() };
        assert!(over.flagged(false) && over.flagged(true));
    }

    #[test]
    fn what_is_missing_or_unreadable_is_named_by_field() {
        let form = ReportForm {
            receipts: vec![
                ReceiptForm { on: "gestern".into(), payee: "X".into(), what: "Y".into(), line: "1".into(), amount: "10".into() },
                ReceiptForm { on: "2027-01-01".into(), payee: "X".into(), what: "Y".into(), line: "4".into(), amount: "10".into() },
                ReceiptForm { on: "2027-01-01".into(), payee: "X".into(), what: "Y".into(), line: "1".into(), amount: "10".into() },
            ],
            ..ReportForm::default()
        };
        let (receipts, errors) = form.read(3, true);
        assert_eq!(receipts.len(), 1);
        let codes: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("process", "report-text-missing"),
                ("participation", "report-text-missing"),
                ("strategy", "report-text-missing"),
                ("receipt_0", "report-receipt-invalid"),
                ("receipt_1", "report-receipt-invalid"),
            ]
        );
        let (_, interim) = ReportForm::default().read(3, false);
        assert!(!interim.iter().any(|e| e.field == "strategy" || e.field == "receipts"), "an interim report needs neither");
        let (_, last) = ReportForm::default().read(3, true);
        assert!(last.iter().any(|e| e.code == "report-receipts-missing"));
    }

    #[test]
    fn twenty_percent_exactly_is_still_within_the_plan() {
        assert!(!deviates(Money::from_euros(5_000), Money::from_euros(6_000)));
        assert!(deviates(Money::from_euros(5_000), Money(600_001)));
        assert!(!deviates(Money::from_euros(5_000), Money::from_euros(4_000)));
        assert!(deviates(Money::from_euros(5_000), Money(399_999)));
        assert!(deviates(Money(0), Money(1)) && !deviates(Money(0), Money(0)));
    }

    proptest! {
        /// Each line's actual costs are exactly the sum of its receipts.
        #[test]
        fn the_statement_adds_up_to_the_receipts(amounts in proptest::collection::vec((0usize..3, 1i64..1_000_000), 0..30)) {
            let receipts: Vec<Receipt> = amounts.iter().map(|(line, cents)| Receipt {
                on: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), payee: "X".into(), what: "Y".into(), line: *line, amount: Money(*cents),
            }).collect();
            let s = statement(&plan(), &receipts);
            prop_assert_eq!(s.actual().cents(), amounts.iter().map(|(_, c)| c).sum::<i64>());
            prop_assert_eq!(s.lines.iter().map(|l| l.receipts).sum::<usize>(), receipts.len());
        }
    }
}
