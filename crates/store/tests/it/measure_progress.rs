//! A measure's implementation: indicators with values, milestones, and
//! progress updates that set the measure's status and percent; the status
//! rules hold; nothing crosses to another municipality.

use chrono::NaiveDate;
use domain::concept::indicators::IndicatorForm;
use domain::concept::indicators::ValueForm;
use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::progress::{MilestoneForm, UpdateForm};
use domain::concept::quantity::Quantity;
use domain::concept::status::MeasureStatus;
use domain::ids::UserId;
use store::DatabaseConnection;
use store::concept::{indicators, measures, progress};
use store::tenancy::Tenant;
use store::testing::municipality_input as form;
use store::testing::person;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Musterstadt with a concept and one planned measure; returns (tenant, staff, measure).
async fn measure(db: &DatabaseConnection) -> (Tenant, UserId, i64) {
    let tenant = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
    let staff = person(db, 0).await;
    let (concept, goals) = super::concept::concept_with_goals(db, &tenant, staff).await;
    let choices = Choices { goals: &goals, ..Default::default() };
    let typed = MeasureForm { title: "Sprachcafé".into(), goals: vec![goals[0].to_string()], ..MeasureForm::blank() };
    let id = measures::create(db, &tenant.scope, staff, concept, &typed.validate(choices, None).unwrap(), "").await.unwrap();
    (tenant, staff, id)
}

