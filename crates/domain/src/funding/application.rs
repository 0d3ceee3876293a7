//! An application for a call: what the coordinator types (kept as typed in
//! the draft, so that nothing is lost), its status, and the plan the rules
//! are checked against.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::check::{CostLine, Plan};
use super::rules::{CostCategory, Rules};
use crate::money::Money;
use crate::tenancy::FieldError;

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Draft,
    /// Submitted and in review.
    Submitted,
    ChangesRequested,
    Approved,
    Rejected,
    Withdrawn,
    /// Approved, reported on and settled: the final report accepted.
    Closed,
}

impl Status {
    pub const ALL: [Status; 7] =
        [Status::Draft, Status::Submitted, Status::ChangesRequested, Status::Approved, Status::Rejected, Status::Withdrawn, Status::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::ChangesRequested => "changes_requested",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("application-status-{}", self.as_str().replace('_', "-"))
    }

    /// May the applicant change it?
    pub fn editable(self) -> bool {
        matches!(self, Status::Draft | Status::ChangesRequested)
    }

    /// May the applicant submit it (again)?
    pub fn submittable(self) -> bool {
        self.editable()
    }

    /// May the applicant withdraw it?
    pub fn withdrawable(self) -> bool {
        matches!(self, Status::Draft | Status::Submitted | Status::ChangesRequested)
    }
}

/// One cost line as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostLineForm {
    pub category: String,
    pub description: String,
    pub amount: String,
}

impl CostLineForm {
    fn is_blank(&self) -> bool {
        self.category.trim().is_empty() && self.description.trim().is_empty() && self.amount.trim().is_empty()
    }
}

/// The application form as typed; kept as it is in the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub title: String,
    /// The starting situation.
    pub situation: String,
    pub objectives: String,
    /// Planned participation formats.
    pub formats: String,
    /// Target groups, and how hard-to-reach groups will be reached.
    pub target_groups: String,
    /// Time plan with milestones.
    pub time_plan: String,
    pub partners: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: String,
    pub costs: Vec<CostLineForm>,
    pub requested: String,
    pub own: String,
    pub third_party: String,
    /// The texts of the declarations made (of the call's rules).
    pub declarations: Vec<String>,
    /// The files brought for the call's required attachments. Set from the
    /// stored files only, never from what a form says.
    pub attachments: Vec<Attachment>,
    /// For a joint application: the partner municipalities (their
    /// addresses on the platform); the applicant leads.
    pub joint_with: Vec<String>,
}

/// The attachment a joint application brings for each partner: its
/// declaration ("Erklärung der Partnergemeinde Kleinau").
pub fn partner_declaration(partner: &str) -> String {
    format!("Erklärung der Partnergemeinde {partner}")
}

/// A file brought for one required attachment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attachment {
    /// The required attachment's name in the call's rules.
    pub requirement: String,
    /// The stored file.
    pub file: i64,
    /// Its name, as shown.
    pub name: String,
}

/// The longest a text of the application may be.
const TEXT_MAX: usize = 10_000;
/// The most cost lines an application may have.
pub const COST_LINES_MAX: usize = 40;

fn amount(text: &str) -> Option<Option<Money>> {
    if text.trim().is_empty() { Some(None) } else { Money::parse_euros(text).map(Some) }
}

/// Whole months from `start` to `end` (both days included): 1 January to
/// 31 March is three months.
pub fn months_between(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    let after = end.checked_add_days(Days::new(1))?;
    let months = (after.year() * 12 + after.month() as i32) - (start.year() * 12 + start.month() as i32);
    let months = if after.day() < start.day() { months - 1 } else { months };
    u32::try_from(months).ok()
}

impl ApplicationForm {
    /// Reads the posted pairs: cost lines come as `cost_category`,
    /// `cost_description` and `cost_amount`, one of each per line in order;
    /// declarations as `declaration` with the declaration's index.
    pub fn from_pairs(pairs: &[(String, String)], rules: &Rules) -> ApplicationForm {
        let mut form = ApplicationForm::default();
        let (mut categories, mut descriptions, mut amounts) = (Vec::new(), Vec::new(), Vec::new());
        for (key, value) in pairs {
            let value = value.clone();
            match key.as_str() {
                "title" => form.title = value,
                "situation" => form.situation = value,
                "objectives" => form.objectives = value,
                "formats" => form.formats = value,
                "target_groups" => form.target_groups = value,
                "time_plan" => form.time_plan = value,
                "partners" => form.partners = value,
                "joint_with" if !value.trim().is_empty() && !form.joint_with.contains(&value) && form.joint_with.len() < 20 => {
                    form.joint_with.push(value)
                }
                "starts_on" => form.starts_on = value,
                "ends_on" => form.ends_on = value,
                "requested" => form.requested = value,
                "own" => form.own = value,
                "third_party" => form.third_party = value,
                "cost_category" => categories.push(value),
                "cost_description" => descriptions.push(value),
                "cost_amount" => amounts.push(value),
                "declaration" => {
                    if let Some(text) = value.parse::<usize>().ok().and_then(|i| rules.required_declarations.get(i)) {
                        form.declarations.push(text.clone());
                    }
                }
                _ => {}
            }
        }
        let lines = categories.len().max(descriptions.len()).max(amounts.len()).min(COST_LINES_MAX);
        let at = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
        form.costs = (0..lines)
            .map(|i| CostLineForm { category: at(&categories, i), description: at(&descriptions, i), amount: at(&amounts, i) })
            .filter(|l| !l.is_blank())
            .collect();
        form
    }

