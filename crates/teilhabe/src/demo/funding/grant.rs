//! Musterstadt's grant from the 2025 call: applied for with its council's
//! resolution, approved with 20,000 EUR for July 2025 to December 2026 (the
//! decision letter kept with it), two payments released, the interim report
//! accepted; the final report is due in March 2027 and not written yet.

use chrono::NaiveDate;
use domain::files::Slot;
use domain::funding::application::{ApplicationForm, CostLineForm};
use domain::funding::check::Applicant;
use domain::funding::decision::Grant;
use domain::funding::ledger::PaymentRequest;
use domain::funding::report::{ReceiptForm, ReportForm};
use domain::funding::rules::ApplicantKind;
use domain::money::Money;
use store::WriteTransaction;
use store::funding::calls::Call;
use store::tenancy::Tenant;

use super::documents::{resolution, store_pdf};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// `day` at ten in the morning, German time.
fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<chrono::Utc> {
    super::berlin(day(y, m, d), "10:00")
}

pub(super) fn line(category: &str, description: &str, amount: &str) -> CostLineForm {
    CostLineForm { category: category.into(), description: description.into(), amount: amount.into() }
}

fn form(call: &Call) -> ApplicationForm {
    ApplicationForm {
        title: "Gelebte Vielfalt in Musterstadt".into(),
        situation: "In Musterstadt leben 38.000 Menschen aus über 90 Ländern. Angebote gibt es viele, abgestimmt sind sie kaum; Eltern ohne Deutschkenntnisse erreicht die Stadt schlecht.".into(),
        objectives: "Eine von der Stadtverordnetenversammlung beschlossene Vielfalts- und Integrationsstrategie mit Handlungsfeldern, Zielen und Maßnahmen, deren Umsetzung öffentlich verfolgt wird.".into(),
        formats: "Auftaktkonferenz, sechs Werkstätten zu den Handlungsfeldern, aufsuchende Gespräche in Moscheegemeinden, Kitas und Sportvereinen, Online-Beteiligung auf dieser Plattform, eine Umfrage auf Papier in sechs Sprachen.".into(),
        target_groups: "Alle Einwohnerinnen und Einwohner. Schwer erreichbare Gruppen – Eltern ohne Deutschkenntnisse, Ältere, Geflüchtete in Gemeinschaftsunterkünften – erreichen wir über Kitas, Migrantenorganisationen und Dolmetscherinnen bei jeder Werkstatt.".into(),
        time_plan: "Juli 2025: Auftakt. September 2025 bis Februar 2026: Werkstätten und Gespräche. Juni 2026: Entwurf und Beratung. Herbst 2026: Beschluss. Dezember 2026: erster Umsetzungsbericht.".into(),
        partners: "Ausländerbeirat, Interkultureller Verein Musterstadt, Volkshochschule".into(),
        starts_on: "2025-07-01".into(),
        ends_on: "2026-12-31".into(),
        costs: vec![
            line("moderation", "Externe Prozessbegleitung und Moderation", "14.000"),
            line("workshops", "Auftaktkonferenz und Werkstätten", "3.500"),
            line("interpretation", "Dolmetschen und Übersetzen in sechs Sprachen", "2.500"),
            line("public_relations", "Plakate, Flyer, Anzeigen", "1.200"),
            line("accessibility", "Gebärdensprache und Leichte Sprache", "800"),
        ],
        requested: "20.000".into(),
        own: "2.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        ..Default::default()
    }
}

fn receipt(on: &str, payee: &str, what: &str, line: &str, amount: &str) -> ReceiptForm {
    ReceiptForm { on: on.into(), payee: payee.into(), what: what.into(), line: line.into(), amount: amount.into() }
}

