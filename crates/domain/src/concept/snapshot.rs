//! A frozen version of the concept: everything a reader of that version
//! sees, in reading order, with the Markdown it was written in and the HTML
//! it was shown as. Stored as JSON and never changed, so that a version's
//! page and PDF stay what they were when it was frozen; the PDF and the
//! difference view are made from it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::quantity::Quantity;
use crate::money::Money;

/// The concept as it stood.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub title: String,
    pub preamble: String,
    pub preamble_html: String,
    pub vision: String,
    pub vision_html: String,
    pub fields: Vec<FieldSnapshot>,
    /// The organisations that took part, by kind ("association", "business", …).
    #[serde(default)]
    pub contributors: Vec<ContributorGroup>,
}

/// An action field with its situation analysis and goals.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSnapshot {
    pub name: String,
    pub analysis: String,
    pub analysis_html: String,
    pub goals: Vec<GoalSnapshot>,
}

/// A goal with the measures whose main goal it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalSnapshot {
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub measures: Vec<MeasureSnapshot>,
}

/// A measure as the concept describes it (not its later progress).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureSnapshot {
    /// "Maßnahme 3": stays with the measure from version to version.
    pub number: i32,
    pub title: String,
    pub description: String,
    pub description_html: String,
    /// `MeasureStatus::as_str`.
    pub status: String,
    pub status_reason: String,
    /// The lead: the measure owner's name and/or the lead organisation.
    pub lead: Vec<String>,
    pub partners: Vec<String>,
    pub target_groups: String,
    pub neighbourhoods: Vec<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// `Priority::as_str`.
    pub priority: String,
    pub cost: Option<Money>,
    pub funding_source: String,
    pub indicators: Vec<IndicatorSnapshot>,
}

/// An indicator's definition: where it starts and where it should get to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorSnapshot {
    pub name: String,
    pub unit: String,
    pub baseline: Quantity,
    pub baseline_on: NaiveDate,
    pub target: Quantity,
    pub target_on: NaiveDate,
    pub source: String,
    /// `Direction::as_str`.
    pub direction: String,
}

/// The organisations of one kind that took part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributorGroup {
    /// `OrganisationKind::as_str`.
    pub kind: String,
    pub names: Vec<String>,
}

impl Snapshot {
    /// Every measure, in reading order.
    pub fn measures(&self) -> impl Iterator<Item = (&FieldSnapshot, &MeasureSnapshot)> {
        self.fields.iter().flat_map(|f| f.goals.iter().flat_map(move |g| g.measures.iter().map(move |m| (f, m))))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Snapshot> {
        serde_json::from_str(json).ok()
    }
}
