//! The findings of the rule check in plain language: "Musterstadt has
//! 38,000 inhabitants – within the limit of 50,000"; "Requested 24,000.00 €
//! – more than the maximum of 20,000.00 €".

use domain::funding::check::{Arg, Finding};
use domain::funding::rules::{ApplicantKind, CostCategory};

use crate::i18n::{FluentArg, Locale};

/// A finding as the page shows it.
pub struct FindingView {
    pub ok: bool,
    pub text: String,
}

fn arg(locale: Locale, name: &str, value: &Arg) -> FluentArg {
    match value {
        Arg::Money(m) => FluentArg::Text(locale.money(*m)),
        Arg::Number(n) if name == "population" || name == "limit" => FluentArg::Text(locale.number(*n)),
        Arg::Number(n) => FluentArg::Number(*n),
        Arg::Text(t) if name == "kind" => {
            FluentArg::Text(ApplicantKind::parse(t).map(|k| locale.t(&k.label_key())).unwrap_or_else(|| t.clone()))
        }
        Arg::Text(t) if name == "category" => {
            FluentArg::Text(CostCategory::parse(t).map(|c| locale.t(&c.label_key())).unwrap_or_else(|| t.clone()))
        }
        Arg::Text(t) => FluentArg::Text(t.clone()),
    }
}

/// The sentence for one finding; a rule that holds has its own sentence
/// where the same code names both outcomes (`…-ok`).
pub fn text(locale: Locale, finding: &Finding) -> String {
    let args: Vec<(&'static str, FluentArg)> = finding.args.iter().map(|(name, value)| (*name, arg(locale, name, value))).collect();
    let held = finding.ok.then(|| locale.try_t_args(&format!("{}-ok", finding.code), &args)).flatten();
    held.unwrap_or_else(|| locale.t_args(finding.code, &args))
}

pub fn views(locale: Locale, findings: &[Finding]) -> Vec<FindingView> {
    findings.iter().map(|f| FindingView { ok: f.ok, text: text(locale, f) }).collect()
}
