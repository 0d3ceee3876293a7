//! The legal pages every German public website must have.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LegalPageKind {
    /// Impressum (§ 5 DDG).
    Imprint,
    /// Datenschutzerklärung (Art. 13 GDPR).
    Privacy,
    /// Erklärung zur Barrierefreiheit (BITV 2.0 § 7).
    Accessibility,
    /// Netiquette: the rules for contributions that moderation applies.
    Netiquette,
}

impl LegalPageKind {
    pub const ALL: [LegalPageKind; 4] = [Self::Imprint, Self::Privacy, Self::Accessibility, Self::Netiquette];

    /// The stored key and the German URL segment users know from every public site.
    pub const fn slug(self) -> &'static str {
        match self {
            Self::Imprint => "impressum",
            Self::Privacy => "datenschutz",
            Self::Accessibility => "barrierefreiheit",
            Self::Netiquette => "netiquette",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    /// Fluent id of the page title.
    pub const fn title_key(self) -> &'static str {
        match self {
            Self::Imprint => "legal-imprint-title",
            Self::Privacy => "legal-privacy-title",
            Self::Accessibility => "legal-accessibility-title",
            Self::Netiquette => "legal-netiquette-title",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for kind in LegalPageKind::ALL {
            assert_eq!(LegalPageKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(LegalPageKind::from_slug("agb"), None);
    }
}
