use chrono::{TimeDelta, Utc};
use domain::events::form::NewEvent;
use domain::events::kinds::EventKind;
use domain::events::places::Placement;
use domain::events::registration::Needs;
use domain::ids::UserId;
use store::DatabaseConnection;
use store::events::registrations::{self as regs, Refusal};
use store::tenancy::Tenant;

use crate::tenancy::form;

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str) -> Tenant {
    store::tenancy::create_municipality(db, None, &form(name, slug, 20_000)).await.unwrap()
}

async fn user(db: &DatabaseConnection, n: usize) -> UserId {
    let email = format!("person{n}@example.org");
    let name = format!("Person {n}");
    let input = store::accounts::NewUser {
        email: &email,
        display_name: &name,
        password_hash: "$argon2id$test",
        locale: "de",
        email_confirmed: true,
    };
    store::accounts::create_user(db, input).await.unwrap()
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
    let actor = user(db, 900).await;
    store::events::create(db, &tenant.scope, actor, process, &workshop(capacity), "<p>Wir sammeln Ideen.</p>").await.unwrap()
}

both_backends! {
    async fn parallel_registrations_for_the_last_places_never_overfill_and_keep_the_queue(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, Some(3)).await;
        let mut people = Vec::new();
        for n in 0..10 {
            people.push(user(db, n).await);
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
        let queue = regs::attendees(db, &a.scope, id).await.unwrap();
        assert_eq!(queue.len(), 10);
        // The first three in the queue hold the places; the others wait in the order they came.
        let placements: Vec<_> = queue.iter().map(|q| q.registration.placement).collect();
        assert_eq!(placements[..3], [Placement::Registered; 3]);
        assert_eq!(placements[3..], [Placement::Waiting; 7]);
        assert!(queue.windows(2).all(|w| w[0].registration.created_at <= w[1].registration.created_at));

        // A freed place goes to the first who waits; a waiting person leaving frees nothing.
        let first_waiting = queue[3].registration.user;
        let leaving = queue[0].registration.user;
        let txn = store::begin_write(db).await.unwrap();
        let cancelled = regs::cancel(&txn, &a.scope, id, leaving).await.unwrap().unwrap();
        txn.commit().await.unwrap();
        assert_eq!(cancelled.promoted.map(|p| p.user), Some(first_waiting));
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 6));
        let last = queue[9].registration.user;
        let cancelled = regs::cancel(db, &a.scope, id, last).await.unwrap().unwrap();
        assert_eq!(cancelled.promoted, None);
        assert_eq!(regs::counts(db, id).await.unwrap(), (3, 5));
        assert_eq!(regs::cancel(db, &a.scope, id, last).await.unwrap(), None, "cancelling twice does nothing");
    }

    async fn registering_again_keeps_the_place_and_after_cancelling_queues_anew(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = event(db, &a, Some(1)).await;
        let (first, second) = (user(db, 1).await, user(db, 2).await);
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
        let cancelled = regs::cancel(db, &a.scope, found.event_id, found.user).await.unwrap().unwrap();
        assert_eq!(cancelled.promoted.map(|p| p.user), Some(second));
        assert_eq!(regs::by_token(db, &a.scope, &token).await.unwrap(), None, "a used link finds nothing");
        let back = regs::register(db, &a.scope, id, first, &needs).await.unwrap().unwrap();
        assert_eq!(back.registration.placement, Placement::Waiting, "back at the end of the queue");
    }

    async fn registration_closes_at_the_deadline_and_events_stay_in_their_municipality(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let process = process(db, &a).await;
        let actor = user(db, 900).await;
        let closed = NewEvent { registration_deadline: Some(store::now() - TimeDelta::hours(1)), ..workshop(None) };
        let id = store::events::create(db, &a.scope, actor, process, &closed, "").await.unwrap();
        let person = user(db, 1).await;
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
