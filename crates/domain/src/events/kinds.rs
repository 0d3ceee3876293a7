//! The kinds of event a municipality holds.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    Workshop,
    CitizensEvening,
    InfoEvent,
    OnlineMeeting,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [EventKind::Workshop, EventKind::CitizensEvening, EventKind::InfoEvent, EventKind::OnlineMeeting];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Workshop => "workshop",
            EventKind::CitizensEvening => "citizens_evening",
            EventKind::InfoEvent => "info_event",
            EventKind::OnlineMeeting => "online_meeting",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Fluent id of its name.
    pub fn name_key(self) -> &'static str {
        match self {
            EventKind::Workshop => "event-kind-workshop",
            EventKind::CitizensEvening => "event-kind-citizens-evening",
            EventKind::InfoEvent => "event-kind-info-event",
            EventKind::OnlineMeeting => "event-kind-online-meeting",
        }
    }

    /// Held in a room (with an address), not only online.
    pub fn has_place(self) -> bool {
        self != EventKind::OnlineMeeting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_stored_by_name() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventKind::parse("party"), None);
    }
}
