//! Places at an event: who gets one and who waits.

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Registered,
    Waiting,
    /// A guest has not yet confirmed their address: holds no place, waits nowhere.
    Pending,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Registered => "registered",
            Placement::Waiting => "waiting",
            Placement::Pending => "pending",
        }
    }

    pub fn parse(s: &str) -> Option<Placement> {
        match s {
            "registered" => Some(Placement::Registered),
            "waiting" => Some(Placement::Waiting),
            "pending" => Some(Placement::Pending),
            _ => None,
        }
    }
}

/// A new registration gets a place while fewer than `capacity` people hold
/// one and nobody waits before it; without a capacity everyone gets one.
pub fn place(capacity: Option<u32>, registered: u64, waiting: u64) -> Placement {
    match capacity {
        Some(capacity) if registered >= u64::from(capacity) || waiting > 0 => Placement::Waiting,
        _ => Placement::Registered,
    }
}

/// Places still free; `None` without a capacity.
pub fn free_places(capacity: Option<u32>, registered: u64) -> Option<u64> {
    capacity.map(|c| u64::from(c).saturating_sub(registered))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_place_goes_then_people_wait() {
        assert_eq!(place(Some(2), 1, 0), Placement::Registered);
        assert_eq!(place(Some(2), 2, 0), Placement::Waiting);
        assert_eq!(place(None, 500, 0), Placement::Registered);
        assert_eq!(free_places(Some(2), 3), Some(0));
        assert_eq!(free_places(None, 3), None);
    }

    #[test]
    fn nobody_overtakes_the_waiting_list() {
        // A place freed while people wait goes to the first of them, not to a newcomer.
        assert_eq!(place(Some(2), 1, 1), Placement::Waiting);
    }
}
