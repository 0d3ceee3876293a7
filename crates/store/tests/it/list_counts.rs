//! The version of a process's idea list: it changes with every write that
//! can change the list's counts, and only then.

use domain::ids::UserId;
use domain::participation::ideas::{IdeaStatus, NewIdea};
use store::DatabaseConnection;
use store::moderation::ContentKind;
use store::participation::idea_list::{self, IdeaFilter};
use store::participation::ideas;
use store::tenancy::Tenant;
use store::testing::{municipality_input as form, process_input};

async fn version(db: &DatabaseConnection, tenant: &Tenant, process: i64) -> i64 {
    store::participation::processes::by_id(db, &tenant.scope, process).await.unwrap().unwrap().ideas_version
}

async fn process(db: &DatabaseConnection, tenant: &Tenant) -> i64 {
    store::participation::processes::create(db, &tenant.scope, None, &process_input(), "<p>Lang.</p>").await.unwrap()
}

async fn user(db: &DatabaseConnection, email: &str) -> UserId {
    let input =
        store::accounts::NewUser { email, display_name: "Jemand", password_hash: "$argon2id$x", locale: "de", email_confirmed: true };
    store::accounts::create_user(db, input).await.unwrap()
}

both_backends! {
    async fn the_list_version_changes_with_what_changes_the_counts(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 10_000)).await.unwrap();
        let process = process(db, &tenant).await;
        let author = user(db, "autorin@example.org").await;
        let other = user(db, "nachbar@example.org").await;
        let scope = &tenant.scope;
        let mut last = version(db, &tenant, process).await;
        let mut changed = |now: i64, what: &str| {
            assert!(now > last, "{what} should change the version");
            last = now;
        };

        let input = NewIdea { title: "Sprachcafé".into(), body: "Jeden Donnerstag.".into(), action_field: None, neighbourhood: None, organisation: None };
        let id = ideas::create(db, scope, process, author, &input, "<p>x</p>").await.unwrap();
        changed(version(db, &tenant, process).await, "a new idea");
        let edited = NewIdea { title: "Sprachcafé am Abend".into(), ..input };
        assert!(ideas::update(db, scope, id, &edited, "<p>x</p>").await.unwrap());
        changed(version(db, &tenant, process).await, "an edit");
        ideas::answer(db, scope, author, id, IdeaStatus::UnderReview, None, None).await.unwrap();
        changed(version(db, &tenant, process).await, "an answer");
        store::moderation::set_hidden(db, scope, author, ContentKind::Idea, id, Some("Werbung")).await.unwrap();
        changed(version(db, &tenant, process).await, "hiding");
        store::moderation::set_hidden(db, scope, author, ContentKind::Idea, id, None).await.unwrap();
        changed(version(db, &tenant, process).await, "showing again");

        // Supports and comments change the order, not the counts.
        let before = version(db, &tenant, process).await;
        ideas::support(db, id, other).await.unwrap();
        store::participation::comments::add(db, scope, id, None, other, None, "Gute Idee", "<p>Gute Idee</p>").await.unwrap();
        assert_eq!(version(db, &tenant, process).await, before);

        ideas::withdraw(db, scope, id).await.unwrap();
        changed(version(db, &tenant, process).await, "withdrawing");
        assert_eq!(idea_list::count(db, scope, process, &IdeaFilter::default()).await.unwrap(), 0);
    }
}
