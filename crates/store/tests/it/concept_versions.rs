//! Frozen versions: consultation and adoption freeze the concept; adopting
//! the consulted text unchanged marks that version adopted; later edits
//! never change a frozen version; nothing crosses to another municipality.

use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::stage::{Stage, StageChange, StageForm};
use domain::concept::texts::TextsForm;
use domain::concept::versions::diff;
use store::DatabaseConnection;
use store::concept::{self, measures, versions};
use store::testing::municipality_input as form;
use store::testing::person;

use crate::concept::concept_with_goals;

both_backends! {
    async fn versions_are_frozen_on_consultation_and_adoption_and_never_change(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let staff = person(db, 0).await;
        let (id, goals) = concept_with_goals(db, &tenant, staff).await;
        let choices = Choices { goals: &goals, ..Default::default() };
        let measure = |title: &str| MeasureForm { title: title.into(), goals: vec![goals[0].to_string()], ..MeasureForm::blank() }.validate(choices, None).unwrap();
        measures::create(db, &tenant.scope, staff, id, &measure("Sprachcafé"), "").await.unwrap();

        // A draft freezes nothing.
        let draft = StageChange::new(Stage::Draft);
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &draft).await.unwrap(), None);
        assert!(versions::list(db, &tenant.scope).await.unwrap().is_empty());

        // Consultation freezes version 1; saving the same stage again freezes nothing new.
        let consultation = StageChange::new(Stage::Consultation);
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &consultation).await.unwrap(), Some(1));
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &consultation).await.unwrap(), Some(1));
        // Adopted unchanged: version 1 is now the adopted one.
        let adopted = StageForm { stage: "adopted".into(), decided_on: "2025-06-26".into(), decision_number: "DS 2025/117".into(), ..Default::default() }
            .validate(chrono::Utc::now().date_naive())
            .unwrap();
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &adopted).await.unwrap(), Some(1));
        let list = versions::list(db, &tenant.scope).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].stage, adopted);
        let v1 = versions::get(db, &tenant.scope, 1).await.unwrap().unwrap();
        assert_eq!(v1.snapshot.title, "Gelebte Vielfalt");
        assert_eq!(v1.snapshot.measures().map(|(_, m)| m.title.as_str()).collect::<Vec<_>>(), ["Sprachcafé"]);

        // The live concept changes; version 1 does not.
        let texts = TextsForm { title: "Gelebte Vielfalt 2030".into(), vision: "Alle gehören dazu.".into(), ..Default::default() }.validate().unwrap();
        concept::save_texts(db, &tenant.scope, staff, &texts, "", "").await.unwrap();
        measures::create(db, &tenant.scope, staff, id, &measure("Elterncafé"), "").await.unwrap();
        assert_eq!(versions::get(db, &tenant.scope, 1).await.unwrap().unwrap(), v1);
        // The revision goes into consultation as version 2; version 1 stays the adopted one.
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &consultation).await.unwrap(), Some(2));
        let v2 = versions::get(db, &tenant.scope, 2).await.unwrap().unwrap();
        assert_eq!(v2.summary.stage.stage, Stage::Consultation);
        assert_eq!(versions::adopted(db, &tenant.scope).await.unwrap().unwrap().summary.number, 1);
        let changes = diff(&v1.snapshot, &v2.snapshot);
        assert_eq!(changes.measures_added.iter().map(|m| (m.number, m.title.as_str())).collect::<Vec<_>>(), [(2, "Elterncafé")]);
        assert_eq!(changes.texts.len(), 1, "the title changed");

        // Another municipality sees none of it.
        assert!(versions::list(db, &other.scope).await.unwrap().is_empty());
        assert!(versions::get(db, &other.scope, 1).await.unwrap().is_none());
        assert!(versions::adopted(db, &other.scope).await.unwrap().is_none());
    }
}
