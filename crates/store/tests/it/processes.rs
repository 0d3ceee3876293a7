//! Changing a process: texts, phases and action fields, audited; ideas keep
//! their action field when it is renamed.

use domain::participation::phases::PhaseKind;
use store::DatabaseConnection;
use store::testing::{municipality_input as form, process_input};

both_backends! {
    async fn a_process_is_changed_and_its_action_fields_are_renamed_in_place(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Hier", "hier", 20_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Dort", "dort", 20_000)).await.unwrap();
        let id = store::participation::processes::create(db, &tenant.scope, None, &process_input(), "<p>Lang.</p>").await.unwrap();
        let before = store::participation::processes::by_id(db, &tenant.scope, id).await.unwrap().unwrap();

        let mut changed = process_input();
        changed.title = "Vielfalt gemeinsam gestalten".into();
        changed.action_fields = vec!["Sprache, Bildung & Schule".into(), "Wohnen & Nachbarschaft".into(), "Gesundheit".into()];
        let today = chrono::Utc::now().date_naive();
        for phase in &mut changed.phases {
            if phase.kind == PhaseKind::Drafting {
                phase.starts_on = Some(today + chrono::TimeDelta::days(40));
                phase.ends_on = Some(today + chrono::TimeDelta::days(90));
            }
        }
        // Another municipality's scope does not reach it.
        assert!(store::participation::processes::update(db, &other.scope, None, id, &changed, "<p>x</p>").await.is_err());
        store::participation::processes::update(db, &tenant.scope, None, id, &changed, "<p>Neu.</p>").await.unwrap();

        let after = store::participation::processes::by_id(db, &tenant.scope, id).await.unwrap().unwrap();
        assert_eq!(after.title, "Vielfalt gemeinsam gestalten");
        assert_eq!(after.slug, before.slug, "the address stays");
        assert_eq!(after.description_html, "<p>Neu.</p>");
        assert_eq!(after.action_fields.len(), 3);
        assert_eq!(after.action_fields[0].id, before.action_fields[0].id, "renamed in place");
        assert_eq!(after.action_fields[0].name, "Sprache, Bildung & Schule");
        assert_eq!(after.action_fields[2].name, "Gesundheit");
        let drafting = after.phases.iter().find(|p| p.kind == PhaseKind::Drafting).unwrap();
        assert_eq!(drafting.starts_on, Some(today + chrono::TimeDelta::days(40)));
        assert_eq!(after.phases.len(), before.phases.len());

        let log = store::audit::recent(db, Some(tenant.scope.id()), 10).await.unwrap();
        let entry = log.iter().find(|r| r.action == "participation.process.update").expect("audited");
        assert!(entry.before.as_ref().unwrap().to_string().contains("Vielfalt gestalten"));
        assert!(entry.after.as_ref().unwrap().to_string().contains("Gesundheit"));
    }
}
