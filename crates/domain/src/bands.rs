//! The voluntary bands people may be counted in: age, migration history,
//! disability and neighbourhood. The same bands serve a workshop's
//! attendance, paper questionnaires and a person's own self-description, so
//! that they can be set against each other and against population figures.
//! Every band is optional: whoever is not counted in one is "not stated".
//!
//! Shown to the public, small counts are suppressed: a count below
//! [`SMALLEST_SHOWN`] is hidden, and so is a second one beside it, so that
//! the hidden count cannot be worked out from the total.

/// A group of bands; one person is in at most one band of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Age,
    Migration,
    Disability,
    /// One band per neighbourhood of the process, named by its id.
    Neighbourhood,
}

impl Dimension {
    pub const ALL: [Dimension; 4] = [Dimension::Age, Dimension::Migration, Dimension::Disability, Dimension::Neighbourhood];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Age => "age",
            Dimension::Migration => "migration",
            Dimension::Disability => "disability",
            Dimension::Neighbourhood => "neighbourhood",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// The fixed bands (neighbourhoods are the process's own).
    pub fn fixed_bands(self) -> &'static [&'static str] {
        match self {
            Dimension::Age => &AGE,
            Dimension::Migration => &MIGRATION,
            Dimension::Disability => &DISABILITY,
            Dimension::Neighbourhood => &[],
        }
    }
}

/// Age bands.
pub const AGE: [&str; 5] = ["under_18", "18_29", "30_49", "50_64", "65_plus"];
/// Migration history as people describe it themselves: none, their own, their parents'.
pub const MIGRATION: [&str; 3] = ["none", "own", "parents"];
/// Whether people say they have a disability.
pub const DISABILITY: [&str; 2] = ["yes", "no"];

/// Counts below this are not shown to the public.
pub const SMALLEST_SHOWN: u32 = 5;

/// One band: its dimension and its key (a fixed band, or a neighbourhood's id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Band {
    pub dimension: Dimension,
    pub key: String,
}

impl Band {
    pub fn new(dimension: Dimension, key: impl Into<String>) -> Band {
        Band { dimension, key: key.into() }
    }

    /// The form field that holds its count: `band_age_18_29`, `band_neighbourhood_3`.
    pub fn field(&self) -> String {
        format!("band_{}_{}", self.dimension.as_str(), self.key)
    }

    /// The band a form field names, when it names one of these dimensions'
    /// bands (neighbourhoods: one of `neighbourhoods`).
    pub fn of_field(field: &str, neighbourhoods: &[i64]) -> Option<Band> {
        let rest = field.strip_prefix("band_")?;
        Dimension::ALL.into_iter().find_map(|dimension| {
            let key = rest.strip_prefix(dimension.as_str())?.strip_prefix('_')?;
            let known = match dimension {
                Dimension::Neighbourhood => key.parse::<i64>().is_ok_and(|id| neighbourhoods.contains(&id)),
                _ => dimension.fixed_bands().contains(&key),
            };
            known.then(|| Band::new(dimension, key))
        })
    }
}

/// What the public may see of one dimension's counts (with "not stated"
/// among them): counts below [`SMALLEST_SHOWN`] are hidden (`None`), and when
/// that hides only one count, the smallest other one is hidden too, so that
/// the total does not give it away. Zero counts are no person and are shown,
/// unless needed as the second hidden count.
pub fn suppressed(counts: &[u32]) -> Vec<Option<u32>> {
    let mut shown: Vec<Option<u32>> = counts.iter().map(|&n| (n == 0 || n >= SMALLEST_SHOWN).then_some(n)).collect();
    if shown.iter().filter(|c| c.is_none()).count() == 1 {
        let second = shown.iter().enumerate().filter_map(|(i, c)| c.map(|n| (n, i))).min();
        if let Some((_, i)) = second {
            shown[i] = None;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_name_known_bands_only() {
        let band = Band::new(Dimension::Age, "18_29");
        assert_eq!(band.field(), "band_age_18_29");
        assert_eq!(Band::of_field("band_age_18_29", &[]), Some(band));
        assert_eq!(Band::of_field("band_migration_parents", &[]), Some(Band::new(Dimension::Migration, "parents")));
        assert_eq!(Band::of_field("band_neighbourhood_3", &[3, 4]), Some(Band::new(Dimension::Neighbourhood, "3")));
        assert_eq!(Band::of_field("band_neighbourhood_9", &[3, 4]), None, "not the process's neighbourhood");
        assert_eq!(Band::of_field("band_age_12_15", &[]), None);
        assert_eq!(Band::of_field("attendance", &[]), None);
        assert_eq!(Dimension::parse("disability"), Some(Dimension::Disability));
    }

    #[test]
    fn small_counts_are_hidden_and_cannot_be_worked_out() {
        assert_eq!(suppressed(&[7, 12, 9]), [Some(7), Some(12), Some(9)]);
        // One small count hides the smallest other one too.
        assert_eq!(suppressed(&[3, 12, 9]), [None, Some(12), None]);
        // Two small ones hide each other.
        assert_eq!(suppressed(&[2, 4, 20]), [None, None, Some(20)]);
        // Zero is shown, unless it is the only other count to hide.
        assert_eq!(suppressed(&[0, 2, 15]), [None, None, Some(15)]);
        assert_eq!(suppressed(&[0, 0, 15]), [Some(0), Some(0), Some(15)]);
    }

    #[test]
    fn whatever_the_counts_no_single_count_is_hidden_alone() {
        for a in 0..8u32 {
            for b in 0..8u32 {
                for c in 0..8u32 {
                    let shown = suppressed(&[a, b, c]);
                    let hidden = shown.iter().filter(|s| s.is_none()).count();
                    assert_ne!(hidden, 1, "{a} {b} {c}: {shown:?}");
                    for (n, s) in [a, b, c].iter().zip(&shown) {
                        assert!(s.is_none() || *n == 0 || *n >= SMALLEST_SHOWN);
                    }
                }
            }
        }
    }
}
