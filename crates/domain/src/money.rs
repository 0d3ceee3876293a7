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

    /// An amount in euros as people type it: `20000`, `20.000`, `20.000,50`,
    /// `20,000.50`, `1 500 €`. The last `,` or `.` followed by one or two
    /// digits separates the cents; other dots, commas and spaces group
    /// thousands. Negative amounts and more than a trillion euros are refused.
    pub fn parse_euros(text: &str) -> Option<Money> {
        let text: String = text.trim().trim_end_matches('€').trim_end_matches("EUR").chars().filter(|c| !c.is_whitespace()).collect();
        if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
            return None;
        }
        let (whole, cents) = match text.rfind([',', '.']) {
            Some(i) if (1..=2).contains(&(text.len() - i - 1)) => (&text[..i], &text[i + 1..]),
            _ => (text.as_str(), ""),
        };
        let groups: Vec<&str> = whole.split([',', '.']).collect();
        let grouped = groups.len() > 1;
        if groups[0].is_empty() || (grouped && groups[1..].iter().any(|g| g.len() != 3)) {
            return None;
        }
        let euros: i64 = groups.concat().parse().ok()?;
        let cents: i64 = match cents.len() {
            0 => 0,
            1 => cents.parse::<i64>().ok()? * 10,
            _ => cents.parse().ok()?,
        };
        if euros > 1_000_000_000_000 {
            return None;
        }
        Some(Money(euros * 100 + cents))
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

    #[test]
    fn typed_amounts_are_read_in_either_notation() {
        for (typed, cents) in [
            ("20000", 2_000_000),
            ("20.000", 2_000_000),
            ("20.000,50", 2_000_050),
            ("20,000.50", 2_000_050),
            ("1 500 €", 150_000),
            ("12,5", 1_250),
            ("0,05", 5),
            ("1.234.567,89 EUR", 123_456_789),
        ] {
            assert_eq!(Money::parse_euros(typed), Some(Money(cents)), "{typed}");
        }
        for typed in ["", "zwanzig", "-5", "1.23.4", ",50", "12,345,6789"] {
            assert_eq!(Money::parse_euros(typed), None, "{typed}");
        }
    }

    proptest! {
        #[test]
        fn what_is_shown_is_read_back(cents in 0i64..100_000_000_000) {
            prop_assert_eq!(Money::parse_euros(&Money(cents).format_de()), Some(Money(cents)));
            prop_assert_eq!(Money::parse_euros(&Money(cents).format_en()), Some(Money(cents)));
        }

        #[test]
        fn formatting_keeps_every_digit(cents in any::<i64>()) {
            let text = Money(cents).format_de();
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            let expected = format!("{}{:02}", cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
            prop_assert_eq!(digits, expected);
        }
    }
}