both_backends! {
    async fn updates_move_the_measure_and_keep_its_rules(db: &DatabaseConnection) {
        let (tenant, staff, id) = measure(db).await;
        let today = day("2027-03-01");
        let update = |status: &str, percent: &str, on: &str, reason: &str| UpdateForm {
            on: on.into(),
            status: status.into(),
            percent: percent.into(),
            text: format!("Stand am {on}"),
            reason: reason.into(),
        };
        let first = update("running", "30", "2027-01-15", "").validate(MeasureStatus::Planned, today).unwrap();
        progress::post(db, &tenant.scope, staff, id, &first, "<p>Stand</p>").await.unwrap();
        // An update about an earlier day does not move the day of the latest.
        let earlier = update("paused", "30", "2026-12-01", "Keine Räume").validate(MeasureStatus::Running, today).unwrap();
        progress::post(db, &tenant.scope, staff, id, &earlier, "").await.unwrap();
        let stored = measures::get(db, &tenant.scope, id).await.unwrap().unwrap();
        assert_eq!((stored.details.status, stored.details.status_reason.as_str(), stored.percent), (MeasureStatus::Paused, "Keine Räume", 30));
        assert_eq!(stored.reported_on, Some(day("2027-01-15")));
        // Back to planning is refused by the store too, whatever the form said.
        let back = update("planned", "0", "2027-02-01", "").validate(MeasureStatus::Planned, today).unwrap();
        let refused = progress::post(db, &tenant.scope, staff, id, &back, "").await;
        assert_eq!(refused.unwrap_err().code(), "measure-status-started");
        let done = update("done", "100", "2027-02-20", "").validate(MeasureStatus::Paused, today).unwrap();
        progress::post(db, &tenant.scope, staff, id, &done, "").await.unwrap();
        let stored = measures::get(db, &tenant.scope, id).await.unwrap().unwrap();
        assert_eq!((stored.details.status, stored.details.status_reason.as_str(), stored.percent), (MeasureStatus::Done, "", 100));
        let list = progress::updates_of(db, &tenant.scope, &[id]).await.unwrap();
        assert_eq!(list.iter().map(|u| u.on.to_string()).collect::<Vec<_>>(), ["2027-02-20", "2027-01-15", "2026-12-01"]);
        assert_eq!(list[0].author.as_deref(), Some("Person 0"));

        // Another municipality cannot post on it or read its updates.
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        assert!(progress::post(db, &other.scope, staff, id, &first, "").await.is_err());
        assert!(progress::updates_of(db, &other.scope, &[id]).await.unwrap().is_empty());
    }

    async fn indicators_keep_their_values_in_order_of_the_day(db: &DatabaseConnection) {
        let (tenant, staff, id) = measure(db).await;
        let typed = IndicatorForm {
            name: "Teilnehmende je Monat".into(),
            unit: "Personen".into(),
            baseline: "12".into(),
            baseline_on: "2025-01-01".into(),
            target: "40".into(),
            target_on: "2028-12-31".into(),
            source: "Anwesenheitslisten".into(),
            direction: "higher".into(),
        };
        let indicator = indicators::add(db, &tenant.scope, staff, id, &typed.validate().unwrap()).await.unwrap();
        let second = IndicatorForm { name: "Anteil Väter".into(), unit: "%".into(), baseline: "10,5".into(), target: "25".into(), ..typed.clone() };
        let second = indicators::add(db, &tenant.scope, staff, id, &second.validate().unwrap()).await.unwrap();
        let today = day("2027-03-01");
        for (on, value) in [("2026-06-30", "22"), ("2025-06-30", "15"), ("2027-02-28", "26")] {
            let value = ValueForm { on: on.into(), value: value.into(), note: String::new() }.validate(today).unwrap();
            indicators::record_value(db, &tenant.scope, staff, indicator, &value).await.unwrap();
        }
        let list = indicators::of_measures(db, &tenant.scope, &[id]).await.unwrap();
        assert_eq!(list.iter().map(|i| i.id).collect::<Vec<_>>(), [indicator, second]);
        let series: Vec<(String, i64)> = list[0].values.iter().map(|v| (v.on.to_string(), v.value.0)).collect();
        assert_eq!(series, [("2025-06-30".into(), 1500), ("2026-06-30".into(), 2200), ("2027-02-28".into(), 2600)]);
        assert_eq!(list[0].details.progress(list[0].latest().unwrap().value), Some(50));
        assert_eq!(list[1].details.baseline, Quantity(1050));
        // A value recorded by mistake is removed; the target can be changed.
        indicators::remove_value(db, &tenant.scope, staff, indicator, list[0].values[0].id).await.unwrap();
        let changed = IndicatorForm { target: "50".into(), ..typed }.validate().unwrap();
        indicators::update(db, &tenant.scope, staff, indicator, &changed).await.unwrap();
        let stored = indicators::get(db, &tenant.scope, indicator).await.unwrap().unwrap();
        assert_eq!((stored.values.len(), stored.details.target), (2, Quantity::whole(50)));
        // The summary keeps the latest day's value, also when that one is removed.
        let latest = |summaries: Vec<indicators::Summary>| summaries.into_iter().find(|s| s.id == indicator).unwrap().latest;
        assert_eq!(latest(indicators::summaries(db, &tenant.scope, Some(&[id])).await.unwrap()), Some((day("2027-02-28"), Quantity::whole(26))));
        indicators::remove_value(db, &tenant.scope, staff, indicator, stored.values[1].id).await.unwrap();
        assert_eq!(latest(indicators::summaries(db, &tenant.scope, None).await.unwrap()), Some((day("2026-06-30"), Quantity::whole(22))));
        let stored = indicators::get(db, &tenant.scope, indicator).await.unwrap().unwrap();

        // Milestones by due day, ticked and unticked.
        let late = MilestoneForm { title: "Abschlussfest".into(), due_on: "2027-12-01".into() }.validate().unwrap();
        let early = MilestoneForm { title: "Räume gefunden".into(), due_on: "2027-04-01".into() }.validate().unwrap();
        let late = progress::add_milestone(db, &tenant.scope, staff, id, &late).await.unwrap();
        let early = progress::add_milestone(db, &tenant.scope, staff, id, &early).await.unwrap();
        progress::set_reached(db, &tenant.scope, staff, id, early, Some(day("2027-03-20"))).await.unwrap();
        let milestones = progress::milestones_of(db, &tenant.scope, &[id]).await.unwrap();
        assert_eq!(milestones.iter().map(|m| (m.id, m.reached_on.is_some())).collect::<Vec<_>>(), [(early, true), (late, false)]);

        // Another municipality reaches none of it.
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        assert!(indicators::get(db, &other.scope, indicator).await.unwrap().is_none());
        assert!(indicators::of_measures(db, &other.scope, &[id]).await.unwrap().is_empty());
        let value = ValueForm { on: "2027-01-01".into(), value: "1".into(), note: String::new() }.validate(today).unwrap();
        assert!(indicators::record_value(db, &other.scope, staff, indicator, &value).await.is_err());
        assert!(indicators::remove_value(db, &other.scope, staff, indicator, stored.values[0].id).await.is_err());
        assert!(indicators::add(db, &other.scope, staff, id, &changed).await.is_err());
        assert!(progress::set_reached(db, &other.scope, staff, id, late, None).await.is_err());
        assert!(progress::milestones_of(db, &other.scope, &[id]).await.unwrap().is_empty());
    }

    async fn reports_tell_followers_and_the_people_behind_its_ideas_once_each(db: &DatabaseConnection) {
        use domain::notifications::NotificationKind;
        use domain::participation::ideas::NewIdea;
        use store::notifications::follows::{self, Target};
        let (tenant, staff, id) = measure(db).await;
        let (author, supporter, follower, both) = (person(db, 1).await, person(db, 2).await, person(db, 3).await, person(db, 4).await);
        let process = store::participation::processes::create(db, &tenant.scope, None, &store::testing::process_input(), "").await.unwrap();
        let typed = NewIdea { title: "Sprachcafé".into(), body: "Ein Vorschlag mit genug Text.".into(), action_field: None, neighbourhood: None, organisation: None };
        let idea = store::participation::ideas::create(db, &tenant.scope, process, author, &typed, "").await.unwrap();
        for who in [supporter, both] {
            store::participation::ideas::support(db, idea, who).await.unwrap();
        }
        for who in [follower, both] {
            follows::follow(db, &tenant.scope, Target::Measure(id), who).await.unwrap();
        }
        store::concept::sources::take_up(db, &tenant.scope, staff, id, idea).await.unwrap();
        let told = |user| async move {
            let (list, _) = store::notifications::inbox::list(db, user, 1, 50).await.unwrap();
            list.into_iter().filter(|n| n.kind == NotificationKind::MeasureUpdate).map(|n| n.measure.unwrap().0).collect::<Vec<_>>()
        };
        let report = UpdateForm { on: "2027-01-15".into(), status: "running".into(), percent: "20".into(), text: "Los geht's".into(), reason: String::new() };
        let report = report.validate(MeasureStatus::Planned, day("2027-03-01")).unwrap();
        // A draft concept tells nobody.
        progress::post(db, &tenant.scope, staff, id, &report, "").await.unwrap();
        assert!(told(follower).await.is_empty());
        let adopted = domain::concept::stage::StageForm { stage: "adopted".into(), decided_on: "2025-06-26".into(), decision_number: "DS 1".into(), ..Default::default() };
        store::concept::set_stage(db, &tenant.scope, staff, &adopted.validate(chrono::Utc::now().date_naive()).unwrap()).await.unwrap();
        progress::post(db, &tenant.scope, staff, id, &report, "").await.unwrap();
        for who in [author, supporter, follower, both] {
            assert_eq!(told(who).await, [id], "{who:?} is told once");
        }
        assert!(told(staff).await.is_empty(), "not the one who reported");
        // Someone who stops following is told no more.
        follows::unfollow(db, Target::Measure(id), follower).await.unwrap();
        progress::post(db, &tenant.scope, staff, id, &report, "").await.unwrap();
        assert_eq!(told(follower).await.len(), 1);
        assert_eq!(told(author).await.len(), 2);
        let followed = follows::followed_by(db, both).await.unwrap();
        assert!(followed.iter().any(|f| f.target == Target::Measure(id) && f.title == "Sprachcafé"));
    }

    async fn good_practice_reaches_the_library_only_from_a_public_concept(db: &DatabaseConnection) {
        use domain::concept::practice::PracticeForm;
        let (tenant, staff, id) = measure(db).await;
        let typed = PracticeForm { marked: "yes".into(), worked: "Kinderbetreuung".into(), cost: String::new(), contact: "Integrationsbüro".into() };
        let practice = typed.validate().unwrap();
        store::concept::practice::set(db, &tenant.scope, staff, id, practice.as_ref()).await.unwrap();
        assert_eq!(measures::get(db, &tenant.scope, id).await.unwrap().unwrap().practice, practice);
        assert!(store::concept::practice::library(db).await.unwrap().is_empty(), "a draft concept's measures are not shown");
        let adopted = domain::concept::stage::StageForm { stage: "adopted".into(), decided_on: "2025-06-26".into(), decision_number: "DS 1".into(), ..Default::default() };
        store::concept::set_stage(db, &tenant.scope, staff, &adopted.validate(chrono::Utc::now().date_naive()).unwrap()).await.unwrap();
        let library = store::concept::practice::library(db).await.unwrap();
        assert_eq!(library.len(), 1);
        assert_eq!((library[0].0, library[0].1, library[0].4.contact.as_str()), (tenant.scope.id().0, id, "Integrationsbüro"));
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        assert!(store::concept::practice::set(db, &other.scope, staff, id, None).await.is_err());
        store::concept::practice::set(db, &tenant.scope, staff, id, None).await.unwrap();
        assert!(store::concept::practice::library(db).await.unwrap().is_empty());
    }
}

