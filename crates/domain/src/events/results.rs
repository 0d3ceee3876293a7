//! What came of an event, recorded afterwards by the coordinators: a report,
//! how many took part, and optionally how many of them in each of the
//! voluntary bands (age, migration history, disability, neighbourhood).

use std::collections::BTreeMap;

use crate::bands::{Band, Dimension};
use crate::tenancy::FieldError;

/// The form, as typed. `bands` holds the band fields (`band_age_18_29` …).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ResultsForm {
    pub report: String,
    pub attendance: String,
    #[serde(skip)]
    pub bands: BTreeMap<String, String>,
}

/// Checked results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventResults {
    pub report: String,
    pub attendance: Option<u32>,
    /// People counted in each band; bands nobody counted are left out.
    pub bands: BTreeMap<Band, u32>,
}

impl EventResults {
    /// The counts of one dimension's bands.
    pub fn of_dimension(&self, dimension: Dimension) -> impl Iterator<Item = (&Band, u32)> {
        self.bands.iter().filter(move |(b, _)| b.dimension == dimension).map(|(b, n)| (b, *n))
    }
}

/// The field an error of a dimension's counts is shown at (its group).
pub fn dimension_field(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Age => "bands_age",
        Dimension::Migration => "bands_migration",
        Dimension::Disability => "bands_disability",
        Dimension::Neighbourhood => "bands_neighbourhood",
    }
}

impl ResultsForm {
    pub fn of(results: &EventResults) -> ResultsForm {
        ResultsForm {
            report: results.report.clone(),
            attendance: results.attendance.map(|v| v.to_string()).unwrap_or_default(),
            bands: results.bands.iter().map(|(band, n)| (band.field(), n.to_string())).collect(),
        }
    }

    /// The typed value of a band's field.
    pub fn band(&self, band: &Band) -> &str {
        self.bands.get(&band.field()).map_or("", String::as_str)
    }

    /// Checks the form; `neighbourhoods` are the process's, the only ones
    /// attendance may be counted in.
    pub fn validate(&self, neighbourhoods: &[i64]) -> Result<EventResults, Vec<FieldError>> {
        let mut errors = Vec::new();
        let report = self.report.trim();
        if report.chars().count() > 50_000 {
            errors.push(FieldError { field: "report", code: "event-results-report-length" });
        }
        let attendance = match count(&self.attendance) {
            Ok(n) => n,
            Err(()) => {
                errors.push(FieldError { field: "attendance", code: "event-results-count-invalid" });
                None
            }
        };
        let mut bands = BTreeMap::new();
        let mut invalid: Vec<Dimension> = Vec::new();
        for (field, text) in &self.bands {
            let Some(band) = Band::of_field(field, neighbourhoods) else { continue };
            match count(text) {
                Ok(Some(n)) => {
                    bands.insert(band, n);
                }
                Ok(None) => {}
                Err(()) if !invalid.contains(&band.dimension) => invalid.push(band.dimension),
                Err(()) => {}
            }
        }
        for dimension in Dimension::ALL {
            let field = dimension_field(dimension);
            if invalid.contains(&dimension) {
                errors.push(FieldError { field, code: "event-results-count-invalid" });
                continue;
            }
            let sum: u64 = bands.iter().filter(|(b, _)| b.dimension == dimension).map(|(_, n)| u64::from(*n)).sum();
            let any = bands.keys().any(|b| b.dimension == dimension);
            match attendance {
                None if any && !errors.iter().any(|e| e.field == "attendance") => {
                    errors.push(FieldError { field: "attendance", code: "event-results-attendance-missing" });
                }
                Some(total) if sum > u64::from(total) => errors.push(FieldError { field, code: "event-results-bands-above-total" }),
                _ => {}
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(EventResults { report: report.to_owned(), attendance, bands })
    }
}

/// A count as typed: empty is none, a whole number up to 100,000 is one.
fn count(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(n) if n <= 100_000 => Ok(Some(n)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(attendance: &str, bands: &[(&str, &str)]) -> ResultsForm {
        ResultsForm {
            report: "Gut besucht.".into(),
            attendance: attendance.into(),
            bands: bands.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        }
    }

    #[test]
    fn attendance_and_bands_are_counted_and_each_dimension_fits_the_total() {
        let typed = form(
            "23",
            &[
                ("band_age_18_29", "5"),
                ("band_age_65_plus", "4"),
                ("band_migration_own", "9"),
                ("band_neighbourhood_7", "12"),
                ("band_age_30_49", " "),
            ],
        );
        let results = typed.validate(&[7, 8]).unwrap();
        assert_eq!(results.attendance, Some(23));
        assert_eq!(results.bands.len(), 4, "the empty field counts nobody");
        assert_eq!(results.bands[&Band::new(Dimension::Age, "18_29")], 5);
        assert_eq!(results.of_dimension(Dimension::Neighbourhood).collect::<Vec<_>>(), [(&Band::new(Dimension::Neighbourhood, "7"), 12)]);
        assert_eq!(ResultsForm::of(&results).validate(&[7, 8]).unwrap(), results);

        // Each dimension on its own may not exceed the total.
        let too_many =
            form("8", &[("band_age_18_29", "5"), ("band_age_65_plus", "4"), ("band_disability_no", "8")]).validate(&[]).unwrap_err();
        assert_eq!(too_many.len(), 1);
        assert_eq!((too_many[0].field, too_many[0].code), ("bands_age", "event-results-bands-above-total"));
        let no_total = form("", &[("band_age_18_29", "5")]).validate(&[]).unwrap_err();
        assert_eq!((no_total[0].field, no_total[0].code), ("attendance", "event-results-attendance-missing"));
        let word = form("12", &[("band_migration_none", "viele")]).validate(&[]).unwrap_err();
        assert_eq!((word[0].field, word[0].code), ("bands_migration", "event-results-count-invalid"));
        let total_word = form("viele", &[]).validate(&[]).unwrap_err();
        assert_eq!((total_word[0].field, total_word[0].code), ("attendance", "event-results-count-invalid"));
        // Another process's neighbourhood or an unknown band is not counted.
        let other = form("10", &[("band_neighbourhood_99", "3"), ("band_age_12_15", "2")]).validate(&[7]).unwrap();
        assert!(other.bands.is_empty());
        assert_eq!(ResultsForm::default().validate(&[]).unwrap(), EventResults::default());
    }
}
