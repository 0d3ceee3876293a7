//! Where a measure stands, and which changes make sense: a measure that has
//! started cannot go back to "planned" or "in preparation"; one that is done
//! or dropped can only be resumed; dropping it needs a reason, which the
//! public sees.

/// A measure's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeasureStatus {
    Planned,
    Preparing,
    Running,
    Done,
    Paused,
    Dropped,
}

impl MeasureStatus {
    pub const ALL: [MeasureStatus; 6] = [
        MeasureStatus::Planned,
        MeasureStatus::Preparing,
        MeasureStatus::Running,
        MeasureStatus::Done,
        MeasureStatus::Paused,
        MeasureStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "planned",
            MeasureStatus::Preparing => "preparing",
            MeasureStatus::Running => "running",
            MeasureStatus::Done => "done",
            MeasureStatus::Paused => "paused",
            MeasureStatus::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<MeasureStatus> {
        MeasureStatus::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The Fluent id of its name.
    pub fn name_key(self) -> String {
        format!("measure-status-{}", self.as_str())
    }

    /// Has the work begun (or ended)?
    pub fn started(self) -> bool {
        matches!(self, MeasureStatus::Running | MeasureStatus::Done | MeasureStatus::Paused | MeasureStatus::Dropped)
    }

    /// Does this status need a reason?
    pub fn needs_reason(self) -> bool {
        self == MeasureStatus::Dropped
    }

    /// May a measure in this status move to `to`? `None` when it may; else
    /// the code of the reason it may not.
    pub fn refuses(self, to: MeasureStatus) -> Option<&'static str> {
        use MeasureStatus::*;
        if self == to {
            return None;
        }
        match (self, to) {
            (Done | Dropped, Running) => None,
            (Done | Dropped, _) => Some("measure-status-ended"),
            (Running | Paused, Planned | Preparing) => Some("measure-status-started"),
            _ => None,
        }
    }
}

/// How urgent a measure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == s)
    }

    pub fn name_key(self) -> String {
        format!("measure-priority-{}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_round_trip() {
        for s in MeasureStatus::ALL {
            assert_eq!(MeasureStatus::parse(s.as_str()), Some(s));
        }
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()), Some(p));
        }
        assert_eq!(MeasureStatus::parse("finished"), None);
    }

    #[test]
    fn ended_measures_can_only_resume() {
        use MeasureStatus::*;
        assert_eq!(Done.refuses(Running), None);
        assert_eq!(Dropped.refuses(Planned), Some("measure-status-ended"));
        assert_eq!(Running.refuses(Planned), Some("measure-status-started"));
        assert_eq!(Planned.refuses(Done), None, "a small measure may be done at once");
        assert!(Dropped.needs_reason() && !Paused.needs_reason());
    }

    proptest! {
        /// Whatever changes are tried, a measure that has started never
        /// shows as planned or in preparation again.
        #[test]
        fn a_started_measure_never_goes_back_to_planning(tries in proptest::collection::vec(0usize..6, 0..40)) {
            let mut status = MeasureStatus::Planned;
            let mut started = false;
            for i in tries {
                let to = MeasureStatus::ALL[i];
                if status.refuses(to).is_none() {
                    status = to;
                }
                started |= status.started();
                prop_assert!(!started || status.started(), "{status:?} after starting");
            }
        }
    }
}
