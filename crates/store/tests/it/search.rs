//! Full-text search of ideas: German stems, folded umlauts, the other
//! filters, hidden and withdrawn ideas, edits, and a restored backup.

use domain::ids::UserId;
use domain::participation::ideas::{IdeaStatus, NewIdea};
use store::moderation::ContentKind;
use store::participation::idea_list::{self, IdeaFilter, IdeaSort};
use store::participation::ideas;
use store::tenancy::{Tenant, TenantScope};
use store::testing::{TestDb, municipality_input as form, process_input};
use store::{Backend, DatabaseConnection};

struct Place {
    tenant: Tenant,
    process: i64,
    fields: Vec<i64>,
    author: UserId,
}

async fn place(db: &DatabaseConnection, slug: &str) -> Place {
    let tenant = store::tenancy::create_municipality(db, None, &form(slug, slug, 10_000)).await.unwrap();
    let process = store::participation::processes::create(db, &tenant.scope, None, &process_input(), "<p>Lang.</p>").await.unwrap();
    let fields = store::participation::processes::by_id(db, &tenant.scope, process)
        .await
        .unwrap()
        .unwrap()
        .action_fields
        .into_iter()
        .map(|f| f.id)
        .collect();
    let author = store::accounts::create_user(
        db,
        store::accounts::NewUser {
            email: &format!("autorin@{slug}.example"),
            display_name: "Autorin",
            password_hash: "$argon2id$x",
            locale: "de",
            email_confirmed: true,
        },
    )
    .await
    .unwrap();
    Place { tenant, process, fields, author }
}

fn idea(title: &str, body: &str, field: i64) -> NewIdea {
    NewIdea { title: title.into(), body: body.into(), action_field: Some(field), neighbourhood: None, organisation: None }
}

async fn propose(db: &DatabaseConnection, p: &Place, title: &str, body: &str, field: usize) -> i64 {
    ideas::create(db, &p.tenant.scope, p.process, p.author, &idea(title, body, p.fields[field]), "<p>x</p>").await.unwrap()
}

async fn found_with(db: &DatabaseConnection, scope: &TenantScope, process: i64, filter: IdeaFilter) -> Vec<i64> {
    let page = idea_list::page_of(db, scope, process, &filter, IdeaSort::Newest, 1, 50).await.unwrap();
    let total = idea_list::count(db, scope, process, &filter).await.unwrap();
    assert_eq!(total, page.len() as u64, "total of {filter:?}");
    let mut ids: Vec<i64> = page.into_iter().map(|i| i.id).collect();
    ids.sort_unstable();
    ids
}

async fn found(db: &DatabaseConnection, p: &Place, query: &str) -> Vec<i64> {
    found_with(db, &p.tenant.scope, p.process, IdeaFilter { query: Some(query.into()), ..IdeaFilter::default() }).await
}