both_backends! {
    async fn every_change_counts_in_its_own_concepts_revision(db: &DatabaseConnection) {
        let (tenant, staff, id) = measure(db).await;
        let other = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_000)).await.unwrap();
        let other_staff = person(db, 1).await;
        crate::concept::concept_with_goals(db, &other, other_staff).await;
        let revision = |scope| async move { store::concept::get(db, scope).await.unwrap().unwrap().revision };
        let (before, others_before) = (revision(&tenant.scope).await, revision(&other.scope).await);
        assert!(before > 0, "writing the concept and its measure counted");
        let today = day("2027-03-01");
        let report = UpdateForm { on: "2027-01-15".into(), status: "running".into(), percent: "30".into(), text: "Los".into(), reason: String::new() };
        progress::post(db, &tenant.scope, staff, id, &report.validate(MeasureStatus::Planned, today).unwrap(), "").await.unwrap();
        assert_eq!(revision(&tenant.scope).await, before + 1);
        let milestone = MilestoneForm { title: "Räume gefunden".into(), due_on: "2027-04-01".into() }.validate().unwrap();
        let milestone = progress::add_milestone(db, &tenant.scope, staff, id, &milestone).await.unwrap();
        progress::set_reached(db, &tenant.scope, staff, id, milestone, Some(day("2027-02-01"))).await.unwrap();
        assert_eq!(revision(&tenant.scope).await, before + 3);
        // A write refused for the other municipality counts nowhere.
        assert!(progress::set_reached(db, &other.scope, other_staff, id, milestone, None).await.is_err());
        assert_eq!(revision(&tenant.scope).await, before + 3);
        assert_eq!(revision(&other.scope).await, others_before);
    }
}
