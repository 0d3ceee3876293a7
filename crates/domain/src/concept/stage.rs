//! Where the concept stands: a draft only the coordinators see, a draft in
//! public consultation (open for comments until an optional last day), or
//! adopted by the council (with the decision's date, number and a link to
//! the council information system).

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
    pub consultation_until: String,
    pub decided_on: String,
    pub decision_number: String,
    pub decision_link: String,
}

/// A checked stage, with the decision when adopted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageChange {
    pub stage: Stage,
    pub decision: Option<Decision>,
    /// The last day comments are taken while in consultation (none: until
    /// the stage changes). Kept after adoption, as the period there was.
    pub consultation_until: Option<NaiveDate>,
}

impl StageChange {
    pub fn new(stage: Stage) -> StageChange {
        StageChange { stage, decision: None, consultation_until: None }
    }

    /// Does it take comments on `today` (a calendar day in the municipality)?
    pub fn open_on(&self, today: NaiveDate) -> bool {
        self.stage == Stage::Consultation && self.consultation_until.is_none_or(|until| today <= until)
    }
}

impl StageForm {
    pub fn of(change: &StageChange) -> StageForm {
        let d = change.decision.as_ref();
        StageForm {
            stage: change.stage.as_str().into(),
            consultation_until: change.consultation_until.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            decided_on: d.map(|d| d.on.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            decision_number: d.map(|d| d.number.clone()).unwrap_or_default(),
            decision_link: d.and_then(|d| d.link.clone()).unwrap_or_default(),
        }
    }

    /// Checks the form on `today`: a consultation may end today at the
    /// earliest.
    pub fn validate(&self, today: NaiveDate) -> Result<StageChange, Vec<FieldError>> {
        let mut errors = Vec::new();
        let stage = Stage::parse(self.stage.trim());
        if stage.is_none() {
            errors.push(FieldError { field: "stage", code: "concept-stage-invalid" });
        }
        let mut consultation_until = None;
        let until = self.consultation_until.trim();
        if stage == Some(Stage::Consultation) && !until.is_empty() {
            match NaiveDate::parse_from_str(until, "%Y-%m-%d") {
                Ok(day) if day < today => errors.push(FieldError { field: "consultation_until", code: "concept-consultation-until-past" }),
                Ok(day) => consultation_until = Some(day),
                Err(_) => errors.push(FieldError { field: "consultation_until", code: "concept-consultation-until-invalid" }),
            }
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
            Some(stage) if errors.is_empty() => Ok(StageChange { stage, decision, consultation_until }),
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
            ..Default::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let change = adopted.validate(today).unwrap();
        assert_eq!(change.stage, Stage::Adopted);
        assert_eq!(change.decision.as_ref().unwrap().number, "DS 2025/117");
        assert_eq!(StageForm::of(&change).validate(today).unwrap(), change);
        let missing = StageForm { stage: "adopted".into(), decision_link: "javascript:alert(1)".into(), ..Default::default() }
            .validate(today)
            .unwrap_err();
        let fields: Vec<_> = missing.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["decided_on", "decision_number", "decision_link"]);
        let consultation = StageForm { stage: "consultation".into(), ..Default::default() }.validate(today).unwrap();
        assert_eq!(consultation, StageChange::new(Stage::Consultation));
        assert!(!Stage::Draft.public() && Stage::Consultation.public());
        assert_eq!(StageForm::default().validate(today).unwrap_err()[0].code, "concept-stage-invalid");
    }

    #[test]
    fn a_consultation_takes_comments_until_its_last_day() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let form = |until: &str| StageForm { stage: "consultation".into(), consultation_until: until.into(), ..Default::default() };
        let change = form("2027-01-31").validate(today).unwrap();
        assert_eq!(change.consultation_until, NaiveDate::from_ymd_opt(2027, 1, 31));
        assert_eq!(StageForm::of(&change), form("2027-01-31"));
        assert!(change.open_on(today) && change.open_on(NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()));
        assert!(!change.open_on(NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()));
        assert!(StageChange::new(Stage::Consultation).open_on(NaiveDate::MAX));
        assert!(!StageChange::new(Stage::Adopted).open_on(today) && !StageChange::new(Stage::Draft).open_on(today));
        assert!(form("2026-12-07").validate(today).is_ok());
        assert_eq!(form("2026-12-06").validate(today).unwrap_err()[0].code, "concept-consultation-until-past");
        assert_eq!(form("31.01.2027").validate(today).unwrap_err()[0].code, "concept-consultation-until-invalid");
        // Only a consultation has a period: the field is ignored otherwise.
        let draft = StageForm { stage: "draft".into(), consultation_until: "nonsense".into(), ..Default::default() };
        assert_eq!(draft.validate(today).unwrap(), StageChange::new(Stage::Draft));
    }
}
