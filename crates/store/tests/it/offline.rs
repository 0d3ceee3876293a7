//! Ideas given offline and entered by a coordinator: their source and
//! event, the name only with consent, counted apart, found and supported
//! like any other idea.

use domain::ids::UserId;
use domain::participation::offline::{Card, OfflineSource, Origin};
use store::DatabaseConnection;
use store::participation::idea_list::{self, IdeaFilter, IdeaSort};
use store::participation::ideas::Byline;
use store::testing::{municipality_input as form, process_input};

async fn coordinator(db: &DatabaseConnection) -> UserId {
    let input = store::accounts::NewUser {
        email: "koordination@example.org",
        display_name: "Koordination",
        password_hash: "$argon2id$test",
        locale: "de",
        email_confirmed: true,
    };
    store::accounts::create_user(db, input).await.unwrap()
}

fn card(index: usize, title: &str, contributor: Option<&str>, note: &str) -> (Card, String) {
    let card = Card {
        index,
        title: title.into(),
        body: String::new(),
        action_field: None,
        neighbourhood: None,
        contributor: contributor.map(str::to_owned),
        note: note.into(),
    };
    (card, String::new())
}

both_backends! {
    async fn workshop_cards_become_ideas_with_their_source_and_are_counted_apart(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Hier", "hier", 20_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Dort", "dort", 20_000)).await.unwrap();
        let process = store::participation::processes::create(db, &tenant.scope, None, &process_input(), "").await.unwrap();
        let other_process = store::participation::processes::create(db, &other.scope, None, &process_input(), "").await.unwrap();
        let entered_by = coordinator(db).await;
        let online = domain::participation::ideas::NewIdea {
            title: "Sprachcafé online vorgeschlagen".into(),
            body: "Ein Sprachcafé in der Stadtbibliothek, jede Woche.".into(),
            action_field: None,
            neighbourhood: None,
            organisation: None,
        };
        store::participation::ideas::create(db, &tenant.scope, process, entered_by, &online, "").await.unwrap();

        let origin = Origin { source: OfflineSource::Workshop, event: None, note: "Workshop Sprache & Bildung".into() };
        let cards = [
            card(0, "Elterncafé mit Dolmetschung", Some("Fatma K."), "Workshop Sprache & Bildung – Karte 14"),
            card(3, "Hausaufgabenhilfe im Jugendzentrum", None, "Workshop Sprache & Bildung"),
        ];
        assert!(
            store::participation::offline::enter_ideas(db, &other.scope, process, entered_by, &origin, &cards).await.is_err(),
            "not into another municipality's process"
        );
        let wrong_event = Origin { event: Some(999), ..origin.clone() };
        assert!(store::participation::offline::enter_ideas(db, &tenant.scope, process, entered_by, &wrong_event, &cards).await.is_err());
        let ids = store::participation::offline::enter_ideas(db, &tenant.scope, process, entered_by, &origin, &cards).await.unwrap();
        assert_eq!(ids.len(), 2);

        let first = store::participation::ideas::get(db, &tenant.scope, ids[0]).await.unwrap().unwrap();
        assert_eq!(first.summary.source, "workshop");
        assert_eq!(first.summary.byline, Byline::Offline { name: Some("Fatma K.".into()) });
        assert_eq!(first.source_note.as_deref(), Some("Workshop Sprache & Bildung – Karte 14"));
        assert_eq!(first.author, None, "no account behind it");
        let second = store::participation::ideas::get(db, &tenant.scope, ids[1]).await.unwrap().unwrap();
        assert_eq!(second.summary.byline, Byline::Offline { name: None }, "anonymous without consent");

        // Counted apart, filtered by source, found by search, supportable.
        let facets = idea_list::facets(db, &tenant.scope, process, &IdeaFilter::default(), &[]).await.unwrap();
        let mut sources = facets.sources.clone();
        sources.sort();
        assert_eq!(sources, [("online".to_owned(), 1), ("workshop".to_owned(), 2)]);
        let workshop = IdeaFilter { source: Some("workshop".into()), ..IdeaFilter::default() };
        assert_eq!(idea_list::count(db, &tenant.scope, process, &workshop).await.unwrap(), 2);
        let found = IdeaFilter { query: Some("Hausaufgabenhilfe".into()), ..IdeaFilter::default() };
        let page = idea_list::page_of(db, &tenant.scope, process, &found, IdeaSort::Newest, 1, 20).await.unwrap();
        assert_eq!(page.iter().map(|i| i.id).collect::<Vec<_>>(), [ids[1]]);
        assert!(store::participation::ideas::support(db, ids[1], entered_by).await.unwrap());
        assert_eq!(idea_list::count(db, &other.scope, other_process, &workshop).await.unwrap(), 0);

        let log = store::audit::recent(db, Some(tenant.scope.id()), 5).await.unwrap();
        let entry = log.iter().find(|e| e.action == "participation.ideas.offline").expect("audited");
        assert!(entry.after.as_ref().unwrap().to_string().contains("\"with_name\":1"));
    }
}
