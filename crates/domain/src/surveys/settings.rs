//! A survey's settings as the coordinator types them, and their checks.

use chrono::NaiveDate;

use crate::tenancy::FieldError;

/// Who may answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Logged-in people, one response per account.
    Accounts,
    /// Anyone, without an account: one response per browser, rate-limited.
    /// Only for anonymous surveys.
    Public,
}

impl Access {
    pub const ALL: [Access; 2] = [Access::Accounts, Access::Public];

    pub fn as_str(self) -> &'static str {
        match self {
            Access::Accounts => "accounts",
            Access::Public => "public",
        }
    }

    pub fn parse(s: &str) -> Option<Access> {
        Access::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn name_key(self) -> &'static str {
        match self {
            Access::Accounts => "survey-access-accounts",
            Access::Public => "survey-access-public",
        }
    }
}

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    pub title: String,
    pub intro: String,
    /// `anonymous` or `signed`.
    pub identity: String,
    pub access: String,
    /// `YYYY-MM-DD`, days in Germany.
    pub opens_on: String,
    pub closes_on: String,
    /// `yes` when ticked: everyone sees the aggregated results.
    pub results_public: String,
}

/// Checked settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSurvey {
    pub title: String,
    pub intro: String,
    /// No link from a response to an account, not even in the database.
    pub anonymous: bool,
    pub access: Access,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub results_public: bool,
}

impl NewSurvey {
    /// Open for responses on this day (in Germany).
    pub fn open_on(&self, day: NaiveDate) -> bool {
        self.opens_on <= day && day <= self.closes_on
    }
}

fn day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

impl SurveyForm {
    pub fn of(survey: &NewSurvey) -> SurveyForm {
        SurveyForm {
            title: survey.title.clone(),
            intro: survey.intro.clone(),
            identity: if survey.anonymous { "anonymous" } else { "signed" }.to_owned(),
            access: survey.access.as_str().to_owned(),
            opens_on: survey.opens_on.to_string(),
            closes_on: survey.closes_on.to_string(),
            results_public: if survey.results_public { "yes".to_owned() } else { String::new() },
        }
    }

    /// Checks every field and names each one that is wrong.
    pub fn validate(&self) -> Result<NewSurvey, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if !(3..=200).contains(&title.chars().count()) {
            errors.push(FieldError { field: "title", code: "survey-title-length" });
        }
        let intro = self.intro.trim();
        if intro.chars().count() > 20_000 {
            errors.push(FieldError { field: "intro", code: "survey-intro-length" });
        }
        let anonymous = match self.identity.as_str() {
            "anonymous" => Some(true),
            "signed" => Some(false),
            _ => None,
        };
        if anonymous.is_none() {
            errors.push(FieldError { field: "identity", code: "survey-identity-missing" });
        }
        let access = Access::parse(&self.access);
        match access {
            None => errors.push(FieldError { field: "access", code: "survey-access-missing" }),
            Some(Access::Public) if anonymous == Some(false) => {
                errors.push(FieldError { field: "access", code: "survey-public-needs-anonymous" })
            }
            _ => {}
        }
        let opens_on = day(&self.opens_on);
        if opens_on.is_none() {
            errors.push(FieldError { field: "opens_on", code: "survey-date-invalid" });
        }
        let closes_on = day(&self.closes_on);
        match (opens_on, closes_on) {
            (_, None) => errors.push(FieldError { field: "closes_on", code: "survey-date-invalid" }),
            (Some(o), Some(c)) if c < o => errors.push(FieldError { field: "closes_on", code: "survey-closes-before-opens" }),
            _ => {}
        }
        match (anonymous, access, opens_on, closes_on) {
            (Some(anonymous), Some(access), Some(opens_on), Some(closes_on)) if errors.is_empty() => Ok(NewSurvey {
                title: title.to_owned(),
                intro: intro.to_owned(),
                anonymous,
                access,
                opens_on,
                closes_on,
                results_public: !self.results_public.is_empty(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SurveyForm {
        SurveyForm {
            title: "Wie gut kennen Sie die Angebote?".into(),
            intro: "Zehn Minuten.".into(),
            identity: "anonymous".into(),
            access: "public".into(),
            opens_on: "2027-03-01".into(),
            closes_on: "2027-03-31".into(),
            results_public: "yes".into(),
        }
    }

    #[test]
    fn a_complete_form_passes_and_round_trips() {
        let survey = form().validate().unwrap();
        assert!(survey.anonymous && survey.results_public);
        assert_eq!(SurveyForm::of(&survey), form());
        assert!(survey.open_on(NaiveDate::from_ymd_opt(2027, 3, 31).unwrap()));
        assert!(!survey.open_on(NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()));
    }

    #[test]
    fn a_signed_survey_cannot_be_open_to_everyone() {
        let errors = SurveyForm { identity: "signed".into(), ..form() }.validate().unwrap_err();
        assert_eq!(errors, vec![FieldError { field: "access", code: "survey-public-needs-anonymous" }]);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let errors =
            SurveyForm { title: "x".into(), closes_on: "2027-02-01".into(), identity: String::new(), ..form() }.validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["title", "identity", "closes_on"]);
    }
}
