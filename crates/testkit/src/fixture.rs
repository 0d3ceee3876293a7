//! The installation every web test starts from: a state space, two
//! municipalities with legal pages of their own, and one account per role.

use std::sync::LazyLock;

use domain::accounts::{MunicipalRole, Role, StateRole};
use domain::ids::UserId;
use domain::legal::LegalPageKind;
use store::DatabaseConnection;
use store::tenancy::Tenant;

/// The password of every fixture account.
pub const PASSWORD: &str = "fixture passphrase for tests";

/// Hashed once per test process (argon2 is slow on purpose).
static PASSWORD_HASH: LazyLock<String> = LazyLock::new(|| web::accounts::password::hash(PASSWORD));

#[derive(Debug, Clone)]
pub struct FixtureUser {
    pub id: UserId,
    pub email: &'static str,
    pub name: &'static str,
    /// Set for accounts with two-factor login on.
    pub totp_secret: Option<String>,
}

pub struct Fixture {
    pub state: Tenant,
    pub musterstadt: Tenant,
    pub beispielheim: Tenant,
    /// A resident without any role.
    pub participant: FixtureUser,
    /// Coordinator of Musterstadt.
    pub coordinator: FixtureUser,
    /// Coordinator of Beispielheim: the "other tenant" in isolation tests.
    pub other_coordinator: FixtureUser,
    pub moderator: FixtureUser,
    /// Platform admin with two-factor login set up.
    pub admin: FixtureUser,
    /// Programme officer with two-factor login set up.
    pub officer: FixtureUser,
    /// Musterstadt's process (slug `vielfalt-2026`, id 1), in its participation phase.
    pub process: i64,
    /// Ideas of the participant in Musterstadt: ids 1 and 2 (the second one to withdraw).
    pub idea: i64,
    pub spare_idea: i64,
    /// Beispielheim's process (id 2) and idea (id 3): another tenant's data.
    pub other_process: i64,
    pub other_idea: i64,
    /// Comments of the participant on idea 2: ids 1 and 2 (the second one to delete).
    pub comment: i64,
    pub spare_comment: i64,
    /// Musterstadt's workshop in ten days (id 1, two places, nobody registered)
    /// and Beispielheim's (id 2).
    pub event: i64,
    pub other_event: i64,
    /// Admin of Musterstadt's organisation, without any other role.
    pub organisation_admin: FixtureUser,
    /// Verified organisations: "Nachbarschaftsverein Musterstadt" (id 1) and
    /// Beispielheim's "Sportverein Beispielheim" (id 2).
    pub organisation: i64,
    pub other_organisation: i64,
    /// Musterstadt's open survey (id 1: anonymous, for accounts, results
    /// public) with a required single choice (question 1, "Ja"/"Nein") and
    /// an optional text (question 2); Beispielheim's "Sportplatz-Umfrage" (id 2).
    pub survey: i64,
    pub other_survey: i64,
    /// Musterstadt's adopted concept "Gelebte Vielfalt in Musterstadt" with the
    /// action field 1 "Sprache & Bildung", its goal 1 and measure 1
    /// "Sprachcafé mit Kinderbetreuung" (led by organisation 1); Beispielheim's
    /// concept in consultation with field 2, goal 2 and measure 2 "Begegnungsfest".
    pub measure: i64,
    pub other_measure: i64,
    /// Measure owner in Musterstadt, named on measure 1 (and on no other).
    pub measure_owner: FixtureUser,
}

