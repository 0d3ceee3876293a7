//! A call as applicants and officers read it: its window, and its rules in
//! plain language.

use domain::funding::rules::{ApplicantKind, CostCategory, Rules};
use store::funding::calls::Call;

use crate::i18n::{FluentArg, Locale};
use crate::layout::Fact;

/// "07.09.2026, 00:00 Uhr – 01.02.2027, 23:59 Uhr".
pub fn window_text(locale: Locale, call: &Call) -> String {
    let at = |t| crate::events::views::at(locale, t);
    format!("{} – {}", at(call.draft.opens_at), at(call.draft.closes_at))
}

fn names<T: Copy>(locale: Locale, items: &[T], key: impl Fn(T) -> String) -> String {
    items.iter().map(|i| locale.t(&key(*i))).collect::<Vec<_>>().join(", ")
}

/// The rules as labelled facts, in the order an application meets them.
pub fn facts(locale: Locale, rules: &Rules) -> Vec<Fact> {
    let fact = |label: &str, value: String| Fact { label: locale.t(label), value };
    let n = |v: i64| FluentArg::Text(locale.number(v));
    let mut out = vec![fact("rules-kinds", names(locale, &rules.applicant_kinds, ApplicantKind::label_key))];
    let population = match (rules.population_min, rules.population_max) {
        (Some(min), Some(max)) => Some(locale.t_args("rules-population-between", &[("min", n(min)), ("max", n(max))])),
        (Some(min), None) => Some(locale.t_args("rules-population-from", &[("min", n(min))])),
        (None, Some(max)) => Some(locale.t_args("rules-population-up-to", &[("max", n(max))])),
        (None, None) => None,
    };
    if let Some(population) = population {
        out.push(fact("rules-population", population));
    }
    out.push(fact("rules-max-grant", locale.money(rules.max_grant)));
    out.push(fact("rules-rate", locale.t_args("rules-rate-value", &[("rate", FluentArg::Number(i64::from(rules.funding_rate_percent)))])));
    if rules.min_own_share_percent > 0 {
        let share = FluentArg::Number(i64::from(rules.min_own_share_percent));
        out.push(fact("rules-own-share", locale.t_args("rules-own-share-value", &[("percent", share)])));
    }
    out.push(fact("rules-eligible", names(locale, &rules.eligible_costs, CostCategory::label_key)));
    let excluded: Vec<CostCategory> = CostCategory::ALL.into_iter().filter(|c| !rules.eligible_costs.contains(c)).collect();
    if !excluded.is_empty() {
        out.push(fact("rules-not-eligible", names(locale, &excluded, CostCategory::label_key)));
    }
    let months = |m: u8| FluentArg::Number(i64::from(m));
    let duration =
        locale.t_args("rules-duration-value", &[("min", months(rules.duration_months_min)), ("max", months(rules.duration_months_max))]);
    out.push(fact("rules-duration", duration));
    out
}
