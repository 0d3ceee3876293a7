//! Applications for the open call, each at another step: Beispielheim's is
//! submitted and the officers asked for changes; Talheim's, jointly with
//! Kleinau, waits for review; Großstadt am Main's draft is complete but
//! breaks the population limit, which its form shows next to the field.

use domain::files::Slot;
use domain::funding::application::{ApplicationForm, partner_declaration};
use domain::funding::check::{Applicant, Partner};
use domain::funding::rules::ApplicantKind;
use store::WriteTransaction;
use store::funding::calls::Call;
use store::tenancy::Tenant;

use super::documents::{self, store_pdf};
use super::grant::line;

fn year(offset: i32) -> i32 {
    chrono::Datelike::year(&web::participation_today()) + offset
}

async fn coordinator(txn: &WriteTransaction, email: &str) -> anyhow::Result<Option<domain::ids::UserId>> {
    Ok(store::accounts::user_by_email(txn, email).await?.map(|u| u.id))
}

/// Creates the application with `form`, the council's resolution attached.
pub(super) async fn drafted(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (municipality, user): (&Tenant, domain::ids::UserId),
    call: &Call,
    mut form: ApplicationForm,
) -> anyhow::Result<(i64, ApplicationForm)> {
    let id = store::funding::applications::create(txn, &municipality.scope, user, call, &form.title).await?;
    let file = store_pdf(
        txn,
        files,
        (municipality, user),
        (Slot::ApplicationAttachment, id),
        "Beschluss Antragstellung.pdf",
        &documents::resolution(municipality),
    )
    .await?;
    for requirement in &call.draft.rules.required_attachments {
        form.attach(requirement, file.id, &file.name);
    }
    store::funding::applications::save_draft(txn, &municipality.scope, user, id, &form).await?;
    Ok((id, form))
}

pub(super) fn alone(municipality: &Tenant) -> Applicant {
    Applicant {
        kind: ApplicantKind::Municipality,
        name: municipality.name.clone(),
        population: municipality.population.unwrap_or(0),
        partners: vec![],
    }
}

/// Beispielheim's application: submitted, and the officers asked for changes.
pub(super) async fn beispielheim(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (state, officer): (&Tenant, domain::ids::UserId),
    beispielheim: &Tenant,
    call: &Call,
) -> anyhow::Result<()> {
    let Some(user) = coordinator(txn, "coordinator@beispielheim.example").await? else { return Ok(()) };
    let form = ApplicationForm {
        title: "Miteinander in Beispielheim – eine Strategie für alle".into(),
        situation: "Jedes Jahr ziehen rund 300 Menschen aus dem Ausland nach Beispielheim. Es gibt kein Bürgerbüro mit mehrsprachiger Beratung; die Vereine suchen Nachwuchs.".into(),
        objectives: "Eine von der Gemeindevertretung beschlossene Vielfalts- und Integrationsstrategie mit Maßnahmen für die nächsten fünf Jahre.".into(),
        formats: "Auftaktabend, drei Werkstätten, Gespräche in Vereinen und Moscheegemeinde, eine Umfrage auf Papier und online.".into(),
        target_groups: "Alle Einwohnerinnen und Einwohner; Neuzugezogene erreichen wir über das Einwohnermeldeamt und die Sprachkurse.".into(),
        time_plan: "März: Auftakt. April bis Juni: Werkstätten. September: Entwurf. Dezember: Beschluss.".into(),
        partners: "Sportverein Beispielheim, Volkshochschule".into(),
        starts_on: format!("{}-03-01", year(1)),
        ends_on: format!("{}-06-30", year(2)),
        costs: vec![line("moderation", "Externe Prozessbegleitung", "16.000"), line("interpretation", "Dolmetschen bei den Werkstätten", "3.000")],
        requested: "17.000".into(),
        own: "2.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        ..Default::default()
    };
    let (id, form) = drafted(txn, files, (beispielheim, user), call, form).await?;
    store::funding::applications::submit(txn, &beispielheim.scope, user, id, &form, &call.draft.rules, &alone(beispielheim)).await?;
    let message = "Bitte beschreiben Sie genauer, wie Sie ältere Menschen und Familien mit kleinen Kindern erreichen, \
                   und planen Sie dafür Mittel ein (z. B. Kinderbetreuung während der Werkstätten).";
    store::funding::review::request_changes(txn, &state.scope, officer, id, message).await?;
    Ok(())
}

