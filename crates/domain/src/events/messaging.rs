//! What coordinators write to an event's people: a message, or the reason
//! an event is called off.

use crate::tenancy::FieldError;

/// The message form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct MessageForm {
    /// `registered`, `waiting` or `all`.
    pub audience: String,
    pub subject: String,
    pub body: String,
}

/// A checked message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub audience: &'static str,
    pub subject: String,
    pub body: String,
}

pub const AUDIENCES: [&str; 3] = ["registered", "waiting", "all"];

impl MessageForm {
    pub fn validate(&self) -> Result<Message, Vec<FieldError>> {
        let mut errors = Vec::new();
        let audience = AUDIENCES.into_iter().find(|a| *a == self.audience);
        if audience.is_none() {
            errors.push(FieldError { field: "audience", code: "event-message-audience-missing" });
        }
        let subject = self.subject.trim();
        if !(3..=150).contains(&subject.chars().count()) {
            errors.push(FieldError { field: "subject", code: "event-message-subject-length" });
        }
        let body = self.body.trim();
        if !(10..=5000).contains(&body.chars().count()) {
            errors.push(FieldError { field: "body", code: "event-message-body-length" });
        }
        match audience {
            Some(audience) if errors.is_empty() => Ok(Message { audience, subject: subject.to_owned(), body: body.to_owned() }),
            _ => Err(errors),
        }
    }
}

/// The form to call an event off.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct CallOffForm {
    pub reason: String,
}

impl CallOffForm {
    /// The reason, shown on the event's page and mailed to everyone registered.
    pub fn validate(&self) -> Result<String, Vec<FieldError>> {
        let reason = self.reason.trim();
        if (5..=1000).contains(&reason.chars().count()) {
            Ok(reason.to_owned())
        } else {
            Err(vec![FieldError { field: "reason", code: "event-call-off-reason-length" }])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_needs_an_audience_a_subject_and_a_text() {
        let ok = MessageForm { audience: "all".into(), subject: " Raumänderung ".into(), body: "Wir treffen uns im Saal 2.".into() };
        assert_eq!(ok.validate().unwrap().subject, "Raumänderung");
        let bad = MessageForm { audience: "everyone".into(), subject: "x".into(), body: "kurz".into() };
        let fields: Vec<_> = bad.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["audience", "subject", "body"]);
    }

    #[test]
    fn calling_off_needs_a_reason() {
        assert_eq!(CallOffForm { reason: " Die Halle ist gesperrt. ".into() }.validate().unwrap(), "Die Halle ist gesperrt.");
        assert_eq!(CallOffForm { reason: "  ".into() }.validate().unwrap_err()[0].field, "reason");
    }
}
