//! The check of an application against its call's rules: a pure function
//! from (rules, applicant, plan) to findings. Each finding names the field
//! it belongs to, whether the rule holds, and the figures for a message in
//! plain language ("Musterstadt has 38,000 inhabitants — within the limit of
//! 50,000"; "requested 24,000 EUR exceeds the maximum of 20,000 EUR").
//! An application may be submitted only when no finding is a violation.

use super::rules::{ApplicantKind, CostCategory, Rules};
use crate::money::Money;

/// Who applies, as the platform knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicant {
    pub kind: ApplicantKind,
    /// The leading municipality's name and population.
    pub name: String,
    pub population: i64,
    /// For a joint application: the partners, with whether each one's
    /// declaration is attached.
    pub partners: Vec<Partner>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub name: String,
    pub population: i64,
    pub declared: bool,
}

impl Applicant {
    /// The population the limits apply to: for a joint application the sum.
    pub fn population_counted(&self) -> i64 {
        self.population + self.partners.iter().map(|p| p.population).sum::<i64>()
    }
}

/// One line of the cost plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostLine {
    pub category: CostCategory,
    pub description: String,
    pub amount: Money,
}

/// What the check needs of an application.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub costs: Vec<CostLine>,
    pub requested: Money,
    pub own: Money,
    pub third_party: Money,
    /// From the planned start to the planned end, in whole months.
    pub duration_months: Option<u32>,
    /// The required attachments (by their names in the rules) that are attached.
    pub attachments: Vec<String>,
    /// The required declarations (by their text in the rules) that are made.
    pub declarations: Vec<String>,
}

impl Plan {
    pub fn total_costs(&self) -> Money {
        Money(self.costs.iter().map(|c| c.amount.cents()).sum())
    }

    pub fn total_financing(&self) -> Money {
        Money(self.requested.cents() + self.own.cents() + self.third_party.cents())
    }

    /// Costs in the categories the rules fund.
    pub fn eligible_costs(&self, rules: &Rules) -> Money {
        Money(self.costs.iter().filter(|c| rules.eligible_costs.contains(&c.category)).map(|c| c.amount.cents()).sum())
    }
}

/// A value in a finding's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Money(Money),
    Number(i64),
    Text(String),
}

/// One rule, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The form field it stands next to (`cost_3` for the fourth cost line).
    pub field: String,
    /// Holds, or is a violation.
    pub ok: bool,
    /// The message's key; its arguments below.
    pub code: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

fn finding(field: impl Into<String>, ok: bool, code: &'static str, args: Vec<(&'static str, Arg)>) -> Finding {
    Finding { field: field.into(), ok, code, args }
}

/// `part` percent of `whole`, rounded down to the cent.
fn percent_of(whole: Money, part: u8) -> Money {
    Money(whole.cents() * i64::from(part) / 100)
}

