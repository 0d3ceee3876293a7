//! A participation process as the coordinator sets it up.

use serde::{Deserialize, Serialize};

use super::phases::{Openings, Phase, PhaseKind};
use crate::tenancy::{FieldError, Slug};

/// What the coordinator typed. Phases come as `<kind>_starts`, `<kind>_ends`,
/// `<kind>_ideas`, `<kind>_comments`, `<kind>_supports` fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProcessForm {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub description: String,
    /// One action field per line.
    pub action_fields: String,
    #[serde(flatten)]
    pub phases: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProcess {
    pub title: String,
    pub slug: Slug,
    pub summary: String,
    pub description: String,
    pub action_fields: Vec<String>,
    pub phases: Vec<Phase>,
}

impl ProcessForm {
    pub fn phase_value(&self, kind: PhaseKind, part: &str) -> String {
        self.phases.get(&format!("{}_{part}", kind.as_str())).cloned().unwrap_or_default()
    }

    pub fn validate(&self) -> Result<NewProcess, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.chars().count() < 5 || title.chars().count() > 200 {
            errors.push(FieldError { field: "title", code: "process-title-length" });
        }
        let slug = Slug::parse(&self.slug).map_err(|e| errors.push(e)).ok();
        let summary = self.summary.trim();
        if summary.is_empty() || summary.chars().count() > 500 {
            errors.push(FieldError { field: "summary", code: "process-summary-length" });
        }
        if self.description.chars().count() > 50_000 {
            errors.push(FieldError { field: "description", code: "process-description-length" });
        }
        let action_fields: Vec<String> = self.action_fields.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
        if action_fields.iter().any(|f| f.chars().count() > 120) || action_fields.len() > 30 {
            errors.push(FieldError { field: "action_fields", code: "process-action-fields-invalid" });
        }
        let mut phases = Vec::new();
        for kind in PhaseKind::ALL {
            let date = |part: &str, errors: &mut Vec<FieldError>| -> Option<chrono::NaiveDate> {
                let text = self.phase_value(kind, part);
                let text = text.trim();
                if text.is_empty() {
                    return None;
                }
                chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%d.%m.%Y"))
                    .map_err(|_| errors.push(FieldError { field: phase_field(kind, part), code: "process-phase-date-invalid" }))
                    .ok()
            };
            let starts_on = date("starts", &mut errors);
            let ends_on = date("ends", &mut errors);
            if let (Some(s), Some(e)) = (starts_on, ends_on)
                && e < s
            {
                errors.push(FieldError { field: phase_field(kind, "ends"), code: "process-phase-ends-before-start" });
            }
            if ends_on.is_some() && starts_on.is_none() {
                errors.push(FieldError { field: phase_field(kind, "starts"), code: "process-phase-start-missing" });
            }
            let on = |part: &str| !self.phase_value(kind, part).is_empty();
            phases.push(Phase {
                kind,
                starts_on,
                ends_on,
                openings: Openings { ideas: on("ideas"), comments: on("comments"), supports: on("supports") },
            });
        }
        match slug {
            Some(slug) if errors.is_empty() => Ok(NewProcess {
                title: title.to_owned(),
                slug,
                summary: summary.to_owned(),
                description: self.description.trim().to_owned(),
                action_fields,
                phases,
            }),
            _ => Err(errors),
        }
    }
}

/// The field id of a phase's date: e.g. `participation_starts`.
pub fn phase_field(kind: PhaseKind, part: &str) -> &'static str {
    const FIELDS: [[&str; 2]; 6] = [
        ["analysis_starts", "analysis_ends"],
        ["participation_starts", "participation_ends"],
        ["drafting_starts", "drafting_ends"],
        ["adoption_starts", "adoption_ends"],
        ["implementation_starts", "implementation_ends"],
        ["update_starts", "update_ends"],
    ];
    let row = PhaseKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    FIELDS[row][usize::from(part == "ends")]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_come_from_the_form() {
        let mut form = ProcessForm {
            title: "Vielfaltsstrategie Musterstadt 2026".into(),
            slug: "vielfalt-2026".into(),
            summary: "Gemeinsam entwickeln wir die Strategie.".into(),
            action_fields: "Sprache & Bildung\n\n Arbeit & Ausbildung \n".into(),
            ..ProcessForm::default()
        };
        form.phases.insert("participation_starts".into(), "01.03.2026".into());
        form.phases.insert("participation_ends".into(), "2026-04-30".into());
        form.phases.insert("participation_ideas".into(), "yes".into());
        let process = form.validate().unwrap();
        assert_eq!(process.action_fields, ["Sprache & Bildung", "Arbeit & Ausbildung"]);
        let participation = process.phases.iter().find(|p| p.kind == PhaseKind::Participation).unwrap();
        assert!(participation.openings.ideas && !participation.openings.comments);
        assert_eq!(participation.ends_on, chrono::NaiveDate::from_ymd_opt(2026, 4, 30));
    }

    #[test]
    fn a_phase_cannot_end_before_it_starts() {
        let mut form =
            ProcessForm { title: "Titel des Verfahrens".into(), slug: "x1".into(), summary: "Kurz".into(), ..ProcessForm::default() };
        form.phases.insert("drafting_starts".into(), "2026-05-10".into());
        form.phases.insert("drafting_ends".into(), "2026-05-01".into());
        form.phases.insert("update_ends".into(), "kein Datum".into());
        let fields: Vec<_> = form.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["drafting_ends", "update_ends"]);
    }
}
