//! Events as iCalendar (RFC 5545): the file attached to a registration mail
//! and a municipality's feed. Times are given in Berlin time with the
//! `Europe/Berlin` time zone defined in the file, so that calendars show
//! the time the event was announced with, summer or winter.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus, Property};

/// The time zone the events are given in, as RFC 5545 defines it: the
/// European rules since 1996 (summer time from the last Sunday of March to
/// the last Sunday of October).
const BERLIN: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Berlin\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The MIME type of a calendar file.
pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8; method=PUBLISH";

/// One event as a calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable across changes, unique worldwide: `event-12@teilhabe.example`.
    pub uid: String,
    pub title: String,
    /// Plain text.
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
    pub updated_at: DateTime<Utc>,
}

/// A calendar named `name` with the entries, as the text of an `.ics` file.
pub fn calendar(name: &str, entries: &[Entry]) -> String {
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//teilhabe//Veranstaltungen//DE"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", name),
        ("X-WR-TIMEZONE", "Europe/Berlin"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    for entry in entries {
        let mut event = icalendar::Event::new();
        event
            .uid(&entry.uid)
            .timestamp(entry.updated_at)
            .last_modified(entry.updated_at)
            .summary(&entry.title)
            .starts(CalendarDateTime::from_date_time(entry.starts_at.with_timezone(&Berlin)))
            .ends(CalendarDateTime::from_date_time(entry.ends_at.with_timezone(&Berlin)))
            .url(&entry.url)
            .status(if entry.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed });
        if !entry.description.is_empty() {
            event.description(&entry.description);
        }
        if !entry.location.is_empty() {
            event.location(&entry.location);
        }
        calendar.push(event.done());
    }
    let text = calendar.to_string();
    // The time zone goes after the calendar's own properties, before the first event.
    let at = text.find("BEGIN:VEVENT").or_else(|| text.find("END:VCALENDAR")).unwrap_or(text.len());
    format!("{}{BERLIN}{}", &text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn entry(starts: DateTime<Utc>) -> Entry {
        Entry {
            uid: "event-7@teilhabe.example".into(),
            title: "Workshop Sprache & Bildung; mit Dolmetschung, auch auf Türkisch".into(),
            description: "Wir sammeln Ideen.\nAlle sind willkommen.".into(),
            starts_at: starts,
            ends_at: starts + chrono::TimeDelta::hours(2),
            location: "Stadtbibliothek, Marktplatz 1, 12345 Musterstadt".into(),
            url: "https://teilhabe.example/m/musterstadt/veranstaltungen/7".into(),
            cancelled: false,
            updated_at: Utc.with_ymd_and_hms(2027, 1, 5, 9, 0, 0).unwrap(),
        }
    }

    #[test]
    fn times_are_in_berlin_time_summer_and_winter_and_the_zone_is_defined() {
        let winter = entry(Utc.with_ymd_and_hms(2027, 3, 12, 17, 0, 0).unwrap());
        let summer = Entry { uid: "event-8@teilhabe.example".into(), ..entry(Utc.with_ymd_and_hms(2027, 6, 1, 16, 30, 0).unwrap()) };
        let text = calendar("Musterstadt: Veranstaltungen", &[winter, summer]);
        assert!(text.contains("DTSTART;TZID=Europe/Berlin:20270312T180000\r\n"), "{text}");
        assert!(text.contains("DTEND;TZID=Europe/Berlin:20270312T200000\r\n"));
        assert!(text.contains("DTSTART;TZID=Europe/Berlin:20270601T183000\r\n"));
        assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(text.find("END:VTIMEZONE").unwrap() < text.find("BEGIN:VEVENT").unwrap());
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn the_file_follows_rfc_5545() {
        let cancelled = Entry { cancelled: true, ..entry(Utc.with_ymd_and_hms(2027, 3, 12, 17, 0, 0).unwrap()) };
        let text = calendar("Musterstadt", &[cancelled]);
        // Lines end in CRLF and are folded at 75 octets.
        assert!(text.split("\r\n").all(|line| line.len() <= 75 && !line.contains('\n')), "{text}");
        // Text values escape commas, semicolons and line breaks.
        assert!(text.contains("SUMMARY:Workshop Sprache & Bildung\\; mit Dolmetschung\\, auch auf Türkisch"), "{text}");
        assert!(text.contains("Wir sammeln Ideen.\\nAlle"));
        for required in ["UID:event-7@teilhabe.example", "DTSTAMP:20270105T090000Z", "STATUS:CANCELLED", "METHOD:PUBLISH"] {
            assert!(text.contains(required), "{required} in {text}");
        }
        // A parser reads it back: one event, with its fields.
        let parsed: Calendar = text.parse().expect("parses");
        let event = parsed.events().next().expect("one event");
        assert_eq!(event.get_summary(), Some("Workshop Sprache & Bildung; mit Dolmetschung, auch auf Türkisch"));
        assert_eq!(event.get_location(), Some("Stadtbibliothek, Marktplatz 1, 12345 Musterstadt"));
        assert_eq!(event.get_status(), Some(EventStatus::Cancelled));
        let start = event.get_start().expect("start");
        let expected: icalendar::DatePerhapsTime =
            CalendarDateTime::from_date_time(Berlin.with_ymd_and_hms(2027, 3, 12, 18, 0, 0).unwrap()).into();
        assert_eq!(start, expected);
    }

    #[test]
    fn an_empty_calendar_still_defines_its_zone() {
        let text = calendar("Beispielheim", &[]);
        assert!(text.contains("BEGIN:VTIMEZONE") && !text.contains("BEGIN:VEVENT"));
        assert!(text.parse::<Calendar>().is_ok());
    }
}
