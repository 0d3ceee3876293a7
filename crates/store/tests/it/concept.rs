//! The concept: texts and stage, fields and goals, measures with their lists;
//! numbered per concept; only the municipality's own goals, people,
//! organisations and neighbourhoods; nothing crosses to another municipality.

use domain::accounts::{MunicipalRole, Role};
use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::stage::{Stage, StageForm};
use domain::concept::status::MeasureStatus;
use domain::concept::structure::{FieldForm, GoalForm};
use domain::concept::texts::TextsForm;
use domain::ids::UserId;
use domain::money::Money;
use domain::organisations::{NewOrganisation, OrganisationKind};
use store::DatabaseConnection;
use store::concept::{self, choices, measures, outline};
use store::tenancy::Tenant;
use store::testing::municipality_input as form;
use store::testing::person;

async fn organisation(db: &DatabaseConnection, tenant: &Tenant, name: &str, verified: bool) -> i64 {
    let input = NewOrganisation {
        name: name.into(),
        kind: OrganisationKind::Association,
        description: String::new(),
        website: None,
        contact_email: String::new(),
        languages: String::new(),
        topics: Vec::new(),
    };
    let id = store::organisations::create(db, &tenant.scope, None, &input, "").await.unwrap();
    if verified {
        store::organisations::set_verified(db, &tenant.scope, id, None, true).await.unwrap();
    }
    id
}

/// A concept with one field and two goals; returns (concept, goals).
pub(crate) async fn concept_with_goals(db: &DatabaseConnection, tenant: &Tenant, staff: UserId) -> (i64, Vec<i64>) {
    let texts =
        TextsForm { title: "Gelebte Vielfalt".into(), vision: "Alle gehören dazu.".into(), ..Default::default() }.validate().unwrap();
    let id = concept::save_texts(db, &tenant.scope, staff, &texts, "", "<p>Alle gehören dazu.</p>").await.unwrap();
    let field = FieldForm { name: "Sprache & Bildung".into(), analysis: "Ein Drittel …".into() }.validate().unwrap();
    let field = outline::add_field(db, &tenant.scope, staff, id, &field, "<p>Ein Drittel …</p>").await.unwrap();
    let mut goals = Vec::new();
    for title in ["Deutsch lernen von Anfang an", "Eltern einbeziehen"] {
        let goal = GoalForm { title: title.into(), ..Default::default() }.validate().unwrap();
        goals.push(outline::add_goal(db, &tenant.scope, staff, field, &goal, "").await.unwrap());
    }
    (id, goals)
}

