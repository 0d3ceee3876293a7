//! How a measure's effect is measured: indicators with a baseline and a
//! target (each with its date), the unit, where the figures come from, and
//! whether a higher or a lower figure is better; and the values recorded
//! over the years.

use chrono::NaiveDate;

use super::MAX_TITLE;
use super::quantity::Quantity;
use crate::tenancy::FieldError;

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Higher,
    Lower,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Higher, Direction::Lower];

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
        }
    }

    pub fn parse(s: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|d| d.as_str() == s)
    }

    pub fn name_key(self) -> String {
        format!("indicator-direction-{}", self.as_str())
    }
}

/// The indicator form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndicatorForm {
    pub name: String,
    pub unit: String,
    pub baseline: String,
    pub baseline_on: String,
    pub target: String,
    pub target_on: String,
    pub source: String,
    pub direction: String,
}

/// A checked indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIndicator {
    pub name: String,
    pub unit: String,
    pub baseline: Quantity,
    pub baseline_on: NaiveDate,
    pub target: Quantity,
    pub target_on: NaiveDate,
    pub source: String,
    pub direction: Direction,
}

impl NewIndicator {
    /// How far `value` has come from the baseline towards the target, in
    /// percent (below 0 when it moved the wrong way, above 100 beyond the
    /// target); `None` when baseline and target are the same.
    pub fn progress(&self, value: Quantity) -> Option<i64> {
        let span = self.target.0 - self.baseline.0;
        if span == 0 {
            return None;
        }
        let moved = value.0 - self.baseline.0;
        Some(((moved as f64 / span as f64) * 100.0).round() as i64)
    }
}

fn text(field: &'static str, typed: &str, max: usize, required: Option<&'static str>, errors: &mut Vec<FieldError>) -> String {
    let typed = typed.trim();
    if typed.is_empty()
        && let Some(code) = required
    {
        errors.push(FieldError { field, code });
    } else if typed.chars().count() > max {
        errors.push(FieldError { field, code: "concept-title-length" });
    }
    typed.to_owned()
}

fn quantity(field: &'static str, typed: &str, errors: &mut Vec<FieldError>) -> Option<Quantity> {
    let parsed = Quantity::parse(typed);
    if parsed.is_none() {
        errors.push(FieldError {
            field,
            code: if typed.trim().is_empty() { "indicator-figure-missing" } else { "indicator-figure-invalid" },
        });
    }
    parsed
}

pub(super) fn day(field: &'static str, typed: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.push(FieldError { field, code: if typed.trim().is_empty() { "indicator-date-missing" } else { "indicator-date-invalid" } });
    }
    parsed
}

impl IndicatorForm {
    pub fn of(indicator: &NewIndicator) -> IndicatorForm {
        IndicatorForm {
            name: indicator.name.clone(),
            unit: indicator.unit.clone(),
            baseline: indicator.baseline.typed(),
            baseline_on: indicator.baseline_on.to_string(),
            target: indicator.target.typed(),
            target_on: indicator.target_on.to_string(),
            source: indicator.source.clone(),
            direction: indicator.direction.as_str().into(),
        }
    }

    /// A new indicator's form: higher is better.
    pub fn blank() -> IndicatorForm {
        IndicatorForm { direction: Direction::Higher.as_str().into(), ..Default::default() }
    }

    /// Checks the form: a name, both figures and dates, the target after
    /// the baseline, and a target that lies the better way from the baseline.
    pub fn validate(&self) -> Result<NewIndicator, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = text("name", &self.name, MAX_TITLE, Some("indicator-name-missing"), &mut errors);
        let unit = text("unit", &self.unit, 40, None, &mut errors);
        let baseline = quantity("baseline", &self.baseline, &mut errors);
        let baseline_on = day("baseline_on", &self.baseline_on, &mut errors);
        let target = quantity("target", &self.target, &mut errors);
        let target_on = day("target_on", &self.target_on, &mut errors);
        let source = text("source", &self.source, 500, None, &mut errors);
        let direction = Direction::parse(self.direction.trim());
        if direction.is_none() {
            errors.push(FieldError { field: "direction", code: "indicator-direction-invalid" });
        }
        if let (Some(from), Some(to)) = (baseline_on, target_on)
            && to <= from
        {
            errors.push(FieldError { field: "target_on", code: "indicator-target-before-baseline" });
        }
        if let (Some(from), Some(to), Some(direction)) = (baseline, target, direction) {
            let wrong = match direction {
                Direction::Higher => to < from,
                Direction::Lower => to > from,
            };
            if wrong {
                errors.push(FieldError { field: "target", code: "indicator-target-wrong-way" });
            }
        }
        match (baseline, baseline_on, target, target_on, direction) {
            (Some(baseline), Some(baseline_on), Some(target), Some(target_on), Some(direction)) if errors.is_empty() => {
                Ok(NewIndicator { name, unit, baseline, baseline_on, target, target_on, source, direction })
            }
            _ => Err(errors),
        }
    }
}

