//! What changed between two versions of the concept: text changes line by
//! line (see [`super::text_diff`]), action fields and goals added or removed, and
//! measures added, removed or changed — each change of a measure named
//! (status, dates, cost, indicator targets, …). Measures are matched by
//! their number, fields and goals by their name.

use chrono::NaiveDate;

use super::quantity::Quantity;
use super::snapshot::{IndicatorSnapshot, MeasureSnapshot, Snapshot};
pub use super::text_diff::{Line, text_lines};
use crate::money::Money;

/// A changed text: which one, and its lines around the changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChange {
    pub part: TextPart,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextPart {
    Title,
    Preamble,
    Vision,
    /// The situation analysis of the action field with this name.
    Analysis(String),
    /// The description of the goal with this title.
    GoalDescription(String),
}

/// A value of a measure before or after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    /// `MeasureStatus::as_str`.
    Status(String),
    /// `Priority::as_str`.
    Priority(String),
    Date(Option<NaiveDate>),
    Money(Option<Money>),
    List(Vec<String>),
    /// An indicator's figure with its date and unit.
    Figure(Quantity, NaiveDate, String),
    Missing,
}

/// What changed in one respect of a measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureChange {
    /// Names the respect: "title", "status", "starts_on", …, or "indicator"
    /// (then `indicator` names it) with `baseline`/`target`/`added`/`removed`.
    pub what: &'static str,
    pub indicator: Option<String>,
    pub before: Value,
    pub after: Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedMeasure {
    pub number: i32,
    pub title: String,
    pub changes: Vec<MeasureChange>,
    /// The description's lines around its changes (empty when unchanged).
    pub description: Vec<Line>,
}

/// A measure named by its number and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRef {
    pub number: i32,
    pub title: String,
}

/// Everything that differs from `before` to `after`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionDiff {
    pub texts: Vec<TextChange>,
    pub fields_added: Vec<String>,
    pub fields_removed: Vec<String>,
    /// (action field, goal)
    pub goals_added: Vec<(String, String)>,
    pub goals_removed: Vec<(String, String)>,
    pub measures_added: Vec<MeasureRef>,
    pub measures_removed: Vec<MeasureRef>,
    pub measures_changed: Vec<ChangedMeasure>,
}

impl VersionDiff {
    pub fn is_empty(&self) -> bool {
        *self == VersionDiff::default()
    }
}

fn text_change(part: TextPart, before: &str, after: &str) -> Option<TextChange> {
    let lines = text_lines(before, after);
    (!lines.is_empty()).then_some(TextChange { part, lines })
}

/// The difference from `before` to `after`.
pub fn diff(before: &Snapshot, after: &Snapshot) -> VersionDiff {
    let mut out = VersionDiff::default();
    out.texts.extend(text_change(TextPart::Title, &before.title, &after.title));
    out.texts.extend(text_change(TextPart::Preamble, &before.preamble, &after.preamble));
    out.texts.extend(text_change(TextPart::Vision, &before.vision, &after.vision));
    for field in &after.fields {
        match before.fields.iter().find(|f| f.name == field.name) {
            None => out.fields_added.push(field.name.clone()),
            Some(old) => {
                out.texts.extend(text_change(TextPart::Analysis(field.name.clone()), &old.analysis, &field.analysis));
                for goal in &field.goals {
                    match old.goals.iter().find(|g| g.title == goal.title) {
                        None => out.goals_added.push((field.name.clone(), goal.title.clone())),
                        Some(g) => {
                            out.texts.extend(text_change(TextPart::GoalDescription(goal.title.clone()), &g.description, &goal.description))
                        }
                    }
                }
                for goal in &old.goals {
                    if !field.goals.iter().any(|g| g.title == goal.title) {
                        out.goals_removed.push((field.name.clone(), goal.title.clone()));
                    }
                }
            }
        }
    }
    for field in &before.fields {
        if !after.fields.iter().any(|f| f.name == field.name) {
            out.fields_removed.push(field.name.clone());
        }
    }
    let located = |s: &Snapshot| -> Vec<(String, String, MeasureSnapshot)> {
        s.fields
            .iter()
            .flat_map(|f| f.goals.iter().flat_map(move |g| g.measures.iter().map(move |m| (f.name.clone(), g.title.clone(), m.clone()))))
            .collect()
    };
    let (old, new) = (located(before), located(after));
    for (field, goal, m) in &new {
        match old.iter().find(|(_, _, o)| o.number == m.number) {
            None => out.measures_added.push(MeasureRef { number: m.number, title: m.title.clone() }),
            Some((old_field, old_goal, o)) => {
                let mut changes = measure_changes(o, m);
                if (old_field, old_goal) != (field, goal) {
                    changes.insert(
                        0,
                        MeasureChange {
                            what: "goal",
                            indicator: None,
                            before: Value::Text(format!("{old_field} › {old_goal}")),
                            after: Value::Text(format!("{field} › {goal}")),
                        },
                    );
                }
                let description = text_lines(&o.description, &m.description);
                if !changes.is_empty() || !description.is_empty() {
                    out.measures_changed.push(ChangedMeasure { number: m.number, title: m.title.clone(), changes, description });
                }
            }
        }
    }
    for (_, _, m) in &old {
        if !new.iter().any(|(_, _, n)| n.number == m.number) {
            out.measures_removed.push(MeasureRef { number: m.number, title: m.title.clone() });
        }
    }
    out
}

