//! The state's funding programme "WIR – Kommunale Vielfalts- und
//! Integrationsstrategien (Demo)": one funding line, the closed 2025 call
//! (at most 20,000 EUR) with Musterstadt's grant, and the open call after
//! it (at most 30,000 EUR), whose window runs from three months before the
//! demo was made to eight weeks after, with applications at several steps.

mod applications;
mod documents;
mod generated;
mod grant;

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

/// The municipalities that apply in the demo.
pub(super) struct Applicants<'a> {
    pub musterstadt: Option<&'a Tenant>,
    pub beispielheim: Option<&'a Tenant>,
    pub grossstadt: Option<&'a Tenant>,
    /// Talheim, which applies jointly with Kleinau.
    pub talheim: Option<(&'a Tenant, &'a Tenant)>,
}

pub(super) async fn seed(
    txn: &WriteTransaction,
    files: &files::FileStore,
    state: &Tenant,
    applicants: Applicants<'_>,
) -> anyhow::Result<()> {
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
    let closed = CallDraft {
        title: "Aufruf 2025".into(),
        line: Some(line),
        description: "Der erste Aufruf des Programms.".into(),
        opens_at: berlin(day(2025, 1, 15), "00:00"),
        closes_at: berlin(day(2025, 4, 30), "23:59"),
        rules: Rules::reference(),
    };
    // Open while the 2025 grants are applied for, then closed as it was in 2025.
    let today = web::participation_today();
    let applying = CallDraft { closes_at: berlin(today + Days::new(1), "23:59"), ..closed.clone() };
    let closed_html = web::render_markdown(&closed.description);
    let first = store::funding::calls::create(txn, &scope, officer.id, programme, &applying, &closed_html).await?;
    let Some(first_call) = store::funding::calls::get(txn, &scope, first).await? else {
        return Ok(());
    };
    if let Some(musterstadt) = applicants.musterstadt {
        grant::seed(txn, files, (state, officer.id), musterstadt, &first_call).await?;
    }

    let opens = today - Days::new(91);
    let second = CallDraft {
        title: format!("Aufruf {}", chrono::Datelike::year(&opens)),
        description: "Der zweite Aufruf: Der Höchstbetrag steigt auf **30.000 Euro**.".into(),
        opens_at: berlin(opens, "00:00"),
        closes_at: berlin(today + Days::new(56), "23:59"),
        rules: Rules { max_grant: Money::from_euros(30_000), ..Rules::reference() },
        ..closed.clone()
    };
    let html = web::render_markdown(&second.description);
    let open = store::funding::calls::create(txn, &scope, officer.id, programme, &second, &html).await?;
    let Some(call) = store::funding::calls::get(txn, &scope, open).await? else {
        return Ok(());
    };
    if let Some(beispielheim) = applicants.beispielheim {
        applications::beispielheim(txn, files, (state, officer.id), beispielheim, &call).await?;
    }
    if let Some(grossstadt) = applicants.grossstadt {
        applications::grossstadt(txn, files, grossstadt, &call).await?;
    }
    if let Some(joint) = applicants.talheim {
        applications::talheim(txn, files, joint, &call).await?;
    }

    // The state overview's further municipalities.
    let generated = generated::municipalities(txn, &web::accounts::password::hash(super::DEMO_PASSWORD)).await?;
    generated::grants(txn, files, (state, officer.id), &generated, &first_call).await?;
    store::funding::calls::update(txn, &scope, officer.id, first, &closed, &closed_html).await?;
    generated::applications(txn, files, &generated, &call).await?;
    Ok(())
}
