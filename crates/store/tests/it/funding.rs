//! The state's funding programmes: a programme with funding lines and calls;
//! a call's rules are kept as data and come back as they were written;
//! changing a call is audited with the rules before and after; nothing of
//! it is reachable through a municipality's scope. An application keeps
//! its draft as typed, is submitted only when the rules hold, keeps each
//! submitted version with its rules, and is withdrawn.

use chrono::{DateTime, Utc};
use domain::funding::application::{ApplicationForm, CostLineForm, Status};
use domain::funding::call::CallDraft;
use domain::funding::check::Applicant;
use domain::funding::programme::{LineTexts, ProgrammeTexts};
use domain::funding::rules::{ApplicantKind, Rules};
use domain::money::Money;
use store::DatabaseConnection;
use store::funding::{applications, calls, programmes};
use store::testing::municipality_input as form;
use store::testing::person;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

both_backends! {
    async fn a_programme_has_lines_and_calls_with_their_rules(db: &DatabaseConnection) {
        let state = store::tenancy::ensure_state(db, "land", "Land Hessen").await.unwrap();
        let municipality = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let officer = person(db, 0).await;
        let texts = ProgrammeTexts {
            name: "WIR – Vielfalt".into(),
            legal_basis: "Richtlinie vom 1. Januar 2025".into(),
            description: "Fördert *Strategien*.".into(),
            contact: "Referat II 4".into(),
        };
        let programme = programmes::create(db, &state.scope, officer, &texts, "<p>Fördert <em>Strategien</em>.</p>").await.unwrap();
        let line = programmes::add_line(db, &state.scope, officer, programme, &LineTexts { name: "Strategieentwicklung".into(), description: String::new() })
            .await
            .unwrap();
        let draft = CallDraft {
            title: "Aufruf 2025".into(),
            line: Some(line),
            description: "Erster Aufruf.".into(),
            opens_at: at("2025-01-01T00:00:00Z"),
            closes_at: at("2025-03-31T22:00:00Z"),
            rules: Rules::reference(),
        };
        let call = calls::create(db, &state.scope, officer, programme, &draft, "<p>Erster Aufruf.</p>").await.unwrap();
        let stored = calls::get(db, &state.scope, call).await.unwrap().unwrap();
        assert_eq!((stored.programme, &stored.draft), (programme, &draft));
        assert_eq!(stored.window(at("2025-02-01T00:00:00Z")), domain::funding::call::Window::Open);

        // A raised maximum for the next call; the first one keeps its own.
        let raised = CallDraft {
            title: "Aufruf 2026".into(),
            opens_at: at("2026-01-01T00:00:00Z"),
            closes_at: at("2026-10-31T23:00:00Z"),
            rules: Rules { max_grant: Money::from_euros(30_000), ..Rules::reference() },
            ..draft.clone()
        };
        let second = calls::create(db, &state.scope, officer, programme, &raised, "").await.unwrap();
        let listed = calls::list(db, &state.scope, Some(programme)).await.unwrap();
        assert_eq!(listed.iter().map(|c| c.id).collect::<Vec<_>>(), [second, call], "the newest window first");
        assert_eq!(listed[1].draft.rules.max_grant, Money::from_euros(20_000));

        // Changing a call is audited with the rules before and after.
        let changed = CallDraft { rules: Rules { duration_months_max: 24, ..raised.rules.clone() }, ..raised.clone() };
        calls::update(db, &state.scope, officer, second, &changed, "").await.unwrap();
        assert_eq!(calls::get(db, &state.scope, second).await.unwrap().unwrap().draft.rules.duration_months_max, 24);
        let log = store::audit::recent(db, Some(state.scope.id()), 10).await.unwrap();
        let entry = log.iter().find(|e| e.action == "funding.call.update").expect("audited");
        assert!(entry.after.as_ref().unwrap()["rules_before"]["duration_months_max"] == 18);

        // A line of another programme is refused; a municipality's scope reaches nothing.
        let other = programmes::create(db, &state.scope, officer, &ProgrammeTexts { name: "Anderes".into(), ..texts.clone() }, "").await.unwrap();
        assert!(matches!(calls::create(db, &state.scope, officer, other, &draft, "").await, Err(store::StoreError::NotFound)));
        assert!(programmes::get(db, &municipality.scope, programme).await.unwrap().is_none());
        assert!(calls::get(db, &municipality.scope, call).await.unwrap().is_none());
        assert!(calls::list(db, &municipality.scope, None).await.unwrap().is_empty());
        assert!(programmes::add_line(db, &municipality.scope, officer, programme, &LineTexts { name: "X".into(), description: String::new() }).await.is_err());
        assert_eq!(programmes::list(db, &state.scope).await.unwrap().len(), 2);
        assert_eq!(programmes::lines(db, &state.scope, programme).await.unwrap()[0].texts.name, "Strategieentwicklung");
    }
}

