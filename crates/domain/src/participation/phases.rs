//! The phases of a process and what each one opens.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PhaseKind {
    Analysis,
    Participation,
    Drafting,
    Adoption,
    Implementation,
    Update,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 6] = [
        PhaseKind::Analysis,
        PhaseKind::Participation,
        PhaseKind::Drafting,
        PhaseKind::Adoption,
        PhaseKind::Implementation,
        PhaseKind::Update,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PhaseKind::Analysis => "analysis",
            PhaseKind::Participation => "participation",
            PhaseKind::Drafting => "drafting",
            PhaseKind::Adoption => "adoption",
            PhaseKind::Implementation => "implementation",
            PhaseKind::Update => "update",
        }
    }

    pub fn parse(text: &str) -> Option<PhaseKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Fluent id of the phase's name.
    pub const fn name_key(self) -> &'static str {
        match self {
            PhaseKind::Analysis => "phase-analysis",
            PhaseKind::Participation => "phase-participation",
            PhaseKind::Drafting => "phase-drafting",
            PhaseKind::Adoption => "phase-adoption",
            PhaseKind::Implementation => "phase-implementation",
            PhaseKind::Update => "phase-update",
        }
    }

    /// What a phase usually opens: ideas, comments and supports in the
    /// participation phase; comments in drafting (draft review) and update.
    pub const fn default_openings(self) -> Openings {
        match self {
            PhaseKind::Participation => Openings { ideas: true, comments: true, supports: true },
            PhaseKind::Drafting | PhaseKind::Update => Openings { ideas: false, comments: true, supports: false },
            _ => Openings { ideas: false, comments: false, supports: false },
        }
    }
}

/// Which components a phase opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Openings {
    pub ideas: bool,
    pub comments: bool,
    pub supports: bool,
}

/// From an instant, until before another (open-ended without).
pub type Span = (chrono::DateTime<chrono::Utc>, Option<chrono::DateTime<chrono::Utc>>);

/// A dated phase. Dates are calendar days in Europe/Berlin, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub starts_on: Option<chrono::NaiveDate>,
    pub ends_on: Option<chrono::NaiveDate>,
    pub openings: Openings,
}

impl Phase {
    /// The instants the phase spans: from its first day's midnight in
    /// Berlin to the midnight after its last day (open-ended without an
    /// end). None for a phase without a start date.
    pub fn span(&self) -> Option<Span> {
        use chrono::TimeZone;
        let midnight = |day: chrono::NaiveDate| {
            chrono_tz::Europe::Berlin
                .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
        };
        let from = midnight(self.starts_on?)?;
        let until = self.ends_on.and_then(|end| end.succ_opt()).and_then(midnight);
        Some((from, until))
    }

    pub fn is_current(&self, today: chrono::NaiveDate) -> bool {
        match (self.starts_on, self.ends_on) {
            (Some(start), Some(end)) => start <= today && today <= end,
            (Some(start), None) => start <= today,
            _ => false,
        }
    }
}

/// The phase running on `today` (the latest-starting one if they overlap).
pub fn current(phases: &[Phase], today: chrono::NaiveDate) -> Option<&Phase> {
    phases.iter().filter(|p| p.is_current(today)).max_by_key(|p| p.starts_on)
}

/// What is open today: the openings of the current phase, nothing otherwise.
pub fn open_today(phases: &[Phase], today: chrono::NaiveDate) -> Openings {
    current(phases, today).map(|p| p.openings).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phase_spans_whole_berlin_days() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let phase = Phase {
            kind: PhaseKind::Participation,
            starts_on: Some(day("2026-03-01")),
            ends_on: Some(day("2026-03-31")),
            openings: Openings::default(),
        };
        let (from, until) = phase.span().unwrap();
        // Winter time until 29 March, summer time after.
        assert_eq!(from.to_rfc3339(), "2026-02-28T23:00:00+00:00");
        assert_eq!(until.unwrap().to_rfc3339(), "2026-03-31T22:00:00+00:00");
        assert_eq!(Phase { ends_on: None, ..phase }.span().unwrap().1, None);
        assert_eq!(Phase { starts_on: None, ..phase }.span(), None);
    }
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn phase(kind: PhaseKind, from: u32, to: u32) -> Phase {
        Phase { kind, starts_on: Some(day(from)), ends_on: Some(day(to)), openings: kind.default_openings() }
    }

    #[test]
    fn ideas_are_open_only_during_the_participation_phase() {
        let phases = [phase(PhaseKind::Analysis, 1, 9), phase(PhaseKind::Participation, 10, 20), phase(PhaseKind::Drafting, 21, 31)];
        assert!(!open_today(&phases, day(9)).ideas);
        assert!(open_today(&phases, day(10)).ideas, "first day included");
        assert!(open_today(&phases, day(20)).ideas, "last day included");
        assert!(!open_today(&phases, day(21)).ideas);
        assert!(open_today(&phases, day(21)).comments, "drafting opens comments");
        assert_eq!(open_today(&[], day(1)), Openings::default());
    }

    #[test]
    fn kinds_round_trip() {
        for kind in PhaseKind::ALL {
            assert_eq!(PhaseKind::parse(kind.as_str()), Some(kind));
        }
    }
}