impl Fixture {
    pub async fn seed(db: &DatabaseConnection) -> Fixture {
        let state = store::tenancy::ensure_state(db, "hessen", "Land Hessen (Test)").await.expect("state");
        let musterstadt = municipality(db, "Musterstadt", "musterstadt", 38_000).await;
        let beispielheim = municipality(db, "Beispielheim", "beispielheim", 12_500).await;
        for tenant in [&state, &musterstadt, &beispielheim] {
            for kind in LegalPageKind::ALL {
                let text = format!("# {}\n\nText von {} zu {}.", kind.slug(), tenant.name, kind.slug());
                store::legal::save(db, &tenant.scope, kind, &text, None).await.expect("legal page");
            }
        }
        let coordinator = Role::Municipal(MunicipalRole::Coordinator);
        let participant = user(db, "resident@test.example", "Ayşe Demir", None, false).await;
        let process = new_process(db, &musterstadt, "vielfalt-2026", "Vielfaltsstrategie Musterstadt 2026").await;
        let other_process = new_process(db, &beispielheim, "miteinander", "Miteinander in Beispielheim").await;
        let idea = new_idea(db, &musterstadt, process, participant.id, "Sprachcafé in der Stadtbibliothek").await;
        let spare_idea = new_idea(db, &musterstadt, process, participant.id, "Mehrsprachige Elternabende").await;
        let other_idea = new_idea(db, &beispielheim, other_process, participant.id, "Begegnungsgarten am Bahnhof").await;
        // On the spare idea, so that idea 1 stays without reactions (editable).
        let comment = new_comment(db, &musterstadt, spare_idea, participant.id, "Gute Idee, ich helfe gern mit.").await;
        let spare_comment = new_comment(db, &musterstadt, spare_idea, participant.id, "Dienstags hätte ich Zeit.").await;
        assert_eq!(
            (process, other_process, idea, spare_idea, other_idea, comment, spare_comment),
            (1, 2, 1, 2, 3, 1, 2),
            "fixture ids are fixed"
        );
        let organisation_admin = user(db, "verein@test.example", "Vorstand Nachbarschaftsverein", None, false).await;
        let organisation =
            new_organisation(db, &musterstadt, "Nachbarschaftsverein Musterstadt", "Sprache & Bildung", Some(organisation_admin.id)).await;
        let other_organisation = new_organisation(db, &beispielheim, "Sportverein Beispielheim", "Wohnen & Nachbarschaft", None).await;
        assert_eq!((organisation, other_organisation), (1, 2), "fixture organisation ids are fixed");
        let mut fixture = Fixture {
            measure: 0,
            other_measure: 0,
            survey: 0,
            other_survey: 0,
            event: 0,
            other_event: 0,
            organisation_admin,
            organisation,
            other_organisation,
            process,
            other_process,
            idea,
            spare_idea,
            other_idea,
            comment,
            spare_comment,
            participant,
            coordinator: user(db, "coordinator@musterstadt.test", "Koordination Musterstadt", Some((&musterstadt, coordinator)), false)
                .await,
            other_coordinator: user(
                db,
                "coordinator@beispielheim.test",
                "Koordination Beispielheim",
                Some((&beispielheim, coordinator)),
                false,
            )
            .await,
            moderator: user(
                db,
                "moderator@musterstadt.test",
                "Moderation Musterstadt",
                Some((&musterstadt, Role::Municipal(MunicipalRole::Moderator))),
                false,
            )
            .await,
            measure_owner: user(
                db,
                "owner@musterstadt.test",
                "Leitung Sprachcafé",
                Some((&musterstadt, Role::Municipal(MunicipalRole::MeasureOwner))),
                false,
            )
            .await,
            admin: user(db, "admin@test.example", "Administration", Some((&state, Role::PlatformAdmin)), true).await,
            officer: user(db, "officer@test.example", "Programmreferat", Some((&state, Role::State(StateRole::ProgrammeOfficer))), true)
                .await,
            state,
            musterstadt,
            beispielheim,
        };
        fixture.event = new_event(db, &fixture.musterstadt, process, fixture.coordinator.id, "Workshop Sprache & Bildung").await;
        fixture.other_event =
            new_event(db, &fixture.beispielheim, other_process, fixture.other_coordinator.id, "Gartenfest Beispielheim").await;
        assert_eq!((fixture.event, fixture.other_event), (1, 2), "fixture event ids are fixed");
        fixture.survey = new_survey(db, &fixture.musterstadt, process, fixture.coordinator.id, "Angebote in Musterstadt").await;
        fixture.other_survey =
            new_survey(db, &fixture.beispielheim, other_process, fixture.other_coordinator.id, "Sportplatz-Umfrage").await;
        assert_eq!((fixture.survey, fixture.other_survey), (1, 2), "fixture survey ids are fixed");
        let adopted =
            ("adopted", "Gelebte Vielfalt in Musterstadt", "Sprache & Bildung", "Sprachcafé mit Kinderbetreuung", Some(organisation));
        let owner = Some(fixture.measure_owner.id);
        fixture.measure = new_concept(db, &fixture.musterstadt, fixture.coordinator.id, adopted, owner).await;
        let consulted = ("consultation", "Miteinander in Beispielheim", "Begegnung", "Begegnungsfest", None);
        fixture.other_measure = new_concept(db, &fixture.beispielheim, fixture.other_coordinator.id, consulted, None).await;
        assert_eq!((fixture.measure, fixture.other_measure), (1, 2), "fixture measure ids are fixed");
        measure_progress(db, &fixture.musterstadt, fixture.coordinator.id, fixture.measure).await;
        let programme = funding_programme(db, &fixture.state, fixture.officer.id).await;
        assert_eq!(programme, 1, "fixture programme and call ids are fixed");
        // Application 1: Musterstadt's draft for call 1.
        let call = store::funding::calls::get(db, &fixture.state.scope, 1).await.expect("call").expect("call 1");
        let application =
            store::funding::applications::create(db, &fixture.musterstadt.scope, fixture.coordinator.id, &call, "Vielfalt in Musterstadt")
                .await
                .expect("application");
        assert_eq!(application, 1, "fixture application id is fixed");
        let submitted = submitted_application(db, &fixture.beispielheim, fixture.other_coordinator.id, &call).await;
        assert_eq!(submitted, 2, "fixture application id is fixed");
        fixture
    }
}