/// Talheim's application together with Kleinau (each alone below 10,000
/// inhabitants), with Kleinau's declaration: it waits for review.
pub(super) async fn talheim(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (talheim, kleinau): (&Tenant, &Tenant),
    call: &Call,
) -> anyhow::Result<()> {
    let Some(user) = coordinator(txn, "coordinator@talheim.example").await? else { return Ok(()) };
    let form = ApplicationForm {
        title: "Zusammen im Tal – Vielfalt in Talheim und Kleinau".into(),
        situation: "Talheim und Kleinau teilen Schule, Feuerwehr und Sportverein. In beiden Orten leben seit 2022 Familien aus der Ukraine und Syrien, die bisher kaum Anschluss an das Vereinsleben finden.".into(),
        objectives: "Eine gemeinsame, von beiden Gemeindevertretungen beschlossene Strategie mit Maßnahmen, die beide Orte gemeinsam umsetzen.".into(),
        formats: "Ein gemeinsamer Auftakt, je zwei Werkstätten in beiden Orten, ein Dorfspaziergang mit Dolmetscherinnen, Online-Beteiligung.".into(),
        target_groups: "Alle Einwohnerinnen und Einwohner beider Orte; Geflüchtete erreichen wir über die Sprachkurse der Volkshochschule und die Schule.".into(),
        time_plan: "April: Auftakt. Mai bis September: Werkstätten. November: Entwurf. Februar: Beschlüsse in beiden Orten.".into(),
        partners: "Gemeinde Kleinau, Grundschule im Tal, TSV Talheim-Kleinau".into(),
        starts_on: format!("{}-04-01", year(1)),
        ends_on: format!("{}-03-31", year(2)),
        costs: vec![
            line("moderation", "Prozessbegleitung", "12.000"),
            line("workshops", "Werkstätten in beiden Orten", "2.400"),
            line("interpretation", "Dolmetschen Ukrainisch und Arabisch", "1.600"),
        ],
        requested: "16.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        joint_with: vec![kleinau.slug.clone()],
        ..Default::default()
    };
    let (id, mut form) = drafted(txn, files, (talheim, user), call, form).await?;
    let requirement = partner_declaration(&kleinau.name);
    let name = format!("{requirement}.pdf");
    let declaration =
        store_pdf(txn, files, (talheim, user), (Slot::ApplicationAttachment, id), &name, &documents::partner_declaration(kleinau, talheim))
            .await?;
    form.attach(&requirement, declaration.id, &declaration.name);
    let applicant = Applicant {
        kind: ApplicantKind::InterMunicipal,
        partners: vec![Partner { name: kleinau.name.clone(), population: kleinau.population.unwrap_or(0), declared: true }],
        ..alone(talheim)
    };
    store::funding::applications::submit(txn, &talheim.scope, user, id, &form, &call.draft.rules, &applicant).await?;
    Ok(())
}

/// Großstadt am Main's draft: complete, but the city is above the limit of
/// 50,000 inhabitants, so it cannot be submitted.
pub(super) async fn grossstadt(txn: &WriteTransaction, files: &files::FileStore, grossstadt: &Tenant, call: &Call) -> anyhow::Result<()> {
    let Some(user) = coordinator(txn, "coordinator@grossstadt.example").await? else { return Ok(()) };
    let form = ApplicationForm {
        title: "Vielfalt in der Großstadt".into(),
        situation: "In Großstadt am Main hat jede zweite Person eine Migrationsgeschichte; die Stadtteile unterscheiden sich stark.".into(),
        objectives: "Eine Strategie für die ganze Stadt mit Schwerpunkten in vier Stadtteilen.".into(),
        formats: "Stadtteilforen, Online-Beteiligung, Gespräche mit Migrantenorganisationen.".into(),
        target_groups: "Alle; Jugendliche über die Schulen, Ältere über die Seniorentreffs.".into(),
        time_plan: "Januar bis Dezember: Foren; danach Entwurf und Beschluss.".into(),
        starts_on: format!("{}-01-01", year(1)),
        ends_on: format!("{}-06-30", year(2)),
        costs: vec![line("moderation", "Prozessbegleitung in vier Stadtteilen", "30.000")],
        requested: "30.000".into(),
        declarations: call.draft.rules.required_declarations.clone(),
        ..Default::default()
    };
    drafted(txn, files, (grossstadt, user), call, form).await?;
    Ok(())
}
