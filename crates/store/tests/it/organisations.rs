use domain::ids::UserId;
use domain::organisations::{MemberRole, NewOrganisation, OrganisationKind};
use domain::participation::processes::ProcessForm;
use sea_orm::{ConnectionTrait, Statement};
use store::organisations::{self as orgs, DirectoryFilter};
use store::tenancy::Tenant;
use store::{DatabaseConnection, StoreError};

use crate::tenancy::form;

const LANGUAGE: &str = "Sprache & Bildung";
const WORK: &str = "Arbeit & Ausbildung";

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str) -> Tenant {
    store::tenancy::create_municipality(db, None, &form(name, slug, 20_000)).await.unwrap()
}

async fn user(db: &DatabaseConnection, email: &str, name: &str) -> UserId {
    let input =
        store::accounts::NewUser { email, display_name: name, password_hash: "$argon2id$test", locale: "de", email_confirmed: true };
    store::accounts::create_user(db, input).await.unwrap()
}

async fn process(db: &DatabaseConnection, tenant: &Tenant, slug: &str, fields: &[&str]) {
    let input = ProcessForm {
        title: format!("Vielfaltsstrategie {slug}"),
        slug: slug.into(),
        summary: "Gemeinsam entwickeln wir die Strategie.".into(),
        action_fields: fields.join("\n"),
        ..ProcessForm::default()
    }
    .validate()
    .unwrap();
    store::participation::processes::create(db, &tenant.scope, None, &input, "").await.unwrap();
}

fn profile(name: &str, kind: OrganisationKind, topics: &[&str]) -> NewOrganisation {
    NewOrganisation {
        name: name.into(),
        kind,
        description: format!("Über {name}"),
        website: None,
        contact_email: "kontakt@example.org".into(),
        languages: "Deutsch, Türkçe".into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
    }
}

async fn organisation(
    db: &DatabaseConnection,
    tenant: &Tenant,
    name: &str,
    kind: OrganisationKind,
    topics: &[&str],
    verified: bool,
) -> i64 {
    let id = orgs::create(db, &tenant.scope, None, &profile(name, kind, topics), "<p>…</p>").await.unwrap();
    if verified {
        orgs::set_verified(db, &tenant.scope, id, None, true).await.unwrap();
    }
    id
}

fn names(directory: &orgs::Directory) -> Vec<&str> {
    directory.items.iter().map(|o| o.name.as_str()).collect()
}

fn kind_count(directory: &orgs::Directory, kind: OrganisationKind) -> u64 {
    directory.kinds.iter().find(|(k, _)| *k == kind).map(|(_, n)| *n).unwrap()
}