/// Application 2: Beispielheim's, submitted to call 1 (18,000 EUR for
/// 18,000 EUR of costs, with its council resolution) and in review.
async fn submitted_application(db: &DatabaseConnection, tenant: &Tenant, coordinator: UserId, call: &store::funding::calls::Call) -> i64 {
    use domain::files::{FileType, Slot};
    use domain::funding::application::{ApplicationForm, CostLineForm};
    let id = store::funding::applications::create(db, &tenant.scope, coordinator, call, "Miteinander in Beispielheim")
        .await
        .expect("application");
    let rules = &call.draft.rules;
    let mut form = ApplicationForm {
        title: "Miteinander in Beispielheim".into(),
        situation: "12.500 Menschen, viele neu zugezogen.".into(),
        objectives: "Eine vom Rat beschlossene Strategie.".into(),
        formats: "Drei Werkstätten und ein Fest.".into(),
        target_groups: "Alle; Zugezogene über die Vereine.".into(),
        time_plan: "Februar: Auftakt; Dezember: Beschluss.".into(),
        starts_on: "2027-02-01".into(),
        ends_on: "2028-01-31".into(),
        costs: vec![CostLineForm { category: "moderation".into(), description: "Prozessbegleitung".into(), amount: "18.000".into() }],
        requested: "18.000".into(),
        declarations: rules.required_declarations.clone(),
        ..ApplicationForm::default()
    };
    let file = store::files::NewFile {
        slot: Slot::ApplicationAttachment,
        file_type: FileType::Pdf,
        name: "Beschluss.pdf".into(),
        storage_key: "fixture/beschluss.pdf".into(),
        size: 1_000,
        sha256: String::new(),
    };
    let file = store::files::record_pending(db, &tenant.scope, coordinator, &file).await.expect("file");
    store::files::attach(db, &tenant.scope, coordinator, Slot::ApplicationAttachment, &[file.id], id, None).await.expect("attach");
    for requirement in &rules.required_attachments {
        form.attach(requirement, file.id, &file.name);
    }
    let applicant = domain::funding::check::Applicant {
        kind: domain::funding::rules::ApplicantKind::Municipality,
        name: tenant.name.clone(),
        population: tenant.population.unwrap_or(0),
        partners: vec![],
    };
    store::funding::applications::submit(db, &tenant.scope, coordinator, id, &form, rules, &applicant).await.expect("submitted");
    id
}