fn application_form(rules: &Rules) -> ApplicationForm {
    ApplicationForm {
        title: "Vielfalt in Musterstadt".into(),
        situation: "38.000 Menschen aus 90 Ländern.".into(),
        objectives: "Eine beschlossene Strategie.".into(),
        formats: "Fünf Werkstätten.".into(),
        target_groups: "Alle; Eltern über die Kitas.".into(),
        time_plan: "Januar: Auftakt.".into(),
        partners: String::new(),
        starts_on: "2027-01-01".into(),
        ends_on: "2028-03-31".into(),
        costs: vec![CostLineForm { category: "moderation".into(), description: "Prozessbegleitung".into(), amount: "24.000".into() }],
        requested: "24.000".into(),
        own: String::new(),
        third_party: String::new(),
        declarations: rules.required_declarations.clone(),
        attachments: vec![],
        joint_with: vec![],
    }
}

both_backends! {
    async fn an_application_is_drafted_submitted_with_its_rules_and_withdrawn(db: &DatabaseConnection) {
        let state = store::tenancy::ensure_state(db, "land", "Land Hessen").await.unwrap();
        let musterstadt = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_500)).await.unwrap();
        let (officer, coordinator) = (person(db, 0).await, person(db, 1).await);
        let texts = ProgrammeTexts { name: "WIR".into(), legal_basis: String::new(), description: String::new(), contact: "Referat".into() };
        let programme = programmes::create(db, &state.scope, officer, &texts, "").await.unwrap();
        let now = Utc::now();
        let open = CallDraft {
            title: "Offen".into(),
            line: None,
            description: String::new(),
            opens_at: now - chrono::TimeDelta::days(1),
            closes_at: now + chrono::TimeDelta::days(30),
            rules: Rules { required_attachments: vec![], ..Rules::reference() },
        };
        let call_id = calls::create(db, &state.scope, officer, programme, &open, "").await.unwrap();
        let closed = CallDraft { opens_at: now - chrono::TimeDelta::days(60), closes_at: now - chrono::TimeDelta::days(30), ..open.clone() };
        let closed_id = calls::create(db, &state.scope, officer, programme, &closed, "").await.unwrap();
        let call = calls::get(db, &state.scope, call_id).await.unwrap().unwrap();
        let closed = calls::get(db, &state.scope, closed_id).await.unwrap().unwrap();
        assert_eq!(applications::create(db, &musterstadt.scope, coordinator, &closed, "Zu spät").await.unwrap_err().code(), "application-call-closed");

        let id = applications::create(db, &musterstadt.scope, coordinator, &call, "Vielfalt").await.unwrap();
        // A draft keeps what was typed, even what cannot be read yet.
        let typed = ApplicationForm { requested: "vierundzwanzigtausend".into(), ..application_form(&call.draft.rules) };
        applications::save_draft(db, &musterstadt.scope, coordinator, id, &typed).await.unwrap();
        assert_eq!(applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap().form, typed);

        // 24,000 EUR of at most 20,000 EUR: refused; 20,000 EUR goes through.
        let applicant = Applicant { kind: ApplicantKind::Municipality, name: "Musterstadt".into(), population: 38_000, partners: vec![] };
        let too_much = application_form(&call.draft.rules);
        let refused = applications::submit(db, &musterstadt.scope, coordinator, id, &too_much, &call.draft.rules, &applicant).await;
        assert_eq!(refused.unwrap_err().code(), "application-rules-broken");
        let fixed = ApplicationForm {
            costs: vec![CostLineForm { category: "moderation".into(), description: "Prozessbegleitung".into(), amount: "20.000".into() }],
            requested: "20.000".into(),
            ..too_much
        };
        // An attachment that names a file the application does not have is not taken.
        let mut forged = fixed.clone();
        forged.attach("Beschluss", 4_242, "fremd.pdf");
        let refused = applications::submit(db, &musterstadt.scope, coordinator, id, &forged, &call.draft.rules, &applicant).await;
        assert_eq!(refused.unwrap_err().code(), "application-rules-broken");
        assert_eq!(applications::submit(db, &musterstadt.scope, coordinator, id, &fixed, &call.draft.rules, &applicant).await.unwrap(), 1);
        let submitted = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!((submitted.status, submitted.versions), (Status::Submitted, 1));
        assert_eq!(applications::save_draft(db, &musterstadt.scope, coordinator, id, &fixed).await.unwrap_err().code(), "application-not-editable");

        // Changing the call never changes what was submitted against it.
        let raised = CallDraft { rules: Rules { max_grant: Money::from_euros(30_000), ..call.draft.rules.clone() }, ..call.draft.clone() };
        calls::update(db, &state.scope, officer, call_id, &raised, "").await.unwrap();
        let versions = applications::versions(db, &musterstadt.scope, id).await.unwrap();
        assert_eq!((versions.len(), versions[0].rules.as_ref().unwrap().max_grant), (1, Money::from_euros(20_000)));
        assert_eq!(versions[0].form, fixed);

        // Another municipality reaches none of it.
        assert!(applications::get(db, &other.scope, id).await.unwrap().is_none());
        assert!(applications::of_tenant(db, &other.scope).await.unwrap().is_empty());
        assert!(matches!(applications::withdraw(db, &other.scope, coordinator, id).await, Err(store::StoreError::NotFound)));

        applications::withdraw(db, &musterstadt.scope, coordinator, id).await.unwrap();
        assert_eq!(applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap().status, Status::Withdrawn);
        assert_eq!(applications::withdraw(db, &musterstadt.scope, coordinator, id).await.unwrap_err().code(), "application-not-withdrawable");
        let log = store::audit::recent(db, Some(musterstadt.scope.id()), 10).await.unwrap();
        assert!(log.iter().any(|e| e.action == "funding.application.submit") && log.iter().any(|e| e.action == "funding.application.withdraw"));
    }
}

