//! Money in integer euro cents. Never a float.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    pub const fn from_euros(euros: i64) -> Self {
        Money(euros * 100)
    }

    pub const fn cents(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// German notation: `20.000,00 €`.
    pub fn format_de(self) -> String {
        self.format('.', ',')
    }

    /// English notation: `€20,000.00` is written as `20,000.00 €` for consistency.
    pub fn format_en(self) -> String {
        self.format(',', '.')
    }

    fn format(self, group: char, decimal: char) -> String {
        let negative = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let euros = (abs / 100).to_string();
        let cents = abs % 100;
        let mut grouped = String::with_capacity(euros.len() + euros.len() / 3);
        for (i, ch) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(ch);
        }
        format!("{}{grouped}{decimal}{cents:02} €", if negative { "-" } else { "" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_in_german_and_english() {
        assert_eq!(Money::from_euros(20_000).format_de(), "20.000,00 €");
        assert_eq!(Money(123_456_789).format_en(), "1,234,567.89 €");
        assert_eq!(Money(-5).format_de(), "-0,05 €");
        assert_eq!(Money(0).format_de(), "0,00 €");
    }

    proptest! {
        #[test]
        fn formatting_keeps_every_digit(cents in any::<i64>()) {
            let text = Money(cents).format_de();
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            let expected = format!("{}{:02}", cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
            prop_assert_eq!(digits, expected);
        }
    }
}