/// Programme 1 "WIR (Test)" with funding line 1 and call 1, open from a
/// month ago for another month, with the reference programme's rules.
async fn funding_programme(db: &DatabaseConnection, state: &Tenant, officer: UserId) -> i64 {
    use domain::funding::call::CallDraft;
    use domain::funding::programme::{LineTexts, ProgrammeTexts};
    let texts = ProgrammeTexts {
        name: "WIR (Test)".into(),
        legal_basis: "Richtlinie vom 1. Januar 2025".into(),
        description: "Fördert kommunale Strategien.".into(),
        contact: "Referat II 4, wir@land.test".into(),
    };
    let programme = store::funding::programmes::create(db, &state.scope, officer, &texts, "<p>Fördert kommunale Strategien.</p>")
        .await
        .expect("programme");
    let line = LineTexts { name: "Strategieentwicklung".into(), description: String::new() };
    let line = store::funding::programmes::add_line(db, &state.scope, officer, programme, &line).await.expect("line");
    let now = chrono::Utc::now();
    let call = CallDraft {
        title: "Aufruf (Test)".into(),
        line: Some(line),
        description: "Der offene Aufruf.".into(),
        opens_at: now - chrono::TimeDelta::days(30),
        closes_at: now + chrono::TimeDelta::days(30),
        rules: domain::funding::rules::Rules::reference(),
    };
    store::funding::calls::create(db, &state.scope, officer, programme, &call, "<p>Der offene Aufruf.</p>").await.expect("call");
    programme
}

/// Measure 1's indicator 1 "Familien im Sprachcafé" (baseline 8, target 30)
/// with value 1 (14, on 30 June 2026), and its milestone 1 "Zweiter
/// Wochentag" (not reached).
async fn measure_progress(db: &DatabaseConnection, tenant: &Tenant, coordinator: UserId, measure: i64) {
    use domain::concept::indicators::{IndicatorForm, ValueForm};
    use domain::concept::progress::MilestoneForm;
    let indicator = IndicatorForm {
        name: "Familien im Sprachcafé".into(),
        unit: "Familien".into(),
        baseline: "8".into(),
        baseline_on: "2025-01-01".into(),
        target: "30".into(),
        target_on: "2028-12-31".into(),
        source: "Anwesenheitslisten".into(),
        direction: "higher".into(),
    };
    let indicator = indicator.validate().expect("valid indicator");
    let id = store::concept::indicators::add(db, &tenant.scope, coordinator, measure, &indicator).await.expect("indicator");
    let value = ValueForm { on: "2026-06-30".into(), value: "14".into(), note: "Liste Juni".into() };
    let value = value.validate(web::participation_today()).expect("valid value");
    store::concept::indicators::record_value(db, &tenant.scope, coordinator, id, &value).await.expect("value");
    let milestone = MilestoneForm { title: "Zweiter Wochentag".into(), due_on: "2027-09-01".into() }.validate().expect("valid milestone");
    store::concept::progress::add_milestone(db, &tenant.scope, coordinator, measure, &milestone).await.expect("milestone");
}

/// A concept at a stage, with one action field, one goal and one measure
/// (stage, title, field, measure, lead organisation) and its owner, frozen
/// as version 1 when public; returns the measure.
async fn new_concept(
    db: &DatabaseConnection,
    tenant: &Tenant,
    coordinator: UserId,
    parts: (&str, &str, &str, &str, Option<i64>),
    owner: Option<UserId>,
) -> i64 {
    use domain::concept::measures::{Choices, MeasureForm};
    use domain::concept::stage::StageForm;
    use domain::concept::structure::{FieldForm, GoalForm};
    use domain::concept::texts::TextsForm;
    let (stage, title, field, measure, lead) = parts;
    let texts =
        TextsForm { title: title.into(), vision: "Alle gehören dazu.".into(), ..Default::default() }.validate().expect("valid texts");
    let concept =
        store::concept::save_texts(db, &tenant.scope, coordinator, &texts, "", "<p>Alle gehören dazu.</p>").await.expect("concept");
    let field =
        FieldForm { name: field.into(), analysis: "Viele Kinder wachsen mehrsprachig auf.".into() }.validate().expect("valid field");
    let field = store::concept::outline::add_field(db, &tenant.scope, coordinator, concept, &field, "").await.expect("field");
    let goal = GoalForm { title: "Alle Kinder sprechen bei der Einschulung gut Deutsch".into(), ..Default::default() }
        .validate()
        .expect("valid goal");
    let goal = store::concept::outline::add_goal(db, &tenant.scope, coordinator, field, &goal, "").await.expect("goal");
    let organisations: Vec<i64> = lead.into_iter().collect();
    let form = MeasureForm {
        title: measure.into(),
        description: "Jeden Dienstag in der Stadtbibliothek.".into(),
        goals: vec![goal.to_string()],
        lead_organisation: lead.map(|l| l.to_string()).unwrap_or_default(),
        owner: owner.map(|o| o.0.to_string()).unwrap_or_default(),
        status: "running".into(),
        ..MeasureForm::blank()
    };
    let owners: Vec<i64> = owner.map(|o| o.0).into_iter().collect();
    let choices = Choices { goals: &[goal], organisations: &organisations, owners: &owners, ..Default::default() };
    let measure = form.validate(choices, None).expect("valid measure");
    let id = store::concept::measures::create(
        db,
        &tenant.scope,
        coordinator,
        concept,
        &measure,
        "<p>Jeden Dienstag in der Stadtbibliothek.</p>",
    )
    .await
    .expect("measure");
    // Consultation and adoption freeze version 1, with the measure in it. An
    // adopted concept went through consultation first, where its goal got
    // consultation comment 1.
    if stage == "adopted" {
        let consultation = domain::concept::stage::StageChange::new(domain::concept::stage::Stage::Consultation);
        store::concept::set_stage(db, &tenant.scope, coordinator, &consultation).await.expect("consultation");
        let text = "Bitte auch Erwachsene ansprechen.";
        store::concept::consultation::add(
            db,
            &tenant.scope,
            web::participation_today(),
            1,
            "ziel-1-1",
            coordinator,
            None,
            text,
            "<p>Bitte auch Erwachsene ansprechen.</p>",
        )
        .await
        .expect("consultation comment");
    }
    let stage =
        StageForm { stage: stage.into(), decided_on: "2025-06-26".into(), decision_number: "DS 2025/117".into(), ..Default::default() };
    store::concept::set_stage(db, &tenant.scope, coordinator, &stage.validate(web::participation_today()).expect("valid stage"))
        .await
        .expect("stage");
    id
}

