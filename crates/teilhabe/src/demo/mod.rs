//! The demo installation: the state "Land Hessen (Demo)", five
//! municipalities, legal pages and one account per role. Idempotent: running
//! it again adds only what is missing. Each domain's demo content has its
//! own module here.

mod concept;
mod concept_data;
mod concept_revision;
mod draft_concept;
mod events;
mod funding;
mod ideas;
mod organisations;
pub(crate) mod participation;
mod progress;
pub(crate) mod surveys;

use domain::accounts::{MunicipalRole, Role, StateRole};
use domain::legal::LegalPageKind;
use domain::tenancy::MunicipalityForm;
use store::DatabaseConnection;
use store::tenancy::Tenant;

/// The one password of every demo account (never used outside demo data).
pub const DEMO_PASSWORD: &str = "teilhabe-demo";

struct DemoMunicipality {
    name: &'static str,
    slug: &'static str,
    ags: &'static str,
    population: i64,
    district: &'static str,
}

const MUNICIPALITIES: [DemoMunicipality; 5] = [
    DemoMunicipality { name: "Musterstadt", slug: "musterstadt", ags: "06435990", population: 38_000, district: "Main-Kinzig-Kreis" },
    DemoMunicipality { name: "Beispielheim", slug: "beispielheim", ags: "06440990", population: 12_500, district: "Wetteraukreis" },
    DemoMunicipality { name: "Großstadt am Main", slug: "grossstadt", ags: "06412990", population: 120_000, district: "kreisfreie Stadt" },
    DemoMunicipality { name: "Talheim", slug: "talheim", ags: "06531990", population: 6_200, district: "Landkreis Gießen" },
    DemoMunicipality { name: "Kleinau", slug: "kleinau", ags: "06531991", population: 4_800, district: "Landkreis Gießen" },
];

/// (e-mail, display name, role, municipality slug or None for the state space)
const ACCOUNTS: [(&str, &str, Option<Role>, Option<&str>); 10] = [
    ("admin@demo.example", "Plattform-Administration", Some(Role::PlatformAdmin), None),
    ("officer@demo.example", "Programmreferentin Land", Some(Role::State(StateRole::ProgrammeOfficer)), None),
    ("coordinator@musterstadt.example", "Koordination Musterstadt", Some(Role::Municipal(MunicipalRole::Coordinator)), Some("musterstadt")),
    (
        "coordinator@beispielheim.example",
        "Koordination Beispielheim",
        Some(Role::Municipal(MunicipalRole::Coordinator)),
        Some("beispielheim"),
    ),
    (
        "coordinator@grossstadt.example",
        "Koordination Großstadt am Main",
        Some(Role::Municipal(MunicipalRole::Coordinator)),
        Some("grossstadt"),
    ),
    ("coordinator@talheim.example", "Koordination Talheim", Some(Role::Municipal(MunicipalRole::Coordinator)), Some("talheim")),
    ("moderator@musterstadt.example", "Moderation Musterstadt", Some(Role::Municipal(MunicipalRole::Moderator)), Some("musterstadt")),
    (
        "owner@musterstadt.example",
        "Maßnahmenverantwortung Musterstadt",
        Some(Role::Municipal(MunicipalRole::MeasureOwner)),
        Some("musterstadt"),
    ),
    ("resident@demo.example", "Ayşe Demir", None, None),
    ("verein@demo.example", "Interkultureller Verein Musterstadt", None, None),
];

pub async fn seed(db: &DatabaseConnection, files: &files::FileStore) -> anyhow::Result<()> {
    let txn = store::begin_write(db).await?;
    let state = store::tenancy::ensure_state(&txn, "hessen", "Land Hessen (Demo)").await?;
    seed_legal(&txn, &state, "Land Hessen (Demo)").await?;
    let mut tenants = Vec::new();
    for m in &MUNICIPALITIES {
        let tenant = match store::tenancy::municipality_by_slug(&txn, m.slug).await? {
            Some(existing) => existing,
            None => {
                let form = MunicipalityForm {
                    name: m.name.into(),
                    slug: m.slug.into(),
                    ags: m.ags.into(),
                    population: m.population.to_string(),
                    district: m.district.into(),
                };
                let input = form.validate().map_err(|e| anyhow::anyhow!("invalid demo municipality: {e:?}"))?;
                store::tenancy::create_municipality(&txn, None, &input).await?
            }
        };
        seed_legal(&txn, &tenant, m.name).await?;
        tenants.push(tenant);
    }
    for (email, name, role, slug) in ACCOUNTS {
        let user = match store::accounts::user_by_email(&txn, email).await? {
            Some(user) => user.id,
            None => {
                let hash = web::accounts::password::hash(DEMO_PASSWORD);
                store::accounts::create_user(
                    &txn,
                    store::accounts::NewUser { email, display_name: name, password_hash: &hash, locale: "de", email_confirmed: true },
                )
                .await?
            }
        };
        if let Some(role) = role {
            let tenant = match slug {
                Some(slug) => tenants.iter().find(|t| t.slug == slug).map(|t| t.scope.id()),
                None => Some(state.scope.id()),
            };
            if let Some(tenant) = tenant {
                store::accounts::assign_role(&txn, None, user, tenant, role).await?;
            }
        }
    }
    if let Some(musterstadt) = tenants.iter().find(|t| t.slug == "musterstadt") {
        participation::seed(&txn, musterstadt, &web::accounts::password::hash(DEMO_PASSWORD)).await?;
    }
    // After the processes: an organisation's topics are their action fields.
    if let Some(musterstadt) = tenants.iter().find(|t| t.slug == "musterstadt") {
        organisations::seed(&txn, musterstadt).await?;
        events::seed(&txn, musterstadt).await?;
        surveys::seed(&txn, musterstadt).await?;
        concept::seed(&txn, musterstadt).await?;
    }
    if let Some(beispielheim) = tenants.iter().find(|t| t.slug == "beispielheim") {
        draft_concept::seed(&txn, beispielheim).await?;
    }
    let slug = |s: &str| tenants.iter().find(|t| t.slug == s);
    let applicants = funding::Applicants {
        musterstadt: slug("musterstadt"),
        beispielheim: slug("beispielheim"),
        grossstadt: slug("grossstadt"),
        talheim: slug("talheim").zip(slug("kleinau")),
    };
    funding::seed(&txn, files, &state, applicants).await?;
    // The demo's history shows in the platform but is not mailed.
    store::notifications::mailing::settle_history(&txn, store::now()).await?;
    txn.commit().await?;
    Ok(())
}