/// A state with an open call (no attachments required) and Musterstadt's
/// application to it, submitted with 20,000 EUR requested: (state, Musterstadt, officer, coordinator, call, application).
pub(crate) async fn submitted(
    db: &DatabaseConnection,
) -> (store::tenancy::Tenant, store::tenancy::Tenant, domain::ids::UserId, domain::ids::UserId, calls::Call, i64) {
    let state = store::tenancy::ensure_state(db, "land", "Land Hessen").await.unwrap();
    let musterstadt = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
    let (officer, coordinator) = (person(db, 0).await, person(db, 1).await);
    let texts = ProgrammeTexts { name: "WIR".into(), legal_basis: String::new(), description: String::new(), contact: "Referat".into() };
    let programme = programmes::create(db, &state.scope, officer, &texts, "").await.unwrap();
    let now = Utc::now();
    let open = CallDraft {
        title: "Offen".into(),
        line: None,
        description: String::new(),
        opens_at: now - chrono::TimeDelta::days(1),
        closes_at: now + chrono::TimeDelta::days(30),
        rules: Rules { required_attachments: vec![], ..Rules::reference() },
    };
    let call_id = calls::create(db, &state.scope, officer, programme, &open, "").await.unwrap();
    let call = calls::get(db, &state.scope, call_id).await.unwrap().unwrap();
    let id = applications::create(db, &musterstadt.scope, coordinator, &call, "Vielfalt").await.unwrap();
    let fixed = ApplicationForm {
        costs: vec![CostLineForm { category: "moderation".into(), description: "Prozessbegleitung".into(), amount: "20.000".into() }],
        requested: "20.000".into(),
        ..application_form(&call.draft.rules)
    };
    let applicant = Applicant { kind: ApplicantKind::Municipality, name: "Musterstadt".into(), population: 38_000, partners: vec![] };
    applications::submit(db, &musterstadt.scope, coordinator, id, &fixed, &call.draft.rules, &applicant).await.unwrap();
    (state, musterstadt, officer, coordinator, call, id)
}

