//! A figure of an indicator: exact to two decimal places (kept in
//! hundredths), typed in German or English notation ("1.250", "12,5",
//! "1,250.75", "-3"), shown without needless zeros ("12,5", "1.250").

use crate::money::Money;

/// A figure, in hundredths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Quantity(pub i64);

impl Quantity {
    /// A whole number.
    pub const fn whole(n: i64) -> Quantity {
        Quantity(n * 100)
    }

    /// As people type it; a leading minus is allowed.
    pub fn parse(text: &str) -> Option<Quantity> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        if digits.contains('€') || digits.contains("EUR") {
            return None;
        }
        let hundredths = Money::parse_euros(digits)?.cents();
        Some(Quantity(if negative { -hundredths } else { hundredths }))
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub fn format_de(self) -> String {
        self.format('.', ',')
    }

    pub fn format_en(self) -> String {
        self.format(',', '.')
    }

    /// The figure as typed back into a form (German notation, no grouping).
    pub fn typed(self) -> String {
        self.format_de().replace('.', "")
    }

    fn format(self, group: char, decimal: char) -> String {
        let shown = if group == '.' { Money(self.0).format_de() } else { Money(self.0).format_en() };
        let shown = shown.trim_end_matches(" €");
        let (whole, fraction) = shown.rsplit_once(decimal).unwrap_or((shown, "00"));
        match fraction.trim_end_matches('0') {
            "" => whole.to_owned(),
            kept => format!("{whole}{decimal}{kept}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn figures_are_read_and_shown_in_either_notation() {
        assert_eq!(Quantity::parse("1.250"), Some(Quantity::whole(1250)));
        assert_eq!(Quantity::parse("12,5"), Some(Quantity(1250)));
        assert_eq!(Quantity::parse("-3"), Some(Quantity::whole(-3)));
        assert_eq!(Quantity::parse("12 €"), None);
        assert_eq!(Quantity::parse("viele"), None);
        assert_eq!(Quantity::parse(""), None);
        assert_eq!(Quantity(125_075).format_de(), "1.250,75");
        assert_eq!(Quantity(125_050).format_en(), "1,250.5");
        assert_eq!(Quantity::whole(40).format_de(), "40");
        assert_eq!(Quantity(-5).format_de(), "-0,05");
        assert_eq!(Quantity(125_050).typed(), "1250,5");
    }

    proptest! {
        #[test]
        fn what_is_shown_or_typed_back_is_read_back(hundredths in -10_000_000_000i64..10_000_000_000) {
            let q = Quantity(hundredths);
            prop_assert_eq!(Quantity::parse(&q.format_de()), Some(q));
            prop_assert_eq!(Quantity::parse(&q.format_en()), Some(q));
            prop_assert_eq!(Quantity::parse(&q.typed()), Some(q));
        }
    }
}
