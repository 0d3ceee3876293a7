//! The officer's decision on an application: the grant (never more than was
//! requested, never more than the call's maximum), the funded period, the
//! conditions and the reporting dates; or a rejection with its reason; or
//! a request for changes with its message.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::tenancy::FieldError;

/// The most reporting dates a grant may have.
pub const REPORTING_DATES_MAX: usize = 12;
/// The longest message, reason or conditions text.
const TEXT_MAX: usize = 10_000;

/// An approval, as decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub granted: Money,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Conditions and requirements (Nebenbestimmungen), as written.
    pub conditions: String,
    /// When reports are due, in order; the last is the final report.
    pub reporting_dates: Vec<NaiveDate>,
}

impl Grant {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Grant> {
        serde_json::from_str(json).ok()
    }
}

/// The approval form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GrantForm {
    pub granted: String,
    pub starts_on: String,
    pub ends_on: String,
    pub conditions: String,
    /// One day per line (`YYYY-MM-DD` or `TT.MM.JJJJ`).
    pub reporting_dates: String,
}

fn day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y")).ok()
}

impl GrantForm {
    /// What the officer starts from: what was applied for, with the final
    /// report due three months after the end.
    pub fn proposed(requested: Money, starts_on: &str, ends_on: &str) -> GrantForm {
        let report = day(ends_on).and_then(|d| d.checked_add_months(chrono::Months::new(3)));
        GrantForm {
            granted: requested.format_de().trim_end_matches(" €").to_owned(),
            starts_on: starts_on.trim().to_owned(),
            ends_on: ends_on.trim().to_owned(),
            conditions: String::new(),
            reporting_dates: report.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        }
    }

    /// The grant, or what is wrong field by field. `requested` is what the
    /// application asks for, `max_grant` the call's maximum.
    pub fn validate(&self, requested: Money, max_grant: Money) -> Result<Grant, Vec<FieldError>> {
        let mut errors = Vec::new();
        let granted = Money::parse_euros(&self.granted).filter(|m| m.cents() > 0);
        match granted {
            None => errors.push(FieldError { field: "granted", code: "decision-grant-invalid" }),
            Some(g) if g > requested => errors.push(FieldError { field: "granted", code: "decision-grant-above-request" }),
            Some(g) if g > max_grant => errors.push(FieldError { field: "granted", code: "decision-grant-above-maximum" }),
            Some(_) => {}
        }
        let (starts_on, ends_on) = (day(&self.starts_on), day(&self.ends_on));
        if starts_on.is_none() {
            errors.push(FieldError { field: "starts_on", code: "application-day-invalid" });
        }
        match (starts_on, ends_on) {
            (_, None) => errors.push(FieldError { field: "ends_on", code: "application-day-invalid" }),
            (Some(s), Some(e)) if e < s => errors.push(FieldError { field: "ends_on", code: "application-period-order" }),
            _ => {}
        }
        if self.conditions.chars().count() > TEXT_MAX {
            errors.push(FieldError { field: "conditions", code: "application-text-too-long" });
        }
        let lines: Vec<&str> = self.reporting_dates.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let mut dates: Vec<NaiveDate> = lines.iter().filter_map(|l| day(l)).collect();
        dates.sort();
        dates.dedup();
        if lines.is_empty() {
            errors.push(FieldError { field: "reporting_dates", code: "decision-reporting-missing" });
        } else if lines.iter().any(|l| day(l).is_none()) {
            errors.push(FieldError { field: "reporting_dates", code: "decision-reporting-invalid" });
        } else if dates.len() > REPORTING_DATES_MAX {
            errors.push(FieldError { field: "reporting_dates", code: "decision-reporting-too-many" });
        } else if let Some(s) = starts_on
            && dates[0] <= s
        {
            errors.push(FieldError { field: "reporting_dates", code: "decision-reporting-before-start" });
        }
        match (granted, starts_on, ends_on, errors.is_empty()) {
            (Some(granted), Some(starts_on), Some(ends_on), true) => {
                Ok(Grant { granted, starts_on, ends_on, conditions: self.conditions.trim().to_owned(), reporting_dates: dates })
            }
            _ => Err(errors),
        }
    }
}

/// A message to the applicant (changes requested, reason for a rejection):
/// required, at most 10,000 characters.
pub fn check_message(field: &'static str, text: &str) -> Result<String, FieldError> {
    let text = text.trim();
    if text.chars().count() < 10 {
        return Err(FieldError { field, code: "decision-message-missing" });
    }
    if text.chars().count() > TEXT_MAX {
        return Err(FieldError { field, code: "application-text-too-long" });
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(granted: &str) -> GrantForm {
        GrantForm {
            granted: granted.into(),
            starts_on: "2027-01-01".into(),
            ends_on: "2028-03-31".into(),
            conditions: "Bericht an den Rat.".into(),
            reporting_dates: "30.06.2028\n2027-12-31\n".into(),
        }
    }

    fn codes(result: Result<Grant, Vec<FieldError>>) -> Vec<(&'static str, &'static str)> {
        result.unwrap_err().iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn the_grant_is_at_most_the_request_and_the_maximum() {
        let (requested, max) = (Money::from_euros(20_000), Money::from_euros(30_000));
        let grant = form("18.500").validate(requested, max).unwrap();
        assert_eq!(grant.granted, Money::from_euros(18_500));
        assert_eq!(grant.reporting_dates, [NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(), NaiveDate::from_ymd_opt(2028, 6, 30).unwrap()]);
        assert_eq!(codes(form("20.000,01").validate(requested, max)), [("granted", "decision-grant-above-request")]);
        assert_eq!(
            codes(form("25.000").validate(Money::from_euros(26_000), Money::from_euros(20_000))),
            [("granted", "decision-grant-above-maximum")]
        );
        assert_eq!(codes(form("0").validate(requested, max)), [("granted", "decision-grant-invalid")]);
    }

    #[test]
    fn period_and_reporting_dates_are_read_and_checked() {
        let (requested, max) = (Money::from_euros(20_000), Money::from_euros(20_000));
        let bad = GrantForm { ends_on: "2026-12-31".into(), reporting_dates: "bald".into(), ..form("10.000") };
        assert_eq!(
            codes(bad.validate(requested, max)),
            [("ends_on", "application-period-order"), ("reporting_dates", "decision-reporting-invalid")]
        );
        let none = GrantForm { reporting_dates: " \n".into(), ..form("10.000") };
        assert_eq!(codes(none.validate(requested, max)), [("reporting_dates", "decision-reporting-missing")]);
        let early = GrantForm { reporting_dates: "2026-12-01".into(), ..form("10.000") };
        assert_eq!(codes(early.validate(requested, max)), [("reporting_dates", "decision-reporting-before-start")]);
        let proposed = GrantForm::proposed(Money::from_euros(20_000), "2027-01-01", "2028-03-31");
        assert_eq!((proposed.granted.as_str(), proposed.reporting_dates.as_str()), ("20.000,00", "2028-06-30"));
        assert!(proposed.validate(requested, max).is_ok());
    }

    #[test]
    fn a_message_to_the_applicant_says_something() {
        assert_eq!(check_message("message", " bitte ").unwrap_err().code, "decision-message-missing");
        assert_eq!(check_message("message", "Bitte den Beschluss nachreichen.").unwrap(), "Bitte den Beschluss nachreichen.");
    }
}
