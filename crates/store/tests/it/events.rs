use chrono::{TimeDelta, Utc};
use domain::bands::Dimension;
use domain::events::form::NewEvent;
use domain::events::kinds::EventKind;
use domain::events::places::Placement;
use domain::events::registration::{Guest, Needs};
use store::DatabaseConnection;
use store::events::guests::{self, Requested};
use store::events::messages::Sending;
use store::events::people::Audience;
use store::events::registrations::{self as regs, Refusal};
use store::tenancy::Tenant;
use store::testing::person;

use crate::tenancy::form;

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str) -> Tenant {
    store::tenancy::create_municipality(db, None, &form(name, slug, 20_000)).await.unwrap()
}

async fn process(db: &DatabaseConnection, tenant: &Tenant) -> i64 {
    let input = domain::participation::processes::ProcessForm {
        title: "Vielfaltsstrategie".into(),
        slug: "vielfalt".into(),
        summary: "Gemeinsam entwickeln wir die Strategie.".into(),
        action_fields: "Sprache & Bildung".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    store::participation::processes::create(db, &tenant.scope, None, &input, "").await.unwrap()
}

fn workshop(capacity: Option<u32>) -> NewEvent {
    let starts_at = store::now() + TimeDelta::days(10);
    NewEvent {
        title: "Workshop Sprache & Bildung".into(),
        description: "Wir sammeln Ideen.".into(),
        kind: EventKind::Workshop,
        starts_at,
        ends_at: starts_at + TimeDelta::hours(2),
        place_name: "Stadtbibliothek".into(),
        address: "Marktplatz 1".into(),
        step_free: true,
        hearing_loop: false,
        accessibility_notes: String::new(),
        online_link: None,
        capacity,
        registration_deadline: None,
        languages: "Deutsch, Türkisch".into(),
        interpretation: "Arabisch".into(),
        target_groups: "Vereine".into(),
    }
}

async fn event(db: &DatabaseConnection, tenant: &Tenant, capacity: Option<u32>) -> i64 {
    let process = process(db, tenant).await;
    let actor = person(db, 900).await;
    store::events::create(db, &tenant.scope, actor, process, &workshop(capacity), "<p>Wir sammeln Ideen.</p>").await.unwrap()
}

both_backends! {
    async fn parallel_registrations_for_the_last_places_never_overfill_and_keep_the_queue(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, Some(3)).await;
        let mut people = Vec::new();
        for n in 0..10 {
            people.push(person(db, n).await);
        }
        let tasks: Vec<_> = people
            .iter()
            .map(|&person| {
                let db = db.clone();
                let scope = a.scope;
                tokio::spawn(async move {
                    let txn = store::begin_write(&db).await.unwrap();
                    let done = regs::register(&txn, &scope, id, person, &Needs::default()).await.unwrap().unwrap();
                    txn.commit().await.unwrap();
                    done.registration
                })
            })
            .collect();
        let mut done = Vec::new();
        for task in tasks {
            done.push(task.await.unwrap());
        }
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 7), "three places, seven waiting");
        let queue = store::events::people::attendees(db, &a.scope, id).await.unwrap();
        assert_eq!(queue.len(), 10);
        // The first three in the queue hold the places; the others wait in the order they came.
        let placements: Vec<_> = queue.iter().map(|q| q.registration.placement).collect();
        assert_eq!(placements[..3], [Placement::Registered; 3]);
        assert_eq!(placements[3..], [Placement::Waiting; 7]);
        assert!(queue.windows(2).all(|w| w[0].registration.created_at <= w[1].registration.created_at));

        // A freed place goes to the first who waits; a waiting person leaving frees nothing.
        let first_waiting = queue[3].registration.user();
        let leaving = queue[0].registration.user();
        let txn = store::begin_write(db).await.unwrap();
        let cancelled = regs::cancel(&txn, &a.scope, id, leaving.unwrap()).await.unwrap().unwrap();
        txn.commit().await.unwrap();
        assert_eq!(cancelled.promoted.and_then(|p| p.user()), first_waiting);
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 6));
        let last = queue[9].registration.user();
        let cancelled = regs::cancel(db, &a.scope, id, last.unwrap()).await.unwrap().unwrap();
        assert_eq!(cancelled.promoted, None);
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 5));
        assert_eq!(regs::cancel(db, &a.scope, id, last.unwrap()).await.unwrap(), None, "cancelling twice does nothing");
    }

    async fn registering_again_keeps_the_place_and_after_cancelling_queues_anew(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, Some(1)).await;
        let (first, second) = (person(db, 1).await, person(db, 2).await);
        let needs = Needs { interpretation: Some("Arabisch".into()), childcare: true, ..Needs::default() };
        let done = regs::register(db, &a.scope, id, first, &needs).await.unwrap().unwrap();
        assert_eq!(done.registration.placement, Placement::Registered);
        let token = done.cancel_token.unwrap();
        let again = regs::register(db, &a.scope, id, first, &Needs::default()).await.unwrap().unwrap();
        assert_eq!((again.registration.placement, again.cancel_token), (Placement::Registered, None), "still one place");
        assert!(!again.registration.needs.childcare, "the needs are the ones stated last");
        assert_eq!(regs::register(db, &a.scope, id, second, &needs).await.unwrap().unwrap().registration.placement, Placement::Waiting);

        // The cancel link's token finds the registration; another municipality's address does not.
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        assert_eq!(regs::by_token(db, &b.scope, &token).await.unwrap(), None);
        let found = regs::by_token(db, &a.scope, &token).await.unwrap().unwrap();
        let cancelled = regs::cancel_registration(db, &a.scope, found.id).await.unwrap().unwrap();
        assert_eq!(cancelled.promoted.and_then(|p| p.user()), Some(second));
        assert_eq!(regs::by_token(db, &a.scope, &token).await.unwrap(), None, "a used link finds nothing");
        let back = regs::register(db, &a.scope, id, first, &needs).await.unwrap().unwrap();
        assert_eq!(back.registration.placement, Placement::Waiting, "back at the end of the queue");
    }

    async fn registration_closes_at_the_deadline_and_events_stay_in_their_municipality(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let process = process(db, &a).await;
        let actor = person(db, 900).await;
        let closed = NewEvent { registration_deadline: Some(store::now() - TimeDelta::hours(1)), ..workshop(None) };
        let id = store::events::create(db, &a.scope, actor, process, &closed, "").await.unwrap();
        let person = person(db, 1).await;
        assert_eq!(regs::register(db, &a.scope, id, person, &Needs::default()).await.unwrap(), Err(Refusal::Closed));
        assert!(store::events::get(db, &b.scope, id).await.unwrap().is_none());
        assert!(matches!(regs::register(db, &b.scope, id, person, &Needs::default()).await, Err(store::StoreError::NotFound)));
        assert!(store::events::create(db, &b.scope, actor, process, &workshop(None), "").await.is_err(), "not into another's process");
        let upcoming = store::events::upcoming(db, &a.scope, None, Utc::now()).await.unwrap();
        assert_eq!(upcoming.iter().map(|e| e.id).collect::<Vec<_>>(), [id]);
        assert!(store::events::upcoming(db, &b.scope, None, Utc::now()).await.unwrap().is_empty());
        let log = store::audit::recent(db, Some(a.scope.id()), 5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "events.create"));
    }
}

