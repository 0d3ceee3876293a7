//! The state's funding programmes: a programme with funding lines and calls;
//! a call's rules are kept as data and come back as they were written;
//! changing a call is audited with the rules before and after; nothing of
//! it is reachable through a municipality's scope.

use chrono::{DateTime, Utc};
use domain::funding::call::CallDraft;
use domain::funding::programme::{LineTexts, ProgrammeTexts};
use domain::funding::rules::Rules;
use domain::money::Money;
use store::DatabaseConnection;
use store::funding::{calls, programmes};
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
