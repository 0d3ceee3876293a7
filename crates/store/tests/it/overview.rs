//! The state overview's facts across municipalities: the most advanced
//! application sets the funding stage, granted and paid add up per
//! municipality and per year, the first adoption dates the concept, and
//! measures and contributions are counted per municipality.

use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::stage::StageForm;
use domain::funding::decision::GrantForm;
use domain::funding::ledger::PaymentRequest;
use domain::money::Money;
use domain::overview::{ConceptStage, FundingStage};
use store::DatabaseConnection;
use store::concept::{self, measures};

use crate::concept::concept_with_goals;

both_backends! {
    async fn the_overview_reads_every_municipality_at_its_stage(db: &DatabaseConnection) {
        let (state, musterstadt, officer, coordinator, call, id) = crate::funding::submitted(db).await;
        let quiet = store::tenancy::create_municipality(db, None, &store::testing::municipality_input("Aarbach", "aarbach", 11_000)).await.unwrap();
        let facts = |all: &store::overview::Overview, slug: &str| all.municipalities.iter().find(|m| m.slug == slug).cloned().unwrap();

        let before = store::overview::read(db).await.unwrap();
        assert_eq!(before.municipalities.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["Aarbach", "Musterstadt"]);
        assert_eq!(facts(&before, "musterstadt").funding, FundingStage::Applied);
        assert_eq!((facts(&before, "aarbach").funding, facts(&before, "aarbach").concept), (FundingStage::None, ConceptStage::None));

        // Approved and partly paid; a concept adopted with two measures.
        let max = call.draft.rules.max_grant;
        let grant = GrantForm::proposed(Money::from_euros(20_000), "2027-01-01", "2028-03-31").validate(Money::from_euros(20_000), max).unwrap();
        store::funding::review::approve(db, &state.scope, officer, id, &grant, max).await.unwrap();
        let wanted = PaymentRequest { amount: Money::from_euros(8_000), wanted_on: chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(), purpose: "Rate".into() };
        let payment = store::funding::payments::request(db, &musterstadt.scope, coordinator, id, &wanted).await.unwrap();
        store::funding::payments::decide(db, &state.scope, officer, payment, None).await.unwrap();
        let (concept_id, goals) = concept_with_goals(db, &musterstadt, coordinator).await;
        let choices = Choices { goals: &goals, ..Default::default() };
        for title in ["Sprachcafé", "Lotsenprojekt"] {
            let m = MeasureForm { title: title.into(), goals: vec![goals[0].to_string()], ..MeasureForm::blank() }.validate(choices, None).unwrap();
            measures::create(db, &musterstadt.scope, coordinator, concept_id, &m, "").await.unwrap();
        }
        let adopted = StageForm { stage: "adopted".into(), decided_on: "2025-06-26".into(), decision_number: "DS 2025/117".into(), ..Default::default() }
            .validate(chrono::Utc::now().date_naive())
            .unwrap();
        concept::set_stage(db, &musterstadt.scope, coordinator, &adopted).await.unwrap();

        let after = store::overview::read(db).await.unwrap();
        let m = facts(&after, "musterstadt");
        assert_eq!((m.funding, m.granted, m.paid), (FundingStage::Funded, Money::from_euros(20_000), Money::from_euros(8_000)));
        assert_eq!((m.concept, m.adopted_on, m.measures), (ConceptStage::Adopted, chrono::NaiveDate::from_ymd_opt(2025, 6, 26), 2));
        let year = chrono::Datelike::year(&chrono::Utc::now());
        assert_eq!(after.years, [store::overview::YearMoney { year, granted: Money::from_euros(20_000), paid: Money::from_euros(8_000) }]);
        assert_eq!(facts(&after, "aarbach").granted, Money(0));

        // A seeded grant from earlier years counts in its years.
        let at = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc);
        store::funding::history::date_application(db, id, at("2025-04-10T08:00:00Z"), Some(at("2025-06-12T08:00:00Z"))).await.unwrap();
        store::funding::history::date_payment(db, payment, at("2025-07-14T08:00:00Z"), at("2026-01-05T08:00:00Z")).await.unwrap();
        let years = store::overview::read(db).await.unwrap().years;
        assert_eq!(years.iter().map(|y| (y.year, y.granted, y.paid)).collect::<Vec<_>>(), [
            (2025, Money::from_euros(20_000), Money(0)),
            (2026, Money(0), Money::from_euros(8_000)),
        ]);
        let dated = store::funding::applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!(dated.submitted_at, Some(at("2025-04-10T08:00:00Z")));
        let _ = quiet;
    }
}
