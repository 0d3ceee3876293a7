//! Demo organisations in Musterstadt: two verified ones in the stakeholder
//! directory and one waiting for the coordinator's review. Topics are taken
//! from the action fields of Musterstadt's processes when those exist.

use domain::accounts::{MunicipalRole, Role};
use domain::organisations::OrganisationForm;
use store::WriteTransaction;
use store::tenancy::Tenant;

struct DemoOrganisation {
    name: &'static str,
    kind: &'static str,
    /// The demo account that is its admin, if any.
    admin: Option<&'static str>,
    verified: bool,
    website: &'static str,
    contact_email: &'static str,
    languages: &'static str,
    topics: &'static [&'static str],
    description: &'static str,
}

const ORGANISATIONS: [DemoOrganisation; 3] = [
    DemoOrganisation {
        name: "Interkultureller Verein Musterstadt e. V.",
        kind: "association",
        admin: Some("verein@demo.example"),
        verified: true,
        website: "https://interkultureller-verein.example",
        contact_email: "kontakt@interkultureller-verein.example",
        languages: "Deutsch, Türkçe, العربية, Українська, English",
        topics: &["Sprache & Bildung", "Vereine, Sport & Kultur", "Politische Teilhabe"],
        description: "Seit 1998 bringen wir Menschen aus über 30 Herkunftsländern zusammen – im Vereinsheim in der Altstadt \
                      und bei Festen in der ganzen Stadt.\n\n\
                      ## Was wir anbieten\n\n\
                      * Sprachcafé jeden Dienstag ab 17 Uhr, auch für Anfängerinnen und Anfänger\n\
                      * Begleitung zu Ämtern, Ärztinnen und Ärzten und Elternabenden\n\
                      * Interkulturelles Sommerfest im Stadtpark\n\n\
                      Neue Mitglieder und Ehrenamtliche sind herzlich willkommen.",
    },
    DemoOrganisation {
        name: "Bäckerei Yıldız",
        kind: "business",
        admin: None,
        verified: true,
        website: "https://baeckerei-yildiz.example",
        contact_email: "info@baeckerei-yildiz.example",
        languages: "Deutsch, Türkçe",
        topics: &["Arbeit & Ausbildung"],
        description: "Familienbetrieb in der Nordstadt seit 2009. Wir bilden jedes Jahr zwei Bäckerinnen oder Bäcker aus – \
                      gern auch junge Menschen, die erst seit Kurzem in Deutschland leben – und bieten Praktika für \
                      Schülerinnen und Schüler an.",
    },
    DemoOrganisation {
        name: "Elternnetz Nordstadt",
        kind: "migrant_organisation",
        admin: Some("resident@demo.example"),
        verified: false,
        website: "",
        contact_email: "elternnetz-nordstadt@example.org",
        languages: "Deutsch, Türkçe, Русский",
        topics: &["Sprache & Bildung"],
        description: "Eltern helfen Eltern: Wir erklären das Schulsystem, übersetzen bei Elterngesprächen und treffen uns \
                      einmal im Monat im Stadtteilzentrum Nordstadt.",
    },
];

/// Adds what is missing: the organisations, and their topics once the
/// action fields exist.
pub async fn seed(txn: &WriteTransaction, musterstadt: &Tenant) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    let available = store::organisations::topic_choices(txn, &scope).await?;
    let coordinator = match store::accounts::emails_with_role(txn, scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?.first() {
        Some((email, _)) => store::accounts::user_by_email(txn, email).await?.map(|u| u.id),
        None => None,
    };
    for demo in &ORGANISATIONS {
        let topics: Vec<String> = demo.topics.iter().filter(|t| available.iter().any(|a| a == *t)).map(|t| (*t).to_owned()).collect();
        if let Some(existing) = store::organisations::by_name(txn, &scope, demo.name).await? {
            if existing.topics.is_empty() && !topics.is_empty() {
                store::organisations::set_topics(txn, &scope, existing.id, &topics).await?;
            }
            continue;
        }
        let form = OrganisationForm {
            name: demo.name.into(),
            kind: demo.kind.into(),
            description: demo.description.into(),
            website: demo.website.into(),
            contact_email: demo.contact_email.into(),
            languages: demo.languages.into(),
            topics,
        };
        let input = form.validate(&available).map_err(|e| anyhow::anyhow!("invalid demo organisation {}: {e:?}", demo.name))?;
        let admin = match demo.admin {
            Some(email) => store::accounts::user_by_email(txn, email).await?.map(|u| u.id),
            None => None,
        };
        let id = store::organisations::create(txn, &scope, admin, &input, &web::render_markdown(&input.description)).await?;
        if demo.verified {
            store::organisations::set_verified(txn, &scope, id, coordinator, true).await?;
        }
    }
    Ok(())
}
