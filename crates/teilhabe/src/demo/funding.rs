//! The state's funding programme "WIR – Kommunale Vielfalts- und
//! Integrationsstrategien (Demo)": one funding line, the closed 2025 call
//! (at most 20,000 EUR) and the open call after it (at most 30,000 EUR),
//! whose window runs from three months before the demo was made to eight
//! weeks after.

use chrono::Days;
use domain::funding::call::CallDraft;
use domain::funding::programme::{LineTexts, ProgrammeTexts};
use domain::funding::rules::Rules;
use domain::money::Money;
use store::WriteTransaction;
use store::tenancy::Tenant;

const DESCRIPTION: &str = "Das Land fördert Städte und Gemeinden mit 10.000 bis 50.000 Einwohnerinnen und Einwohnern, \
die in einem Beteiligungsprozess von 12 bis 18 Monaten eine kommunale Vielfalts- und Integrationsstrategie entwickeln \
und von ihrer Gemeindevertretung beschließen lassen. Kleinere Gemeinden können **gemeinsam** einen Antrag stellen.\n\n\
Gefördert werden Ausgaben für Moderation und Prozessbegleitung, Workshops, Dolmetschen und Übersetzen, \
Öffentlichkeitsarbeit, Räume und Verpflegung sowie Barrierefreiheit – keine Personalausgaben der Kommune.";

/// `day` at `time` ("HH:MM") in German time.
fn berlin(day: chrono::NaiveDate, time: &str) -> chrono::DateTime<chrono::Utc> {
    domain::funding::call::parse_local(&format!("{day}T{time}")).unwrap_or_else(|| day.and_time(chrono::NaiveTime::MIN).and_utc())
}

pub(super) async fn seed(txn: &WriteTransaction, state: &Tenant, beispielheim: Option<&Tenant>) -> anyhow::Result<()> {
    let scope = state.scope;
    if !store::funding::programmes::list(txn, &scope).await?.is_empty() {
        return Ok(());
    }
    let Some(officer) = store::accounts::user_by_email(txn, "officer@demo.example").await? else {
        return Ok(());
    };
    let texts = ProgrammeTexts {
        name: "WIR – Kommunale Vielfalts- und Integrationsstrategien (Demo)".into(),
        legal_basis: "Richtlinie zur Förderung kommunaler Vielfalts- und Integrationsstrategien vom 1. Dezember 2024 (Demo)".into(),
        description: DESCRIPTION.into(),
        contact: "Referat Integration und Vielfalt, wir@land.demo.example, 0611 000000".into(),
    };
    let programme = store::funding::programmes::create(txn, &scope, officer.id, &texts, &web::render_markdown(DESCRIPTION)).await?;
    let line = LineTexts {
        name: "Entwicklung einer kommunalen Strategie".into(),
        description: "Ein Beteiligungsprozess, an dessen Ende die Gemeindevertretung eine Strategie beschließt.".into(),
    };
    let line = store::funding::programmes::add_line(txn, &scope, officer.id, programme, &line).await?;
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let first = CallDraft {
        title: "Aufruf 2025".into(),
        line: Some(line),
        description: "Der erste Aufruf des Programms.".into(),
        opens_at: berlin(day(2025, 1, 15), "00:00"),
        closes_at: berlin(day(2025, 4, 30), "23:59"),
        rules: Rules::reference(),
    };
    let html = web::render_markdown(&first.description);
    store::funding::calls::create(txn, &scope, officer.id, programme, &first, &html).await?;
    let today = web::participation_today();
    let opens = today - Days::new(91);
    let second = CallDraft {
        title: format!("Aufruf {}", chrono::Datelike::year(&opens)),
        description: "Der zweite Aufruf: Der Höchstbetrag steigt auf **30.000 Euro**.".into(),
        opens_at: berlin(opens, "00:00"),
        closes_at: berlin(today + Days::new(56), "23:59"),
        rules: Rules { max_grant: Money::from_euros(30_000), ..Rules::reference() },
        ..first
    };
    let html = web::render_markdown(&second.description);
    let open = store::funding::calls::create(txn, &scope, officer.id, programme, &second, &html).await?;
    if let Some(beispielheim) = beispielheim {
        draft_application(txn, state, beispielheim, open).await?;
    }
    Ok(())
}

/// Beispielheim's application for the open call, half written: the texts
/// and two cost lines are there, the financing and the declarations not yet.
async fn draft_application(txn: &WriteTransaction, state: &Tenant, beispielheim: &Tenant, call: i64) -> anyhow::Result<()> {
    let Some(coordinator) = store::accounts::user_by_email(txn, "coordinator@beispielheim.example").await? else {
        return Ok(());
    };
    let Some(call) = store::funding::calls::get(txn, &state.scope, call).await? else {
        return Ok(());
    };
    let title = "Miteinander in Beispielheim – eine Strategie für alle";
    let id = store::funding::applications::create(txn, &beispielheim.scope, coordinator.id, &call, title).await?;
    let line = |category: &str, description: &str, amount: &str| domain::funding::application::CostLineForm {
        category: category.into(),
        description: description.into(),
        amount: amount.into(),
    };
    let form = domain::funding::application::ApplicationForm {
        title: title.into(),
        situation: "Jedes Jahr ziehen rund 300 Menschen aus dem Ausland nach Beispielheim. Es gibt kein Bürgerbüro mit mehrsprachiger Beratung; die Vereine suchen Nachwuchs.".into(),
        objectives: "Eine von der Gemeindevertretung beschlossene Vielfalts- und Integrationsstrategie mit Maßnahmen für die nächsten fünf Jahre.".into(),
        formats: "Auftaktabend, drei Werkstätten, Gespräche in Vereinen und Moscheegemeinde, eine Umfrage auf Papier und online.".into(),
        target_groups: "Alle Einwohnerinnen und Einwohner; Neuzugezogene erreichen wir über das Einwohnermeldeamt und die Sprachkurse.".into(),
        time_plan: "März: Auftakt. April bis Juni: Werkstätten. September: Entwurf. Dezember: Beschluss.".into(),
        partners: "Sportverein Beispielheim, Volkshochschule".into(),
        starts_on: format!("{}-03-01", chrono::Datelike::year(&web::participation_today()) + 1),
        ends_on: format!("{}-06-30", chrono::Datelike::year(&web::participation_today()) + 2),
        costs: vec![line("moderation", "Externe Prozessbegleitung", "16.000"), line("interpretation", "Dolmetschen bei den Werkstätten", "3.000")],
        ..Default::default()
    };
    store::funding::applications::save_draft(txn, &beispielheim.scope, coordinator.id, id, &form).await?;
    Ok(())
}
