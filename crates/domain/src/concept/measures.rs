//! A measure as the coordinator types it: what it is, the goals it serves,
//! who leads it (a measure owner and/or an organisation), partners, target
//! groups, neighbourhoods, when it runs, its priority, cost and funding, and
//! its status. Lists (goals, partners, neighbourhoods) come as repeated form
//! fields and must be among the municipality's own.

use chrono::NaiveDate;

use super::status::{MeasureStatus, Priority};
use super::{MAX_TEXT, MAX_TITLE};
use crate::money::Money;
use crate::tenancy::FieldError;

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureForm {
    pub title: String,
    pub description: String,
    /// Goal ids, the first one the measure's main goal.
    pub goals: Vec<String>,
    /// A measure owner's account id, or empty.
    pub owner: String,
    /// A verified organisation's id, or empty.
    pub lead_organisation: String,
    pub partners: Vec<String>,
    pub target_groups: String,
    pub neighbourhoods: Vec<String>,
    /// `YYYY-MM-DD` or empty.
    pub starts_on: String,
    pub ends_on: String,
    pub priority: String,
    /// Euros as typed, or empty.
    pub cost: String,
    pub funding_source: String,
    pub status: String,
    pub status_reason: String,
}

/// What the lists of a measure may hold: the municipality's own.
#[derive(Debug, Clone, Copy, Default)]
pub struct Choices<'a> {
    pub goals: &'a [i64],
    pub owners: &'a [i64],
    pub organisations: &'a [i64],
    pub neighbourhoods: &'a [i64],
}

/// A checked measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeasure {
    pub title: String,
    pub description: String,
    /// At least one; the first is the main goal.
    pub goals: Vec<i64>,
    pub owner: Option<i64>,
    pub lead_organisation: Option<i64>,
    pub partners: Vec<i64>,
    pub target_groups: String,
    pub neighbourhoods: Vec<i64>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub priority: Priority,
    pub cost: Option<Money>,
    pub funding_source: String,
    pub status: MeasureStatus,
    pub status_reason: String,
}

