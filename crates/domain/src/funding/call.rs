//! A call for applications: a title, the funding line it belongs to, an
//! application window in German time, and its rules.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

use super::rules::{Rules, RulesForm};
use crate::tenancy::FieldError;

/// Where a call's window stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    Upcoming,
    Open,
    Closed,
}

impl Window {
    pub fn at(opens_at: DateTime<Utc>, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> Window {
        if now < opens_at {
            Window::Upcoming
        } else if now < closes_at {
            Window::Open
        } else {
            Window::Closed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Window::Upcoming => "upcoming",
            Window::Open => "open",
            Window::Closed => "closed",
        }
    }

    pub fn label_key(self) -> String {
        format!("call-window-{}", self.as_str())
    }
}

/// The call form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallForm {
    pub title: String,
    /// A funding line's id, or empty.
    pub line: String,
    pub description: String,
    /// `YYYY-MM-DDTHH:MM` in German time (as `datetime-local` sends it).
    pub opens_at: String,
    pub closes_at: String,
    pub rules: RulesForm,
}

/// A checked call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallDraft {
    pub title: String,
    pub line: Option<i64>,
    /// Markdown.
    pub description: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub rules: Rules,
}

/// `YYYY-MM-DDTHH:MM` (or with seconds) in German time; none for a time
/// that does not exist there (the hour skipped in spring).
pub fn parse_local(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
        .ok()?;
    Berlin.from_local_datetime(&naive).earliest().map(|t| t.with_timezone(&Utc))
}

/// The moment as a `datetime-local` field shows it, in German time.
pub fn local_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&Berlin).format("%Y-%m-%dT%H:%M").to_string()
}

impl CallForm {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> CallForm {
        let mut form = CallForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => form.title = value,
                "line" => form.line = value,
                "description" => form.description = value,
                "opens_at" => form.opens_at = value,
                "closes_at" => form.closes_at = value,
                _ => {
                    form.rules.take(&key, value);
                }
            }
        }
        form
    }

    pub fn of(c: &CallDraft) -> CallForm {
        CallForm {
            title: c.title.clone(),
            line: c.line.map(|l| l.to_string()).unwrap_or_default(),
            description: c.description.clone(),
            opens_at: local_input(c.opens_at),
            closes_at: local_input(c.closes_at),
            rules: RulesForm::of(&c.rules),
        }
    }

    /// Checks the form; `lines` are the programme's funding lines.
    pub fn validate(&self, lines: &[i64]) -> Result<CallDraft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if !(3..=200).contains(&title.chars().count()) {
            errors.push(FieldError { field: "title", code: "funding-call-title-invalid" });
        }
        let line = match self.line.trim() {
            "" => None,
            id => {
                let id = id.parse::<i64>().ok().filter(|id| lines.contains(id));
                if id.is_none() {
                    errors.push(FieldError { field: "line", code: "funding-line-unknown" });
                }
                id
            }
        };
        let description = self.description.trim();
        if description.chars().count() > 20_000 {
            errors.push(FieldError { field: "description", code: "funding-description-too-long" });
        }
        let opens_at = parse_local(&self.opens_at);
        if opens_at.is_none() {
            errors.push(FieldError { field: "opens_at", code: "funding-moment-invalid" });
        }
        let closes_at = parse_local(&self.closes_at);
        match (opens_at, closes_at) {
            (_, None) => errors.push(FieldError { field: "closes_at", code: "funding-moment-invalid" }),
            (Some(o), Some(c)) if c <= o => errors.push(FieldError { field: "closes_at", code: "funding-window-order" }),
            _ => {}
        }
        let rules = self.rules.validate(&mut errors);
        match (opens_at, closes_at, rules) {
            (Some(opens_at), Some(closes_at), Some(rules)) if errors.is_empty() => {
                Ok(CallDraft { title: title.into(), line, description: description.into(), opens_at, closes_at, rules })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CallForm {
        CallForm {
            title: "Aufruf 2026".into(),
            line: "7".into(),
            description: "Zweiter Aufruf.".into(),
            opens_at: "2026-03-01T00:00".into(),
            closes_at: "2026-10-31T23:59".into(),
            rules: RulesForm::of(&Rules::reference()),
        }
    }

    #[test]
    fn the_window_is_in_german_time() {
        let call = form().validate(&[7]).unwrap();
        assert_eq!(call.opens_at.to_rfc3339(), "2026-02-28T23:00:00+00:00", "winter time");
        assert_eq!(call.closes_at.to_rfc3339(), "2026-10-31T22:59:00+00:00", "still winter time on 31 October");
        assert_eq!(CallForm::of(&call).validate(&[7]).unwrap(), call);
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        assert_eq!(Window::at(call.opens_at, call.closes_at, at("2026-02-28T22:59:59Z")), Window::Upcoming);
        assert_eq!(Window::at(call.opens_at, call.closes_at, at("2026-02-28T23:00:00Z")), Window::Open);
        assert_eq!(Window::at(call.opens_at, call.closes_at, at("2026-10-31T22:59:00Z")), Window::Closed);
        // The hour skipped in spring does not exist.
        assert_eq!(parse_local("2026-03-29T02:30"), None);
    }

    #[test]
    fn a_call_closes_after_it_opens_and_belongs_to_a_line_of_its_programme() {
        let wrong = CallForm { line: "8".into(), closes_at: "2026-02-01T00:00".into(), title: " ".into(), ..form() };
        let fields: Vec<_> = wrong.validate(&[7]).unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "line", "closes_at"]);
        assert!(CallForm { line: String::new(), ..form() }.validate(&[]).unwrap().line.is_none());
        let pairs = vec![
            ("title".to_owned(), "A".to_owned()),
            ("applicant_kind".to_owned(), "district".to_owned()),
            ("eligible_cost".to_owned(), "staff".to_owned()),
        ];
        let parsed = CallForm::from_pairs(pairs);
        assert_eq!((parsed.rules.applicant_kinds.len(), parsed.rules.eligible_costs.len()), (1, 1));
    }
}