    /// Brings `file` for the required attachment `requirement`, in place of
    /// the one brought before (returned, to be let go).
    pub fn attach(&mut self, requirement: &str, file: i64, name: &str) -> Option<i64> {
        let new = Attachment { requirement: requirement.to_owned(), file, name: name.to_owned() };
        match self.attachments.iter_mut().find(|a| a.requirement == requirement) {
            Some(existing) => Some(std::mem::replace(existing, new).file),
            None => {
                self.attachments.push(new);
                None
            }
        }
    }

    /// Takes the files `ids` off the application; returns those it had.
    pub fn detach(&mut self, ids: &[i64]) -> Vec<i64> {
        let gone = self.attachments.iter().filter(|a| ids.contains(&a.file)).map(|a| a.file).collect();
        self.attachments.retain(|a| !ids.contains(&a.file));
        gone
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> ApplicationForm {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// What the typed form says, and what is wrong with how it is typed
    /// (amounts and days that cannot be read, texts missing or too long).
    /// The rules are checked on the plan separately.
    pub fn read(&self) -> (Plan, Vec<FieldError>) {
        let mut errors = Vec::new();
        let title = self.title.trim().chars().count();
        if !(3..=200).contains(&title) {
            errors.push(FieldError { field: "title", code: "application-title-invalid" });
        }
        for (field, text) in [
            ("situation", &self.situation),
            ("objectives", &self.objectives),
            ("formats", &self.formats),
            ("target_groups", &self.target_groups),
            ("time_plan", &self.time_plan),
        ] {
            let n = text.trim().chars().count();
            if n == 0 {
                errors.push(FieldError { field, code: "application-text-missing" });
            } else if n > TEXT_MAX {
                errors.push(FieldError { field, code: "application-text-too-long" });
            }
        }
        if self.partners.chars().count() > TEXT_MAX {
            errors.push(FieldError { field: "partners", code: "application-text-too-long" });
        }
        let day = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        let (starts_on, ends_on) = (day(&self.starts_on), day(&self.ends_on));
        if starts_on.is_none() {
            errors.push(FieldError { field: "starts_on", code: "application-day-invalid" });
        }
        if ends_on.is_none() {
            errors.push(FieldError { field: "ends_on", code: "application-day-invalid" });
        }
        let duration_months = match (starts_on, ends_on) {
            (Some(s), Some(e)) if e < s => {
                errors.push(FieldError { field: "ends_on", code: "application-period-order" });
                None
            }
            (Some(s), Some(e)) => months_between(s, e),
            _ => None,
        };
        const COST_FIELDS: [&str; COST_LINES_MAX] = cost_fields();
        let mut costs = Vec::new();
        for (i, line) in self.costs.iter().enumerate() {
            let field = COST_FIELDS[i.min(COST_LINES_MAX - 1)];
            match (CostCategory::parse(line.category.trim()), amount(&line.amount)) {
                (Some(category), Some(Some(amount))) if !line.description.trim().is_empty() => {
                    costs.push(CostLine { category, description: line.description.trim().to_owned(), amount })
                }
                _ => errors.push(FieldError { field, code: "application-cost-line-invalid" }),
            }
        }
        let mut money = |field: &'static str, text: &str| match amount(text) {
            Some(value) => value.unwrap_or_default(),
            None => {
                errors.push(FieldError { field, code: "application-amount-invalid" });
                Money(0)
            }
        };
        let requested = money("requested", &self.requested);
        let own = money("own", &self.own);
        let third_party = money("third_party", &self.third_party);
        let attachments = self.attachments.iter().map(|a| a.requirement.clone()).collect();
        let plan = Plan { costs, requested, own, third_party, duration_months, attachments, declarations: self.declarations.clone() };
        (plan, errors)
    }
}

/// `cost_0` … `cost_39`: the field names of the cost lines.
const fn cost_fields() -> [&'static str; COST_LINES_MAX] {
    [
        "cost_0", "cost_1", "cost_2", "cost_3", "cost_4", "cost_5", "cost_6", "cost_7", "cost_8", "cost_9", "cost_10", "cost_11",
        "cost_12", "cost_13", "cost_14", "cost_15", "cost_16", "cost_17", "cost_18", "cost_19", "cost_20", "cost_21", "cost_22", "cost_23",
        "cost_24", "cost_25", "cost_26", "cost_27", "cost_28", "cost_29", "cost_30", "cost_31", "cost_32", "cost_33", "cost_34", "cost_35",
        "cost_36", "cost_37", "cost_38", "cost_39",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn months_count_whole_months_with_both_days() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(months_between(d(2026, 1, 1), d(2027, 3, 31)), Some(15));
        assert_eq!(months_between(d(2026, 1, 15), d(2027, 1, 14)), Some(12));
        assert_eq!(months_between(d(2026, 1, 15), d(2027, 1, 20)), Some(12));
        assert_eq!(months_between(d(2026, 3, 1), d(2026, 3, 31)), Some(1));
    }

    #[test]
    fn the_typed_form_is_kept_and_read_into_a_plan() {
        let rules = Rules::reference();
        let form = ApplicationForm::from_pairs(
            &pairs(&[
                ("title", "Vielfalt in Musterstadt"),
                ("situation", "38.000 Menschen aus 90 Ländern."),
                ("objectives", "Eine Strategie."),
                ("formats", "Werkstätten."),
                ("target_groups", "Alle; Eltern über die Kitas."),
                ("time_plan", "Januar: Auftakt."),
                ("starts_on", "2027-01-01"),
                ("ends_on", "2028-03-31"),
                ("cost_category", "moderation"),
                ("cost_description", "Prozessbegleitung"),
                ("cost_amount", "12.000"),
                ("cost_category", "workshops"),
                ("cost_description", "Werkstätten"),
                ("cost_amount", "8.000,00"),
                ("cost_category", ""),
                ("cost_description", ""),
                ("cost_amount", ""),
                ("requested", "20.000"),
                ("own", ""),
                ("third_party", "0"),
                ("declaration", "1"),
                ("declaration", "7"),
            ]),
            &rules,
        );
        assert_eq!(form.costs.len(), 2, "the empty line is dropped");
        assert_eq!(form.declarations, [rules.required_declarations[1].clone()], "an unknown declaration is ignored");
        assert_eq!(ApplicationForm::from_json(&form.to_json()), form);
        let (plan, errors) = form.read();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            (plan.duration_months, plan.total_costs(), plan.requested),
            (Some(15), Money::from_euros(20_000), Money::from_euros(20_000))
        );

        let broken = ApplicationForm {
            title: "V".into(),
            ends_on: "2026-12-31".into(),
            costs: vec![CostLineForm { category: "staff".into(), description: String::new(), amount: "viel".into() }],
            own: "-5".into(),
            ..form.clone()
        };
        let fields: Vec<_> = broken.read().1.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("title", "application-title-invalid"),
                ("ends_on", "application-period-order"),
                ("cost_0", "application-cost-line-invalid"),
                ("own", "application-amount-invalid")
            ]
        );
    }

    #[test]
    fn attachments_come_from_stored_files_never_from_the_form() {
        let rules = Rules::reference();
        let name = rules.required_attachments[0].clone();
        let mut form = ApplicationForm::from_pairs(&pairs(&[("attachments", "7"), ("attachment_0", "7")]), &rules);
        assert!(form.attachments.is_empty());
        assert_eq!(form.attach(&name, 7, "Beschluss.pdf"), None);
        assert_eq!(form.read().0.attachments, vec![name.clone()]);
        assert_eq!(form.attach(&name, 9, "Beschluss neu.pdf"), Some(7), "a new file replaces the one before");
        assert_eq!(form.attachments.len(), 1);
        assert_eq!(form.detach(&[7, 9]), vec![9]);
        assert!(form.read().0.attachments.is_empty());
        let kept = ApplicationForm::from_json(&{
            form.attach(&name, 11, "b.pdf");
            form.to_json()
        });
        assert_eq!(kept.attachments[0].file, 11);
    }

    #[test]
    fn only_a_draft_or_an_application_sent_back_is_changed() {
        assert!(Status::Draft.editable() && Status::ChangesRequested.submittable());
        assert!(!Status::Submitted.editable() && !Status::Approved.withdrawable() && Status::Submitted.withdrawable());
        assert!(Status::ALL.iter().all(|s| Status::parse(s.as_str()) == Some(*s)));
    }
}
