//! Closing a grant with its final report: how much of the grant the actual
//! costs justify, what was paid beyond it and is asked back, and the
//! repayment as the officers type it.

use crate::money::Money;
use crate::tenancy::FieldError;

/// What the final report settles: how much of the grant the actual costs
/// justify, and what was paid beyond it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settlement {
    /// The grant the actual costs justify: at most the grant, at most the
    /// funding rate of the actual costs, and at most what the own
    /// contribution and third-party funds leave uncovered.
    pub justified: Money,
    /// Paid beyond what is justified: to be paid back.
    pub repayment: Money,
}

/// The proposal the officers start from when they close a grant.
pub fn settlement(granted: Money, paid: Money, actual: Money, own: Money, third_party: Money, rate_percent: u8) -> Settlement {
    let by_rate = i128::from(actual.cents()) * i128::from(rate_percent) / 100;
    let uncovered = i128::from(actual.cents() - own.cents() - third_party.cents());
    let justified = i128::from(granted.cents()).min(by_rate).min(uncovered).max(0);
    let justified = Money(i64::try_from(justified).unwrap_or(0));
    Settlement { justified, repayment: Money((paid.cents() - justified.cents()).max(0)) }
}

/// The repayment the officers ask for when closing, as typed: nothing, or
/// at most what was paid.
pub fn check_repayment(typed: &str, paid: Money) -> Result<Money, FieldError> {
    let amount = if typed.trim().is_empty() { Some(Money(0)) } else { Money::parse_euros(typed).filter(|m| m.cents() >= 0) };
    match amount {
        None => Err(FieldError { field: "repayment", code: "report-repayment-invalid" }),
        Some(a) if a > paid => Err(FieldError { field: "repayment", code: "report-repayment-above-paid" }),
        Some(a) => Ok(a),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_settlement_asks_back_what_the_actual_costs_do_not_justify() {
        let e = Money::from_euros;
        // Costs as planned: nothing to pay back.
        assert_eq!(settlement(e(17_000), e(17_000), e(20_000), e(3_000), e(0), 100).repayment, e(0));
        // 2,000 € less spent: the own contribution stays, the grant shrinks.
        assert_eq!(
            settlement(e(17_000), e(17_000), e(18_000), e(3_000), e(0), 100),
            Settlement { justified: e(15_000), repayment: e(2_000) }
        );
        // A funding rate of 90 % caps it as well.
        assert_eq!(settlement(e(20_000), e(20_000), e(20_000), e(0), e(0), 90).justified, e(18_000));
        // Not all paid yet: nothing to pay back while paid ≤ justified.
        assert_eq!(settlement(e(17_000), e(10_000), e(18_000), e(3_000), e(0), 100).repayment, e(0));
        assert_eq!(check_repayment("2.000", e(17_000)), Ok(e(2_000)));
        assert_eq!(check_repayment("", e(17_000)), Ok(e(0)));
        assert_eq!(check_repayment("17.000,01", e(17_000)).unwrap_err().code, "report-repayment-above-paid");
        assert_eq!(check_repayment("viel", e(17_000)).unwrap_err().code, "report-repayment-invalid");
    }

    proptest! {
        /// The settlement never justifies more than the grant or the costs,
        /// and never asks back more than was paid.
        #[test]
        fn settlements_stay_within_grant_costs_and_payments(
            granted in 0i64..10_000_000, paid_share in 0i64..=100, actual in 0i64..20_000_000,
            own in 0i64..5_000_000, third in 0i64..5_000_000, rate in 0u8..=100,
        ) {
            let paid = granted * paid_share / 100;
            let s = settlement(Money(granted), Money(paid), Money(actual), Money(own), Money(third), rate);
            prop_assert!(s.justified.cents() <= granted && s.justified.cents() <= actual && s.justified.cents() >= 0);
            prop_assert!(s.repayment.cents() <= paid && s.repayment.cents() >= 0);
            prop_assert_eq!(s.repayment.cents(), (paid - s.justified.cents()).max(0));
        }
    }
}
