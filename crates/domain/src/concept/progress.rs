//! What a measure owner reports: progress updates (the day, where the
//! measure stands, how far it is in percent, and what happened, in
//! Markdown) and milestones that are ticked off when reached.

use chrono::NaiveDate;

use super::indicators::day;
use super::status::MeasureStatus;
use super::{MAX_TEXT, MAX_TITLE};
use crate::tenancy::FieldError;

/// A progress update, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateForm {
    pub on: String,
    pub status: String,
    pub percent: String,
    pub text: String,
    /// Why the measure is paused or dropped (shown with its status).
    pub reason: String,
}

/// A checked update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUpdate {
    pub on: NaiveDate,
    pub status: MeasureStatus,
    pub percent: u8,
    pub text: String,
    pub reason: String,
}

impl UpdateForm {
    /// The form for the next update of a measure where it stands now.
    pub fn next(status: MeasureStatus, percent: u8, today: NaiveDate) -> UpdateForm {
        UpdateForm { on: today.to_string(), status: status.as_str().into(), percent: percent.to_string(), ..Default::default() }
    }

    /// Checks the update against the measure's current status: a day not in
    /// the future, a status the measure may move to (a reason to pause or
    /// drop it), 0–100 percent (100 when done), and a text.
    pub fn validate(&self, current: MeasureStatus, today: NaiveDate) -> Result<NewUpdate, Vec<FieldError>> {
        let mut errors = Vec::new();
        let on = day("on", &self.on, &mut errors);
        if on.is_some_and(|on| on > today) {
            errors.push(FieldError { field: "on", code: "update-in-future" });
        }
        let status = MeasureStatus::parse(self.status.trim());
        let reason = self.reason.trim();
        match status {
            None => errors.push(FieldError { field: "status", code: "measure-status-invalid" }),
            Some(to) => {
                if let Some(code) = current.refuses(to) {
                    errors.push(FieldError { field: "status", code });
                }
                if matches!(to, MeasureStatus::Dropped | MeasureStatus::Paused) && reason.is_empty() {
                    errors.push(FieldError { field: "reason", code: "update-reason-missing" });
                }
            }
        }
        if reason.chars().count() > 2_000 {
            errors.push(FieldError { field: "reason", code: "concept-text-length" });
        }
        let percent = self.percent.trim().trim_end_matches('%').trim().parse::<u8>().ok().filter(|p| *p <= 100);
        match percent {
            None => errors.push(FieldError { field: "percent", code: "update-percent-invalid" }),
            Some(p) if p < 100 && status == Some(MeasureStatus::Done) => {
                errors.push(FieldError { field: "percent", code: "update-done-needs-all" })
            }
            Some(_) => {}
        }
        let text = self.text.trim();
        if text.is_empty() {
            errors.push(FieldError { field: "text", code: "update-text-missing" });
        } else if text.chars().count() > MAX_TEXT {
            errors.push(FieldError { field: "text", code: "concept-text-length" });
        }
        match (on, status, percent) {
            (Some(on), Some(status), Some(percent)) if errors.is_empty() => Ok(NewUpdate {
                on,
                status,
                percent,
                text: text.to_owned(),
                reason: if matches!(status, MeasureStatus::Dropped | MeasureStatus::Paused) { reason.to_owned() } else { String::new() },
            }),
            _ => Err(errors),
        }
    }
}

/// A milestone, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MilestoneForm {
    pub title: String,
    pub due_on: String,
}

/// A checked milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMilestone {
    pub title: String,
    pub due_on: NaiveDate,
}

impl MilestoneForm {
    pub fn validate(&self) -> Result<NewMilestone, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.push(FieldError { field: "title", code: "milestone-title-missing" });
        } else if title.chars().count() > MAX_TITLE {
            errors.push(FieldError { field: "title", code: "concept-title-length" });
        }
        let due_on = day("due_on", &self.due_on, &mut errors);
        match due_on {
            Some(due_on) if errors.is_empty() => Ok(NewMilestone { title: title.to_owned(), due_on }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
    }

    fn form() -> UpdateForm {
        UpdateForm {
            on: "2027-02-20".into(),
            status: "running".into(),
            percent: "40".into(),
            text: "Zwölf Familien kamen zum ersten Treffen.".into(),
            reason: "".into(),
        }
    }

    fn codes(form: UpdateForm, current: MeasureStatus) -> Vec<&'static str> {
        form.validate(current, today()).err().unwrap_or_default().into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn an_update_keeps_the_status_rules_and_says_why_a_measure_stops() {
        let ok = form().validate(MeasureStatus::Planned, today()).unwrap();
        assert_eq!((ok.status, ok.percent), (MeasureStatus::Running, 40));
        assert_eq!(codes(UpdateForm { status: "planned".into(), ..form() }, MeasureStatus::Running), ["measure-status-started"]);
        assert_eq!(codes(UpdateForm { status: "dropped".into(), ..form() }, MeasureStatus::Running), ["update-reason-missing"]);
        assert_eq!(codes(UpdateForm { status: "done".into(), ..form() }, MeasureStatus::Running), ["update-done-needs-all"]);
        assert_eq!(
            codes(UpdateForm { percent: "120".into(), text: " ".into(), ..form() }, MeasureStatus::Running),
            ["update-percent-invalid", "update-text-missing"]
        );
        assert_eq!(codes(UpdateForm { on: "2027-03-02".into(), ..form() }, MeasureStatus::Running), ["update-in-future"]);
        let paused = UpdateForm { status: "paused".into(), reason: "Die Leiterin ist in Elternzeit.".into(), ..form() };
        assert_eq!(paused.validate(MeasureStatus::Running, today()).unwrap().reason, "Die Leiterin ist in Elternzeit.");
        // A reason typed for a running measure is not kept.
        assert_eq!(UpdateForm { reason: "egal".into(), ..form() }.validate(MeasureStatus::Running, today()).unwrap().reason, "");
        assert_eq!(UpdateForm { percent: "75 %".into(), ..form() }.validate(MeasureStatus::Running, today()).unwrap().percent, 75);
    }

    #[test]
    fn a_milestone_has_a_title_and_a_day() {
        assert!(MilestoneForm { title: "Räume gefunden".into(), due_on: "2027-05-01".into() }.validate().is_ok());
        let errors = MilestoneForm::default().validate().unwrap_err();
        assert_eq!(errors.iter().map(|e| e.code).collect::<Vec<_>>(), ["milestone-title-missing", "indicator-date-missing"]);
    }

    proptest! {
        /// Whatever is typed, a checked update is 0–100 percent, 100 when
        /// done, and has a reason when the measure stops.
        #[test]
        fn checked_updates_are_consistent(percent in "[0-9]{1,3}", status in 0usize..6, reason in "[a-z ]{0,5}") {
            let form = UpdateForm { percent, status: MeasureStatus::ALL[status].as_str().into(), reason, ..form() };
            if let Ok(update) = form.validate(MeasureStatus::Running, today()) {
                prop_assert!(update.percent <= 100);
                prop_assert!(update.status != MeasureStatus::Done || update.percent == 100);
                prop_assert!(!matches!(update.status, MeasureStatus::Dropped | MeasureStatus::Paused) || !update.reason.is_empty());
            }
        }
    }
}