fn guest(n: usize) -> Guest {
    Guest { name: format!("Gast {n}"), email: format!("gast{n}@example.org") }
}

/// Requests a guest's place and confirms it at once.
async fn confirmed_guest(db: &DatabaseConnection, tenant: &Tenant, event: i64, n: usize) -> regs::Registered {
    let Requested::Pending { confirm_token, .. } =
        guests::request(db, &tenant.scope, event, &guest(n), "en", &Needs::default()).await.unwrap().unwrap()
    else {
        panic!("a new guest's request is pending");
    };
    guests::confirm(db, &tenant.scope, &confirm_token).await.unwrap().unwrap().unwrap()
}

both_backends! {
    async fn a_guest_holds_a_place_only_once_their_address_is_confirmed(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let id = event(db, &a, Some(1)).await;
        let needs = Needs { sign_language: true, ..Needs::default() };
        let Requested::Pending { registration, confirm_token } =
            guests::request(db, &a.scope, id, &guest(1), "en", &needs).await.unwrap().unwrap()
        else {
            panic!("pending");
        };
        assert_eq!(registration.placement, Placement::Pending);
        assert_eq!(regs::counts(db, id).await.unwrap(), (0, 0), "an unconfirmed address holds nothing");
        assert!(store::events::people::attendees(db, &a.scope, id).await.unwrap().is_empty());
        // Someone with an account registers meanwhile and takes the only place.
        let person = person(db, 1).await;
        regs::register(db, &a.scope, id, person, &Needs::default()).await.unwrap().unwrap();

        assert_eq!(guests::confirm(db, &b.scope, &confirm_token).await.unwrap(), None, "not in another municipality");
        let confirmed = guests::confirm(db, &a.scope, &confirm_token).await.unwrap().unwrap().unwrap();
        assert_eq!(confirmed.registration.placement, Placement::Waiting);
        assert!(confirmed.registration.needs.sign_language);
        assert_eq!(guests::confirm(db, &a.scope, &confirm_token).await.unwrap(), None, "a link confirms once");
        let list = store::events::people::attendees(db, &a.scope, id).await.unwrap();
        assert_eq!(list.iter().map(|p| (p.name.as_str(), p.guest())).collect::<Vec<_>>(), [("Person 1", false), ("Gast 1", true)]);
        assert_eq!(list[1].email.as_deref(), Some("gast1@example.org"));
        assert_eq!(list[1].locale.as_deref(), Some("en"));

        // The same address again: no second registration, a new cancel link instead of the old one.
        let old_cancel = confirmed.cancel_token.unwrap();
        let Requested::Already(again) = guests::request(db, &a.scope, id, &guest(1), "en", &needs).await.unwrap().unwrap() else {
            panic!("already registered");
        };
        assert_eq!(again.registration.id, confirmed.registration.id);
        assert_eq!(regs::by_token(db, &a.scope, &old_cancel).await.unwrap(), None);
        let new_cancel = again.cancel_token.unwrap();
        let found = regs::by_token(db, &a.scope, &new_cancel).await.unwrap().unwrap();
        assert_eq!(found.placement, Placement::Waiting);

        // The account holder leaves: the guest moves up.
        let cancelled = regs::cancel(db, &a.scope, id, person).await.unwrap().unwrap();
        let promoted = cancelled.promoted.unwrap();
        assert_eq!(promoted.id, found.id);
        assert_eq!(
            store::events::people::contact(db, &promoted).await.unwrap(),
            Some(("gast1@example.org".to_owned(), Some("en".to_owned())))
        );
    }

    async fn parallel_guests_and_accounts_never_overfill_an_event(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, Some(3)).await;
        let mut tokens = Vec::new();
        for n in 0..5 {
            let Requested::Pending { confirm_token, .. } =
                guests::request(db, &a.scope, id, &guest(n), "de", &Needs::default()).await.unwrap().unwrap()
            else {
                panic!("pending");
            };
            tokens.push(confirm_token);
        }
        let mut people = Vec::new();
        for n in 0..5 {
            people.push(person(db, n).await);
        }
        let mut tasks = Vec::new();
        for (token, person) in tokens.into_iter().zip(people) {
            let (db1, db2, scope) = (db.clone(), db.clone(), a.scope);
            tasks.push(tokio::spawn(async move {
                let txn = store::begin_write(&db1).await.unwrap();
                guests::confirm(&txn, &scope, &token).await.unwrap().unwrap().unwrap();
                txn.commit().await.unwrap();
            }));
            tasks.push(tokio::spawn(async move {
                let txn = store::begin_write(&db2).await.unwrap();
                regs::register(&txn, &scope, id, person, &Needs::default()).await.unwrap().unwrap();
                txn.commit().await.unwrap();
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 7));
    }

    async fn unconfirmed_requests_expire_and_guests_are_forgotten_after_the_event(db: &DatabaseConnection) {
        use sea_orm::ConnectionTrait;
        use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, None).await;
        let Requested::Pending { confirm_token, .. } =
            guests::request(db, &a.scope, id, &guest(1), "de", &Needs::default()).await.unwrap().unwrap()
        else {
            panic!("pending");
        };
        confirmed_guest(db, &a, id, 2).await;
        let person = person(db, 3).await;
        regs::register(db, &a.scope, id, person, &Needs::default()).await.unwrap().unwrap();
        // The request was made three days ago.
        let three_days_ago = store::now() - TimeDelta::days(3);
        let backdate = Query::update()
            .table(Alias::new("event_registrations"))
            .value(Alias::new("created_at"), three_days_ago)
            .and_where(Expr::col(Alias::new("guest_email")).eq("gast1@example.org"))
            .to_owned();
        db.execute(&backdate).await.unwrap();
        assert_eq!(guests::pending(db, &a.scope, &confirm_token).await.unwrap(), None, "the link has expired");
        assert_eq!(guests::confirm(db, &a.scope, &confirm_token).await.unwrap(), None);
        assert_eq!(guests::forget_old(db, TimeDelta::days(30)).await.unwrap(), 1, "the stale request goes");

        // Thirty days after the event, the guests' names and addresses go; accounts' registrations stay.
        let mut past = workshop(None);
        past.starts_at = store::now() - TimeDelta::days(40);
        past.ends_at = past.starts_at + TimeDelta::hours(2);
        store::events::update(db, &a.scope, person, id, &past, "").await.unwrap();
        assert_eq!(guests::forget_old(db, TimeDelta::days(30)).await.unwrap(), 1);
        let left = store::events::people::attendees(db, &a.scope, id).await.unwrap();
        assert_eq!(left.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Person 3"]);
    }

    async fn calling_an_event_off_tells_everyone_and_closes_it(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let id = event(db, &a, Some(1)).await;
        let coordinator = person(db, 100).await;
        let (first, second) = (person(db, 1).await, person(db, 2).await);
        regs::register(db, &a.scope, id, first, &Needs::default()).await.unwrap().unwrap();
        regs::register(db, &a.scope, id, second, &Needs::default()).await.unwrap().unwrap();
        confirmed_guest(db, &a, id, 3).await;
        guests::request(db, &a.scope, id, &guest(4), "de", &Needs::default()).await.unwrap().unwrap();

        assert!(matches!(store::events::call_off(db, &b.scope, coordinator, id, "x").await, Err(store::StoreError::NotFound)));
        let told = store::events::call_off(db, &a.scope, coordinator, id, "Die Halle ist gesperrt.").await.unwrap().unwrap();
        let mut told: Vec<_> = told.iter().filter_map(|p| p.email.clone()).collect();
        told.sort();
        assert_eq!(told, ["gast3@example.org", "person1@example.org", "person2@example.org"], "not the unconfirmed guest");
        assert_eq!(store::events::call_off(db, &a.scope, coordinator, id, "again").await.unwrap(), None);
        let event = store::events::get(db, &a.scope, id).await.unwrap().unwrap();
        assert_eq!(event.cancel_reason.as_deref(), Some("Die Halle ist gesperrt."));
        let third = person(db, 3).await;
        assert_eq!(regs::register(db, &a.scope, id, third, &Needs::default()).await.unwrap(), Err(Refusal::Closed));
        let cancelled = regs::cancel(db, &a.scope, id, first).await.unwrap().unwrap();
        assert_eq!(cancelled.promoted, None, "nobody moves up into a cancelled event");
        let log = store::audit::recent(db, Some(a.scope.id()), 5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "events.cancel"));
    }

    async fn messages_reach_their_audience_and_are_kept(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let id = event(db, &a, Some(1)).await;
        let coordinator = person(db, 100).await;
        regs::register(db, &a.scope, id, person(db, 1).await, &Needs::default()).await.unwrap().unwrap();
        confirmed_guest(db, &a, id, 2).await;
        let reach = |audience| store::events::people::reachable(db, &a.scope, id, audience);
        let names = |list: Vec<store::events::people::Attendee>| list.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names(reach(Audience::Registered).await.unwrap()), ["Person 1"]);
        assert_eq!(names(reach(Audience::Waiting).await.unwrap()), ["Gast 2"]);
        assert_eq!(names(reach(Audience::All).await.unwrap()), ["Person 1", "Gast 2"]);
        assert!(store::events::people::reachable(db, &b.scope, id, Audience::All).await.unwrap().is_empty());

        let sending = Sending { audience: Audience::All, subject: "Raumänderung", body: "Wir treffen uns im Saal 2.", recipients: 2 };
        store::events::messages::record(db, &a.scope, coordinator, id, sending).await.unwrap();
        let kept = store::events::messages::of_event(db, &a.scope, id).await.unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!((kept[0].subject.as_str(), kept[0].recipients, kept[0].audience), ("Raumänderung", 2, Audience::All));
        assert!(store::events::messages::of_event(db, &b.scope, id).await.unwrap().is_empty());
    }
}

