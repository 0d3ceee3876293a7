//! An event as the coordinator types it, and the checks it must pass.
//! Times are typed as local Berlin time (`datetime-local`), stored in UTC.

use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

use super::kinds::EventKind;
use crate::tenancy::FieldError;

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub description: String,
    pub kind: String,
    pub starts_at: String,
    pub ends_at: String,
    pub place_name: String,
    pub address: String,
    /// `on` when ticked.
    pub step_free: String,
    pub hearing_loop: String,
    pub accessibility_notes: String,
    pub online_link: String,
    pub capacity: String,
    pub registration_deadline: String,
    pub languages: String,
    pub interpretation: String,
    pub target_groups: String,
}

/// A checked event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub title: String,
    pub description: String,
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place_name: String,
    pub address: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub accessibility_notes: String,
    pub online_link: Option<String>,
    pub capacity: Option<u32>,
    pub registration_deadline: Option<DateTime<Utc>>,
    pub languages: String,
    pub interpretation: String,
    pub target_groups: String,
}

/// A `datetime-local` value (`2027-03-12T18:00`) read as Berlin time.
pub fn berlin_time(value: &str) -> Option<DateTime<Utc>> {
    let value = value.trim();
    let naive = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
        .ok()?;
    // In the hour the clocks go forward the time does not exist: the next valid one.
    Berlin
        .from_local_datetime(&naive)
        .earliest()
        .or_else(|| Berlin.from_local_datetime(&(naive + TimeDelta::hours(1))).earliest())
        .map(|t| t.with_timezone(&Utc))
}

/// A UTC time as a `datetime-local` value in Berlin time (for the edit form).
pub fn berlin_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&Berlin).format("%Y-%m-%dT%H:%M").to_string()
}

fn length(errors: &mut Vec<FieldError>, field: &'static str, value: &str, range: std::ops::RangeInclusive<usize>, code: &'static str) {
    if !range.contains(&value.chars().count()) {
        errors.push(FieldError { field, code });
    }
}

impl EventForm {
    /// The form for an event as it is stored (editing it).
    pub fn of(event: &NewEvent) -> EventForm {
        let ticked = |b: bool| if b { "on".to_owned() } else { String::new() };
        EventForm {
            title: event.title.clone(),
            description: event.description.clone(),
            kind: event.kind.as_str().to_owned(),
            starts_at: berlin_input(event.starts_at),
            ends_at: berlin_input(event.ends_at),
            place_name: event.place_name.clone(),
            address: event.address.clone(),
            step_free: ticked(event.step_free),
            hearing_loop: ticked(event.hearing_loop),
            accessibility_notes: event.accessibility_notes.clone(),
            online_link: event.online_link.clone().unwrap_or_default(),
            capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_deadline: event.registration_deadline.map(berlin_input).unwrap_or_default(),
            languages: event.languages.clone(),
            interpretation: event.interpretation.clone(),
            target_groups: event.target_groups.clone(),
        }
    }