both_backends! {
    async fn the_directory_lists_verified_organisations_of_its_municipality_in_german_order_with_counts(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        organisation(db, &a, "Ökumenischer Kreis", OrganisationKind::Institution, &[LANGUAGE], true).await;
        organisation(db, &a, "Arbeitskreis Asyl", OrganisationKind::Association, &[LANGUAGE, WORK], true).await;
        organisation(db, &a, "Zukunftswerkstatt", OrganisationKind::Association, &[WORK], false).await;
        organisation(db, &a, "Bäckerei Yıldız", OrganisationKind::Business, &[WORK], true).await;
        organisation(db, &b, "Sportverein Beispielheim", OrganisationKind::Association, &[WORK], true).await;

        let all = orgs::directory(db, &a.scope, &DirectoryFilter::default(), 1, 20).await.unwrap();
        assert_eq!(names(&all), ["Arbeitskreis Asyl", "Bäckerei Yıldız", "Ökumenischer Kreis"], "verified only, Ö sorts as O");
        assert_eq!(all.total, 3);
        assert_eq!(kind_count(&all, OrganisationKind::Association), 1, "the unverified one and Beispielheim's are not counted");
        assert_eq!(kind_count(&all, OrganisationKind::School), 0);
        assert_eq!(all.topics, [(WORK.to_owned(), 2), (LANGUAGE.to_owned(), 2)]);
        assert_eq!(all.items[0].topics, [WORK, LANGUAGE]);

        let associations = DirectoryFilter { kind: Some(OrganisationKind::Association), topic: None };
        let r = orgs::directory(db, &a.scope, &associations, 1, 20).await.unwrap();
        assert_eq!(names(&r), ["Arbeitskreis Asyl"]);
        assert_eq!(kind_count(&r, OrganisationKind::Business), 1, "kind counts ignore the kind filter");
        assert_eq!(r.topics, [(WORK.to_owned(), 1), (LANGUAGE.to_owned(), 1)], "topic counts follow the kind filter");

        let work = DirectoryFilter { kind: None, topic: Some(WORK.into()) };
        let r = orgs::directory(db, &a.scope, &work, 1, 20).await.unwrap();
        assert_eq!(names(&r), ["Arbeitskreis Asyl", "Bäckerei Yıldız"]);
        assert_eq!(kind_count(&r, OrganisationKind::Institution), 0, "kind counts follow the topic filter");
        assert_eq!(r.topics.len(), 2, "topic counts ignore the topic filter");

        let page_two = orgs::directory(db, &a.scope, &DirectoryFilter::default(), 2, 2).await.unwrap();
        assert_eq!(names(&page_two), ["Ökumenischer Kreis"]);
        assert_eq!(page_two.total, 3);
        let beyond = orgs::directory(db, &a.scope, &DirectoryFilter::default(), 9, 2).await.unwrap();
        assert!(beyond.items.is_empty());

        let theirs = orgs::directory(db, &b.scope, &DirectoryFilter::default(), 1, 20).await.unwrap();
        assert_eq!(names(&theirs), ["Sportverein Beispielheim"]);
    }

    async fn topics_to_choose_are_the_distinct_action_fields_of_the_municipalitys_processes(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        assert!(orgs::topic_choices(db, &a.scope).await.unwrap().is_empty());
        process(db, &a, "strategie-2026", &[LANGUAGE, WORK, "Gesundheit"]).await;
        process(db, &a, "jugend", &["Gesundheit", "Jugend"]).await;
        process(db, &b, "beispiel", &["Wohnen"]).await;
        assert_eq!(orgs::topic_choices(db, &a.scope).await.unwrap(), [LANGUAGE, WORK, "Gesundheit", "Jugend"]);
        assert_eq!(orgs::topic_choices(db, &b.scope).await.unwrap(), ["Wohnen"]);
    }

    async fn another_municipality_cannot_reach_an_organisation(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let creator = user(db, "verein@example.org", "Verein").await;
        let id = orgs::create(db, &a.scope, Some(creator), &profile("Verein", OrganisationKind::Association, &[]), "").await.unwrap();
        assert!(orgs::get(db, &a.scope, id).await.unwrap().is_some());
        assert!(orgs::get(db, &b.scope, id).await.unwrap().is_none());
        assert!(orgs::members(db, &b.scope, id).await.unwrap().is_empty());
        assert_eq!(orgs::role_of(db, &b.scope, id, creator).await.unwrap(), None);
        assert_eq!(orgs::role_of(db, &a.scope, id, creator).await.unwrap(), Some(MemberRole::Admin), "the creator is its admin");
        assert!(matches!(orgs::set_verified(db, &b.scope, id, None, true).await, Err(StoreError::NotFound)));
        assert!(matches!(orgs::invite(db, &b.scope, id, None, "x@example.org", MemberRole::Member, "t").await, Err(StoreError::NotFound)));
        assert!(matches!(orgs::update(db, &b.scope, id, None, &profile("Gekapert", OrganisationKind::Other, &[]), "").await, Err(StoreError::NotFound)));
        assert_eq!(orgs::get(db, &a.scope, id).await.unwrap().unwrap().name, "Verein");
        assert!(!orgs::get(db, &a.scope, id).await.unwrap().unwrap().is_verified());
    }

    async fn verifying_is_audited_once_and_can_be_withdrawn(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let coordinator = user(db, "k@example.org", "Koordination").await;
        let id = organisation(db, &a, "Verein", OrganisationKind::Association, &[], false).await;
        orgs::set_verified(db, &a.scope, id, Some(coordinator), true).await.unwrap();
        orgs::set_verified(db, &a.scope, id, Some(coordinator), true).await.unwrap();
        assert!(orgs::get(db, &a.scope, id).await.unwrap().unwrap().is_verified());
        let log = store::audit::recent(db, Some(a.scope.id()), 10).await.unwrap();
        assert_eq!(log.iter().filter(|e| e.action == "organisations.organisation.verify").count(), 1, "verifying twice changes nothing");
        assert_eq!(log[0].actor, Some(coordinator));
        orgs::set_verified(db, &a.scope, id, Some(coordinator), false).await.unwrap();
        assert!(!orgs::get(db, &a.scope, id).await.unwrap().unwrap().is_verified());
        assert_eq!(store::audit::recent(db, Some(a.scope.id()), 1).await.unwrap()[0].action, "organisations.organisation.unverify");
        assert!(orgs::directory(db, &a.scope, &DirectoryFilter::default(), 1, 20).await.unwrap().items.is_empty());
    }

    async fn an_invitation_link_works_once_in_its_municipality_and_expires(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let b = municipality(db, "Beispielheim", "beispielheim").await;
        let admin = user(db, "verein@example.org", "Vorstand").await;
        let invited = user(db, "neu@example.org", "Neues Mitglied").await;
        let id = orgs::create(db, &a.scope, Some(admin), &profile("Verein", OrganisationKind::Association, &[]), "").await.unwrap();
        orgs::invite(db, &a.scope, id, Some(admin), "Neu@Example.org", MemberRole::Member, "first-token").await.unwrap();
        // Inviting again replaces the first link (and may change the role).
        orgs::invite(db, &a.scope, id, Some(admin), "neu@example.org", MemberRole::Admin, "second-token").await.unwrap();
        assert!(orgs::peek_invitation(db, &a.scope, "first-token").await.unwrap().is_none());
        let invitation = orgs::peek_invitation(db, &a.scope, "second-token").await.unwrap().unwrap();
        assert_eq!((invitation.email.as_str(), invitation.role, invitation.organisation_name.as_str()), ("neu@example.org", MemberRole::Admin, "Verein"));
        assert!(orgs::peek_invitation(db, &b.scope, "second-token").await.unwrap().is_none(), "not through another municipality");
        let members = orgs::members(db, &a.scope, id).await.unwrap();
        assert_eq!(members.len(), 2);
        assert!(members[1].is_pending());

        assert_eq!(orgs::accept_invitation(db, &a.scope, "second-token", invited).await.unwrap(), Some(id));
        assert_eq!(orgs::accept_invitation(db, &a.scope, "second-token", invited).await.unwrap(), None, "single use");
        assert_eq!(orgs::role_of(db, &a.scope, id, invited).await.unwrap(), Some(MemberRole::Admin));
        let err = orgs::invite(db, &a.scope, id, Some(admin), "NEU@example.org", MemberRole::Member, "third").await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict("organisation-already-member")), "{err:?}");
        let memberships = orgs::memberships_of(db, invited).await.unwrap();
        assert_eq!(memberships.len(), 1);
        assert_eq!((memberships[0].name.as_str(), memberships[0].municipality_slug.as_str(), memberships[0].role), ("Verein", "musterstadt", MemberRole::Admin));

        // An old invitation no longer works.
        orgs::invite(db, &a.scope, id, Some(admin), "spaet@example.org", MemberRole::Member, "old-token").await.unwrap();
        let long_ago = store::now() - chrono::TimeDelta::days(domain::organisations::INVITATION_DAYS + 1);
        let sql = match db.get_database_backend() {
            sea_orm::DbBackend::Postgres => "UPDATE organisation_members SET invited_at = $1 WHERE user_id IS NULL",
            _ => "UPDATE organisation_members SET invited_at = ? WHERE user_id IS NULL",
        };
        db.execute_raw(Statement::from_sql_and_values(db.get_database_backend(), sql, [long_ago.into()])).await.unwrap();
        assert!(orgs::peek_invitation(db, &a.scope, "old-token").await.unwrap().is_none());
        assert_eq!(orgs::accept_invitation(db, &a.scope, "old-token", invited).await.unwrap(), None);
        assert!(orgs::memberships_of(db, admin).await.unwrap().iter().all(|m| !m.verified));
    }

    async fn the_last_admin_stays_even_when_two_admins_remove_each_other_at_once(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let first = user(db, "eins@example.org", "Eins").await;
        let second = user(db, "zwei@example.org", "Zwei").await;
        let member = user(db, "drei@example.org", "Drei").await;
        let id = orgs::create(db, &a.scope, Some(first), &profile("Verein", OrganisationKind::Association, &[]), "").await.unwrap();
        orgs::invite(db, &a.scope, id, Some(first), "zwei@example.org", MemberRole::Admin, "t2").await.unwrap();
        orgs::accept_invitation(db, &a.scope, "t2", second).await.unwrap().unwrap();
        orgs::invite(db, &a.scope, id, Some(first), "drei@example.org", MemberRole::Member, "t3").await.unwrap();
        orgs::accept_invitation(db, &a.scope, "t3", member).await.unwrap().unwrap();
        let members = orgs::members(db, &a.scope, id).await.unwrap();
        let row = |u: UserId| members.iter().find(|m| m.user == Some(u)).unwrap().id;
        // A member (not an admin) can always go.
        orgs::remove_member(db, &a.scope, id, row(member), Some(first)).await.unwrap();

        let remove = |member_id: i64, actor: UserId| {
            let db = db.clone();
            let scope = a.scope;
            tokio::spawn(async move {
                let txn = store::begin_write(&db).await.unwrap();
                let result = orgs::remove_member(&txn, &scope, id, member_id, Some(actor)).await;
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                txn.commit().await.unwrap();
                result
            })
        };
        let (x, y) = tokio::join!(remove(row(first), second), remove(row(second), first));
        let results = [x.unwrap(), y.unwrap()];
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        assert!(results.iter().any(|r| matches!(r, Err(StoreError::Conflict("organisation-last-admin")))));
        let left = orgs::members(db, &a.scope, id).await.unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].role, MemberRole::Admin);
        assert!(matches!(orgs::remove_member(db, &a.scope, id, left[0].id, None).await, Err(StoreError::Conflict("organisation-last-admin"))));
        assert!(matches!(orgs::remove_member(db, &a.scope, id, 999_999, None).await, Err(StoreError::NotFound)));
    }

    async fn updating_replaces_the_profile_and_its_topics_and_is_audited(db: &DatabaseConnection) {
        let a = municipality(db, "Musterstadt", "musterstadt").await;
        let id = organisation(db, &a, "Verein", OrganisationKind::Association, &[LANGUAGE], true).await;
        let mut changed = profile("Verein für Vielfalt", OrganisationKind::MigrantOrganisation, &[WORK]);
        changed.website = Some(domain::organisations::Website::parse("https://vielfalt.example").unwrap());
        orgs::update(db, &a.scope, id, None, &changed, "<p>neu</p>").await.unwrap();
        let org = orgs::get(db, &a.scope, id).await.unwrap().unwrap();
        assert_eq!((org.name.as_str(), org.kind, org.website.as_str()), ("Verein für Vielfalt", OrganisationKind::MigrantOrganisation, "https://vielfalt.example/"));
        assert_eq!(org.topics, [WORK]);
        assert!(org.is_verified(), "editing keeps the verification");
        let log = store::audit::recent(db, Some(a.scope.id()), 1).await.unwrap();
        assert_eq!(log[0].action, "organisations.organisation.update");
        assert_eq!(log[0].before.as_ref().unwrap()["topics"][0], LANGUAGE);
        assert_eq!(log[0].after.as_ref().unwrap()["name"], "Verein für Vielfalt");
        assert!(orgs::by_name(db, &a.scope, "Verein für Vielfalt").await.unwrap().is_some());
    }
}
