//! Good practice: a measure the coordinator holds up for other
//! municipalities, with a short account of what worked, what it cost and
//! whom to ask. The state's good-practice library shows these.

use crate::tenancy::FieldError;

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeForm {
    /// `yes` when the measure is held up as good practice.
    pub marked: String,
    pub worked: String,
    pub cost: String,
    pub contact: String,
}

/// What another municipality learns from the measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodPractice {
    pub worked: String,
    pub cost: String,
    pub contact: String,
}

impl PracticeForm {
    pub fn of(practice: Option<&GoodPractice>) -> PracticeForm {
        match practice {
            Some(p) => PracticeForm { marked: "yes".into(), worked: p.worked.clone(), cost: p.cost.clone(), contact: p.contact.clone() },
            None => PracticeForm::default(),
        }
    }

    /// `None` when the measure is not (or no longer) good practice; what
    /// worked and whom to ask are needed when it is. Texts typed while it
    /// is not marked are kept in the form, not stored.
    pub fn validate(&self) -> Result<Option<GoodPractice>, Vec<FieldError>> {
        if self.marked != "yes" {
            return Ok(None);
        }
        let mut errors = Vec::new();
        let mut text = |field: &'static str, typed: &str, max: usize, missing: Option<&'static str>| {
            let typed = typed.trim();
            if typed.is_empty()
                && let Some(code) = missing
            {
                errors.push(FieldError { field, code });
            } else if typed.chars().count() > max {
                errors.push(FieldError { field, code: "concept-text-length" });
            }
            typed.to_owned()
        };
        let worked = text("worked", &self.worked, 2_000, Some("practice-worked-missing"));
        let cost = text("cost", &self.cost, 500, None);
        let contact = text("contact", &self.contact, 500, Some("practice-contact-missing"));
        if errors.is_empty() { Ok(Some(GoodPractice { worked, cost, contact })) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_practice_says_what_worked_and_whom_to_ask() {
        let form = PracticeForm {
            marked: "yes".into(),
            worked: "Kinderbetreuung im Nebenraum".into(),
            cost: "6.000 € im Jahr".into(),
            contact: "Integrationsbüro".into(),
        };
        assert_eq!(form.validate().unwrap().unwrap().contact, "Integrationsbüro");
        let codes = |f: PracticeForm| f.validate().unwrap_err().into_iter().map(|e| e.code).collect::<Vec<_>>();
        assert_eq!(
            codes(PracticeForm { worked: " ".into(), contact: String::new(), ..form.clone() }),
            ["practice-worked-missing", "practice-contact-missing"]
        );
        assert_eq!(PracticeForm { marked: String::new(), ..form.clone() }.validate().unwrap(), None, "not marked: nothing stored");
        assert_eq!(PracticeForm::of(form.validate().unwrap().as_ref()), form);
    }

    proptest! {
        /// Whatever is typed, stored good practice always says what worked and whom to ask.
        #[test]
        fn stored_practice_is_never_empty(worked in "[ a-z]{0,8}", contact in "[ a-z]{0,8}", marked in any::<bool>()) {
            let form = PracticeForm { marked: if marked { "yes".into() } else { String::new() }, worked, contact, cost: String::new() };
            if let Ok(Some(p)) = form.validate() {
                prop_assert!(!p.worked.is_empty() && !p.contact.is_empty());
            }
        }
    }
}