both_backends! {
    async fn the_state_reviews_asks_for_changes_and_approves_within_the_request(db: &DatabaseConnection) {
        use domain::funding::decision::GrantForm;
        use store::funding::review;
        let (state, musterstadt, officer, coordinator, call, id) = submitted(db).await;
        // A draft of another application stays the municipality's own.
        let draft = applications::create(db, &musterstadt.scope, coordinator, &call, "Entwurf").await.unwrap();
        let listed = review::of_call(db, &state.scope, call.id).await.unwrap();
        assert_eq!(listed.iter().map(|r| (r.application.id, r.municipality.name.as_str())).collect::<Vec<_>>(), [(id, "Musterstadt")]);
        assert!(review::get(db, &state.scope, draft).await.unwrap().is_none());
        assert!(review::of_call(db, &musterstadt.scope, call.id).await.unwrap().is_empty(), "only through the state's scope");

        // Checklist and notes stay with the state.
        let ticked = vec![call.draft.rules.review_criteria[0].clone()];
        review::set_checklist(db, &state.scope, officer, id, &ticked).await.unwrap();
        review::set_checklist(db, &state.scope, officer, id, &ticked).await.unwrap();
        assert_eq!(review::checklist(db, &state.scope, id).await.unwrap(), ticked);
        review::add_note(db, &state.scope, officer, id, "Beschluss liegt nur als Entwurf vor.").await.unwrap();
        assert_eq!(review::notes(db, &state.scope, id).await.unwrap()[0].body, "Beschluss liegt nur als Entwurf vor.");
        assert!(review::notes(db, &musterstadt.scope, id).await.unwrap().is_empty());

        // Changes asked for: the applicant sees the message and submits again (version 2).
        review::request_changes(db, &state.scope, officer, id, "Bitte den Ratsbeschluss nachreichen.").await.unwrap();
        let back = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!((back.status, back.message.as_deref()), (Status::ChangesRequested, Some("Bitte den Ratsbeschluss nachreichen.")));
        let grant = GrantForm::proposed(Money::from_euros(20_000), "2027-01-01", "2028-03-31");
        let max = call.draft.rules.max_grant;
        let terms = grant.validate(Money::from_euros(20_000), max).unwrap();
        assert_eq!(review::approve(db, &state.scope, officer, id, &terms, max).await.unwrap_err().code(), "application-not-in-review");
        let applicant = Applicant { kind: ApplicantKind::Municipality, name: "Musterstadt".into(), population: 38_000, partners: vec![] };
        let smaller = ApplicationForm {
            costs: vec![CostLineForm { category: "moderation".into(), description: "Prozessbegleitung".into(), amount: "18.000".into() }],
            requested: "18.000".into(),
            ..back.form.clone()
        };
        assert_eq!(applications::submit(db, &musterstadt.scope, coordinator, id, &smaller, &call.draft.rules, &applicant).await.unwrap(), 2);
        assert_eq!(applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap().message, None);

        // More than the newest version asks for is refused; within it, approved once.
        assert_eq!(review::approve(db, &state.scope, officer, id, &terms, max).await.unwrap_err().code(), "decision-grant-above-request");
        let terms = domain::funding::decision::Grant { granted: Money::from_euros(18_000), ..terms };
        review::approve(db, &state.scope, officer, id, &terms, max).await.unwrap();
        let approved = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!((approved.status, approved.grant.as_ref().map(|g| g.granted)), (Status::Approved, Some(Money::from_euros(18_000))));
        assert!(approved.decided_at.is_some());
        assert_eq!(review::reject(db, &state.scope, officer, id, "zu spät").await.unwrap_err().code(), "application-not-in-review");
        let log = store::audit::recent(db, Some(state.scope.id()), 20).await.unwrap();
        assert!(log.iter().any(|e| e.action == "funding.review.approve") && log.iter().any(|e| e.action == "funding.review.request_changes"));
        assert!(!log.iter().any(|e| e.after.as_ref().is_some_and(|a| a.to_string().contains("Entwurf vor"))), "notes stay out of the log");
    }

    async fn a_rejection_keeps_its_reason(db: &DatabaseConnection) {
        let (state, musterstadt, officer, _, _, id) = submitted(db).await;
        store::funding::review::reject(db, &state.scope, officer, id, "Die Kommune hat bereits eine Strategie.").await.unwrap();
        let rejected = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!((rejected.status, rejected.message.as_deref()), (Status::Rejected, Some("Die Kommune hat bereits eine Strategie.")));
        assert_eq!(applications::withdraw(db, &musterstadt.scope, officer, id).await.unwrap_err().code(), "application-not-withdrawable");
    }
}