fn interim_report() -> ReportForm {
    ReportForm {
        process: "Die Auftaktkonferenz im September 2025 brachte 140 Menschen zusammen. Bis Januar 2026 fanden vier der sechs \
                  Werkstätten statt; die Gespräche in den Moscheegemeinden begannen später als geplant, weil die \
                  Dolmetscherinnen erst ab November frei waren."
            .into(),
        participation:
            "Zeitraum: 01.07.2025 – 31.01.2026\nAuftaktkonferenz: 140 Teilnehmende\nWerkstätten: 4 mit zusammen 96 Teilnehmenden\n\
                        Ideen online und auf Papier: 212\nUmfrage in sechs Sprachen: 388 Antworten"
                .into(),
        strategy: "Der Entwurf entsteht; der Beschluss ist für Herbst 2026 geplant.".into(),
        receipts: vec![
            receipt("2025-09-30", "Büro Brückenschlag", "Moderation Auftaktkonferenz", "1", "3.200"),
            receipt("2025-11-28", "Büro Brückenschlag", "Moderation Werkstätten 1 und 2", "1", "2.800"),
            receipt("2025-09-20", "Bürgerhaus Musterstadt", "Saalmiete und Verpflegung Auftakt", "2", "1.450"),
            receipt("2025-12-12", "Sprachmittlerpool Main-Kinzig", "Dolmetschen Werkstätten", "3", "1.100"),
            receipt("2025-08-15", "Druckerei Weber", "Plakate und Flyer in sechs Sprachen", "4", "980"),
        ],
    }
}

/// Applies for call `call` (its window open for now), approves, pays and reports.
pub(super) async fn seed(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (state, officer): (&Tenant, domain::ids::UserId),
    musterstadt: &Tenant,
    call: &Call,
) -> anyhow::Result<()> {
    let Some(coordinator) = store::accounts::user_by_email(txn, "coordinator@musterstadt.example").await? else {
        return Ok(());
    };
    let coordinator = coordinator.id;
    let mut form = form(call);
    let id = store::funding::applications::create(txn, &musterstadt.scope, coordinator, call, &form.title).await?;
    let file = store_pdf(
        txn,
        files,
        (musterstadt, coordinator),
        (Slot::ApplicationAttachment, id),
        "Beschluss Antragstellung.pdf",
        &resolution(musterstadt),
    )
    .await?;
    for requirement in &call.draft.rules.required_attachments {
        form.attach(requirement, file.id, &file.name);
    }
    let applicant = Applicant {
        kind: ApplicantKind::Municipality,
        name: musterstadt.name.clone(),
        population: musterstadt.population.unwrap_or(0),
        partners: vec![],
    };
    store::funding::applications::submit(txn, &musterstadt.scope, coordinator, id, &form, &call.draft.rules, &applicant).await?;
    store::funding::history::date_application(txn, id, at(2025, 4, 10), None).await?;

    let grant = Grant {
        granted: Money::from_euros(20_000),
        starts_on: day(2025, 7, 1),
        ends_on: day(2026, 12, 31),
        conditions: "Die Strategie wird der Stadtverordnetenversammlung bis zum Ende des Förderzeitraums zum Beschluss vorgelegt.".into(),
        reporting_dates: vec![day(2026, 1, 31), day(2027, 3, 31)],
    };
    let reviewed = store::funding::review::approve(txn, &state.scope, officer, id, &grant, call.draft.rules.max_grant).await?;
    let decided = at(2025, 6, 12);
    store::funding::history::date_application(txn, id, at(2025, 4, 10), Some(decided)).await?;
    let Some(programme) = store::funding::programmes::get(txn, &state.scope, call.programme).await? else {
        return Ok(());
    };
    let application = store::funding::applications::get(txn, &musterstadt.scope, id).await?.unwrap_or(reviewed.application);
    let about = web::LetterAbout { land: state, programme: &programme, call, municipality: musterstadt, application: &application };
    let (name, letter) = web::decision_letter(&about, &grant, decided);
    store_pdf(txn, files, (musterstadt, officer), (Slot::ApplicationLetter, id), &name, &letter).await?;

    for (amount, wanted_on, purpose) in
        [(10_000, day(2025, 8, 1), "Erste Rate: Auftakt und Werkstätten"), (8_000, day(2026, 3, 1), "Zweite Rate: Entwurf und Beratung")]
    {
        let wanted = PaymentRequest { amount: Money::from_euros(amount), wanted_on, purpose: purpose.into() };
        let payment = store::funding::payments::request(txn, &musterstadt.scope, coordinator, id, &wanted).await?;
        store::funding::payments::decide(txn, &state.scope, officer, payment, None).await?;
    }
    store::funding::reports::submit(txn, &musterstadt.scope, coordinator, &application, 1, &interim_report()).await?;
    store::funding::reports::accept(txn, &state.scope, officer, id, 1).await?;
    Ok(())
}