async fn seed_legal(txn: &store::WriteTransaction, tenant: &Tenant, name: &str) -> anyhow::Result<()> {
    for kind in LegalPageKind::ALL {
        if store::legal::page(txn, &tenant.scope, kind).await?.is_none() {
            store::legal::save(txn, &tenant.scope, kind, &legal_text(kind, name), None).await?;
        }
    }
    Ok(())
}

fn legal_text(kind: LegalPageKind, name: &str) -> String {
    match kind {
        LegalPageKind::Imprint => format!(
            "## Anbieter\n\n{name}  \nRathausplatz 1  \n12345 {name}\n\nTelefon: 01234 5678-0  \nE-Mail: beteiligung@{slug}.example\n\n\
             ## Vertreten durch\n\nDie Bürgermeisterin bzw. den Bürgermeister.\n\n\
             ## Verantwortlich für den Inhalt\n\nKoordinationsstelle Vielfalt und Integration, Anschrift wie oben.\n\n\
             *Dies ist eine Demo-Installation. Alle Angaben sind erfunden.*",
            slug = name.to_lowercase().replace(' ', "-")
        ),
        LegalPageKind::Privacy => format!(
            "## Verantwortliche Stelle\n\n{name}, Rathausplatz 1, 12345 {name}.\n\n\
             ## Welche Daten wir verarbeiten\n\nWenn Sie sich registrieren, speichern wir Ihre E-Mail-Adresse, Ihren Anzeigenamen \
             und ein sicher verschlüsseltes Passwort. Ihre Beiträge sind öffentlich sichtbar. \
             Freiwillige Angaben zu Ihrer Person werden getrennt gespeichert und nur zusammengefasst ausgewertet.\n\n\
             ## Ihre Rechte\n\nSie können Ihre Daten jederzeit herunterladen und Ihr Konto löschen. \
             Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Beschwerde bei der Aufsichtsbehörde.\n\n\
             *Dies ist eine Demo-Installation.*"
        ),
        LegalPageKind::Netiquette => format!(
            "Damit sich alle auf dieser Plattform wohlfühlen und mitreden können, gelten in {name} diese Regeln:\n\n\
             1. **Respekt:** Wir greifen Ideen an, nicht Menschen. Beleidigungen, Herabsetzungen und Diskriminierung – wegen Herkunft, \
             Religion, Geschlecht, Alter, Behinderung oder anderer Merkmale – sind nicht erlaubt.\n\
             2. **Bei der Sache bleiben:** Beiträge gehören zum Thema des Verfahrens.\n\
             3. **Alle Sprachen sind willkommen.** Schreiben Sie so, wie Sie es können.\n\
             4. **Keine persönlichen Daten anderer** und keine Werbung.\n\n\
             Beiträge, die gegen diese Regeln verstoßen, blendet die Moderation aus. An ihrer Stelle steht dann der Grund. \
             Nichts wird heimlich gelöscht. Sie können jeden Beitrag über „Melden“ der Moderation zeigen."
        ),
        LegalPageKind::Accessibility => format!(
            "## Stand der Vereinbarkeit mit den Anforderungen\n\n{name} ist bemüht, dieses Angebot im Einklang mit der \
             Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. \
             Die Seiten werden bei jeder Änderung automatisch gegen WCAG 2.1 AA geprüft.\n\n\
             ## Nicht barrierefreie Inhalte\n\nHochgeladene Dokumente Dritter sind möglicherweise nicht vollständig barrierefrei.\n\n\
             ## Feedback und Kontakt\n\nSind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns: \
             barrierefreiheit@example.org.\n\n\
             ## Schlichtungsverfahren\n\nWenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, \
             können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden."
        ),
    }
}

pub fn print_accounts(url: Option<&str>) {
    if let Some(url) = url {
        println!("Open {url} in your browser.");
    }
    println!("\nDemo accounts (password for all: {DEMO_PASSWORD}):");
    for (email, _, role, slug) in ACCOUNTS {
        let what = match (role, slug) {
            (Some(role), Some(slug)) => format!("{} in {slug}", role.as_str()),
            (Some(role), None) => role.as_str().to_owned(),
            (None, _) => "participant".to_owned(),
        };
        println!("  {email:<34} {what}");
    }
    println!();
}
