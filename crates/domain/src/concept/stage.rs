//! Where the concept stands: a draft only the coordinators see, a draft in
//! public consultation, or adopted by the council (with the decision's date,
//! number and a link to the council information system).

use chrono::NaiveDate;

use crate::tenancy::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Draft,
    Consultation,
    Adopted,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Draft, Stage::Consultation, Stage::Adopted];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Consultation => "consultation",
            Stage::Adopted => "adopted",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn name_key(self) -> String {
        format!("concept-stage-{}", self.as_str())
    }

    /// May visitors read it?
    pub fn public(self) -> bool {
        self != Stage::Draft
    }
}

/// The council's decision that adopted the concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub on: NaiveDate,
    /// "DS 2025/117".
    pub number: String,
    /// The paper in the council information system (e.g. an OParl paper's web page).
    pub link: Option<String>,
}

/// The stage form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct StageForm {
    pub stage: String,
    pub decided_on: String,
    pub decision_number: String,
    pub decision_link: String,
}

/// A checked stage, with the decision when adopted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageChange {
    pub stage: Stage,
    pub decision: Option<Decision>,
}

impl StageForm {
    pub fn of(change: &StageChange) -> StageForm {
        let d = change.decision.as_ref();
        StageForm {
            stage: change.stage.as_str().into(),
            decided_on: d.map(|d| d.on.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            decision_number: d.map(|d| d.number.clone()).unwrap_or_default(),
            decision_link: d.and_then(|d| d.link.clone()).unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<StageChange, Vec<FieldError>> {
        let mut errors = Vec::new();
        let stage = Stage::parse(self.stage.trim());
        if stage.is_none() {
            errors.push(FieldError { field: "stage", code: "concept-stage-invalid" });
        }
        let mut decision = None;
        if stage == Some(Stage::Adopted) {
            let on = NaiveDate::parse_from_str(self.decided_on.trim(), "%Y-%m-%d").ok();
            if on.is_none() {
                errors.push(FieldError { field: "decided_on", code: "concept-decision-date-missing" });
            }
            let number = self.decision_number.trim();
            if number.is_empty() || number.chars().count() > 100 {
                errors.push(FieldError { field: "decision_number", code: "concept-decision-number-missing" });
            }
            let link = self.decision_link.trim();
            let link_ok = link.is_empty()
                || ((link.starts_with("https://") || link.starts_with("http://"))
                    && link.len() <= 500
                    && !link.contains(char::is_whitespace));
            if !link_ok {
                errors.push(FieldError { field: "decision_link", code: "concept-decision-link-invalid" });
            }
            if let Some(on) = on {
                decision = Some(Decision { on, number: number.to_owned(), link: (!link.is_empty()).then(|| link.to_owned()) });
            }
        }
        match stage {
            Some(stage) if errors.is_empty() => Ok(StageChange { stage, decision }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adoption_needs_the_council_decision() {
        let adopted = StageForm {
            stage: "adopted".into(),
            decided_on: "2025-06-26".into(),
            decision_number: "DS 2025/117".into(),
            decision_link: "https://ratsinfo.musterstadt.example/vo0050.asp?__kvonr=117".into(),
        };
        let change = adopted.validate().unwrap();
        assert_eq!(change.stage, Stage::Adopted);
        assert_eq!(change.decision.as_ref().unwrap().number, "DS 2025/117");
        assert_eq!(StageForm::of(&change).validate().unwrap(), change);
        let missing = StageForm { stage: "adopted".into(), decision_link: "javascript:alert(1)".into(), ..Default::default() }
            .validate()
            .unwrap_err();
        let fields: Vec<_> = missing.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["decided_on", "decision_number", "decision_link"]);
        let consultation = StageForm { stage: "consultation".into(), ..Default::default() }.validate().unwrap();
        assert_eq!((consultation.stage, consultation.decision), (Stage::Consultation, None));
        assert!(!Stage::Draft.public() && Stage::Consultation.public());
        assert_eq!(StageForm::default().validate().unwrap_err()[0].code, "concept-stage-invalid");
    }
}