both_backends! {
    async fn payments_requested_at_the_same_moment_never_exceed_the_grant(db: &DatabaseConnection) {
        use domain::funding::decision::GrantForm;
        use domain::funding::ledger::{PaymentRequest, PaymentStatus};
        use store::funding::payments;
        let (state, musterstadt, officer, coordinator, call, id) = submitted(db).await;
        let wanted = PaymentRequest {
            amount: Money::from_euros(5_000),
            wanted_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            purpose: "Rate".into(),
        };
        assert_eq!(payments::request(db, &musterstadt.scope, coordinator, id, &wanted).await.unwrap_err().code(), "payment-not-approved");
        let max = call.draft.rules.max_grant;
        let grant = GrantForm::proposed(Money::from_euros(20_000), "2027-01-01", "2028-03-31").validate(Money::from_euros(20_000), max).unwrap();
        store::funding::review::approve(db, &state.scope, officer, id, &grant, max).await.unwrap();

        // Ten requests of 5,000 EUR at once against 20,000 EUR: exactly four go through.
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let (db, scope, wanted) = (db.clone(), musterstadt.scope, wanted.clone());
                tokio::spawn(async move {
                    let txn = store::begin_write(&db).await.unwrap();
                    let done = payments::request(&txn, &scope, coordinator, id, &wanted).await;
                    txn.commit().await.unwrap();
                    done.map_err(|e| e.code())
                })
            })
            .collect();
        let mut results = Vec::new();
        for task in tasks {
            results.push(task.await.unwrap());
        }
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 4);
        assert!(results.iter().filter_map(|r| r.as_ref().err()).all(|code| *code == "payment-above-available"));
        let ledger = payments::ledger(db, &musterstadt.scope, id, grant.granted).await.unwrap();
        assert_eq!((ledger.requested, ledger.paid, ledger.available()), (Money::from_euros(20_000), Money(0), Money(0)));

        // Released and rejected: the rejected money can be requested again; a decision is made once.
        let list = payments::of_application(db, &musterstadt.scope, id).await.unwrap();
        payments::decide(db, &state.scope, officer, list[0].id, None).await.unwrap();
        payments::decide(db, &state.scope, officer, list[1].id, Some("Belege fehlen.")).await.unwrap();
        assert_eq!(payments::decide(db, &state.scope, officer, list[0].id, None).await.unwrap_err().code(), "payment-decided");
        assert!(payments::for_officers(db, &musterstadt.scope, list[0].id).await.unwrap().is_none(), "only through the state's scope");
        let ledger = payments::ledger(db, &musterstadt.scope, id, grant.granted).await.unwrap();
        assert_eq!((ledger.paid, ledger.requested, ledger.remaining(), ledger.available()), (
            Money::from_euros(5_000),
            Money::from_euros(10_000),
            Money::from_euros(15_000),
            Money::from_euros(5_000)
        ));
        let statuses: Vec<_> = payments::of_application(db, &musterstadt.scope, id).await.unwrap().iter().map(|p| p.status).collect();
        assert_eq!(statuses[..2], [PaymentStatus::Released, PaymentStatus::Rejected]);
        let log = store::audit::recent(db, Some(state.scope.id()), 30).await.unwrap();
        assert!(log.iter().any(|e| e.action == "funding.payment.release") && log.iter().any(|e| e.action == "funding.payment.reject"));
    }
}
