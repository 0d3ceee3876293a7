//! Surveys: questions change only before the first response; one response
//! per account or browser; anonymous responses keep no account, address or
//! time finer than the day; results count by source.

use chrono::NaiveDate;
use domain::ids::UserId;
use domain::surveys::answers::{Answer, RawResponse, check};
use domain::surveys::question_form::QuestionForm;
use domain::surveys::settings::SurveyForm;
use domain::surveys::{Question, ResponseSource};
use sea_orm::{ConnectionTrait, Statement};
use store::DatabaseConnection;
use store::surveys::responses::Respondent;
use store::surveys::{self, Survey, questions, responses, results};
use store::tenancy::Tenant;
use store::testing::person;
use store::testing::{municipality_input as form, process_input};

/// A counted answer: question, row, choice, value.
type CountKey = (i64, Option<u32>, Option<u32>, Option<i32>);

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 10).unwrap()
}

async fn setup(db: &DatabaseConnection, identity: &str, access: &str) -> (Tenant, UserId, Survey, Vec<Question>) {
    let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
    let staff = person(db, 0).await;
    let process = store::participation::processes::create(db, &tenant.scope, None, &process_input(), "").await.unwrap();
    let settings = SurveyForm {
        title: "Angebote in Musterstadt".into(),
        identity: identity.into(),
        access: access.into(),
        opens_on: "2027-03-01".into(),
        closes_on: "2027-03-31".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let id = surveys::create(db, &tenant.scope, staff, process, &settings, "").await.unwrap();
    let mut made: Vec<Question> = Vec::new();
    for (kind, options) in [("single", "Ja\nNein"), ("multiple", "Sprachcafé\nFest\nElterncafé"), ("text", ""), ("scale", "")] {
        let q = QuestionForm { kind: kind.into(), prompt: format!("Frage {kind}"), options: options.into(), ..Default::default() }
            .validate(&made)
            .unwrap();
        let qid = questions::add(db, &tenant.scope, staff, id, &q).await.unwrap();
        made.push(Question { id: qid, ..q });
    }
    let survey = surveys::get(db, &tenant.scope, id).await.unwrap().unwrap();
    (tenant, staff, survey, made)
}

fn answers(qs: &[Question], single: &str, text: &str) -> Vec<(i64, Answer)> {
    let pairs = vec![
        (format!("q{}", qs[0].id), single.to_owned()),
        (format!("q{}", qs[1].id), "0".to_owned()),
        (format!("q{}", qs[1].id), "2".to_owned()),
        (format!("q{}", qs[2].id), text.to_owned()),
        (format!("q{}", qs[3].id), "4".to_owned()),
    ];
    check(qs, &RawResponse::new(pairs)).unwrap()
}

both_backends! {
    async fn anonymous_responses_keep_no_account_and_only_the_day(db: &DatabaseConnection) {
        let (tenant, _, survey, qs) = setup(db, "anonymous", "accounts").await;
        let someone = person(db, 1).await;
        responses::submit(db, &tenant.scope, &survey, Respondent::Account(someone), &answers(&qs, "0", "mehr Kurse"), day()).await.unwrap();
        // Their data download says they took part, and nothing of what they answered.
        let own = store::personal_data::contributions(db, someone).await.unwrap();
        assert!(own.surveys.len() == 1 && own.surveys[0].took_part && own.surveys[0].answers.is_empty());
        let again = responses::submit(db, &tenant.scope, &survey, Respondent::Account(someone), &answers(&qs, "1", ""), day()).await;
        assert_eq!(again.unwrap_err().code(), "survey-already-answered");
        assert!(responses::has_answered(db, survey.id, Respondent::Account(someone)).await.unwrap());

        // Held back until four more have answered, but in the export and the texts at once.
        let backend = db.get_database_backend();
        let count = |table: &str| {
            let sql = format!("SELECT COUNT(*) AS n FROM {table}");
            async move { db.query_one_raw(Statement::from_string(backend, sql)).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap() }
        };
        assert_eq!((count("survey_responses").await, count("survey_held_responses").await), (0, 1));
        assert_eq!(responses::all(db, survey.id).await.unwrap().len(), 1);
        assert_eq!(results::texts(db, survey.id, qs[2].id, None, 10).await.unwrap(), ["mehr Kurse"]);
        for n in 2..=5 {
            let who = Respondent::Account(person(db, n).await);
            responses::submit(db, &tenant.scope, &survey, who, &answers(&qs, "1", ""), day()).await.unwrap();
        }
        assert_eq!((count("survey_responses").await, count("survey_held_responses").await), (5, 0));
        assert_eq!(results::texts(db, survey.id, qs[2].id, None, 10).await.unwrap(), ["mehr Kurse"]);

        // The stored rows: no account, no address, no time of day.
        let rows = db.query_all_raw(Statement::from_string(backend, "SELECT * FROM survey_responses")).await.unwrap();
        for row in &rows {
            let user: Option<i64> = row.try_get("", "user_id").unwrap();
            assert_eq!(user, None);
            let on: NaiveDate = row.try_get("", "submitted_on").unwrap();
            assert_eq!(on, day());
        }
        let columns: Vec<String> = rows[0].column_names();
        assert!(columns.iter().all(|c| !c.contains("ip") && !c.ends_with("_at")), "{columns:?}");
        let answer_columns = db.query_all_raw(Statement::from_string(backend, "SELECT * FROM survey_answers")).await.unwrap();
        assert!(answer_columns[0].column_names().iter().all(|c| !c.contains("user") && !c.ends_with("_at")));
        // The participation names the account but not the response.
        let participation = db.query_all_raw(Statement::from_string(backend, "SELECT * FROM survey_participations")).await.unwrap();
        assert!(participation[0].column_names().iter().all(|c| !c.contains("response")));
        assert_eq!(surveys::get(db, &tenant.scope, survey.id).await.unwrap().unwrap().response_count, 5);
    }

    async fn anonymous_responses_lie_in_no_order_that_pairs_them_with_their_people(db: &DatabaseConnection) {
        let (tenant, _, survey, qs) = setup(db, "anonymous", "accounts").await;
        // Twenty-two people answer one after another, each with their number.
        for n in 0..22 {
            let who = Respondent::Account(person(db, n + 1).await);
            let txn = store::begin_write(db).await.unwrap();
            responses::submit(&txn, &tenant.scope, &survey, who, &answers(&qs, "0", &format!("Antwort {n}")), day()).await.unwrap();
            txn.commit().await.unwrap();
        }
        let backend = db.get_database_backend();
        let physical = if backend == sea_orm::DbBackend::Postgres { "ctid" } else { "rowid" };
        let numbers = |sql: String| async move {
            let rows = db.query_all_raw(Statement::from_string(backend, sql)).await.unwrap();
            rows.iter().map(|r| r.try_get::<String>("", "text").unwrap()["Antwort ".len()..].parse::<usize>().unwrap()).collect::<Vec<_>>()
        };
        // As the responses lie on disk, and by the ids of their answers.
        let on_disk = numbers(format!(
            "SELECT a.text FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id \
             WHERE a.text IS NOT NULL ORDER BY r.{physical}"
        ))
        .await;
        let by_answer_id = numbers("SELECT text FROM survey_answers WHERE text IS NOT NULL ORDER BY id".into()).await;
        // Four batches of five are written, two wait. Within each batch the order is random
        // (the chance that all four come out in the order given is 1 in 207 million); on
        // SQLite the rows lie in the order of their random ids, across batches too.
        assert_eq!(on_disk.len(), 20);
        for batch in 0..4 {
            let mut members = by_answer_id[batch * 5..batch * 5 + 5].to_vec();
            members.sort_unstable();
            assert_eq!(members, (batch * 5..batch * 5 + 5).collect::<Vec<_>>(), "batch {batch} holds the five who answered together");
        }
        let given: Vec<usize> = (0..20).collect();
        assert_ne!(by_answer_id, given, "the answer ids follow the order the responses were given in");
        assert_ne!(on_disk, given, "the responses lie in the order they were given in");
        if backend == sea_orm::DbBackend::Postgres {
            assert_eq!(on_disk, by_answer_id, "answer ids follow the written order, nothing finer");
        }
        let held = store::surveys::held::of_survey(db, survey.id).await.unwrap();
        assert_eq!(held.len(), 2);
        assert_eq!(responses::all(db, survey.id).await.unwrap().len(), 22);
        assert_eq!(results::texts(db, survey.id, qs[2].id, None, 50).await.unwrap().len(), 22);

        if backend == sea_orm::DbBackend::Postgres {
            // PostgreSQL keeps the writing transaction with each row: a batch shares one,
            // so a response's transaction names five people, not one.
            let xmins = |sql: &str| {
                let sql = sql.to_owned();
                async move {
                    let rows = db.query_all_raw(Statement::from_string(backend, sql)).await.unwrap();
                    rows.iter().map(|r| r.try_get::<String>("", "x").unwrap()).collect::<Vec<_>>()
                }
            };
            let responses_by_txn = xmins("SELECT xmin::text AS x FROM survey_responses").await;
            let mut distinct = responses_by_txn.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), 4);
            for x in &distinct {
                assert_eq!(responses_by_txn.iter().filter(|y| *y == x).count(), 5);
            }
            let participations = xmins("SELECT xmin::text AS x FROM survey_participations").await;
            assert_eq!(participations.len(), 22);
        }
    }

    async fn signed_responses_name_the_person_and_paper_ones_nobody(db: &DatabaseConnection) {
        let (tenant, staff, survey, qs) = setup(db, "signed", "accounts").await;
        let someone = person(db, 1).await;
        responses::submit(db, &tenant.scope, &survey, Respondent::Account(someone), &answers(&qs, "0", "Danke"), day()).await.unwrap();
        responses::submit(db, &tenant.scope, &survey, Respondent::Paper(staff), &answers(&qs, "1", "vom Papier"), day()).await.unwrap();
        responses::submit(db, &tenant.scope, &survey, Respondent::Paper(staff), &answers(&qs, "1", ""), day()).await.unwrap();
        let all = responses::all(db, survey.id).await.unwrap();
        assert_eq!(all.len(), 3);
        let online: Vec<_> = all.iter().filter(|r| r.source == ResponseSource::Online).collect();
        assert_eq!(online.len(), 1);
        assert_eq!(online[0].person.as_deref(), Some("Person 1"));
        assert!(all.iter().filter(|r| r.source == ResponseSource::Paper).all(|r| r.person.is_none()));
        // Results by source.
        let counted = surveys::get(db, &tenant.scope, survey.id).await.unwrap().unwrap();
        assert_eq!((counted.responses_from(ResponseSource::Online), counted.responses_from(ResponseSource::Paper)), (1, 2));
        let counts = results::counts(db, survey.id, None).await.unwrap();
        let nein = counts.iter().find(|c| c.question == qs[0].id && c.choice == Some(1)).unwrap();
        assert_eq!(nein.count, 2);
        let paper_ja = results::counts(db, survey.id, Some(ResponseSource::Paper)).await.unwrap();
        assert!(paper_ja.iter().all(|c| !(c.question == qs[0].id && c.choice == Some(0))));
        let answered = results::answered(db, survey.id, None).await.unwrap();
        assert_eq!((answered[&qs[1].id], answered[&qs[2].id]), (3, 2));
        let texts = results::texts(db, survey.id, qs[2].id, Some(ResponseSource::Paper), 10).await.unwrap();
        assert_eq!(texts, ["vom Papier"]);
        assert_eq!(results::answered(db, survey.id, Some(ResponseSource::Paper)).await.unwrap()[&qs[2].id], 1);
        // The person's data download names what they answered in the signed survey.
        let own = store::personal_data::contributions(db, someone).await.unwrap();
        assert_eq!(own.surveys.len(), 1);
        assert!(own.surveys[0].took_part && !own.surveys[0].anonymous);
        assert!(own.surveys[0].answers.contains(&("Frage single".to_owned(), "Ja".to_owned())), "{:?}", own.surveys[0].answers);
        assert!(own.surveys[0].answers.contains(&("Frage multiple".to_owned(), "Sprachcafé; Elterncafé".to_owned())));
        // Deleting the account keeps the answers but not the name.
        store::accounts::delete_account(db, someone).await.unwrap();
        let all = responses::all(db, survey.id).await.unwrap();
        assert!(all.iter().all(|r| r.person.is_none()));
        assert_eq!(all.len(), 3);
    }

    async fn a_browser_answers_a_public_survey_once(db: &DatabaseConnection) {
        let (tenant, _, survey, qs) = setup(db, "anonymous", "public").await;
        let first = Respondent::Browser("a1b2");
        responses::submit(db, &tenant.scope, &survey, first, &answers(&qs, "0", ""), day()).await.unwrap();
        let twice = responses::submit(db, &tenant.scope, &survey, first, &answers(&qs, "0", ""), day()).await;
        assert_eq!(twice.unwrap_err().code(), "survey-already-answered");
        responses::submit(db, &tenant.scope, &survey, Respondent::Browser("c3d4"), &answers(&qs, "0", ""), day()).await.unwrap();
        assert_eq!(surveys::get(db, &tenant.scope, survey.id).await.unwrap().unwrap().response_count, 2);
    }

    async fn questions_change_only_before_the_first_response_and_keep_conditions_in_order(db: &DatabaseConnection) {
        let (tenant, staff, survey, qs) = setup(db, "anonymous", "accounts").await;
        // A question shown only when the first is answered "Ja".
        let conditional = QuestionForm { kind: "text".into(), prompt: "Warum?".into(), condition: format!("{}:0", qs[0].id), ..Default::default() }
            .validate(&qs)
            .unwrap();
        let cid = questions::add(db, &tenant.scope, staff, survey.id, &conditional).await.unwrap();
        let removed = questions::remove(db, &tenant.scope, staff, survey.id, qs[0].id).await;
        assert_eq!(removed.unwrap_err().code(), "survey-question-has-dependents");
        for _ in 0..3 {
            questions::shift(db, &tenant.scope, staff, survey.id, cid, true).await.unwrap();
        }
        let moved_past = questions::shift(db, &tenant.scope, staff, survey.id, cid, true).await;
        assert_eq!(moved_past.unwrap_err().code(), "survey-question-order-condition");
        let order: Vec<i64> = questions::list(db, survey.id).await.unwrap().iter().map(|q| q.id).collect();
        assert_eq!(order, vec![qs[0].id, cid, qs[1].id, qs[2].id, qs[3].id]);
        // Another tenant's survey cannot be reached.
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        assert!(surveys::get(db, &other.scope, survey.id).await.unwrap().is_none());
        assert!(questions::remove(db, &other.scope, staff, survey.id, cid).await.is_err());

        let someone = person(db, 1).await;
        let survey = surveys::get(db, &tenant.scope, survey.id).await.unwrap().unwrap();
        let qs = questions::list(db, survey.id).await.unwrap();
        let raw = RawResponse::new(vec![(format!("q{}", qs[0].id), "1".into()), (format!("q{cid}"), "nicht gezeigt".into())]);
        let checked = check(&qs, &raw).unwrap();
        assert!(checked.iter().all(|(q, _)| *q != cid));
        responses::submit(db, &tenant.scope, &survey, Respondent::Account(someone), &checked, day()).await.unwrap();
        let locked = questions::remove(db, &tenant.scope, staff, survey.id, qs[4].id).await;
        assert_eq!(locked.unwrap_err().code(), "survey-locked");
        let mut settings = survey.settings.clone();
        settings.anonymous = false;
        let changed = surveys::update(db, &tenant.scope, staff, survey.id, &settings, "").await;
        assert_eq!(changed.unwrap_err().code(), "survey-identity-locked");
    }

    async fn a_draft_is_kept_until_the_response_is_sent(db: &DatabaseConnection) {
        let (tenant, _, survey, qs) = setup(db, "anonymous", "accounts").await;
        let someone = person(db, 1).await;
        store::surveys::drafts::save(db, survey.id, someone, "q1=0").await.unwrap();
        store::surveys::drafts::save(db, survey.id, someone, "q1=1").await.unwrap();
        assert_eq!(store::surveys::drafts::get(db, survey.id, someone).await.unwrap().as_deref(), Some("q1=1"));
        // Kept while the survey is open, removed once it has closed.
        assert_eq!(store::surveys::drafts::remove_unsent(db, survey.settings.closes_on).await.unwrap(), 0);
        let later = store::surveys::drafts::get(db, survey.id, someone).await.unwrap();
        assert!(later.is_some());
        store::surveys::drafts::save(db, survey.id, person(db, 2).await, "q1=0").await.unwrap();
        let after_close = survey.settings.closes_on + chrono::TimeDelta::days(1);
        assert_eq!(store::surveys::drafts::remove_unsent(db, after_close).await.unwrap(), 2);
        // Sending removes the person's draft.
        store::surveys::drafts::save(db, survey.id, someone, "q1=1").await.unwrap();
        responses::submit(db, &tenant.scope, &survey, Respondent::Account(someone), &answers(&qs, "0", ""), day()).await.unwrap();
        assert_eq!(store::surveys::drafts::get(db, survey.id, someone).await.unwrap(), None);
    }

    async fn kept_counts_match_the_answers_also_when_responses_arrive_at_once(db: &DatabaseConnection) {
        let (tenant, staff, survey, qs) = setup(db, "anonymous", "public").await;
        // Twenty responses at the same time, online and from paper, with varied answers.
        let tasks: Vec<_> = (0..20usize)
            .map(|n| {
                let db = db.clone();
                let (scope, survey) = (tenant.scope, survey.clone());
                let answers = answers(&qs, if n % 3 == 0 { "1" } else { "0" }, if n % 2 == 0 { "mehr Kurse" } else { "" });
                tokio::spawn(async move {
                    let hash = format!("browser-{n}");
                    let who = if n % 4 == 0 { Respondent::Paper(staff) } else { Respondent::Browser(&hash) };
                    let txn = store::begin_write(&db).await.unwrap();
                    responses::submit(&txn, &scope, &survey, who, &answers, day()).await.unwrap();
                    txn.commit().await.unwrap();
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
        let stored = responses::all(db, survey.id).await.unwrap();
        assert_eq!(stored.len(), 20);
        for source in [None, Some(ResponseSource::Online), Some(ResponseSource::Paper)] {
            // What the answer rows themselves add up to.
            let mut expected: std::collections::BTreeMap<CountKey, i64> = Default::default();
            let mut answered: std::collections::HashMap<i64, i64> = Default::default();
            for response in stored.iter().filter(|r| source.is_none_or(|s| r.source == s)) {
                let mut seen = std::collections::HashSet::new();
                for row in &response.rows {
                    if seen.insert(row.question) {
                        *answered.entry(row.question).or_default() += 1;
                    }
                    if row.text.is_none() {
                        *expected.entry((row.question, row.row, row.choice, row.value)).or_default() += 1;
                    }
                }
            }
            let kept: std::collections::BTreeMap<_, _> = results::counts(db, survey.id, source)
                .await
                .unwrap()
                .into_iter()
                .map(|c| ((c.question, c.row, c.choice, c.value), c.count))
                .collect();
            assert_eq!(kept, expected, "counts for {source:?}");
            assert_eq!(results::answered(db, survey.id, source).await.unwrap(), answered, "answered for {source:?}");
        }
        let counted = surveys::get(db, &tenant.scope, survey.id).await.unwrap().unwrap();
        assert_eq!((counted.response_count, counted.responses_from(ResponseSource::Paper)), (20, 5));
        // Seven of the twenty said "Nein" (every third), and ten wrote a text.
        let nein = results::counts(db, survey.id, None).await.unwrap().into_iter().find(|c| c.question == qs[0].id && c.choice == Some(1));
        assert_eq!(nein.map(|c| c.count), Some(7));
        assert_eq!(results::answered(db, survey.id, None).await.unwrap()[&qs[2].id], 10);
    }
}
