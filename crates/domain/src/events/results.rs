//! What came of an event, recorded afterwards by the coordinators: a report,
//! how many took part, and optionally how many of them in each age band.

use crate::tenancy::FieldError;

/// The age bands attendance may be counted in (the same bands the voluntary
/// self-description uses).
pub const AGE_BANDS: [&str; 5] = ["under_18", "18_29", "30_49", "50_64", "65_plus"];

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ResultsForm {
    pub report: String,
    pub attendance: String,
    pub age_under_18: String,
    pub age_18_29: String,
    pub age_30_49: String,
    pub age_50_64: String,
    pub age_65_plus: String,
}

/// Checked results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventResults {
    pub report: String,
    pub attendance: Option<u32>,
    /// Counts per band of [`AGE_BANDS`], when any was given.
    pub age_bands: Option<[u32; 5]>,
}

impl ResultsForm {
    /// Each age band's field name and value, in the order of [`AGE_BANDS`].
    pub fn bands(&self) -> [(&'static str, &str); 5] {
        [
            ("age_under_18", &self.age_under_18),
            ("age_18_29", &self.age_18_29),
            ("age_30_49", &self.age_30_49),
            ("age_50_64", &self.age_50_64),
            ("age_65_plus", &self.age_65_plus),
        ]
    }

    pub fn of(results: &EventResults) -> ResultsForm {
        let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let band = |i: usize| n(results.age_bands.map(|b| b[i]));
        ResultsForm {
            report: results.report.clone(),
            attendance: n(results.attendance),
            age_under_18: band(0),
            age_18_29: band(1),
            age_30_49: band(2),
            age_50_64: band(3),
            age_65_plus: band(4),
        }
    }

    pub fn validate(&self) -> Result<EventResults, Vec<FieldError>> {
        let mut errors = Vec::new();
        let report = self.report.trim();
        if report.chars().count() > 50_000 {
            errors.push(FieldError { field: "report", code: "event-results-report-length" });
        }
        let count = |field: &'static str, text: &str, errors: &mut Vec<FieldError>| -> Option<u32> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            match text.parse::<u32>() {
                Ok(n) if n <= 100_000 => Some(n),
                _ => {
                    errors.push(FieldError { field, code: "event-results-count-invalid" });
                    None
                }
            }
        };
        let attendance = count("attendance", &self.attendance, &mut errors);
        let mut bands = [0u32; 5];
        let mut any = false;
        for (i, (field, text)) in self.bands().into_iter().enumerate() {
            if let Some(n) = count(field, text, &mut errors) {
                bands[i] = n;
                any = true;
            }
        }
        let sum: u32 = bands.iter().sum();
        if any && errors.is_empty() {
            match attendance {
                None => errors.push(FieldError { field: "attendance", code: "event-results-attendance-missing" }),
                Some(total) if sum > total => errors.push(FieldError { field: "age_under_18", code: "event-results-bands-above-total" }),
                _ => {}
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(EventResults { report: report.to_owned(), attendance, age_bands: any.then_some(bands) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attendance_and_bands_are_counted_and_the_bands_fit_the_total() {
        let form = ResultsForm {
            report: "Gut besucht.".into(),
            attendance: "23".into(),
            age_18_29: "5".into(),
            age_65_plus: "4".into(),
            ..Default::default()
        };
        let results = form.validate().unwrap();
        assert_eq!(results.attendance, Some(23));
        assert_eq!(results.age_bands, Some([0, 5, 0, 0, 4]));
        assert_eq!(ResultsForm::of(&results).validate().unwrap(), results);
        let too_many = ResultsForm { attendance: "8".into(), ..form.clone() }.validate().unwrap_err();
        assert_eq!(too_many[0].code, "event-results-bands-above-total");
        let no_total = ResultsForm { attendance: String::new(), ..form }.validate().unwrap_err();
        assert_eq!(no_total[0].field, "attendance");
        let word = ResultsForm { attendance: "viele".into(), ..Default::default() }.validate().unwrap_err();
        assert_eq!(word[0].code, "event-results-count-invalid");
        assert_eq!(ResultsForm::default().validate().unwrap(), EventResults::default());
    }
}