both_backends! {
    async fn search_finds_inflected_forms_and_folds_umlauts(db: &DatabaseConnection) {
        let p = place(db, "musterstadt").await;
        let course = propose(db, &p, "Sprachkurs für Eltern", "Ein Sprachkurs am Abend für Mütter und Väter.", 0).await;
        let homework = propose(db, &p, "Hausaufgabenhilfe", "Ältere Schüler helfen jüngeren Schulern bei den Aufgaben.", 1).await;
        let green = propose(db, &p, "Grünfläche am Fluß", "Mehr Bäume und Bänke im Park.", 0).await;

        for query in ["Sprachkurse", "sprachkursen", "SPRACHKURS", "Sprach", "Eltern Abend"] {
            assert_eq!(found(db, &p, query).await, [course], "{query}");
        }
        for query in ["Schüler", "Schuler", "schueler", "Schülern", "hausaufgaben"] {
            assert_eq!(found(db, &p, query).await, [homework], "{query}");
        }
        for query in ["Grünflächen", "gruenflaeche", "Grunflache", "Fluss", "Baum", "Bank"] {
            assert_eq!(found(db, &p, query).await, [green], "{query}");
        }
        // Every word must occur.
        assert!(found(db, &p, "Sprachkurs Baum").await.is_empty());
        assert!(found(db, &p, "Fahrrad").await.is_empty());
        // A query without any word searches nothing.
        assert_eq!(found(db, &p, " ?! ").await, [course, homework, green]);
    }

    async fn search_respects_filters_tenants_and_visibility(db: &DatabaseConnection) {
        let p = place(db, "musterstadt").await;
        let other = place(db, "nachbarort").await;
        let course = propose(db, &p, "Sprachkurs für Eltern", "Abends im Stadtteilzentrum.", 0).await;
        let housing = propose(db, &p, "Wohnungstausch", "Ein Sprachkurs beim Umzug hilft auch.", 1).await;
        let hidden = propose(db, &p, "Sprachkurs im Sommer", "Wird ausgeblendet.", 0).await;
        let withdrawn = propose(db, &p, "Sprachkurse online", "Wird zurückgezogen.", 0).await;
        propose(db, &other, "Sprachkurs im Nachbarort", "Gehört der anderen Gemeinde.", 0).await;
        let moderator = p.author;
        store::moderation::set_hidden(db, &p.tenant.scope, moderator, ContentKind::Idea, hidden, Some("Werbung")).await.unwrap();
        ideas::withdraw(db, &p.tenant.scope, withdrawn).await.unwrap();

        assert_eq!(found(db, &p, "Sprachkurse").await, [course, housing]);
        let in_field = |field: usize| IdeaFilter { action_field: Some(p.fields[field]), query: Some("sprachkurs".into()), ..IdeaFilter::default() };
        assert_eq!(found_with(db, &p.tenant.scope, p.process, in_field(0)).await, [course]);
        assert_eq!(found_with(db, &p.tenant.scope, p.process, in_field(1)).await, [housing]);
        let received = IdeaFilter { status: Some(IdeaStatus::Received), query: Some("Sprachkurs".into()), ..IdeaFilter::default() };
        assert_eq!(found_with(db, &p.tenant.scope, p.process, received).await, [course, housing]);
        let decided = IdeaFilter { status: Some(IdeaStatus::TakenUp), query: Some("Sprachkurs".into()), ..IdeaFilter::default() };
        assert!(found_with(db, &p.tenant.scope, p.process, decided).await.is_empty());

        // The counts beside the filters use the same search.
        let facets = idea_list::facets(db, &p.tenant.scope, p.process, &in_field(0), &[]).await.unwrap();
        assert_eq!(facets.action_fields, [(p.fields[0], 1), (p.fields[1], 1)]);
        assert_eq!(facets.statuses, [(IdeaStatus::Received, 1)]);

        // Sorted and paged like any list.
        let query = IdeaFilter { query: Some("Sprachkurs".into()), ..IdeaFilter::default() };
        let second = idea_list::page_of(db, &p.tenant.scope, p.process, &query, IdeaSort::Newest, 2, 1).await.unwrap();
        let total = idea_list::count(db, &p.tenant.scope, p.process, &query).await.unwrap();
        assert_eq!((second.iter().map(|i| i.id).collect::<Vec<_>>(), total), (vec![course], 2));

        // Shown again, the idea is found again.
        store::moderation::set_hidden(db, &p.tenant.scope, moderator, ContentKind::Idea, hidden, None).await.unwrap();
        assert_eq!(found(db, &p, "Sprachkurse").await, [course, housing, hidden]);
    }

    async fn an_edited_idea_is_found_by_its_new_words_only(db: &DatabaseConnection) {
        let p = place(db, "musterstadt").await;
        let id = propose(db, &p, "Grünfläche am Fluss", "Mehr Bäume am Ufer.", 0).await;
        let edited = idea("Spielplatz an der Schule", "Ein Spielplatz für die Pause.", p.fields[1]);
        assert!(ideas::update(db, &p.tenant.scope, id, &edited, "<p>x</p>").await.unwrap());
        assert!(found(db, &p, "Grünfläche").await.is_empty());
        assert!(found(db, &p, "Bäume").await.is_empty());
        assert_eq!(found(db, &p, "Spielplätze Schulen").await, [id]);
    }

    async fn a_restored_backup_is_searchable(db: &DatabaseConnection) {
        let p = place(db, "musterstadt").await;
        let id = propose(db, &p, "Sprachcafé für Schülerinnen", "Jeden Donnerstag im Jugendzentrum.", 0).await;
        let mut bytes = Vec::new();
        store::backup::write(db, &mut bytes, &store::backup::NoFiles).await.unwrap();
        for backend in [Backend::Sqlite, Backend::Postgres] {
            let target = TestDb::new(backend).await;
            store::backup::restore(&target.conn, bytes.as_slice(), false, &store::backup::NoFiles).await.unwrap();
            assert_eq!(found(&target.conn, &p, "Sprachcafe Donnerstag").await, [id], "restored on {backend:?}");
            // Replacing the data keeps the index in step with the ideas.
            store::backup::restore(&target.conn, bytes.as_slice(), true, &store::backup::NoFiles).await.unwrap();
            assert_eq!(found(&target.conn, &p, "jugendzentrum").await, [id], "restored twice on {backend:?}");
        }
    }
}

