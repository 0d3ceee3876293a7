//! Thirty further municipalities for the state overview, in every stage:
//! without an application, with an application for the open call in
//! review, funded from the 2025 call (partly paid), reporting (the interim
//! report accepted), and closed (the final report accepted, some money
//! asked back), the ones further on with a concept in development or
//! adopted. Names are made up; the districts are Hessen's.

use chrono::{DateTime, NaiveDate, Utc};
use domain::concept::stage::StageForm;
use domain::concept::texts::TextsForm;
use domain::funding::application::ApplicationForm;
use domain::funding::decision::Grant;
use domain::funding::ledger::PaymentRequest;
use domain::funding::report::{ReceiptForm, ReportForm};
use domain::ids::UserId;
use domain::money::Money;
use domain::tenancy::MunicipalityForm;
use store::WriteTransaction;
use store::funding::calls::Call;
use store::tenancy::Tenant;

use super::applications::{alone, drafted};
use super::grant::line;

const NAMES: [&str; 30] = [
    "Altenau",
    "Bergheim an der Lahn",
    "Buchenrode",
    "Dornbach",
    "Eichenzell-West",
    "Falkenstein im Taunus",
    "Grünfeld",
    "Hainbach",
    "Hohenstein am Main",
    "Kirchhain-Süd",
    "Lindenau",
    "Mühlbach",
    "Neuhof an der Fulda",
    "Oberwald",
    "Rosenthal",
    "Schöneck-Nord",
    "Sonnenberg",
    "Steinbach an der Nidda",
    "Talbrücken",
    "Unterau",
    "Waldeck-Ost",
    "Weidenhausen",
    "Wiesenfeld",
    "Wolfhagen-Land",
    "Ahornberg",
    "Birkenau am Rhein",
    "Erlenbach",
    "Fichtenhain",
    "Kastanienhof",
    "Ulmental",
];

const DISTRICTS: [&str; 8] = [
    "Landkreis Darmstadt-Dieburg",
    "Lahn-Dill-Kreis",
    "Landkreis Fulda",
    "Hochtaunuskreis",
    "Main-Taunus-Kreis",
    "Landkreis Kassel",
    "Vogelsbergkreis",
    "Landkreis Marburg-Biedenkopf",
];

/// Where a generated municipality stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Nothing,
    Applied,
    Funded,
    Reporting,
    Closed,
}

fn stage_of(i: usize) -> Stage {
    [Stage::Nothing, Stage::Applied, Stage::Funded, Stage::Reporting, Stage::Closed, Stage::Funded][i % 6]
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.to_lowercase().chars() {
        match ch {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'a'..='z' | '0'..='9' => out.push(ch),
            _ if !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_matches('-').to_owned()
}

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    super::berlin(NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default(), "10:00")
}

/// The generated municipalities with their accounts (one coordinator each, the demo password).
pub(super) async fn municipalities(txn: &WriteTransaction, password_hash: &str) -> anyhow::Result<Vec<(Tenant, UserId)>> {
    let mut out = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        let slug = slug(name);
        let tenant = match store::tenancy::municipality_by_slug(txn, &slug).await? {
            Some(t) => t,
            None => {
                let form = MunicipalityForm {
                    name: (*name).into(),
                    slug: slug.clone(),
                    ags: format!("06{:06}", 100_000 + i * 37),
                    population: (9_000 + (i * 7_919) % 40_000).to_string(),
                    district: DISTRICTS[i % DISTRICTS.len()].into(),
                };
                let input = form.validate().map_err(|e| anyhow::anyhow!("invalid generated municipality {name}: {e:?}"))?;
                store::tenancy::create_municipality(txn, None, &input).await?
            }
        };
        super::super::seed_legal(txn, &tenant, name).await?;
        let email = format!("coordinator@{slug}.example");
        let user = match store::accounts::user_by_email(txn, &email).await? {
            Some(u) => u.id,
            None => {
                let display = format!("Koordination {name}");
                let new =
                    store::accounts::NewUser { email: &email, display_name: &display, password_hash, locale: "de", email_confirmed: true };
                let id = store::accounts::create_user(txn, new).await?;
                let role = domain::accounts::Role::Municipal(domain::accounts::MunicipalRole::Coordinator);
                store::accounts::assign_role(txn, None, id, tenant.scope.id(), role).await?;
                id
            }
        };
        out.push((tenant, user));
    }
    Ok(out)
}

fn form(call: &Call, municipality: &Tenant, (starts_on, ends_on): (String, String)) -> ApplicationForm {
    ApplicationForm {
        title: format!("Vielfalt in {}", municipality.name),
        situation: format!("{} wächst; viele neue Nachbarinnen und Nachbarn finden noch keinen Anschluss.", municipality.name),
        objectives: "Eine von der Gemeindevertretung beschlossene Vielfalts- und Integrationsstrategie.".into(),
        formats: "Auftakt, Werkstätten, Online-Beteiligung, Gespräche in Vereinen.".into(),
        target_groups: "Alle; Neuzugezogene über die Sprachkurse, Ältere über die Seniorentreffs.".into(),
        time_plan: "Auftakt, Werkstätten, Entwurf, Beschluss.".into(),
        starts_on,
        ends_on,
        costs: vec![
            line("moderation", "Prozessbegleitung", "12.000"),
            line("workshops", "Werkstätten", "4.000"),
            line("interpretation", "Dolmetschen", "2.000"),
        ],
        requested: "18.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        ..Default::default()
    }
}

