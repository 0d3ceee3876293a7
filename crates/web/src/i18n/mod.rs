//! Languages of the interface: Project Fluent files under `locales/<lang>/`,
//! compiled into the binary. The locale comes from the `lang` cookie, then
//! `Accept-Language`, then German.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "de",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface is complete in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    De,
    En,
}

static DE: LanguageIdentifier = langid!("de");
static EN: LanguageIdentifier = langid!("en");

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::De, Locale::En];

    /// A day as people of this language write it: "26.06.2025", "26 Jun 2025".
    pub fn day(self, day: chrono::NaiveDate) -> String {
        match self {
            Locale::De => day.format("%d.%m.%Y").to_string(),
            Locale::En => day.format("%-d %b %Y").to_string(),
        }
    }

    /// BCP 47 code, used in `lang` attributes, cookies and URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
        }
    }

    /// The language's name in itself, for the language chooser.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::De => "Deutsch",
            Locale::En => "English",
        }
    }

    /// Writing direction for the `dir` attribute.
    pub const fn dir(self) -> &'static str {
        "ltr"
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut candidates: Vec<(f32, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
                let locale = Locale::from_code(tag)?;
                (quality > 0.0).then_some((quality, position, locale))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }

    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::De => &DE,
            Locale::En => &EN,
        }
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.langid(), key)
    }

    /// The message `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentArg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.to_fluent())).collect();
        LOCALES.lookup_with_args(self.langid(), key, &map)
    }

    /// The message with its arguments, if this language has it and every
    /// argument it uses is given.
    pub fn try_t_args(self, key: &str, args: &[(&'static str, FluentArg)]) -> Option<String> {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.to_fluent())).collect();
        LOCALES.try_lookup_with_args(self.langid(), key, &map)
    }

    /// An amount of money for this language: `20.000,00 €` / `20,000.00 €`.
    pub fn money(self, amount: domain::money::Money) -> String {
        match self {
            Locale::De => amount.format_de(),
            Locale::En => amount.format_en(),
        }
    }

    /// A whole number formatted for this language (`38.000` / `38,000`).
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = match self {
            Locale::De => '.',
            Locale::En => ',',
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(ch);
        }
        out
    }
}

/// An argument value for a Fluent message.
#[derive(Debug, Clone)]
pub enum FluentArg {
    Text(String),
    Number(i64),
}

impl FluentArg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            FluentArg::Text(text) => FluentValue::from(text.clone()),
            FluentArg::Number(n) => FluentValue::from(*n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(Locale::negotiate("en-GB,en;q=0.9,de;q=0.8"), Some(Locale::En));
        assert_eq!(Locale::negotiate("fr-FR, de;q=0.5, en;q=0.7"), Some(Locale::En));
        assert_eq!(Locale::negotiate("tr"), None);
        assert_eq!(Locale::negotiate("de-AT"), Some(Locale::De));
        assert_eq!(Locale::negotiate("en;q=0"), None);
    }

    #[test]
    fn formats_numbers() {
        assert_eq!(Locale::De.number(38_000), "38.000");
        assert_eq!(Locale::En.number(120_000), "120,000");
        assert_eq!(Locale::En.number(999), "999");
    }
}
