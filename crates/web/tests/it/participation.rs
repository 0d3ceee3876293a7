//! Processes, ideas, supports, comments and official answers.

use sea_orm::{ConnectionTrait, Statement};
use testkit::app_tests;

const IDEA_FORM: &[(&str, &str)] = &[
    ("title", "Schwimmkurse nur für Frauen"),
    ("body", "Viele Frauen möchten schwimmen lernen, aber nicht in gemischten Kursen. Das Hallenbad hat dienstags freie Zeiten."),
    ("action_field", "1"),
    ("neighbourhood", "2"),
];

app_tests! {
    async fn a_participant_proposes_an_idea_that_is_then_listed_with_its_counts(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let form = browser.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await;
        form.assert_status(200);
        let r = browser.post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", &[("title", "Bad"), ("body", "zu kurz"), ("action_field", "99")]).await;
        r.assert_status(422);
        assert!(r.body.contains("value=\"Bad\""), "what was typed stays");
        assert!(r.body.contains("href=\"#title\"") && r.body.contains("href=\"#body\"") && r.body.contains("href=\"#action_field\""));
        let r = browser.post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", IDEA_FORM).await;
        r.assert_status(303);
        let location = r.header("location").unwrap().to_owned();
        assert!(location.starts_with("/m/musterstadt/ideen/4?notice=idea-published"), "{location}");
        let page = app.client().get("/m/musterstadt/ideen/4").await;
        page.assert_status(200);
        assert!(page.body.contains("Schwimmkurse nur für Frauen"));
        assert!(page.body.contains("Ayşe Demir"));
        assert!(page.body.contains("Sprache &#38; Bildung"), "action field shown");
        assert!(page.body.contains("Nordstadt"));

        let list = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?field=1").await;
        assert!(list.body.contains("1 Idee"), "filtered by action field");
        assert!(list.body.contains("Sprache &#38; Bildung (1)"), "count per action field");
        assert!(list.body.contains("Nordstadt (1)"), "count per neighbourhood");
        let all = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(all.body.contains("3 Ideen"));
        let search = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?q=SCHWIMMKURS").await;
        assert!(search.body.contains("1 Idee") && search.body.contains("Schwimmkurse"), "search ignores case");
        let cafe = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?q=sprachcafe").await;
        assert!(cafe.body.contains("Sprachcafé in der Stadtbibliothek"), "search ignores accents");
    }

    async fn a_new_neighbourhood_is_a_filter_on_the_next_page_view(app: &TestApp) {
        let visitor = app.client();
        let before = visitor.get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(before.body.contains("Nordstadt (") && !before.body.contains("Hafenviertel"));
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/verwaltung/quartiere", &[("names", "Hafenviertel")]).await.assert_status(303);
        let after = visitor.get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(after.body.contains("Hafenviertel (0)"), "the kept process frame follows the change");
        let form = app.login(&app.fixture.participant).await.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await;
        assert!(form.body.contains("Hafenviertel"));
    }

    async fn ideas_are_filtered_by_the_phase_they_were_proposed_in(app: &TestApp) {
        let page = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?phase=participation").await;
        page.assert_status(200);
        assert!(page.body.contains(r#"<option value="participation" selected>Beteiligung (2)</option>"#), "{}", page.body);
        assert!(page.body.contains("2 Ideen"));
        // A phase without dates is no choice; an unknown one is ignored.
        assert!(!page.body.contains(r#"value="analysis""#));
        let unknown = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?phase=analysis").await;
        assert!(unknown.body.contains("2 Ideen"));
        let next = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026?phase=participation&page=1").await;
        assert!(next.body.contains("2 Ideen"));
        let api = app.client().get("/api/v1/m/musterstadt/ideas?process=vielfalt-2026&phase=participation").await.json();
        assert_eq!(api["total"], 2);
    }

    async fn ideas_can_only_be_proposed_while_the_phase_is_open(app: &TestApp) {
        let backend = app.db.conn.get_database_backend();
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "UPDATE process_phases SET ends_on = $1 WHERE kind = 'participation'",
            _ => "UPDATE process_phases SET ends_on = ? WHERE kind = 'participation'",
        };
        let yesterday = web::participation_today() - chrono::TimeDelta::days(1);
        app.db.conn.execute_raw(Statement::from_sql_and_values(backend, sql, [yesterday.into()])).await.unwrap();
        let browser = app.login(&app.fixture.participant).await;
        let page = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(!page.body.contains("/ideen/neu"), "no invitation to propose");
        browser.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await.assert_status(409);
        let r = browser.post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", IDEA_FORM).await;
        r.assert_status(409);
        assert!(r.body.contains("keine neuen Ideen"));
        browser.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[]).await.assert_status(409);
        browser.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Noch etwas")]).await.assert_status(409);
        let all = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(all.body.contains("2 Ideen"), "nothing was added");
    }

    async fn supporting_twice_counts_once_and_can_be_taken_back(app: &TestApp) {
        let browser = app.login(&app.fixture.coordinator).await;
        browser.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[("action", "add")]).await.assert_status(303);
        browser.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[("action", "add")]).await.assert_status(303);
        let page = browser.get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("1 Unterstützung"), "idempotent");
        assert!(page.body.contains("Sie unterstützen diese Idee."));
        browser.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[("action", "remove")]).await.assert_status(303);
        assert!(browser.get("/m/musterstadt/ideen/1").await.body.contains("0 Unterstützungen"));
    }

    async fn comments_form_threads_and_change_only_within_fifteen_minutes(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let participant = app.login(&app.fixture.participant).await;
        let r = coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("href=\"#comment-body\""));
        coordinator.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Wo genau?")]).await.assert_status(303);
        let reply_form = participant.get("/m/musterstadt/ideen/1?antwort=3").await;
        assert!(reply_form.body.contains("name=\"parent\" value=\"3\""), "reply without JavaScript");
        participant.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "In der Stadtbibliothek."), ("parent", "3")]).await.assert_status(303);
        let comments = store::participation::comments::for_idea(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        assert_eq!(comments.iter().map(|c| (c.id, c.parent)).collect::<Vec<_>>(), [(3, None), (4, Some(3))]);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("2 Kommentare"));
        assert!(page.body.contains("comment--depth-1"), "the reply is shown under its comment");

        // Edit within the window: marked as edited.
        participant.post_form("/m/musterstadt/kommentare/4/bearbeiten", &[("body", "In der Stadtbibliothek, 2. Stock.")]).await.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("2. Stock") && page.body.contains("bearbeitet"));
        // Someone else's comment: refused.
        coordinator.post_form("/m/musterstadt/kommentare/4/bearbeiten", &[("body", "gekapert")]).await.assert_status(403);
        // After 15 minutes: refused.
        let backend = app.db.conn.get_database_backend();
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "UPDATE comments SET created_at = $1 WHERE id = 4",
            _ => "UPDATE comments SET created_at = ? WHERE id = 4",
        };
        let old = store::now() - chrono::TimeDelta::minutes(16);
        app.db.conn.execute_raw(Statement::from_sql_and_values(backend, sql, [old.into()])).await.unwrap();
        participant.post_form("/m/musterstadt/kommentare/4/bearbeiten", &[("body", "zu spät")]).await.assert_status(409);
        // Deleting keeps the place in the thread and the replies.
        coordinator.post_form("/m/musterstadt/kommentare/3/loeschen", &[]).await.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("von der Person gelöscht"));
        assert!(!page.body.contains("Wo genau?"));
        assert!(page.body.contains("2. Stock"), "the reply stays");
    }

    async fn the_coordinator_answers_with_a_required_reason(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let r = coordinator.post_form("/m/musterstadt/ideen/1/antwort", &[("status", "not_taken_up"), ("reason", " "), ("answer", "Danke!")]).await;
        r.assert_status(422);
        assert!(r.body.contains("begründen"));
        assert!(r.body.contains(">Danke!</textarea>"), "the answer typed stays");
        let r = coordinator
            .post_form("/m/musterstadt/ideen/1/antwort", &[("status", "taken_up"), ("reason", "Wird Maßnahme 2.3."), ("answer", "Wir starten im **Mai**.")])
            .await;
        r.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("Aufgenommen") && page.body.contains("Wird Maßnahme 2.3.") && page.body.contains("<strong>Mai</strong>"));
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 1).await.unwrap();
        assert_eq!(log[0].action, "participation.idea.answer");
        assert_eq!(log[0].after.as_ref().unwrap()["status"], "taken_up");
        // Only Musterstadt's coordinators.
        app.login(&app.fixture.participant).await.post_form("/m/musterstadt/ideen/1/antwort", &[("status", "taken_up"), ("reason", "x")]).await.assert_status(403);
        app.login(&app.fixture.other_coordinator).await.post_form("/m/musterstadt/ideen/1/antwort", &[("status", "taken_up"), ("reason", "x")]).await.assert_status(404);
    }

    async fn another_municipalitys_ideas_do_not_exist_here(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        app.client().get("/m/musterstadt/ideen/3").await.assert_status(404);
        app.client().get("/m/beispielheim/ideen/1").await.assert_status(404);
        app.client().get("/m/beispielheim/beteiligung/vielfalt-2026").await.assert_status(404);
        browser.post_form("/m/musterstadt/ideen/3/unterstuetzung", &[]).await.assert_status(404);
        browser.post_form("/m/musterstadt/ideen/3/kommentare", &[("comment-body", "x")]).await.assert_status(404);
        let list = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(!list.body.contains("Begegnungsgarten am Bahnhof"));
    }

    async fn an_author_changes_an_idea_until_others_react_and_can_withdraw_it(app: &TestApp) {
        let author = app.login(&app.fixture.participant).await;
        let mut form = IDEA_FORM.to_vec();
        form[0] = ("title", "Sprachcafé in der Stadtbibliothek, jeden Dienstag");
        author.post_form("/m/musterstadt/ideen/1/bearbeiten", &form).await.assert_status(303);
        assert!(app.client().get("/m/musterstadt/ideen/1").await.body.contains("jeden Dienstag"));
        app.login(&app.fixture.coordinator).await.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[]).await.assert_status(303);
        author.get("/m/musterstadt/ideen/1/bearbeiten").await.assert_status(409);
        author.post_form("/m/musterstadt/ideen/1/bearbeiten", &form).await.assert_status(409);
        author.post_form("/m/musterstadt/ideen/1/zurueckziehen", &[]).await.assert_status(303);
        let page = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(page.body.contains("zurückgezogen"));
        assert!(app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await.body.contains("1 Idee"), "out of the list");
    }

    async fn participation_pages_issue_a_fixed_number_of_sql_statements(app: &TestApp) {
        let client = app.client();
        // The server keeps the municipality looked up here for a few seconds.
        client.get("/m/musterstadt").await.assert_status(200);
        let list = client.get("/m/musterstadt/beteiligung/vielfalt-2026?sort=zufall").await;
        list.assert_status(200);
        let idea = client.get("/m/musterstadt/ideen/2").await;
        let (list_count, idea_count) = (list.query_count(), idea.query_count());
        // The process's frame (phases, fields, header picture, neighbourhoods) and the
        // list's counts are kept while the process's ideas do not change.
        let again = client.get("/m/musterstadt/beteiligung/vielfalt-2026?sort=zufall").await.query_count();
        let idea_again = client.get("/m/musterstadt/ideen/2").await.query_count();
        assert!(again <= list_count - 8, "kept: {again} statements, {list_count} the first time");
        assert!(idea_again <= idea_count, "{idea_again} statements, {idea_count} the first time");
        // Many more ideas and comments do not add statements.
        let author = app.fixture.participant.id;
        for i in 0..25 {
            let input = domain::participation::ideas::NewIdea { title: format!("Idee Nummer {i}"), body: "Ein Vorschlag mit genug Text.".into(), action_field: Some(1), neighbourhood: Some(1), organisation: None };
            store::participation::ideas::create(&app.db.conn, &app.fixture.musterstadt.scope, 1, author, &input, "<p>x</p>").await.unwrap();
            store::participation::comments::add(&app.db.conn, &app.fixture.musterstadt.scope, 2, None, author, None, "Kommentar", "<p>Kommentar</p>").await.unwrap();
        }
        assert_eq!(client.get("/m/musterstadt/beteiligung/vielfalt-2026?page=2").await.query_count(), list_count);
        assert_eq!(client.get("/m/musterstadt/ideen/2").await.query_count(), idea_count);
        // The first time: the process, its frame (four), the page of ideas
        // (authors and organisations joined), the three newest news posts, the coming events,
        // the surveys and the counts beside the five filters.
        assert!(list_count <= 15, "process page: {list_count} statements");
        // … the idea, the process, the comments, the duplicates merged into the idea and its
        // picture and attachments.
        assert!(idea_count <= 6, "idea page: {idea_count} statements");
    }
}