both_backends! {
    async fn results_are_recorded_and_read_back_only_in_their_own_tenant(db: &DatabaseConnection) {
        use domain::events::results::EventResults;
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let id = event(db, &a, None).await;
        let actor = person(db, 1).await;
        assert!(store::events::get(db, &a.scope, id).await.unwrap().unwrap().results.is_none());
        let band = |d, key: &str| domain::bands::Band::new(d, key);
        let bands = [(band(Dimension::Age, "18_29"), 6), (band(Dimension::Age, "65_plus"), 4), (band(Dimension::Migration, "own"), 9)];
        let results = EventResults { report: "Gut besucht.".into(), attendance: Some(23), bands: bands.into_iter().collect() };
        store::events::record_results(db, &a.scope, actor, id, &results, "<p>Gut besucht.</p>").await.unwrap();
        let recorded = store::events::get(db, &a.scope, id).await.unwrap().unwrap().results.unwrap();
        assert_eq!((recorded.results, recorded.html.as_str()), (results.clone(), "<p>Gut besucht.</p>"));
        assert_eq!(store::events::page::page_of(db, &a.scope, id, None).await.unwrap().unwrap().event.results.unwrap().results, results);
        assert!(store::events::record_results(db, &b.scope, actor, id, &results, "").await.is_err());
        // Recording again replaces the bands.
        let fewer = EventResults { bands: [(band(Dimension::Disability, "yes"), 2)].into_iter().collect(), ..results };
        store::events::record_results(db, &a.scope, actor, id, &fewer, "").await.unwrap();
        assert_eq!(store::events::get(db, &a.scope, id).await.unwrap().unwrap().results.unwrap().results.bands, fewer.bands);
    }
}