/// Every rule of `rules`, checked for `applicant` and `plan`, in the order
/// of the form.
pub fn check(rules: &Rules, applicant: &Applicant, plan: &Plan) -> Vec<Finding> {
    use Arg::{Money as M, Number as N, Text as T};
    let mut out = Vec::new();
    let kind = ("kind", T(applicant.kind.as_str().to_owned()));
    out.push(finding("kind", rules.applicant_kinds.contains(&applicant.kind), "funding-rule-kind", vec![kind]));

    let population = applicant.population_counted();
    let name = ("name", T(applicant.name.clone()));
    let joint = ("joint", T(if applicant.partners.is_empty() { "no" } else { "yes" }.to_owned()));
    match (rules.population_min, rules.population_max) {
        (Some(min), _) if population < min => out.push(finding(
            "joint",
            false,
            "funding-rule-population-under",
            vec![name, joint, ("population", N(population)), ("limit", N(min))],
        )),
        (_, Some(max)) if population > max => out.push(finding(
            "joint",
            false,
            "funding-rule-population-over",
            vec![name, joint, ("population", N(population)), ("limit", N(max))],
        )),
        (_, Some(max)) => out.push(finding(
            "joint",
            true,
            "funding-rule-population-within",
            vec![name, joint, ("population", N(population)), ("limit", N(max))],
        )),
        _ => {}
    }
    if applicant.kind == ApplicantKind::InterMunicipal {
        if applicant.partners.is_empty() {
            out.push(finding("joint", false, "funding-rule-partners-missing", vec![]));
        }
        for p in applicant.partners.iter().filter(|p| !p.declared) {
            out.push(finding("joint", false, "funding-rule-partner-declaration-missing", vec![("name", T(p.name.clone()))]));
        }
    }

    if let Some(months) = plan.duration_months {
        let (min, max) = (u32::from(rules.duration_months_min), u32::from(rules.duration_months_max));
        let ok = (min..=max).contains(&months);
        let args = vec![("months", N(i64::from(months))), ("min", N(i64::from(min))), ("max", N(i64::from(max)))];
        out.push(finding("ends_on", ok, "funding-rule-duration", args));
    } else {
        out.push(finding("ends_on", false, "funding-rule-duration-missing", vec![]));
    }

    if plan.costs.is_empty() {
        out.push(finding("costs", false, "funding-rule-no-costs", vec![]));
    }
    for (i, line) in plan.costs.iter().enumerate() {
        if !rules.eligible_costs.contains(&line.category) {
            let args = vec![("category", T(line.category.as_str().to_owned())), ("amount", M(line.amount))];
            out.push(finding(format!("cost_{i}"), false, "funding-rule-cost-not-eligible", args));
        }
    }

    let requested = ("requested", M(plan.requested));
    let over = plan.requested > rules.max_grant;
    out.push(finding("requested", !over, "funding-rule-max-grant", vec![requested.clone(), ("max", M(rules.max_grant))]));
    let eligible = plan.eligible_costs(rules);
    let allowed = percent_of(eligible, rules.funding_rate_percent);
    if plan.requested > allowed {
        let args = vec![requested, ("rate", N(i64::from(rules.funding_rate_percent))), ("eligible", M(eligible)), ("allowed", M(allowed))];
        out.push(finding("requested", false, "funding-rule-rate", args));
    }
    let (costs, financing) = (plan.total_costs(), plan.total_financing());
    let gap = Money(costs.cents() - financing.cents());
    let balance = vec![("costs", M(costs)), ("financing", M(financing)), ("gap", M(Money(gap.cents().abs())))];
    let code = match gap.cents() {
        0 => "funding-rule-balanced",
        g if g > 0 => "funding-rule-unfunded",
        _ => "funding-rule-overfunded",
    };
    out.push(finding("own", gap.cents() == 0, code, balance));
    if rules.min_own_share_percent > 0 {
        let needed = Money((costs.cents() * i64::from(rules.min_own_share_percent) + 99) / 100);
        let args = vec![("own", M(plan.own)), ("percent", N(i64::from(rules.min_own_share_percent))), ("needed", M(needed))];
        out.push(finding("own", plan.own >= needed, "funding-rule-own-share", args));
    }

    for (i, name) in rules.required_attachments.iter().enumerate() {
        if !plan.attachments.contains(name) {
            out.push(finding(format!("attachment_{i}"), false, "funding-rule-attachment-missing", vec![("name", T(name.clone()))]));
        }
    }
    for (i, text) in rules.required_declarations.iter().enumerate() {
        if !plan.declarations.contains(text) {
            out.push(finding(format!("declaration_{i}"), false, "funding-rule-declaration-missing", vec![("text", T(text.clone()))]));
        }
    }
    out
}