fn measure_changes(a: &MeasureSnapshot, b: &MeasureSnapshot) -> Vec<MeasureChange> {
    let mut changes = Vec::new();
    let mut compare = |what: &'static str, before: Value, after: Value| {
        if before != after {
            changes.push(MeasureChange { what, indicator: None, before, after });
        }
    };
    compare("title", Value::Text(a.title.clone()), Value::Text(b.title.clone()));
    compare("status", Value::Status(a.status.clone()), Value::Status(b.status.clone()));
    compare("status_reason", Value::Text(a.status_reason.clone()), Value::Text(b.status_reason.clone()));
    compare("lead", Value::List(a.lead.clone()), Value::List(b.lead.clone()));
    compare("partners", Value::List(a.partners.clone()), Value::List(b.partners.clone()));
    compare("target_groups", Value::Text(a.target_groups.clone()), Value::Text(b.target_groups.clone()));
    compare("neighbourhoods", Value::List(a.neighbourhoods.clone()), Value::List(b.neighbourhoods.clone()));
    compare("starts_on", Value::Date(a.starts_on), Value::Date(b.starts_on));
    compare("ends_on", Value::Date(a.ends_on), Value::Date(b.ends_on));
    compare("priority", Value::Priority(a.priority.clone()), Value::Priority(b.priority.clone()));
    compare("cost", Value::Money(a.cost), Value::Money(b.cost));
    compare("funding_source", Value::Text(a.funding_source.clone()), Value::Text(b.funding_source.clone()));
    changes.extend(indicator_changes(&a.indicators, &b.indicators));
    changes
}

