//! The state's funding programme "WIR – Kommunale Vielfalts- und
//! Integrationsstrategien (Demo)": one funding line, the closed 2025 call
//! (at most 20,000 EUR) and the open call after it (at most 30,000 EUR),
//! whose window runs from three months before the demo was made to eight
//! weeks after. Beispielheim's application to it is half written;
//! Musterstadt's is submitted and waits for review.

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
    if let Some(beispielheim) = applicants.beispielheim {
        draft_application(txn, state, beispielheim, open).await?;
    }
    if let Some(musterstadt) = applicants.musterstadt {
        submitted_application(txn, files, state, musterstadt, open).await?;
    }
    Ok(())
}

/// The council's resolution to apply, as the PDF a municipality attaches.
fn resolution(municipality: &Tenant) -> anyhow::Result<Vec<u8>> {
    use domain::documents::{ReportBlock, ReportDocument, ReportSection};
    let text = format!(
        "Die Stadtverordnetenversammlung von {} beschließt, beim Land Fördermittel aus dem Programm „WIR – Kommunale \
         Vielfalts- und Integrationsstrategien“ für die Entwicklung einer kommunalen Vielfalts- und Integrationsstrategie zu \
         beantragen. Der Magistrat wird beauftragt, den Antrag zu stellen.",
        municipality.name
    );
    let doc = ReportDocument {
        lang: "de".into(),
        municipality: municipality.name.clone(),
        title: "Beschluss zur Antragstellung (Demo)".into(),
        lines: vec!["Auszug aus der Niederschrift der Sitzung der Stadtverordnetenversammlung".into()],
        contents_word: String::new(),
        page_word: "Seite".into(),
        sections: vec![ReportSection {
            heading: "Beschluss".into(),
            blocks: vec![ReportBlock::Text(text), ReportBlock::Facts(vec![("Abstimmung".into(), "einstimmig".into())])],
        }],
    };
    pdf::report(&doc).map_err(|e| anyhow::anyhow!("demo resolution: {e}"))
}

/// Musterstadt's application for the open call, complete with its council
/// resolution and submitted: it waits for the officers' review.
async fn submitted_application(
    txn: &WriteTransaction,
    files: &files::FileStore,
    state: &Tenant,
    musterstadt: &Tenant,
    call: i64,
) -> anyhow::Result<()> {
    use domain::files::{FileType, Slot};
    let Some(coordinator) = store::accounts::user_by_email(txn, "coordinator@musterstadt.example").await? else {
        return Ok(());
    };
    let Some(call) = store::funding::calls::get(txn, &state.scope, call).await? else {
        return Ok(());
    };
    let title = "Gelebte Vielfalt in Musterstadt";
    let id = store::funding::applications::create(txn, &musterstadt.scope, coordinator.id, &call, title).await?;
    let year = chrono::Datelike::year(&web::participation_today()) + 1;
    let line = |category: &str, description: &str, amount: &str| domain::funding::application::CostLineForm {
        category: category.into(),
        description: description.into(),
        amount: amount.into(),
    };
    let mut form = domain::funding::application::ApplicationForm {
        title: title.into(),
        situation: "In Musterstadt leben 38.000 Menschen aus über 90 Ländern. Angebote gibt es viele, abgestimmt sind sie kaum; Eltern ohne Deutschkenntnisse erreicht die Stadt schlecht.".into(),
        objectives: "Eine von der Stadtverordnetenversammlung beschlossene Vielfalts- und Integrationsstrategie mit Handlungsfeldern, Zielen und Maßnahmen, deren Umsetzung öffentlich verfolgt wird.".into(),
        formats: "Auftaktkonferenz, sechs Werkstätten zu den Handlungsfeldern, aufsuchende Gespräche in Moscheegemeinden, Kitas und Sportvereinen, Online-Beteiligung auf dieser Plattform, eine Umfrage auf Papier in sechs Sprachen.".into(),
        target_groups: "Alle Einwohnerinnen und Einwohner. Schwer erreichbare Gruppen – Eltern ohne Deutschkenntnisse, Ältere, Geflüchtete in Gemeinschaftsunterkünften – erreichen wir über Kitas, Migrantenorganisationen und Dolmetscherinnen bei jeder Werkstatt.".into(),
        time_plan: "Januar: Auftakt. Februar bis Juni: Werkstätten und Gespräche. September: Entwurf und Beratung. Dezember: Beschluss. Bis März des Folgejahres: erster Umsetzungsbericht.".into(),
        partners: "Ausländerbeirat, Interkultureller Verein Musterstadt, Volkshochschule".into(),
        starts_on: format!("{year}-01-01"),
        ends_on: format!("{}-03-31", year + 1),
        costs: vec![
            line("moderation", "Externe Prozessbegleitung und Moderation", "18.000"),
            line("workshops", "Auftaktkonferenz und Werkstätten", "4.000"),
            line("interpretation", "Dolmetschen und Übersetzen in sechs Sprachen", "3.500"),
            line("public_relations", "Plakate, Flyer, Anzeigen", "1.500"),
            line("accessibility", "Gebärdensprache und Leichte Sprache", "1.000"),
        ],
        requested: "28.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        ..Default::default()
    };
    let bytes = resolution(musterstadt)?;
    let stored = files.put(musterstadt.scope.id().0, bytes.into()).await.map_err(|e| anyhow::anyhow!("demo file: {e}"))?;
    let file = store::files::NewFile {
        slot: Slot::ApplicationAttachment,
        file_type: FileType::Pdf,
        name: "Beschluss Antragstellung.pdf".into(),
        storage_key: stored.key,
        size: stored.size,
        sha256: stored.sha256,
    };
    let file = store::files::record_pending(txn, &musterstadt.scope, coordinator.id, &file).await?;
    store::files::attach(txn, &musterstadt.scope, coordinator.id, Slot::ApplicationAttachment, &[file.id], id, None).await?;
    for requirement in &call.draft.rules.required_attachments {
        form.attach(requirement, file.id, &file.name);
    }
    let applicant = domain::funding::check::Applicant {
        kind: domain::funding::rules::ApplicantKind::Municipality,
        name: musterstadt.name.clone(),
        population: musterstadt.population.unwrap_or(0),
        partners: vec![],
    };
    store::funding::applications::submit(txn, &musterstadt.scope, coordinator.id, id, &form, &call.draft.rules, &applicant).await?;
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
