//! How events are shown: times in Berlin time, the place, free places.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;
use store::events::Event;
use store::tenancy::Tenant;

use crate::i18n::{FluentArg, Locale};

/// An event in a list.
pub struct EventCard {
    pub href: String,
    pub title: String,
    pub kind: String,
    pub when: String,
    pub starts_iso: String,
    pub place: String,
    pub cancelled: bool,
    pub places: Option<String>,
}

/// "Fr., 12.03.2027, 18:00–20:30 Uhr" / "Fri 12 Mar 2027, 18:00–20:30"
/// (several days: both dates).
pub fn when(locale: Locale, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let (s, e) = (starts.with_timezone(&Berlin), ends.with_timezone(&Berlin));
    let day = |t: &chrono::DateTime<chrono_tz::Tz>| match locale {
        Locale::De => t.format("%d.%m.%Y").to_string(),
        Locale::En => t.format("%-d %b %Y").to_string(),
    };
    let time = |t: &chrono::DateTime<chrono_tz::Tz>| t.format("%H:%M").to_string();
    let text = if s.date_naive() == e.date_naive() {
        format!("{}, {}–{}", day(&s), time(&s), time(&e))
    } else {
        format!("{}, {} – {}, {}", day(&s), time(&s), day(&e), time(&e))
    };
    match locale {
        Locale::De => format!("{text} Uhr"),
        Locale::En => text,
    }
}

/// The free places, the waiting list, or nothing without a capacity.
pub fn places(locale: Locale, event: &Event, registered: u64, waiting: u64) -> Option<String> {
    let capacity = event.details.capacity?;
    let free = domain::events::places::free_places(Some(capacity), registered).unwrap_or(0);
    Some(if free > 0 {
        locale
            .t_args("event-places-free", &[("free", FluentArg::Number(free as i64)), ("capacity", FluentArg::Number(i64::from(capacity)))])
    } else {
        locale.t_args("event-places-full", &[("waiting", FluentArg::Number(waiting as i64))])
    })
}

pub fn place(locale: Locale, event: &Event) -> String {
    if !event.details.kind.has_place() {
        return locale.t("event-online");
    }
    address_line(event)
}

/// The place's name and address, as one line (empty for online meetings).
pub fn address_line(event: &Event) -> String {
    let d = &event.details;
    [d.place_name.as_str(), d.address.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}

pub fn card(locale: Locale, tenant: &Tenant, event: &Event, counts: (u64, u64)) -> EventCard {
    EventCard {
        href: format!("/m/{}/veranstaltungen/{}", tenant.slug, event.id),
        title: event.details.title.clone(),
        kind: locale.t(event.details.kind.name_key()),
        when: when(locale, event.details.starts_at, event.details.ends_at),
        starts_iso: event.details.starts_at.to_rfc3339(),
        place: place(locale, event),
        cancelled: event.cancelled_at.is_some(),
        places: places(locale, event, counts.0, counts.1),
    }
}

/// A moment in Berlin time: "10.03.2027, 12:00 Uhr" / "10 Mar 2027, 12:00".
pub fn at(locale: Locale, moment: DateTime<Utc>) -> String {
    let t = moment.with_timezone(&Berlin);
    match locale {
        Locale::De => t.format("%d.%m.%Y, %H:%M Uhr").to_string(),
        Locale::En => t.format("%-d %b %Y, %H:%M").to_string(),
    }
}
