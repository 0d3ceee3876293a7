//! Consultation on a draft: comments on the paragraphs of the version in
//! consultation, counted per paragraph; the coordinator's answer tells the
//! author; moderation hides with a reason; after its last day or once the
//! version is adopted it takes no more comments; nothing crosses to another
//! municipality.

use chrono::NaiveDate;
use domain::concept::consultation::{AnswerForm, Outcome};
use domain::concept::stage::{Stage, StageChange, StageForm};
use domain::notifications::NotificationKind;
use store::DatabaseConnection;
use store::concept::{self, consultation};
use store::testing::municipality_input as form;
use store::testing::person;

use crate::concept::concept_with_goals;

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();

both_backends! {
    async fn comments_on_paragraphs_are_answered_and_close_with_the_consultation(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let (staff, resident) = (person(db, 0).await, person(db, 1).await);
        concept_with_goals(db, &tenant, staff).await;
        // A draft takes no comments; it has no version yet.
        assert!(consultation::open_version(db, &tenant.scope, TODAY).await.unwrap().is_none());
        assert!(matches!(consultation::add(db, &tenant.scope, TODAY, 1, "leitbild-1", resident, None, "Gut", "<p>Gut</p>").await, Err(store::StoreError::NotFound)));

        let last_day = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
        let into_consultation = StageChange { consultation_until: Some(last_day), ..StageChange::new(Stage::Consultation) };
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &into_consultation).await.unwrap(), Some(1));
        assert_eq!(consultation::open_version(db, &tenant.scope, TODAY).await.unwrap().map(|(_, n)| n), Some(1));
        assert!(consultation::open_version(db, &tenant.scope, last_day).await.unwrap().is_some());
        // After its last day the consultation takes no comments; a later
        // last day opens the same version again.
        let day_after = last_day.succ_opt().unwrap();
        assert!(consultation::open_version(db, &tenant.scope, day_after).await.unwrap().is_none());
        let late = consultation::add(db, &tenant.scope, day_after, 1, "leitbild-1", resident, None, "Spät", "<p>Spät</p>").await;
        assert_eq!(late.unwrap_err().code(), "consultation-closed");
        let extended = StageChange { consultation_until: NaiveDate::from_ymd_opt(2027, 2, 28), ..into_consultation.clone() };
        assert_eq!(concept::set_stage(db, &tenant.scope, staff, &extended).await.unwrap(), Some(1));
        assert_eq!(consultation::open_version(db, &tenant.scope, day_after).await.unwrap().map(|(_, n)| n), Some(1));
        assert_eq!(concept::versions::list(db, &tenant.scope).await.unwrap().len(), 1);
        let first = consultation::add(db, &tenant.scope, TODAY, 1, "ziel-1-1", resident, None, "Auch für Erwachsene?", "<p>Auch für Erwachsene?</p>").await.unwrap();
        consultation::add(db, &tenant.scope, TODAY, 1, "ziel-1-1", staff, None, "Danke", "<p>Danke</p>").await.unwrap();
        consultation::add(db, &tenant.scope, TODAY, 1, "leitbild-1", resident, None, "Schön", "<p>Schön</p>").await.unwrap();
        let counts = consultation::counts(db, &tenant.scope, 1).await.unwrap();
        assert_eq!((counts["ziel-1-1"].all, counts["ziel-1-1"].open, counts["leitbild-1"].all), (2, 2, 1));

        // The answer: its outcome and text stand under the comment, and the author hears of it.
        let answer = AnswerForm { outcome: "taken_up".into(), answer: "Wird ergänzt.".into() }.validate().unwrap();
        consultation::answer(db, &tenant.scope, staff, first, &answer, "<p>Wird ergänzt.</p>").await.unwrap();
        let comments = consultation::of_paragraph(db, &tenant.scope, 1, "ziel-1-1").await.unwrap();
        assert_eq!(comments.len(), 2);
        assert_eq!((comments[0].outcome, comments[0].answer_html.as_str()), (Outcome::TakenUp, "<p>Wird ergänzt.</p>"));
        assert_eq!(consultation::counts(db, &tenant.scope, 1).await.unwrap()["ziel-1-1"].open, 1);
        let (told, _) = store::notifications::inbox::list(db, resident, 1, 10).await.unwrap();
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].kind, NotificationKind::ConsultationAnswer);
        assert_eq!(told[0].consultation, Some((1, "ziel-1-1".to_owned(), first)));
        assert_eq!(consultation::place_of(db, &tenant.scope, first).await.unwrap(), Some((1, "ziel-1-1".to_owned())));

        // Moderation hides with a reason and shows it again; nothing is deleted.
        consultation::moderate(db, &tenant.scope, staff, first, Some("Persönliche Angaben")).await.unwrap();
        let hidden = &consultation::of_paragraph(db, &tenant.scope, 1, "ziel-1-1").await.unwrap()[0];
        assert_eq!(hidden.hidden_reason.as_deref(), Some("Persönliche Angaben"));
        consultation::moderate(db, &tenant.scope, staff, first, None).await.unwrap();
        assert!(consultation::of_paragraph(db, &tenant.scope, 1, "ziel-1-1").await.unwrap()[0].hidden_reason.is_none());

        // Another municipality reaches none of it.
        assert!(consultation::of_paragraph(db, &other.scope, 1, "ziel-1-1").await.unwrap().is_empty());
        assert!(consultation::place_of(db, &other.scope, first).await.unwrap().is_none());
        assert!(consultation::answer(db, &other.scope, staff, first, &answer, "").await.is_err());
        assert!(consultation::moderate(db, &other.scope, staff, first, Some("x")).await.is_err());
        assert!(consultation::add(db, &other.scope, TODAY, 1, "ziel-1-1", resident, None, "x", "x").await.is_err());

        // Adopted: version 1 takes no more comments, and keeps those it has.
        let adopted = StageForm { stage: "adopted".into(), decided_on: "2027-03-01".into(), decision_number: "DS 2027/9".into(), ..Default::default() }
            .validate(TODAY)
            .unwrap();
        concept::set_stage(db, &tenant.scope, staff, &adopted).await.unwrap();
        let versions = concept::versions::list(db, &tenant.scope).await.unwrap();
        assert_eq!((versions.len(), versions[0].stage.stage), (1, Stage::Adopted));
        assert_eq!(versions[0].stage.consultation_until, NaiveDate::from_ymd_opt(2027, 2, 28), "the period it had");
        let late = consultation::add(db, &tenant.scope, TODAY, 1, "leitbild-1", resident, None, "Zu spät", "").await;
        assert_eq!(late.unwrap_err().code(), "consultation-closed");
        assert_eq!(consultation::counts(db, &tenant.scope, 1).await.unwrap()["leitbild-1"].all, 1);
    }
}