both_backends! {
    async fn an_event_page_reads_the_event_its_process_and_counts_in_one_go(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let id = event(db, &a, Some(2)).await;
        let mut people = Vec::new();
        for n in 0..5 {
            let person = person(db, n).await;
            regs::register(db, &a.scope, id, person, &Needs::default()).await.unwrap().unwrap();
            people.push(person);
        }
        let found = store::events::page::page_of(db, &a.scope, id, None).await.unwrap().unwrap();
        assert_eq!((found.registered, found.waiting), regs::counts(db, id).await.unwrap());
        assert_eq!((found.registered, found.waiting), (2, 3));
        assert_eq!((found.process_title.as_str(), found.process_slug.as_str()), ("Vielfaltsstrategie", "vielfalt"));
        assert_eq!(found.event, store::events::get(db, &a.scope, id).await.unwrap().unwrap());
        assert!(store::events::page::page_of(db, &b.scope, id, None).await.unwrap().is_none(), "another tenant's event");

        // The viewer's own place comes with it.
        let mine = |n: usize| {
            let viewer = people[n];
            async move { store::events::page::page_of(db, &a.scope, id, Some(viewer)).await.unwrap().unwrap().mine }
        };
        assert_eq!(mine(0).await, Some(Placement::Registered));
        assert_eq!(mine(4).await, Some(Placement::Waiting));
        assert_eq!(found.mine, None, "nobody signed in");
        let stranger = person(db, 77).await;
        assert_eq!(store::events::page::page_of(db, &a.scope, id, Some(stranger)).await.unwrap().unwrap().mine, None);

        // And how many contributions were given there.
        assert_eq!(found.contributions, 0);
        let card = domain::participation::offline::Card {
            index: 0,
            title: "Elterncafé mit Dolmetschung".into(),
            body: String::new(),
            action_field: None,
            neighbourhood: None,
            contributor: None,
            note: "Karte 14".into(),
        };
        let origin = domain::participation::offline::Origin {
            source: domain::participation::offline::OfflineSource::Workshop,
            event: Some(id),
            note: String::new(),
        };
        store::participation::offline::enter_ideas(db, &a.scope, found.event.process_id, stranger, &origin, &[(card, String::new())])
            .await
            .unwrap();
        assert_eq!(store::events::page::page_of(db, &a.scope, id, None).await.unwrap().unwrap().contributions, 1);
    }
}