impl MeasureForm {
    /// The form from its posted fields (lists as repeated fields).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> MeasureForm {
        let mut form = MeasureForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => form.title = value,
                "description" => form.description = value,
                // The main goal first, whatever the order of the fields.
                "main_goal" => form.goals.insert(0, value),
                "goal" => form.goals.push(value),
                "owner" => form.owner = value,
                "lead_organisation" => form.lead_organisation = value,
                "partner" => form.partners.push(value),
                "target_groups" => form.target_groups = value,
                "neighbourhood" => form.neighbourhoods.push(value),
                "starts_on" => form.starts_on = value,
                "ends_on" => form.ends_on = value,
                "priority" => form.priority = value,
                "cost" => form.cost = value,
                "funding_source" => form.funding_source = value,
                "status" => form.status = value,
                "status_reason" => form.status_reason = value,
                _ => {}
            }
        }
        form
    }

    /// A new measure's form: planned, medium priority.
    pub fn blank() -> MeasureForm {
        MeasureForm { status: MeasureStatus::Planned.as_str().into(), priority: Priority::Medium.as_str().into(), ..Default::default() }
    }

    pub fn of(measure: &NewMeasure) -> MeasureForm {
        let ids = |list: &[i64]| list.iter().map(i64::to_string).collect();
        let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
        MeasureForm {
            title: measure.title.clone(),
            description: measure.description.clone(),
            goals: ids(&measure.goals),
            owner: measure.owner.map(|o| o.to_string()).unwrap_or_default(),
            lead_organisation: measure.lead_organisation.map(|o| o.to_string()).unwrap_or_default(),
            partners: ids(&measure.partners),
            target_groups: measure.target_groups.clone(),
            neighbourhoods: ids(&measure.neighbourhoods),
            starts_on: day(measure.starts_on),
            ends_on: day(measure.ends_on),
            priority: measure.priority.as_str().into(),
            cost: measure.cost.map(Money::format_de).unwrap_or_default(),
            funding_source: measure.funding_source.clone(),
            status: measure.status.as_str().into(),
            status_reason: measure.status_reason.clone(),
        }
    }

    /// Checks the form against the municipality's choices and, for a
    /// stored measure, its current status (some changes are refused).
    pub fn validate(&self, choices: Choices<'_>, current: Option<MeasureStatus>) -> Result<NewMeasure, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.push(FieldError { field: "title", code: "measure-title-missing" });
        } else if title.chars().count() > MAX_TITLE {
            errors.push(FieldError { field: "title", code: "concept-title-length" });
        }
        if self.description.chars().count() > MAX_TEXT {
            errors.push(FieldError { field: "description", code: "concept-text-length" });
        }
        let goals = ids("goals", &self.goals, choices.goals, &mut errors);
        if goals.is_empty() && !errors.iter().any(|e| e.field == "goals") {
            errors.push(FieldError { field: "main_goal", code: "measure-goal-missing" });
        }
        let owner = one("owner", &self.owner, choices.owners, &mut errors);
        let lead_organisation = one("lead_organisation", &self.lead_organisation, choices.organisations, &mut errors);
        let mut partners = ids("partners", &self.partners, choices.organisations, &mut errors);
        partners.retain(|p| Some(*p) != lead_organisation);
        let neighbourhoods = ids("neighbourhoods", &self.neighbourhoods, choices.neighbourhoods, &mut errors);
        let starts_on = date("starts_on", &self.starts_on, &mut errors);
        let ends_on = date("ends_on", &self.ends_on, &mut errors);
        if let (Some(start), Some(end)) = (starts_on, ends_on)
            && end < start
        {
            errors.push(FieldError { field: "ends_on", code: "measure-ends-before-start" });
        }
        let priority = Priority::parse(self.priority.trim());
        if priority.is_none() {
            errors.push(FieldError { field: "priority", code: "measure-priority-invalid" });
        }
        let cost = match self.cost.trim() {
            "" => None,
            typed => {
                let parsed = Money::parse_euros(typed);
                if parsed.is_none() {
                    errors.push(FieldError { field: "cost", code: "measure-cost-invalid" });
                }
                parsed
            }
        };
        let status = MeasureStatus::parse(self.status.trim());
        let status_reason = self.status_reason.trim();
        match status {
            None => errors.push(FieldError { field: "status", code: "measure-status-invalid" }),
            Some(to) => {
                if let Some(code) = current.and_then(|from| from.refuses(to)) {
                    errors.push(FieldError { field: "status", code });
                }
                if to.needs_reason() && status_reason.is_empty() {
                    errors.push(FieldError { field: "status_reason", code: "measure-reason-missing" });
                }
            }
        }
        if status_reason.chars().count() > 2_000 {
            errors.push(FieldError { field: "status_reason", code: "concept-text-length" });
        }
        if self.target_groups.chars().count() > 500 || self.funding_source.chars().count() > 500 {
            let field = if self.target_groups.chars().count() > 500 { "target_groups" } else { "funding_source" };
            errors.push(FieldError { field, code: "concept-text-length" });
        }
        match (priority, status) {
            (Some(priority), Some(status)) if errors.is_empty() => Ok(NewMeasure {
                title: title.to_owned(),
                description: self.description.trim().to_owned(),
                goals,
                owner,
                lead_organisation,
                partners,
                target_groups: self.target_groups.trim().to_owned(),
                neighbourhoods,
                starts_on,
                ends_on,
                priority,
                cost,
                funding_source: self.funding_source.trim().to_owned(),
                status,
                status_reason: status_reason.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// The chosen ids of a list, in their order without repeats; each must be allowed.
fn ids(field: &'static str, typed: &[String], allowed: &[i64], errors: &mut Vec<FieldError>) -> Vec<i64> {
    let mut list = Vec::new();
    for text in typed.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        match text.parse::<i64>() {
            Ok(id) if allowed.contains(&id) => {
                if !list.contains(&id) {
                    list.push(id);
                }
            }
            _ => {
                errors.push(FieldError { field, code: "measure-choice-invalid" });
                return Vec::new();
            }
        }
    }
    list
}

fn one(field: &'static str, typed: &str, allowed: &[i64], errors: &mut Vec<FieldError>) -> Option<i64> {
    ids(field, &[typed.to_owned()], allowed, errors).first().copied()
}

fn date(field: &'static str, typed: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(typed, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.push(FieldError { field, code: "measure-date-invalid" });
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const CHOICES: Choices<'static> = Choices { goals: &[11, 12, 21], owners: &[5], organisations: &[7, 8], neighbourhoods: &[3] };

    fn typed() -> MeasureForm {
        MeasureForm {
            title: " Sprachcafé in der Stadtbibliothek ".into(),
            description: "Jeden Dienstag.".into(),
            goals: vec!["12".into(), "11".into(), "12".into()],
            owner: "5".into(),
            lead_organisation: "7".into(),
            partners: vec!["8".into(), "7".into()],
            neighbourhoods: vec!["3".into()],
            starts_on: "2027-01-01".into(),
            ends_on: "2027-12-31".into(),
            cost: "4.500".into(),
            ..MeasureForm::blank()
        }
    }

    #[test]
    fn a_measure_is_read_with_its_lists_in_order() {
        let measure = typed().validate(CHOICES, None).unwrap();
        assert_eq!(measure.title, "Sprachcafé in der Stadtbibliothek");
        assert_eq!(measure.goals, [12, 11], "the main goal first, no repeats");
        assert_eq!(measure.partners, [8], "the lead is no partner of itself");
        assert_eq!(measure.cost, Some(Money(450_000)));
        assert_eq!((measure.status, measure.priority), (MeasureStatus::Planned, Priority::Medium));
        assert_eq!(MeasureForm::of(&measure).validate(CHOICES, Some(measure.status)).unwrap(), measure);
        let pairs = vec![
            ("title".to_owned(), "Fest".to_owned()),
            ("goal".into(), "11".into()),
            ("goal".into(), "21".into()),
            ("main_goal".into(), "21".into()),
            ("status".into(), "planned".into()),
            ("priority".into(), "low".into()),
        ];
        assert_eq!(MeasureForm::from_pairs(pairs).validate(CHOICES, None).unwrap().goals, [21, 11], "the main goal first");
    }

    #[test]
    fn every_mistake_is_named_at_its_field() {
        let form = MeasureForm {
            title: String::new(),
            goals: vec!["99".into()],
            owner: "6".into(),
            starts_on: "2027-05-01".into(),
            ends_on: "2027-04-01".into(),
            cost: "viel".into(),
            status: "dropped".into(),
            ..typed()
        };
        let errors = form.validate(CHOICES, None).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("title", "measure-title-missing"),
                ("goals", "measure-choice-invalid"),
                ("owner", "measure-choice-invalid"),
                ("ends_on", "measure-ends-before-start"),
                ("cost", "measure-cost-invalid"),
                ("status_reason", "measure-reason-missing"),
            ]
        );
        let no_goal = MeasureForm { goals: Vec::new(), ..typed() }.validate(CHOICES, None).unwrap_err();
        assert_eq!((no_goal[0].field, no_goal[0].code), ("main_goal", "measure-goal-missing"));
        let back = MeasureForm { status: "planned".into(), ..typed() }.validate(CHOICES, Some(MeasureStatus::Running)).unwrap_err();
        assert_eq!((back[0].field, back[0].code), ("status", "measure-status-started"));
    }

    proptest! {
        /// Whatever is posted, an accepted measure holds only the municipality's
        /// own goals, people, organisations and neighbourhoods, ends after it
        /// starts, and has a reason when dropped.
        #[test]
        fn accepted_measures_keep_the_rules(
            goals in proptest::collection::vec(0i64..30, 0..4),
            owner in 0i64..8,
            partners in proptest::collection::vec(0i64..10, 0..3),
            start in 0u32..60, end in 0u32..60,
            status in 0usize..6,
            reason in "( |Mittel gestrichen)",
        ) {
            let day = |n: u32| format!("2027-{:02}-{:02}", n / 28 + 1, n % 28 + 1);
            let form = MeasureForm {
                goals: goals.iter().map(i64::to_string).collect(),
                owner: owner.to_string(),
                partners: partners.iter().map(i64::to_string).collect(),
                starts_on: day(start),
                ends_on: day(end),
                status: MeasureStatus::ALL[status].as_str().into(),
                status_reason: reason,
                ..typed()
            };
            if let Ok(m) = form.validate(CHOICES, None) {
                prop_assert!(!m.goals.is_empty() && m.goals.iter().all(|g| CHOICES.goals.contains(g)));
                prop_assert!(m.owner.is_none_or(|o| CHOICES.owners.contains(&o)));
                prop_assert!(m.partners.iter().all(|p| CHOICES.organisations.contains(p)));
                prop_assert!(m.starts_on <= m.ends_on);
                prop_assert!(!m.status.needs_reason() || !m.status_reason.is_empty());
            }
        }
    }
}