/// A recorded value, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValueForm {
    pub on: String,
    pub value: String,
    pub note: String,
}

/// A checked value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewValue {
    pub on: NaiveDate,
    pub value: Quantity,
    pub note: String,
}

impl ValueForm {
    /// Checks the value: a figure and a day that is not in the future.
    pub fn validate(&self, today: NaiveDate) -> Result<NewValue, Vec<FieldError>> {
        let mut errors = Vec::new();
        let on = day("on", &self.on, &mut errors);
        if on.is_some_and(|on| on > today) {
            errors.push(FieldError { field: "on", code: "indicator-value-in-future" });
        }
        let value = quantity("value", &self.value, &mut errors);
        let note = text("note", &self.note, 500, None, &mut errors);
        match (on, value) {
            (Some(on), Some(value)) if errors.is_empty() => Ok(NewValue { on, value, note }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form() -> IndicatorForm {
        IndicatorForm {
            name: "Teilnehmende am Sprachcafé je Monat".into(),
            unit: "Personen".into(),
            baseline: "12".into(),
            baseline_on: "2025-01-01".into(),
            target: "40".into(),
            target_on: "2028-12-31".into(),
            source: "Anwesenheitslisten".into(),
            direction: "higher".into(),
        }
    }

    fn codes(form: &IndicatorForm) -> Vec<&'static str> {
        form.validate().err().unwrap_or_default().into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn an_indicator_needs_its_figures_and_a_target_after_the_baseline_the_better_way() {
        let checked = form().validate().unwrap();
        assert_eq!((checked.baseline, checked.target), (Quantity::whole(12), Quantity::whole(40)));
        assert_eq!(checked.progress(Quantity::whole(26)), Some(50));
        assert_eq!(checked.progress(Quantity::whole(5)), Some(-25));
        assert_eq!(codes(&IndicatorForm { target_on: "2024-12-31".into(), ..form() }), ["indicator-target-before-baseline"]);
        assert_eq!(codes(&IndicatorForm { target: "10".into(), ..form() }), ["indicator-target-wrong-way"]);
        assert!(IndicatorForm { target: "10".into(), direction: "lower".into(), ..form() }.validate().is_ok());
        assert_eq!(
            codes(&IndicatorForm { baseline: "zwölf".into(), name: " ".into(), ..form() }),
            ["indicator-name-missing", "indicator-figure-invalid"]
        );
        assert_eq!(
            codes(&IndicatorForm::blank()),
            [
                "indicator-name-missing",
                "indicator-figure-missing",
                "indicator-date-missing",
                "indicator-figure-missing",
                "indicator-date-missing"
            ]
        );
        assert_eq!(IndicatorForm::of(&checked).validate().unwrap(), checked);
    }

    #[test]
    fn a_value_is_a_figure_of_a_day_not_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let ok = ValueForm { on: "2027-02-28".into(), value: "18,5".into(), note: "Liste Februar".into() };
        assert_eq!(ok.validate(today).unwrap().value, Quantity(1850));
        let codes = |f: ValueForm| f.validate(today).unwrap_err().into_iter().map(|e| e.code).collect::<Vec<_>>();
        assert_eq!(codes(ValueForm { on: "2027-03-02".into(), ..ok.clone() }), ["indicator-value-in-future"]);
        assert_eq!(codes(ValueForm { value: "".into(), ..ok }), ["indicator-figure-missing"]);
    }

    proptest! {
        /// A checked indicator's target never lies the worse way from its
        /// baseline, and never on or before the baseline's day.
        #[test]
        fn checked_indicators_point_the_better_way(baseline in -1000i64..1000, target in -1000i64..1000, days in -400i64..400, lower in any::<bool>()) {
            let form = IndicatorForm {
                baseline: baseline.to_string(),
                target: target.to_string(),
                target_on: (NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::TimeDelta::days(days)).to_string(),
                direction: if lower { "lower" } else { "higher" }.into(),
                ..form()
            };
            if let Ok(checked) = form.validate() {
                prop_assert!(checked.target_on > checked.baseline_on);
                let better_way = if lower { checked.target <= checked.baseline } else { checked.target >= checked.baseline };
                prop_assert!(better_way);
                if checked.target != checked.baseline {
                    prop_assert_eq!(checked.progress(checked.target), Some(100));
                    prop_assert_eq!(checked.progress(checked.baseline), Some(0));
                }
            }
        }
    }
}