mod parallel_supports {
    use testkit::{Backend, TestApp};

    async fn run(backend: Backend) {
        let app = TestApp::spawn(backend).await;
        let hash = web::accounts::password::hash("irrelevant for this test");
        let mut users = Vec::new();
        for i in 0..24 {
            let email = format!("p{i}@test.example");
            users.push(
                store::accounts::create_user(
                    &app.db.conn,
                    store::accounts::NewUser {
                        email: &email,
                        display_name: "P",
                        password_hash: &hash,
                        locale: "de",
                        email_confirmed: true,
                    },
                )
                .await
                .unwrap(),
            );
        }
        let mut tasks = Vec::new();
        for user in users {
            for _ in 0..2 {
                let db = app.db.conn.clone();
                tasks.push(tokio::spawn(async move {
                    let txn = store::begin_write(&db).await.unwrap();
                    store::participation::ideas::support(&txn, 1, user).await.unwrap();
                    txn.commit().await.unwrap();
                }));
            }
        }
        for task in tasks {
            task.await.unwrap();
        }
        let idea = store::participation::ideas::get(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap().unwrap();
        assert_eq!(idea.summary.support_count, 24, "each of 24 people supported twice, in parallel");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn parallel_supports_end_with_the_exact_count_sqlite() {
        run(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn parallel_supports_end_with_the_exact_count_postgres() {
        run(Backend::Postgres).await;
    }
}

app_tests! {
    async fn members_of_a_verified_organisation_speak_in_its_name(app: &TestApp) {
        let member = app.login(&app.fixture.organisation_admin).await;
        let form = member.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await;
        assert!(form.body.contains("name=\"speak_as\""), "the choice is offered");
        let organisation = app.fixture.organisation.to_string();
        let mut fields = IDEA_FORM.to_vec();
        fields.push(("speak_as", &organisation));
        let r = member.post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", &fields).await;
        r.assert_status(303);
        let path = r.header("location").unwrap().split('?').next().unwrap().to_owned();
        let page = app.client().get(&path).await;
        assert!(page.body.contains("Organisation</span>"), "shown with the organisation's badge");
        member.post_form(&format!("{path}/kommentare"), &[("comment-body", "Wir helfen mit Räumen."), ("speak_as", &organisation)]).await.assert_status(303);
        let comments = store::participation::comments::for_idea(&app.db.conn, &app.fixture.musterstadt.scope, path.rsplit('/').next().unwrap().parse().unwrap()).await.unwrap();
        assert!(matches!(comments[0].byline, store::participation::ideas::Byline::Organisation { .. }));
        // Someone who is not a member cannot speak for it.
        let outsider = app.login(&app.fixture.participant).await;
        let r = outsider.post_form("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu", &fields).await;
        r.assert_status(422);
        assert!(!outsider.get("/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu").await.body.contains("name=\"speak_as\""));
    }
}

app_tests! {
    async fn coordinators_export_the_ideas_as_csv(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        coordinator.post_form("/m/musterstadt/ideen/1/antwort", &[("status", "not_taken_up"), ("reason", "Gibt es schon, \"Lesecafé\"")]).await.assert_status(303);
        let page = coordinator.get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(page.body.contains("ideen.csv"), "the coordinator sees the export link");
        let r = coordinator.get("/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/ideen.csv").await;
        r.assert_status(200);
        assert!(r.header("content-type").unwrap().starts_with("text/csv"));
        let lines: Vec<&str> = r.body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 3, "header and two ideas: {}", r.body);
        assert!(lines[0].starts_with("Nr.,Titel,Stand,Begründung"));
        assert!(r.body.contains("\"Gibt es schon, \"\"Lesecafé\"\"\""), "quotes and commas escaped");
        assert!(!app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await.body.contains("ideen.csv"));
    }
}

app_tests! {
    async fn a_duplicate_is_merged_with_its_supports_and_followers_carried_over(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let moderator = app.login(&app.fixture.moderator).await;
        for idea in [1, 2] {
            coordinator.post_form(&format!("/m/musterstadt/ideen/{idea}/unterstuetzung"), &[]).await.assert_status(303);
        }
        moderator.post_form("/m/musterstadt/ideen/2/unterstuetzung", &[]).await.assert_status(303);
        moderator.post_form("/m/musterstadt/ideen/2/folgen", &[("action", "add")]).await.assert_status(303);

        let page = coordinator.get("/m/musterstadt/ideen/2").await;
        assert!(page.body.contains("href=\"/m/musterstadt/ideen/2/zusammenfuehren\""));
        let form = "/m/musterstadt/ideen/2/zusammenfuehren";
        for (typed, message) in [
            ("die andere", "Diese Idee gibt es nicht."),
            ("3", "Diese Idee gibt es nicht."),
            ("2", "Bitte wählen Sie eine andere Idee derselben Beteiligung."),
        ] {
            let r = coordinator.post_form(form, &[("into", typed)]).await;
            r.assert_status(422);
            assert!(r.body.contains(message), "{typed}: {}", r.body);
            assert!(r.body.contains(&format!("value=\"{typed}\"")), "what was typed stays");
        }
        app.login(&app.fixture.other_coordinator).await.post_form(form, &[("into", "1")]).await.assert_status(404);
        let r = coordinator.post_form(form, &[("into", "http://teilhabe.test/m/musterstadt/ideen/1#kommentare")]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/ideen/1?notice=ideas-merged"));

        let kept = app.client().get("/m/musterstadt/ideen/1").await;
        assert!(kept.body.contains("2 Unterstützungen"), "the coordinator counted once, the moderator carried over");
        assert!(kept.body.contains("Zusammengeführt aus:") && kept.body.contains("Mehrsprachige Elternabende"));
        let dup = moderator.get("/m/musterstadt/ideen/2").await;
        assert!(dup.body.contains("als Dublette zusammengeführt") && dup.body.contains("href=\"/m/musterstadt/ideen/1\""));
        moderator.post_form("/m/musterstadt/ideen/2/unterstuetzung", &[("action", "remove")]).await.assert_status(409);
        let list = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
        assert!(!list.body.contains("Mehrsprachige Elternabende"), "merged ideas leave the list");
        let inbox = moderator.get("/benachrichtigungen").await;
        assert!(inbox.body.contains("„Mehrsprachige Elternabende“ wurde mit „Sprachcafé in der Stadtbibliothek“ zusammengeführt"), "{}", inbox.body);
        assert!(inbox.body.contains("Idee: <a class=\"kern-link\" href=\"/m/musterstadt/ideen/1\""), "the followers follow the kept idea");
        coordinator.get(form).await.assert_status(404);
    }
}
