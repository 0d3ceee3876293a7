//! The municipality's events and each event's page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::events::places::Placement;
use domain::events::registration::GuestForm;
use http::StatusCode;
use store::events::Event;
use store::tenancy::Tenant;

use super::views::{EventCard, card, place, places, when};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Fact, Layout, html_status};
use crate::participation::policy::can_manage;
use crate::tenancy::CurrentMunicipality;

/// Past events shown below the coming ones.
const PAST_SHOWN: u64 = 10;

#[derive(Template)]
#[template(path = "events/list.html")]
struct EventsPage {
    i18n: Locale,
    layout: Layout,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    feed_href: String,
    /// The feed's full address, to copy into a calendar program.
    feed_url: String,
}

pub async fn events_list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let now = store::now();
    let upcoming = store::events::upcoming(&state.db, &tenant.scope, None, now).await?;
    let past = store::events::past(&state.db, &tenant.scope, now, PAST_SHOWN).await?;
    let mut cards = Vec::with_capacity(upcoming.len());
    for event in &upcoming {
        let counts = store::events::registrations::counts(&state.db, event.id).await?;
        cards.push(card(locale, &tenant, event, counts));
    }
    let view = EventsPage {
        i18n: locale,
        layout: Layout::municipality(&state, &ctx, &tenant, locale.t("events-title")),
        upcoming: cards,
        past: past.iter().map(|e| EventCard { places: None, ..card(locale, &tenant, e, (0, 0)) }).collect(),
        feed_href: format!("/m/{}/events.ics", tenant.slug),
        feed_url: format!("{}/m/{}/events.ics", state.config.public_url, tenant.slug),
    };
    html_status(StatusCode::OK, &view)
}

/// The event named in the path, in this municipality; 404 otherwise.
pub(super) async fn event_of(db: &impl store::ConnectionTrait, tenant: &Tenant, id: i64) -> Result<Event, AppError> {
    store::events::get(db, &tenant.scope, id).await?.ok_or(AppError::NotFound)
}

/// What came of the event, as its page shows it.
pub struct ResultsView {
    pub report_html: String,
    /// "23 people took part."
    pub attendance: Option<String>,
    /// People by voluntary band, one table per dimension.
    pub bands: Vec<super::bands::BandTable>,
    pub photos: Vec<crate::uploads::view::FileView>,
}

#[derive(Template)]
#[template(path = "events/show.html")]
pub(super) struct EventPage {
    i18n: Locale,
    layout: Layout,
    kind: String,
    when: String,
    starts_iso: String,
    process_title: String,
    process_href: String,
    description_html: String,
    facts: Vec<Fact>,
    accessibility: Vec<String>,
    online_link: Option<String>,
    places: Option<String>,
    cancelled: Option<String>,
    /// It has taken place: no places, no registration.
    over: bool,
    /// The actor holds a place, or waits for one.
    registered: bool,
    waiting: bool,
    open: bool,
    action: String,
    guest_action: String,
    calendar_href: String,
    cancel_action: String,
    login_href: Option<String>,
    form: GuestForm,
    errors: FormErrors,
    edit_href: Option<String>,
    attendees_href: Option<String>,
    /// Ideas given at the event (entered from its cards), and where to enter more.
    contributions: Vec<crate::layout::Link>,
    offline_href: Option<String>,
    results: Option<ResultsView>,
    results_href: Option<String>,
}

/// The event named in the path with its process and counts (one statement); 404 otherwise.
pub(super) async fn found_event(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    id: i64,
) -> Result<store::events::page::EventPage, AppError> {
    let viewer = ctx.actor.as_ref().map(|a| a.user.id);
    store::events::page::page_of(&state.db, &tenant.scope, id, viewer).await?.ok_or(AppError::NotFound)
}