/// The violations among `findings`.
pub fn violations(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| !f.ok)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn musterstadt() -> Applicant {
        Applicant { kind: ApplicantKind::Municipality, name: "Musterstadt".into(), population: 38_000, partners: vec![] }
    }

    fn plan() -> Plan {
        let rules = Rules::reference();
        Plan {
            costs: vec![
                CostLine { category: CostCategory::Moderation, description: "Prozessbegleitung".into(), amount: Money::from_euros(12_000) },
                CostLine { category: CostCategory::Workshops, description: "Fünf Werkstätten".into(), amount: Money::from_euros(6_000) },
                CostLine { category: CostCategory::Interpretation, description: "Dolmetschen".into(), amount: Money::from_euros(2_000) },
            ],
            requested: Money::from_euros(20_000),
            own: Money(0),
            third_party: Money(0),
            duration_months: Some(15),
            attachments: rules.required_attachments.clone(),
            declarations: rules.required_declarations.clone(),
        }
    }

    fn codes(findings: &[Finding]) -> Vec<&'static str> {
        violations(findings).map(|f| f.code).collect()
    }

    #[test]
    fn a_complete_application_within_the_limits_passes_and_says_so() {
        let findings = check(&Rules::reference(), &musterstadt(), &plan());
        assert!(codes(&findings).is_empty(), "{findings:?}");
        let population = findings.iter().find(|f| f.code == "funding-rule-population-within").unwrap();
        assert!(
            population.args.contains(&("population", Arg::Number(38_000))) && population.args.contains(&("limit", Arg::Number(50_000)))
        );
    }

    #[test]
    fn each_broken_rule_is_named_with_its_figures() {
        let rules = Rules::reference();
        let big = Applicant { name: "Großstadt am Main".into(), population: 760_000, ..musterstadt() };
        assert_eq!(codes(&check(&rules, &big, &plan())), ["funding-rule-population-over"]);

        // Requested 24,000 EUR of a 20,000 EUR maximum, costs 21,500 EUR against 24,000 EUR financing.
        let mut p = plan();
        p.requested = Money::from_euros(24_000);
        p.costs.push(CostLine { category: CostCategory::PublicRelations, description: "Druck".into(), amount: Money::from_euros(1_500) });
        let findings = check(&rules, &musterstadt(), &p);
        assert_eq!(codes(&findings), ["funding-rule-max-grant", "funding-rule-rate", "funding-rule-overfunded"]);
        let max = findings.iter().find(|f| f.code == "funding-rule-max-grant").unwrap();
        assert_eq!(max.args, vec![("requested", Arg::Money(Money::from_euros(24_000))), ("max", Arg::Money(Money::from_euros(20_000)))]);

        // Costs 21,500 EUR, financing 21,000 EUR: 500 EUR unfunded.
        let mut p = plan();
        p.costs.push(CostLine { category: CostCategory::PublicRelations, description: "Druck".into(), amount: Money::from_euros(1_500) });
        p.own = Money::from_euros(1_000);
        let findings = check(&rules, &musterstadt(), &p);
        let gap = violations(&findings).next().unwrap();
        assert_eq!((gap.code, gap.field.as_str()), ("funding-rule-unfunded", "own"));
        assert!(gap.args.contains(&("gap", Arg::Money(Money::from_euros(500)))));

        // Staff costs are not eligible; nor is the grant for them.
        let mut p = plan();
        p.costs[2].category = CostCategory::Staff;
        assert_eq!(codes(&check(&rules, &musterstadt(), &p)), ["funding-rule-cost-not-eligible", "funding-rule-rate"]);
        assert_eq!(violations(&check(&rules, &musterstadt(), &p)).next().unwrap().field, "cost_2");

        // Missing attachment, declaration, duration out of range, no costs.
        let p =
            Plan { duration_months: Some(24), attachments: vec![], declarations: vec![rules.required_declarations[0].clone()], ..plan() };
        assert_eq!(
            codes(&check(&rules, &musterstadt(), &p)),
            ["funding-rule-duration", "funding-rule-attachment-missing", "funding-rule-declaration-missing"]
        );
        let empty = Plan { costs: vec![], requested: Money(0), ..plan() };
        assert_eq!(codes(&check(&rules, &musterstadt(), &empty)), ["funding-rule-no-costs"]);
    }

    #[test]
    fn a_joint_application_counts_the_sum_and_needs_every_partners_declaration() {
        let rules = Rules::reference();
        let small = |name: &str, population, declared| Partner { name: name.into(), population, declared };
        let joint = Applicant {
            kind: ApplicantKind::InterMunicipal,
            name: "Kleinau".into(),
            population: 6_000,
            partners: vec![small("Waldheim", 4_500, true), small("Bachdorf", 3_000, false)],
        };
        assert_eq!(joint.population_counted(), 13_500);
        assert_eq!(codes(&check(&rules, &joint, &plan())), ["funding-rule-partner-declaration-missing"]);
        let alone = Applicant { kind: ApplicantKind::Municipality, partners: vec![], ..joint.clone() };
        assert_eq!(codes(&check(&rules, &alone, &plan())), ["funding-rule-population-under"]);
        let only_districts = Rules { applicant_kinds: vec![ApplicantKind::District], ..rules.clone() };
        assert_eq!(codes(&check(&only_districts, &musterstadt(), &plan()))[0], "funding-rule-kind");
    }

    #[test]
    fn an_own_share_is_rounded_up_to_the_cent() {
        let rules = Rules { min_own_share_percent: 10, funding_rate_percent: 90, ..Rules::reference() };
        let p = Plan { requested: Money::from_euros(18_000), own: Money::from_euros(2_000), ..plan() };
        assert!(codes(&check(&rules, &musterstadt(), &p)).is_empty());
        let short = Plan { requested: Money(1_800_001), own: Money(199_999), ..plan() };
        assert_eq!(codes(&check(&rules, &musterstadt(), &short)), ["funding-rule-rate", "funding-rule-own-share"]);
    }

    proptest! {
        /// Whatever is typed, a plan without violations never asks for more
        /// than the maximum or the funding rate allows, and always balances.
        #[test]
        fn a_plan_without_violations_keeps_every_limit(
            amounts in proptest::collection::vec(0i64..3_000_000, 1..6),
            requested in 0i64..4_000_000,
            own in 0i64..2_000_000,
            third in 0i64..1_000_000,
            rate in 1u8..=100,
            share in 0u8..=50,
            staff in any::<bool>(),
        ) {
            let rules = Rules { funding_rate_percent: rate, min_own_share_percent: share, ..Rules::reference() };
            let costs = amounts
                .iter()
                .enumerate()
                .map(|(i, a)| CostLine { category: if staff && i == 0 { CostCategory::Staff } else { CostCategory::Workshops }, description: String::new(), amount: Money(*a) })
                .collect();
            let p = Plan { costs, requested: Money(requested), own: Money(own), third_party: Money(third), ..plan() };
            let findings = check(&rules, &musterstadt(), &p);
            if violations(&findings).next().is_none() {
                prop_assert!(p.requested <= rules.max_grant);
                prop_assert!(p.requested.cents() * 100 <= p.eligible_costs(&rules).cents() * i64::from(rate));
                prop_assert_eq!(p.total_costs(), p.total_financing());
                prop_assert!(p.own.cents() * 100 >= p.total_costs().cents() * i64::from(share));
            }
            // Staff costs are never eligible here, whatever else holds.
            let staff_named = violations(&findings).any(|f| f.code == "funding-rule-cost-not-eligible");
            prop_assert_eq!(staff_named, staff);
        }
    }
}
