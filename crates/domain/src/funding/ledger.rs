//! The money of a grant: payments the municipality requests and the
//! officers release or reject, and the ledger that sums them up (granted,
//! requested, paid, remaining). A request never asks for more than the
//! grant minus what was paid and what is already requested. All integer
//! cents.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::money::Money;
use crate::tenancy::FieldError;

/// Where a payment request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentStatus {
    Requested,
    Released,
    Rejected,
}

impl PaymentStatus {
    pub const ALL: [PaymentStatus; 3] = [PaymentStatus::Requested, PaymentStatus::Released, PaymentStatus::Rejected];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Requested => "requested",
            PaymentStatus::Released => "released",
            PaymentStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentStatus> {
        PaymentStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("payment-status-{}", self.as_str())
    }
}

/// A grant's money at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ledger {
    pub granted: Money,
    /// Requested and not decided yet.
    pub requested: Money,
    /// Released.
    pub paid: Money,
}

impl Ledger {
    /// The ledger of `granted` with the payments' statuses and amounts.
    pub fn of(granted: Money, payments: impl IntoIterator<Item = (PaymentStatus, Money)>) -> Ledger {
        let mut ledger = Ledger { granted, ..Ledger::default() };
        for (status, amount) in payments {
            match status {
                PaymentStatus::Requested => ledger.requested = Money(ledger.requested.cents().saturating_add(amount.cents())),
                PaymentStatus::Released => ledger.paid = Money(ledger.paid.cents().saturating_add(amount.cents())),
                PaymentStatus::Rejected => {}
            }
        }
        ledger
    }

    /// What is left of the grant once everything paid is taken off.
    pub fn remaining(&self) -> Money {
        Money(self.granted.cents() - self.paid.cents())
    }

    /// What a new request may ask for: the grant minus what was paid and
    /// what is requested already.
    pub fn available(&self) -> Money {
        Money((self.granted.cents() - self.paid.cents() - self.requested.cents()).max(0))
    }
}

/// A checked payment request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRequest {
    pub amount: Money,
    /// When the money is needed.
    pub wanted_on: NaiveDate,
    pub purpose: String,
}

/// The payment request form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct PaymentForm {
    pub amount: String,
    /// `YYYY-MM-DD`.
    pub wanted_on: String,
    pub purpose: String,
}

impl PaymentForm {
    pub fn validate(&self, ledger: &Ledger) -> Result<PaymentRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let amount = Money::parse_euros(&self.amount).filter(|m| m.cents() > 0);
        match amount {
            None => errors.push(FieldError { field: "amount", code: "payment-amount-invalid" }),
            Some(a) if a > ledger.available() => errors.push(FieldError { field: "amount", code: "payment-above-available" }),
            Some(_) => {}
        }
        let wanted_on = NaiveDate::parse_from_str(self.wanted_on.trim(), "%Y-%m-%d").ok();
        if wanted_on.is_none() {
            errors.push(FieldError { field: "wanted_on", code: "application-day-invalid" });
        }
        let purpose = self.purpose.trim();
        if !(3..=500).contains(&purpose.chars().count()) {
            errors.push(FieldError { field: "purpose", code: "payment-purpose-missing" });
        }
        match (amount, wanted_on, errors.is_empty()) {
            (Some(amount), Some(wanted_on), true) => Ok(PaymentRequest { amount, wanted_on, purpose: purpose.to_owned() }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn form(amount: &str) -> PaymentForm {
        PaymentForm { amount: amount.into(), wanted_on: "2027-03-01".into(), purpose: "Erste Rate".into() }
    }

    #[test]
    fn a_request_asks_for_at_most_what_is_left_and_not_requested() {
        use PaymentStatus::*;
        let ledger = Ledger::of(
            Money::from_euros(20_000),
            [(Released, Money::from_euros(8_000)), (Requested, Money::from_euros(5_000)), (Rejected, Money::from_euros(9_000))],
        );
        assert_eq!(
            (ledger.paid, ledger.requested, ledger.remaining(), ledger.available()),
            (Money::from_euros(8_000), Money::from_euros(5_000), Money::from_euros(12_000), Money::from_euros(7_000))
        );
        assert_eq!(form("7.000").validate(&ledger).unwrap().amount, Money::from_euros(7_000));
        let codes = |f: PaymentForm| f.validate(&ledger).unwrap_err().iter().map(|e| (e.field, e.code)).collect::<Vec<_>>();
        assert_eq!(codes(form("7.000,01")), [("amount", "payment-above-available")]);
        assert_eq!(
            codes(PaymentForm { wanted_on: "bald".into(), purpose: String::new(), ..form("0") }),
            [("amount", "payment-amount-invalid"), ("wanted_on", "application-day-invalid"), ("purpose", "payment-purpose-missing")]
        );
    }

    proptest! {
        /// Whatever is requested, released or rejected in whatever order,
        /// requests the ledger lets through never add up to more than the grant.
        #[test]
        fn accepted_requests_never_exceed_the_grant(granted in 1i64..5_000_000, steps in proptest::collection::vec((1i64..2_000_000, 0u8..3), 0..40)) {
            let mut payments: Vec<(PaymentStatus, Money)> = Vec::new();
            for (cents, decision) in steps {
                let ledger = Ledger::of(Money(granted), payments.iter().copied());
                let amount = Money(cents);
                let typed = PaymentForm { amount: amount.format_de().trim_end_matches(" €").to_owned(), ..form("") };
                if typed.validate(&ledger).is_ok() {
                    payments.push((PaymentStatus::Requested, amount));
                }
                // Decide the oldest open request.
                if let Some(open) = payments.iter_mut().find(|(s, _)| *s == PaymentStatus::Requested) {
                    open.0 = match decision { 0 => PaymentStatus::Released, 1 => PaymentStatus::Rejected, _ => PaymentStatus::Requested };
                }
                let after = Ledger::of(Money(granted), payments.iter().copied());
                prop_assert!(after.paid.cents() + after.requested.cents() <= granted);
                prop_assert!(after.remaining().cents() >= 0);
            }
        }
    }
}