/// An open anonymous survey for accounts, with public results: a required
/// single choice and an optional text.
async fn new_survey(db: &DatabaseConnection, tenant: &Tenant, process: i64, coordinator: UserId, title: &str) -> i64 {
    use domain::surveys::question_form::QuestionForm;
    use domain::surveys::settings::SurveyForm;
    let today = web::participation_today();
    let settings = SurveyForm {
        title: title.into(),
        intro: "Zehn Minuten für Ihre Stadt.".into(),
        identity: "anonymous".into(),
        access: "accounts".into(),
        opens_on: (today - chrono::TimeDelta::days(1)).to_string(),
        closes_on: (today + chrono::TimeDelta::days(14)).to_string(),
        results_public: "yes".into(),
    }
    .validate()
    .expect("valid fixture survey");
    let id = store::surveys::create(db, &tenant.scope, coordinator, process, &settings, "<p>Zehn Minuten für Ihre Stadt.</p>")
        .await
        .expect("survey");
    let single = QuestionForm {
        kind: "single".into(),
        prompt: "Kennen Sie das Sprachcafé?".into(),
        required: "yes".into(),
        options: "Ja\nNein".into(),
        ..QuestionForm::default()
    };
    let text = QuestionForm { kind: "text".into(), prompt: "Was wünschen Sie sich?".into(), ..QuestionForm::default() };
    for form in [single, text] {
        let question = form.validate(&[]).expect("valid fixture question");
        store::surveys::questions::add(db, &tenant.scope, coordinator, id, &question).await.expect("question");
    }
    id
}

/// A workshop in ten days with two places.
async fn new_event(db: &DatabaseConnection, tenant: &Tenant, process: i64, coordinator: UserId, title: &str) -> i64 {
    let starts_at = store::now() + chrono::TimeDelta::days(10);
    let event = domain::events::form::NewEvent {
        title: title.to_owned(),
        description: "Wir sammeln gemeinsam Ideen.".into(),
        kind: domain::events::kinds::EventKind::Workshop,
        starts_at,
        ends_at: starts_at + chrono::TimeDelta::hours(2),
        place_name: "Stadtbibliothek".into(),
        address: "Marktplatz 1".into(),
        step_free: true,
        hearing_loop: true,
        accessibility_notes: String::new(),
        online_link: None,
        capacity: Some(2),
        registration_deadline: None,
        languages: "Deutsch, Türkisch".into(),
        interpretation: "Arabisch".into(),
        target_groups: "Vereine, Eltern".into(),
    };
    store::events::create(db, &tenant.scope, coordinator, process, &event, "<p>Wir sammeln gemeinsam Ideen.</p>")
        .await
        .expect("fixture event")
}

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str, population: i64) -> Tenant {
    let input = store::testing::municipality_input(name, slug, population);
    store::tenancy::create_municipality(db, None, &input).await.expect("municipality")
}