    /// Checks every field and names each one that is wrong.
    pub fn validate(&self) -> Result<NewEvent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        let description = self.description.trim();
        length(&mut errors, "title", title, 3..=200, "event-title-length");
        length(&mut errors, "description", description, 0..=20_000, "event-description-length");
        let kind = EventKind::parse(&self.kind);
        if kind.is_none() {
            errors.push(FieldError { field: "kind", code: "event-kind-missing" });
        }
        let starts_at = berlin_time(&self.starts_at);
        if starts_at.is_none() {
            errors.push(FieldError { field: "starts_at", code: "event-time-invalid" });
        }
        let ends_at = berlin_time(&self.ends_at);
        match (starts_at, ends_at) {
            (_, None) => errors.push(FieldError { field: "ends_at", code: "event-time-invalid" }),
            (Some(s), Some(e)) if e <= s => errors.push(FieldError { field: "ends_at", code: "event-ends-before-start" }),
            (Some(s), Some(e)) if e - s > TimeDelta::days(14) => errors.push(FieldError { field: "ends_at", code: "event-too-long" }),
            _ => {}
        }
        let place_name = self.place_name.trim();
        let address = self.address.trim();
        length(&mut errors, "place_name", place_name, 0..=200, "event-place-length");
        length(&mut errors, "address", address, 0..=300, "event-address-length");
        if kind.is_some_and(EventKind::has_place) && address.is_empty() {
            errors.push(FieldError { field: "address", code: "event-address-missing" });
        }
        let accessibility_notes = self.accessibility_notes.trim();
        length(&mut errors, "accessibility_notes", accessibility_notes, 0..=1_000, "event-notes-length");
        let online_link = Some(self.online_link.trim()).filter(|l| !l.is_empty());
        match online_link {
            Some(link) if !is_web_address(link) => errors.push(FieldError { field: "online_link", code: "event-link-invalid" }),
            None if kind == Some(EventKind::OnlineMeeting) => errors.push(FieldError { field: "online_link", code: "event-link-missing" }),
            _ => {}
        }
        let capacity = match self.capacity.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(n) if (1..=100_000).contains(&n) => Some(n),
                _ => {
                    errors.push(FieldError { field: "capacity", code: "event-capacity-invalid" });
                    None
                }
            },
        };
        let registration_deadline = match self.registration_deadline.trim() {
            "" => None,
            text => match (berlin_time(text), starts_at) {
                (Some(d), Some(s)) if d > s => {
                    errors.push(FieldError { field: "registration_deadline", code: "event-deadline-after-start" });
                    None
                }
                (Some(d), _) => Some(d),
                (None, _) => {
                    errors.push(FieldError { field: "registration_deadline", code: "event-time-invalid" });
                    None
                }
            },
        };
        let languages = self.languages.trim();
        let interpretation = self.interpretation.trim();
        let target_groups = self.target_groups.trim();
        length(&mut errors, "languages", languages, 0..=300, "event-list-length");
        length(&mut errors, "interpretation", interpretation, 0..=300, "event-list-length");
        length(&mut errors, "target_groups", target_groups, 0..=300, "event-list-length");
        match (kind, starts_at, ends_at) {
            (Some(kind), Some(starts_at), Some(ends_at)) if errors.is_empty() => Ok(NewEvent {
                title: title.to_owned(),
                description: description.to_owned(),
                kind,
                starts_at,
                ends_at,
                place_name: place_name.to_owned(),
                address: address.to_owned(),
                step_free: !self.step_free.is_empty(),
                hearing_loop: !self.hearing_loop.is_empty(),
                accessibility_notes: accessibility_notes.to_owned(),
                online_link: online_link.map(str::to_owned),
                capacity,
                registration_deadline,
                languages: languages.to_owned(),
                interpretation: interpretation.to_owned(),
                target_groups: target_groups.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// An `https://` (or `http://`) address with a host.
fn is_web_address(link: &str) -> bool {
    url::Url::parse(link).is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host_str().is_some_and(|h| !h.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workshop() -> EventForm {
        EventForm {
            title: "Workshop Sprache & Bildung".into(),
            kind: "workshop".into(),
            starts_at: "2027-03-12T18:00".into(),
            ends_at: "2027-03-12T20:30".into(),
            place_name: "Stadtbibliothek".into(),
            address: "Marktplatz 1, 12345 Musterstadt".into(),
            step_free: "on".into(),
            capacity: "25".into(),
            registration_deadline: "2027-03-10T12:00".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_workshop_is_read_in_berlin_time() {
        let event = workshop().validate().unwrap();
        assert_eq!(event.starts_at.to_rfc3339(), "2027-03-12T17:00:00+00:00", "CET is UTC+1");
        assert!(event.step_free && !event.hearing_loop);
        assert_eq!(event.capacity, Some(25));
        assert_eq!(berlin_input(event.starts_at), "2027-03-12T18:00");
        let summer = berlin_time("2027-07-01T18:00").unwrap();
        assert_eq!(summer.to_rfc3339(), "2027-07-01T16:00:00+00:00", "CEST is UTC+2");
        assert!(berlin_time("2027-03-28T02:30").is_some(), "the missing hour moves on");
        assert_eq!(EventForm::of(&event).validate().unwrap(), event);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let form = EventForm {
            title: "x".into(),
            kind: "party".into(),
            starts_at: "2027-03-12T18:00".into(),
            ends_at: "2027-03-12T17:00".into(),
            capacity: "0".into(),
            online_link: "javascript:alert(1)".into(),
            registration_deadline: "2027-03-13T12:00".into(),
            ..Default::default()
        };
        let fields: Vec<_> = form.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "kind", "ends_at", "online_link", "capacity", "registration_deadline"]);
    }

    #[test]
    fn a_room_needs_an_address_and_an_online_meeting_a_link() {
        let room = EventForm { address: String::new(), ..workshop() };
        assert_eq!(room.validate().unwrap_err()[0].field, "address");
        let online = EventForm { kind: "online_meeting".into(), address: String::new(), ..workshop() };
        assert_eq!(online.validate().unwrap_err()[0].code, "event-link-missing");
        let online = EventForm { online_link: "https://meet.example.org/vielfalt".into(), ..online };
        assert!(online.validate().is_ok());
    }
}