mod phases {
    use super::*;
    use domain::participation::phases::PhaseKind;

    both_backends! {
        async fn ideas_are_filtered_and_counted_by_the_phase_they_were_proposed_in(db: &DatabaseConnection) {
            let p = place(db, "hier").await;
            let process = store::participation::processes::by_id(db, &p.tenant.scope, p.process).await.unwrap().unwrap();
            let mut input = store::testing::process_input();
            let today = chrono::Utc::now().date_naive();
            for phase in &mut input.phases {
                if phase.kind == PhaseKind::Analysis {
                    phase.starts_on = Some(today - chrono::TimeDelta::days(60));
                    phase.ends_on = Some(today - chrono::TimeDelta::days(11));
                }
            }
            store::participation::processes::update(db, &p.tenant.scope, None, p.process, &input, "<p>x</p>").await.unwrap();
            let process = store::participation::processes::by_id(db, &p.tenant.scope, process.id).await.unwrap().unwrap();
            let spans: Vec<_> = process.phases.iter().filter_map(|ph| Some((ph.kind, ph.span()?))).collect();
            assert_eq!(spans.len(), 2, "analysis and participation are dated");

            let early = store::now() - chrono::TimeDelta::days(30);
            for (title, at) in [("Frühe Idee eins", early), ("Frühe Idee zwei", early), ("Jetzt eine Idee", store::now())] {
                ideas::create_at(db, &p.tenant.scope, p.process, p.author, &idea(title, "Ein Vorschlag mit genug Text.", p.fields[0]), "<p>x</p>", at).await.unwrap();
            }
            let in_phase = |kind: PhaseKind| IdeaFilter { proposed: spans.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s), ..IdeaFilter::default() };
            assert_eq!(found_with(db, &p.tenant.scope, p.process, in_phase(PhaseKind::Analysis)).await.len(), 2);
            assert_eq!(found_with(db, &p.tenant.scope, p.process, in_phase(PhaseKind::Participation)).await.len(), 1);
            let facets = idea_list::facets(db, &p.tenant.scope, p.process, &in_phase(PhaseKind::Analysis), &spans).await.unwrap();
            let mut phases = facets.phases.clone();
            phases.sort();
            assert_eq!(phases, vec![(PhaseKind::Analysis, 2), (PhaseKind::Participation, 1)], "counted beside the phase filter");
            assert_eq!(facets.action_fields, vec![(p.fields[0], 2)], "the other counts keep the phase filter");
        }
    }
}