pub(super) async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    found: &store::events::page::EventPage,
    form: GuestForm,
    errors: FormErrors,
) -> Result<EventPage, AppError> {
    let locale = ctx.locale;
    let event = &found.event;
    let d = &event.details;
    let (registered, waiting) = (found.registered, found.waiting);
    let mine = found.mine;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, tenant));
    let contributions = if found.contributions == 0 {
        Vec::new()
    } else {
        store::participation::offline::of_event(&state.db, &tenant.scope, event.id)
            .await?
            .into_iter()
            .map(|i| crate::layout::Link { href: format!("/m/{}/ideen/{}", tenant.slug, i.id), label: i.title })
            .collect()
    };
    let base = format!("/m/{}/veranstaltungen/{}", tenant.slug, event.id);
    let results = match &event.results {
        Some(recorded) => {
            let photos = store::files::of_owner(&state.db, &tenant.scope, domain::files::Slot::EventPhoto, event.id).await?;
            let r = &recorded.results;
            Some(ResultsView {
                report_html: recorded.html.clone(),
                attendance: r
                    .attendance
                    .map(|n| locale.t_args("event-results-attendance", &[("count", crate::i18n::FluentArg::Number(i64::from(n)))])),
                bands: if r.bands.is_empty() {
                    Vec::new()
                } else {
                    let neighbourhoods = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
                    super::bands::tables(locale, r, &neighbourhoods)
                },
                photos: crate::uploads::view::views(&tenant.slug, &photos),
            })
        }
        None => None,
    };
    let mut facts = vec![Fact { label: locale.t("event-place"), value: place(locale, event) }];
    if let Some(deadline) = d.registration_deadline {
        facts.push(Fact { label: locale.t("event-deadline"), value: super::views::at(locale, deadline) });
    }
    for (label, value) in
        [("event-languages", &d.languages), ("event-interpretation", &d.interpretation), ("event-target-groups", &d.target_groups)]
    {
        if !value.is_empty() {
            facts.push(Fact { label: locale.t(label), value: value.clone() });
        }
    }
    let mut accessibility = Vec::new();
    if d.kind.has_place() {
        accessibility.push(locale.t(if d.step_free { "event-step-free" } else { "event-not-step-free" }));
    }
    if d.hearing_loop {
        accessibility.push(locale.t("event-hearing-loop"));
    }
    if !d.accessibility_notes.is_empty() {
        accessibility.push(d.accessibility_notes.clone());
    }
    Ok(EventPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, d.title.clone()),
        kind: locale.t(d.kind.name_key()),
        when: when(locale, d.starts_at, d.ends_at),
        starts_iso: d.starts_at.to_rfc3339(),
        process_title: found.process_title.clone(),
        process_href: format!("/m/{}/beteiligung/{}", tenant.slug, found.process_slug),
        description_html: event.description_html.clone(),
        facts,
        accessibility,
        // The link is for those who take part: registered people (or everyone without registration).
        online_link: d.online_link.clone().filter(|_| mine == Some(Placement::Registered) || d.capacity.is_none() || manager),
        places: places(locale, event, registered, waiting).filter(|_| d.ends_at > store::now()),
        over: d.ends_at <= store::now(),
        cancelled: event.cancelled_at.map(|_| event.cancel_reason.clone().unwrap_or_default()),
        registered: mine == Some(Placement::Registered),
        waiting: mine == Some(Placement::Waiting),
        open: event.open_for_registration(store::now()),
        action: format!("{base}/anmelden"),
        guest_action: format!("{base}/gast"),
        calendar_href: format!("{base}/kalender.ics"),
        cancel_action: format!("{base}/abmelden"),
        login_href: ctx
            .actor
            .is_none()
            .then(|| format!("/anmelden?next={}", form_urlencoded::byte_serialize(base.as_bytes()).collect::<String>())),
        form,
        errors,
        edit_href: manager.then(|| format!("/m/{}/verwaltung/veranstaltungen/{}/bearbeiten", tenant.slug, event.id)),
        attendees_href: manager.then(|| format!("/m/{}/verwaltung/veranstaltungen/{}/anmeldungen", tenant.slug, event.id)),
        contributions,
        offline_href: manager
            .then(|| format!("/m/{}/verwaltung/beteiligung/{}/eingaben?veranstaltung={}", tenant.slug, found.process_slug, event.id)),
        results,
        results_href: manager.then(|| format!("/m/{}/verwaltung/veranstaltungen/{}/ergebnisse", tenant.slug, event.id)),
    })
}

pub async fn event_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let found = found_event(&state, &ctx, &tenant, id).await?;
    let view = page(&state, &ctx, &tenant, &found, GuestForm::default(), FormErrors::default()).await?;
    html_status(StatusCode::OK, &view)
}