/// A verified association with one topic (an action field of the fixture process).
async fn new_organisation(db: &DatabaseConnection, tenant: &Tenant, name: &str, topic: &str, admin: Option<UserId>) -> i64 {
    let input = domain::organisations::NewOrganisation {
        name: name.into(),
        kind: domain::organisations::OrganisationKind::Association,
        description: format!("{name} lädt alle ein."),
        website: domain::organisations::Website::parse("https://verein.example").ok(),
        contact_email: "kontakt@verein.example".into(),
        languages: "Deutsch, Türkçe".into(),
        topics: vec![topic.into()],
    };
    let id = store::organisations::create(db, &tenant.scope, admin, &input, &format!("<p>{name} lädt alle ein.</p>"))
        .await
        .expect("organisation");
    store::organisations::set_verified(db, &tenant.scope, id, None, true).await.expect("verified");
    id
}

async fn user(
    db: &DatabaseConnection,
    email: &'static str,
    name: &'static str,
    role: Option<(&Tenant, Role)>,
    two_factor: bool,
) -> FixtureUser {
    let id = store::accounts::create_user(
        db,
        store::accounts::NewUser { email, display_name: name, password_hash: &PASSWORD_HASH, locale: "de", email_confirmed: true },
    )
    .await
    .expect("fixture user");
    if let Some((tenant, role)) = role {
        store::accounts::assign_role(db, None, id, tenant.scope.id(), role).await.expect("role");
    }
    let totp_secret = if two_factor {
        let secret = web::accounts::totp::new_secret();
        store::accounts::set_totp(db, id, Some(&secret), true).await.expect("totp");
        Some(secret)
    } else {
        None
    };
    FixtureUser { id, email, name, totp_secret }
}

/// A process whose participation phase runs from ten days ago for a month,
/// with two action fields; the municipality gets two neighbourhoods.
async fn new_process(db: &DatabaseConnection, tenant: &Tenant, slug: &str, title: &str) -> i64 {
    use domain::participation::processes::ProcessForm;
    let today = web::participation_today();
    let mut form = ProcessForm {
        title: title.into(),
        slug: slug.into(),
        summary: format!("Kurzbeschreibung von {title}."),
        description: "Gemeinsam entwickeln wir die Strategie.".into(),
        action_fields: "Sprache & Bildung\nWohnen & Nachbarschaft".into(),
        ..ProcessForm::default()
    };
    form.phases.insert("participation_starts".into(), (today - chrono::TimeDelta::days(10)).to_string());
    form.phases.insert("participation_ends".into(), (today + chrono::TimeDelta::days(30)).to_string());
    for part in ["ideas", "comments", "supports"] {
        form.phases.insert(format!("participation_{part}"), "yes".into());
    }
    let input = form.validate().expect("valid fixture process");
    let id = store::participation::processes::create(db, &tenant.scope, None, &input, "<p>Gemeinsam entwickeln wir die Strategie.</p>")
        .await
        .expect("process");
    store::participation::processes::add_neighbourhoods(db, &tenant.scope, None, &["Altstadt".into(), "Nordstadt".into()])
        .await
        .expect("neighbourhoods");
    id
}

async fn new_idea(db: &DatabaseConnection, tenant: &Tenant, process: i64, author: UserId, title: &str) -> i64 {
    let input = domain::participation::ideas::NewIdea {
        title: title.into(),
        body: format!("{title}: ein Vorschlag mit genug Text, um gültig zu sein."),
        action_field: None,
        neighbourhood: None,
        organisation: None,
    };
    store::participation::ideas::create(db, &tenant.scope, process, author, &input, "<p>Vorschlag</p>").await.expect("idea")
}

async fn new_comment(db: &DatabaseConnection, tenant: &Tenant, idea: i64, author: UserId, body: &str) -> i64 {
    store::participation::comments::add(db, &tenant.scope, idea, None, author, None, body, &format!("<p>{body}</p>"))
        .await
        .expect("comment")
}