/// Applies (and submits) for `call` with the council's resolution attached; returns the application.
async fn apply(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (municipality, user): (&Tenant, UserId),
    call: &Call,
    period: (String, String),
) -> anyhow::Result<i64> {
    let (id, form) = drafted(txn, files, (municipality, user), call, form(call, municipality, period)).await?;
    store::funding::applications::submit(txn, &municipality.scope, user, id, &form, &call.draft.rules, &alone(municipality)).await?;
    Ok(id)
}

fn report(receipts: &[(&str, &str, &str)], strategy: &str) -> ReportForm {
    ReportForm {
        process: "Auftakt und Werkstätten fanden wie geplant statt.".into(),
        participation: "Rund 200 Menschen in Werkstätten und online.".into(),
        strategy: strategy.into(),
        receipts: receipts
            .iter()
            .map(|(on, line, amount)| ReceiptForm {
                on: (*on).into(),
                payee: "Büro für Beteiligung".into(),
                what: "Prozessbegleitung".into(),
                line: (*line).into(),
                amount: (*amount).into(),
            })
            .collect(),
    }
}

/// Grants from the 2025 call (its window still open while this runs).
pub(super) async fn grants(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (state, officer): (&Tenant, UserId),
    generated: &[(Tenant, UserId)],
    call: &Call,
) -> anyhow::Result<()> {
    for (i, (municipality, user)) in generated.iter().enumerate() {
        let stage = stage_of(i);
        if !matches!(stage, Stage::Funded | Stage::Reporting | Stage::Closed) {
            continue;
        }
        let scope = &municipality.scope;
        let id = apply(txn, files, (municipality, *user), call, ("2025-09-01".into(), "2026-11-30".into())).await?;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let grant = Grant {
            granted: Money::from_euros(18_000),
            starts_on: day(2025, 9, 1),
            ends_on: day(2026, 11, 30),
            conditions: String::new(),
            reporting_dates: vec![day(2026, 3, 31), day(2027, 2, 28)],
        };
        store::funding::review::approve(txn, &state.scope, officer, id, &grant, call.draft.rules.max_grant).await?;
        store::funding::history::date_application(txn, id, at(2025, 4, 1 + (i % 20) as u32), Some(at(2025, 7, 1 + (i % 20) as u32)))
            .await?;
        let paid = if stage == Stage::Funded { 9_000 } else { 18_000 };
        let wanted = PaymentRequest { amount: Money::from_euros(paid), wanted_on: day(2025, 10, 1), purpose: "Rate".into() };
        let payment = store::funding::payments::request(txn, scope, *user, id, &wanted).await?;
        store::funding::payments::decide(txn, &state.scope, officer, payment, None).await?;
        store::funding::history::date_payment(txn, payment, at(2025, 9, 15), at(2025, 9, 22)).await?;
        if stage == Stage::Funded {
            continue;
        }
        let Some(application) = store::funding::applications::get(txn, scope, id).await? else { continue };
        store::funding::reports::submit(txn, scope, *user, &application, 1, &report(&[("2026-02-10", "1", "7.500")], "")).await?;
        store::funding::reports::accept(txn, &state.scope, officer, id, 1).await?;
        store::funding::history::date_report(txn, id, 1, at(2026, 3, 20), Some(at(2026, 4, 8))).await?;
        concept(txn, (municipality, *user), stage == Stage::Closed).await?;
        if stage == Stage::Closed {
            let receipts =
                [("2026-02-10", "1", "7.500"), ("2026-09-30", "1", "4.500"), ("2026-06-15", "2", "3.800"), ("2026-07-01", "3", "1.200")];
            store::funding::reports::submit(txn, scope, *user, &application, 2, &report(&receipts, "Vom Rat beschlossen.")).await?;
            // 17,000 EUR spent of 18,000 EUR paid: 1,000 EUR asked back.
            store::funding::reports::close(txn, &state.scope, officer, id, 2, Money::from_euros(1_000)).await?;
            store::funding::history::date_report(txn, id, 2, at(2026, 12, 1), Some(at(2026, 12, 4))).await?;
        }
    }
    Ok(())
}

/// Applications for the open call, in review.
pub(super) async fn applications(
    txn: &WriteTransaction,
    files: &files::FileStore,
    generated: &[(Tenant, UserId)],
    call: &Call,
) -> anyhow::Result<()> {
    let year = chrono::Datelike::year(&web::participation_today()) + 1;
    for (i, (municipality, user)) in generated.iter().enumerate() {
        if stage_of(i) == Stage::Applied {
            apply(txn, files, (municipality, *user), call, (format!("{year}-01-01"), format!("{year}-12-31"))).await?;
        }
    }
    Ok(())
}

/// A concept in development, or adopted by the council in autumn 2026.
async fn concept(txn: &WriteTransaction, (municipality, user): (&Tenant, UserId), adopted: bool) -> anyhow::Result<()> {
    let scope = &municipality.scope;
    if store::concept::get(txn, scope).await?.is_some() {
        return Ok(());
    }
    let texts = TextsForm {
        title: format!("Vielfalt in {}", municipality.name),
        preamble: "Entstanden im geförderten Beteiligungsprozess.".into(),
        vision: format!("{} ist ein Ort für alle.", municipality.name),
    }
    .validate()
    .map_err(|_| anyhow::anyhow!("invalid generated concept"))?;
    store::concept::save_texts(txn, scope, user, &texts, &web::render_markdown(&texts.preamble), &web::render_markdown(&texts.vision))
        .await?;
    if adopted {
        let stage = StageForm {
            stage: "adopted".into(),
            decided_on: "2026-10-22".into(),
            decision_number: "DS 2026/88".into(),
            ..Default::default()
        }
        .validate(web::participation_today())
        .map_err(|_| anyhow::anyhow!("invalid generated adoption"))?;
        store::concept::set_stage(txn, scope, user, &stage).await?;
    }
    Ok(())
}
