//! Tenancy: the state space and its municipalities.

use serde::{Deserialize, Serialize};

/// What kind of space a tenant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantKind {
    /// The state's programme space above all municipalities (exactly one).
    State,
    Municipality,
}

impl TenantKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::State => "state",
            Self::Municipality => "municipality",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "state" => Some(Self::State),
            "municipality" => Some(Self::Municipality),
            _ => None,
        }
    }
}

/// A problem with one field of tenant input; `code` is the Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {code}")]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
}

/// A URL slug: 2–63 characters of `a-z`, `0-9` and single hyphens inside.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let err = |code| FieldError { field: "slug", code };
        let text = text.trim();
        if text.len() < 2 || text.len() > 63 {
            return Err(err("tenancy-slug-length"));
        }
        let valid_chars = text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid_chars || text.starts_with('-') || text.ends_with('-') || text.contains("--") {
            return Err(err("tenancy-slug-characters"));
        }
        Ok(Slug(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Amtlicher Gemeindeschlüssel: exactly eight digits (Land, Regierungsbezirk,
/// Kreis, Gemeinde).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ags(String);

impl Ags {
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Ags(text))
        } else {
            Err(FieldError { field: "ags", code: "tenancy-ags-format" })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Input for a new municipality, checked field by field so a form can show
/// every problem at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMunicipality {
    pub name: String,
    pub slug: Slug,
    pub ags: Ags,
    pub population: i64,
    pub district: String,
}

/// The raw text a person typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MunicipalityForm {
    pub name: String,
    pub slug: String,
    pub ags: String,
    pub population: String,
    pub district: String,
}

impl MunicipalityForm {
    pub fn validate(&self) -> Result<NewMunicipality, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(FieldError { field: "name", code: "tenancy-name-length" });
        }
        let slug = Slug::parse(&self.slug).map_err(|e| errors.push(e)).ok();
        let ags = Ags::parse(&self.ags).map_err(|e| errors.push(e)).ok();
        let population_text: String = self.population.chars().filter(|c| c.is_ascii_digit()).collect();
        let population = match population_text.parse::<i64>() {
            Ok(n) if n > 0 && n < 100_000_000 && !self.population.trim().starts_with('-') => Some(n),
            _ => {
                errors.push(FieldError { field: "population", code: "tenancy-population-invalid" });
                None
            }
        };
        let district = self.district.trim();
        if district.chars().count() > 120 {
            errors.push(FieldError { field: "district", code: "tenancy-district-length" });
        }
        match (slug, ags, population) {
            (Some(slug), Some(ags), Some(population)) if errors.is_empty() => {
                Ok(NewMunicipality { name: name.to_owned(), slug, ags, population, district: district.to_owned() })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slug_rules() {
        assert!(Slug::parse("musterstadt").is_ok());
        assert!(Slug::parse("bad-vilbel-2").is_ok());
        assert_eq!(Slug::parse("Muster").unwrap_err().code, "tenancy-slug-characters");
        assert_eq!(Slug::parse("a").unwrap_err().code, "tenancy-slug-length");
        assert!(Slug::parse("-a").is_err());
        assert!(Slug::parse("a--b").is_err());
        assert!(Slug::parse("groß").is_err());
    }

    #[test]
    fn ags_is_eight_digits() {
        assert_eq!(Ags::parse("06 4 35 019").unwrap().as_str(), "06435019");
        assert!(Ags::parse("0643501").is_err());
        assert!(Ags::parse("0643501x").is_err());
    }

    #[test]
    fn form_reports_every_field() {
        let form =
            MunicipalityForm { name: " ".into(), slug: "X".into(), ags: "1".into(), population: "-3".into(), district: String::new() };
        let fields: Vec<_> = form.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "slug", "ags", "population"]);
    }

    #[test]
    fn form_accepts_german_thousands_separator() {
        let form = MunicipalityForm {
            name: "Musterstadt".into(),
            slug: "musterstadt".into(),
            ags: "06435019".into(),
            population: "38.000".into(),
            district: "Main-Kinzig-Kreis".into(),
        };
        assert_eq!(form.validate().unwrap().population, 38_000);
    }

    proptest! {
        #[test]
        fn parsed_slugs_are_url_safe(text in "\\PC{0,70}") {
            if let Ok(slug) = Slug::parse(&text) {
                prop_assert!(slug.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            }
        }
    }
}