both_backends! {
    async fn a_concept_grows_from_texts_to_fields_goals_and_stages(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let staff = person(db, 0).await;
        assert!(concept::get(db, &tenant.scope).await.unwrap().is_none());
        let (id, goals) = concept_with_goals(db, &tenant, staff).await;
        let stored = concept::get(db, &tenant.scope).await.unwrap().unwrap();
        assert_eq!((stored.id, stored.texts.title.as_str(), stored.stage.stage), (id, "Gelebte Vielfalt", Stage::Draft));
        // Saving the texts again changes the same concept.
        let texts = TextsForm { title: "Gelebte Vielfalt in Musterstadt".into(), ..Default::default() }.validate().unwrap();
        assert_eq!(concept::save_texts(db, &tenant.scope, staff, &texts, "", "").await.unwrap(), id);
        let fields = outline::outline(db, &tenant.scope, id).await.unwrap();
        assert_eq!(fields.len(), 1);
        assert_eq!(fields[0].goals.iter().map(|g| g.id).collect::<Vec<_>>(), goals);
        assert_eq!(fields[0].analysis_html, "<p>Ein Drittel …</p>");
        // Adopted with the council's decision.
        let adopted = StageForm { stage: "adopted".into(), decided_on: "2025-06-26".into(), decision_number: "DS 2025/117".into(), ..Default::default() };
        concept::set_stage(db, &tenant.scope, staff, &adopted.validate(chrono::Utc::now().date_naive()).unwrap()).await.unwrap();
        let stored = concept::get(db, &tenant.scope).await.unwrap().unwrap();
        assert_eq!(stored.stage.decision.unwrap().number, "DS 2025/117");
        // Another municipality reaches none of it.
        assert!(concept::get(db, &other.scope).await.unwrap().is_none());
        assert!(outline::outline(db, &other.scope, id).await.unwrap().is_empty());
        let goal = GoalForm { title: "Fremd".into(), ..Default::default() }.validate().unwrap();
        assert!(outline::add_goal(db, &other.scope, staff, fields[0].id, &goal, "").await.is_err());
        assert!(outline::update_goal(db, &other.scope, staff, goals[0], &goal, "").await.is_err());
        let field = FieldForm { name: "Fremd".into(), ..Default::default() }.validate().unwrap();
        assert!(outline::add_field(db, &other.scope, staff, id, &field, "").await.is_err());
        assert!(concept::set_stage(db, &other.scope, staff, &adopted.validate(chrono::Utc::now().date_naive()).unwrap()).await.is_err());
    }

    async fn measures_are_numbered_and_keep_their_lists(db: &DatabaseConnection) {
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let staff = person(db, 0).await;
        let owner = person(db, 1).await;
        store::accounts::assign_role(db, None, owner, tenant.scope.id(), Role::Municipal(MunicipalRole::MeasureOwner)).await.unwrap();
        let verein = organisation(db, &tenant, "Interkultureller Verein", true).await;
        let schule = organisation(db, &tenant, "Grundschule am Markt", true).await;
        organisation(db, &tenant, "Noch nicht geprüft", false).await;
        store::participation::processes::add_neighbourhoods(db, &tenant.scope, None, &["Nordstadt".to_owned()]).await.unwrap();
        let (id, goals) = concept_with_goals(db, &tenant, staff).await;

        let offered = choices::measure_choices(db, &tenant.scope).await.unwrap();
        assert_eq!(offered.owners.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(), ["Person 1"]);
        assert_eq!(offered.organisations.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(), ["Grundschule am Markt", "Interkultureller Verein"], "verified only");
        let (owners, orgs, places) = (offered.owner_ids(), offered.organisation_ids(), offered.neighbourhood_ids());
        let choices = Choices { goals: &goals, owners: &owners, organisations: &orgs, neighbourhoods: &places };
        let typed = MeasureForm {
            title: "Sprachcafé in der Stadtbibliothek".into(),
            goals: vec![goals[1].to_string(), goals[0].to_string()],
            owner: owner.0.to_string(),
            lead_organisation: verein.to_string(),
            partners: vec![schule.to_string()],
            neighbourhoods: places.iter().map(i64::to_string).collect(),
            cost: "4.500".into(),
            ..MeasureForm::blank()
        };
        let measure = typed.validate(choices, None).unwrap();
        let first = measures::create(db, &tenant.scope, staff, id, &measure, "").await.unwrap();
        let second = measures::create(db, &tenant.scope, staff, id, &MeasureForm { title: "Elterncafé".into(), ..typed.clone() }.validate(choices, None).unwrap(), "").await.unwrap();
        let stored = measures::get(db, &tenant.scope, first).await.unwrap().unwrap();
        assert_eq!(stored.details, measure);
        assert_eq!((stored.number, stored.owner_name.as_deref(), stored.lead_organisation_name.as_deref()), (1, Some("Person 1"), Some("Interkultureller Verein")));
        assert_eq!(stored.details.cost, Some(Money(450_000)));
        let list = measures::list(db, &tenant.scope, id).await.unwrap();
        assert_eq!(list.iter().map(|m| (m.id, m.number)).collect::<Vec<_>>(), [(first, 1), (second, 2)]);
        assert_eq!(list[0].goal_id, goals[1], "the main goal is the first chosen");

        // Dropped, with its reason; the lists are written anew.
        let dropped = MeasureForm { status: "dropped".into(), status_reason: "Keine Räume".into(), partners: Vec::new(), ..typed };
        let dropped = dropped.validate(choices, Some(stored.details.status)).unwrap();
        measures::update(db, &tenant.scope, staff, first, &dropped, "").await.unwrap();
        let stored = measures::get(db, &tenant.scope, first).await.unwrap().unwrap();
        assert_eq!((stored.details.status, stored.details.status_reason.as_str()), (MeasureStatus::Dropped, "Keine Räume"));
        assert!(stored.details.partners.is_empty());

        // Another municipality cannot read or change it, nor use these goals.
        assert!(measures::get(db, &other.scope, first).await.unwrap().is_none());
        assert!(measures::update(db, &other.scope, staff, first, &dropped, "").await.is_err());
        assert!(measures::list(db, &other.scope, id).await.unwrap().is_empty());
        let texts = TextsForm { title: "Anderswo".into(), ..Default::default() }.validate().unwrap();
        let theirs = concept::save_texts(db, &other.scope, staff, &texts, "", "").await.unwrap();
        assert!(measures::create(db, &other.scope, staff, theirs, &dropped, "").await.is_err(), "goals of another concept");
    }

    async fn an_idea_taken_up_names_its_measure_and_is_answered(db: &DatabaseConnection) {
        use domain::participation::ideas::{IdeaStatus, NewIdea};
        use store::concept::sources;
        let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let staff = person(db, 0).await;
        let author = person(db, 1).await;
        let process = store::participation::processes::create(db, &tenant.scope, None, &store::testing::process_input(), "").await.unwrap();
        let new_idea = |title: &str| NewIdea { title: title.into(), body: "Ein Vorschlag mit genug Text.".into(), action_field: None, neighbourhood: None, organisation: None };
        let idea = store::participation::ideas::create(db, &tenant.scope, process, author, &new_idea("Sprachcafé"), "").await.unwrap();
        let partly = store::participation::ideas::create(db, &tenant.scope, process, author, &new_idea("Elterncafé"), "").await.unwrap();
        store::participation::ideas::answer(db, &tenant.scope, staff, partly, IdeaStatus::PartlyTakenUp, Some("Nur dienstags"), None).await.unwrap();
        let (concept, goals) = concept_with_goals(db, &tenant, staff).await;
        let typed = MeasureForm { title: "Sprachcafé".into(), goals: vec![goals[0].to_string()], ..MeasureForm::blank() };
        let measure = typed.validate(Choices { goals: &goals, ..Default::default() }, None).unwrap();
        let id = measures::create(db, &tenant.scope, staff, concept, &measure, "").await.unwrap();

        assert!(sources::take_up(db, &tenant.scope, staff, id, idea).await.unwrap());
        assert!(!sources::take_up(db, &tenant.scope, staff, id, idea).await.unwrap(), "once");
        assert!(sources::take_up(db, &tenant.scope, staff, id, partly).await.unwrap());
        let status = |idea| async move { store::participation::ideas::get(db, &tenant.scope, idea).await.unwrap().unwrap() };
        assert_eq!(status(idea).await.summary.status, IdeaStatus::TakenUp);
        let kept = status(partly).await;
        assert_eq!((kept.summary.status, kept.status_reason.as_deref()), (IdeaStatus::PartlyTakenUp, Some("Nur dienstags")), "partly stays partly");
        let links = sources::of_idea(db, &tenant.scope, idea).await.unwrap();
        assert_eq!(links.iter().map(|m| (m.id, m.number, m.public)).collect::<Vec<_>>(), [(id, 1, false)], "the concept is still a draft");
        let came_from: Vec<i64> = sources::of_measure(db, &tenant.scope, id).await.unwrap().iter().map(|i| i.id).collect();
        assert_eq!(came_from, [idea, partly]);
        // The author follows their idea and is told.
        let (told, _) = store::notifications::inbox::list(db, author, 1, 10).await.unwrap();
        assert!(told.iter().any(|n| n.kind == domain::notifications::NotificationKind::Answer), "{told:?}");

        // Another municipality neither takes up this idea nor reaches the links.
        assert!(sources::take_up(db, &other.scope, staff, id, idea).await.is_err());
        assert!(sources::of_idea(db, &other.scope, idea).await.unwrap().is_empty());
        assert!(sources::of_measure(db, &other.scope, id).await.unwrap().is_empty());
    }
}