fn indicator_changes(before: &[IndicatorSnapshot], after: &[IndicatorSnapshot]) -> Vec<MeasureChange> {
    let figure = |q: Quantity, on: NaiveDate, unit: &str| Value::Figure(q, on, unit.to_owned());
    let mut changes = Vec::new();
    for i in after {
        let named = Some(i.name.clone());
        match before.iter().find(|o| o.name == i.name) {
            None => changes.push(MeasureChange {
                what: "indicator_added",
                indicator: named,
                before: Value::Missing,
                after: figure(i.target, i.target_on, &i.unit),
            }),
            Some(o) => {
                if (o.baseline, o.baseline_on) != (i.baseline, i.baseline_on) {
                    changes.push(MeasureChange {
                        what: "indicator_baseline",
                        indicator: named.clone(),
                        before: figure(o.baseline, o.baseline_on, &o.unit),
                        after: figure(i.baseline, i.baseline_on, &i.unit),
                    });
                }
                if (o.target, o.target_on, &o.unit) != (i.target, i.target_on, &i.unit) {
                    changes.push(MeasureChange {
                        what: "indicator_target",
                        indicator: named,
                        before: figure(o.target, o.target_on, &o.unit),
                        after: figure(i.target, i.target_on, &i.unit),
                    });
                }
            }
        }
    }
    for o in before {
        if !after.iter().any(|i| i.name == o.name) {
            changes.push(MeasureChange {
                what: "indicator_removed",
                indicator: Some(o.name.clone()),
                before: figure(o.target, o.target_on, &o.unit),
                after: Value::Missing,
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::snapshot::{FieldSnapshot, GoalSnapshot};
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn measure(number: i32, title: &str) -> MeasureSnapshot {
        MeasureSnapshot {
            number,
            title: title.into(),
            description: "Erster Satz.\nZweiter Satz.".into(),
            description_html: String::new(),
            status: "planned".into(),
            status_reason: String::new(),
            lead: vec!["Integrationsbüro".into()],
            partners: vec![],
            target_groups: "Familien".into(),
            neighbourhoods: vec!["Altstadt".into()],
            starts_on: Some(day(2025, 9, 1)),
            ends_on: Some(day(2027, 8, 31)),
            priority: "high".into(),
            cost: Some(Money::from_euros(6_000)),
            funding_source: "Landesprogramm".into(),
            indicators: vec![IndicatorSnapshot {
                name: "Familien je Monat".into(),
                unit: "Familien".into(),
                baseline: Quantity::whole(8),
                baseline_on: day(2025, 1, 1),
                target: Quantity::whole(30),
                target_on: day(2027, 12, 31),
                source: "Listen".into(),
                direction: "higher".into(),
            }],
        }
    }

    fn concept(measures: Vec<MeasureSnapshot>) -> Snapshot {
        Snapshot {
            title: "Gelebte Vielfalt".into(),
            preamble: "Präambel".into(),
            preamble_html: String::new(),
            vision: "Leitbild".into(),
            vision_html: String::new(),
            fields: vec![FieldSnapshot {
                name: "Sprache & Bildung".into(),
                analysis: "Ausgangslage".into(),
                analysis_html: String::new(),
                goals: vec![GoalSnapshot {
                    title: "Alle sprechen Deutsch".into(),
                    description: String::new(),
                    description_html: String::new(),
                    measures,
                }],
            }],
            contributors: vec![],
        }
    }

    #[test]
    fn a_raised_target_a_new_measure_and_a_changed_sentence_are_named() {
        let before = concept(vec![measure(1, "Sprachcafé"), measure(2, "Lotsen")]);
        let mut after = concept(vec![measure(1, "Sprachcafé"), measure(3, "Stadtplan")]);
        let m = &mut after.fields[0].goals[0].measures[0];
        m.indicators[0].target = Quantity::whole(40);
        m.status = "running".into();
        m.description = "Erster Satz.\nZweiter Satz, neu.".into();
        after.vision = "Leitbild\nMit allen.".into();
        let d = diff(&before, &after);
        assert_eq!(d.measures_added, [MeasureRef { number: 3, title: "Stadtplan".into() }]);
        assert_eq!(d.measures_removed, [MeasureRef { number: 2, title: "Lotsen".into() }]);
        let changed = &d.measures_changed[0];
        let whats: Vec<_> = changed.changes.iter().map(|c| c.what).collect();
        assert_eq!(whats, ["status", "indicator_target"]);
        assert_eq!(changed.changes[1].after, Value::Figure(Quantity::whole(40), day(2027, 12, 31), "Familien".into()));
        assert_eq!(
            changed.description,
            [Line::Same("Erster Satz.".into()), Line::Removed("Zweiter Satz.".into()), Line::Added("Zweiter Satz, neu.".into())]
        );
        assert_eq!(d.texts.len(), 1);
        assert_eq!(d.texts[0].part, TextPart::Vision);
        assert!(d.texts[0].lines.contains(&Line::Added("Mit allen.".into())));
    }

    #[test]
    fn a_measure_moved_to_another_goal_says_so() {
        let before = concept(vec![measure(1, "Sprachcafé")]);
        let mut after = concept(vec![]);
        after.fields[0].goals.push(GoalSnapshot {
            title: "Eltern sind dabei".into(),
            description: String::new(),
            description_html: String::new(),
            measures: vec![measure(1, "Sprachcafé")],
        });
        let d = diff(&before, &after);
        assert_eq!(d.goals_added, [("Sprache & Bildung".to_owned(), "Eltern sind dabei".to_owned())]);
        assert_eq!(d.measures_changed[0].changes[0].what, "goal");
        assert!(d.measures_added.is_empty() && d.measures_removed.is_empty());
    }

    #[test]
    fn a_snapshot_survives_its_json() {
        let s = concept(vec![measure(1, "Sprachcafé")]);
        assert_eq!(Snapshot::from_json(&s.to_json()), Some(s));
    }

    proptest! {
        #[test]
        fn the_same_version_has_no_difference_and_adding_is_removing_backwards(
            numbers in proptest::collection::btree_set(1i32..40, 0..8),
            others in proptest::collection::btree_set(1i32..40, 0..8),
        ) {
            let a = concept(numbers.iter().map(|n| measure(*n, &format!("M{n}"))).collect());
            let b = concept(others.iter().map(|n| measure(*n, &format!("M{n}"))).collect());
            prop_assert!(diff(&a, &a).is_empty());
            let forward = diff(&a, &b);
            let backward = diff(&b, &a);
            prop_assert_eq!(&forward.measures_added, &backward.measures_removed);
            prop_assert_eq!(&forward.measures_removed, &backward.measures_added);
            let added: Vec<i32> = forward.measures_added.iter().map(|m| m.number).collect();
            let expected: Vec<i32> = others.difference(&numbers).copied().collect();
            prop_assert_eq!(added, expected);
        }
    }
}
