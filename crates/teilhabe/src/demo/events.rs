//! Musterstadt's events: a workshop coming up with all places taken and a
//! waiting list, a citizens' evening and an online meeting; two workshops
//! held already, whose cards were entered as ideas, and a few paper
//! questionnaires.

use chrono::{NaiveTime, TimeDelta};
use domain::accounts::{MunicipalRole, Role};
use domain::bands::{Band, Dimension};
use domain::events::form::NewEvent;
use domain::events::kinds::EventKind;
use domain::events::registration::Needs;
use store::WriteTransaction;
use store::tenancy::Tenant;

use super::participation::PROCESS_SLUG;

/// Adds the events unless Musterstadt has some already.
pub async fn seed(txn: &WriteTransaction, musterstadt: &Tenant) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    if !store::events::upcoming(txn, &scope, None, store::now() - TimeDelta::days(3650)).await?.is_empty() {
        return Ok(());
    }
    let Some(process) = store::participation::processes::head_by_slug(txn, &scope, PROCESS_SLUG).await? else {
        return Ok(());
    };
    let coordinators = store::accounts::emails_with_role(txn, scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    let Some((email, _)) = coordinators.first() else {
        return Ok(());
    };
    let Some(coordinator) = store::accounts::user_by_email(txn, email).await?.map(|u| u.id) else {
        return Ok(());
    };
    let today = web::participation_today();
    let at = |days: i64, hour: u32, minute: u32| {
        let day = today + TimeDelta::days(days);
        domain::events::form::berlin_time(&format!(
            "{}T{}",
            day,
            NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default().format("%H:%M")
        ))
        .unwrap_or_else(store::now)
    };
    let events = [
        NewEvent {
            title: "Workshop „Sprache & Bildung“".into(),
            description: "Wie lernen Kinder, Jugendliche und Erwachsene in Musterstadt Deutsch – und wie bleiben ihre \
                          Herkunftssprachen lebendig? Wir sammeln in kleinen Gruppen, was gut läuft und was fehlt.\n\n\
                          Es gibt Getränke und einen kleinen Imbiss."
                .into(),
            kind: EventKind::Workshop,
            starts_at: at(12, 18, 0),
            ends_at: at(12, 20, 30),
            place_name: "Stadtbibliothek, Lesesaal".into(),
            address: "Marktplatz 3, 61234 Musterstadt".into(),
            step_free: true,
            hearing_loop: true,
            accessibility_notes: "Aufzug am Seiteneingang; barrierefreie Toilette im Erdgeschoss.".into(),
            online_link: None,
            capacity: Some(4),
            registration_deadline: Some(at(10, 12, 0)),
            languages: "Deutsch, Türkisch".into(),
            interpretation: "Arabisch, Ukrainisch".into(),
            target_groups: "Eltern, Lehrkräfte, Sprachkursträger, Vereine".into(),
        },
        NewEvent {
            title: "Bürgerabend Nordstadt: Wohnen & Nachbarschaft".into(),
            description: "Ein offener Abend für alle, die in der Nordstadt wohnen: Was macht die Nachbarschaft aus, \
                          was sollte die Strategie verändern? Kinderbetreuung ist vor Ort."
                .into(),
            kind: EventKind::CitizensEvening,
            starts_at: at(19, 19, 0),
            ends_at: at(19, 21, 0),
            place_name: "Bürgerhaus Nordstadt".into(),
            address: "Lindenstraße 12, 61234 Musterstadt".into(),
            step_free: true,
            hearing_loop: false,
            accessibility_notes: String::new(),
            online_link: None,
            capacity: None,
            registration_deadline: None,
            languages: "Deutsch".into(),
            interpretation: "Türkisch, Arabisch, Deutsche Gebärdensprache".into(),
            target_groups: "Alle aus der Nordstadt".into(),
        },
        NewEvent {
            title: "Online-Sprechstunde zur Beteiligung".into(),
            description: "Fragen zur Beteiligung? Das Koordinationsteam beantwortet sie live – auch auf Englisch.".into(),
            kind: EventKind::OnlineMeeting,
            starts_at: at(5, 17, 0),
            ends_at: at(5, 18, 0),
            place_name: String::new(),
            address: String::new(),
            step_free: false,
            hearing_loop: false,
            accessibility_notes: "Mit Live-Untertiteln.".into(),
            online_link: Some("https://meet.musterstadt.example/beteiligung".into()),
            capacity: Some(50),
            registration_deadline: None,
            languages: "Deutsch, Englisch".into(),
            interpretation: String::new(),
            target_groups: "Alle".into(),
        },
    ];
    let mut ids = Vec::new();
    for event in &events {
        let html = format!("<p>{}</p>", event.description.replace("\n\n", "</p><p>"));
        ids.push(store::events::create(txn, &scope, coordinator, process.id, event, &html).await?);
    }
    // The workshop's four places are taken and two people wait.
    let people = [
        "resident@demo.example",
        "verein@demo.example",
        "owner@musterstadt.example",
        "moderator@musterstadt.example",
        "coordinator@musterstadt.example",
    ];
    for (n, email) in people.iter().enumerate() {
        let Some(user) = store::accounts::user_by_email(txn, email).await? else { continue };
        let needs = match n {
            0 => Needs { interpretation: Some("Türkisch".into()), childcare: true, ..Needs::default() },
            2 => Needs { step_free: true, ..Needs::default() },
            _ => Needs::default(),
        };
        let _ = store::events::registrations::register(txn, &scope, ids[0], user.id, &needs).await?;
    }
    past_workshops(txn, musterstadt, process.id, coordinator, &at).await
}

/// Attendance counted by voluntary band.
fn bands(counts: &[(Dimension, &str, u32)]) -> std::collections::BTreeMap<Band, u32> {
    counts.iter().map(|(d, key, n)| (Band::new(*d, *key), *n)).collect()
}

/// What the coordinators recorded after each past workshop.
fn results_of(days: i64) -> domain::events::results::EventResults {
    use domain::events::results::EventResults;
    if days < -30 {
        EventResults {
            report: "18 Menschen aus Betrieben, Beratungsstellen und Sprachkursen haben an drei Tischen gearbeitet. \
                     Am häufigsten genannt: Praktika, schnellere Anerkennung von Abschlüssen und Sprachkurse neben der Arbeit.\n\n\
                     **Nächste Schritte:** Das Jobcenter lädt im Frühjahr zu einer Praktikumsbörse ein; \
                     die Karten sind unten als Ideen eingetragen."
                .into(),
            attendance: Some(18),
            bands: bands(&[
                (Dimension::Age, "18_29", 7),
                (Dimension::Age, "30_49", 8),
                (Dimension::Age, "50_64", 3),
                (Dimension::Migration, "none", 6),
                (Dimension::Migration, "own", 9),
                (Dimension::Migration, "parents", 3),
            ]),
        }
    } else {
        EventResults {
            report: "In der Moschee kamen Vorstände von Sportvereinen, Kulturvereinen und Gemeinden zusammen. \
                     Gedolmetscht wurde ins Türkische und Arabische.\n\n\
                     Viele wünschen sich ein gemeinsames Fest und offene Räume für die Hausaufgabenhilfe."
                .into(),
            attendance: Some(26),
            bands: bands(&[(Dimension::Age, "18_29", 6), (Dimension::Age, "30_49", 11), (Dimension::Age, "50_64", 7)]),
        }
    }
}

/// Two workshops held weeks ago, with the cards written there, and paper questionnaires.
async fn past_workshops(
    txn: &WriteTransaction,
    musterstadt: &Tenant,
    process: i64,
    coordinator: domain::ids::UserId,
    at: &dyn Fn(i64, u32, u32) -> chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    use domain::participation::offline::{Card, OfflineSource, Origin};
    let scope = musterstadt.scope;
    let held = [
        (
            -42,
            "Workshop „Arbeit & Ausbildung“ im Jobcenter",
            "Mit Betrieben, Kammern und Beratungsstellen: Wie finden Zugewanderte schneller Arbeit und Ausbildung?",
            vec![
                ("Karte 1", "Praktikumsbörse mit Betrieben aus der Stadt", Some("Olena S.")),
                ("Karte 2", "Anerkennung von Abschlüssen an einer Stelle beraten", None),
                ("Karte 3", "Sprachkurse, die neben der Arbeit möglich sind", None),
                ("Karte 4", "Ausbildungsmesse auch in Türkisch und Arabisch", Some("Mehmet A.")),
                ("Karte 5", "Patenschaften von Azubis für neue Azubis", None),
            ],
        ),
        (
            -21,
            "Workshop „Vereine, Sport & Kultur“ in der Moschee",
            "Gemeinsam mit Vereinen und Gemeinden: Wie öffnen sich Vereine für alle?",
            vec![
                ("Karte 1", "Schnuppertraining für Mädchen im Sportverein", None),
                ("Karte 2", "Vereinsbeiträge für Familien mit wenig Geld senken", Some("Aylin D.")),
                ("Karte 3", "Ein gemeinsames Fest der Kulturen im Stadtpark", None),
                ("Karte 4", "Räume der Gemeinden für Hausaufgabenhilfe öffnen", None),
            ],
        ),
    ];
    for (days, title, description, cards) in held {
        let event = NewEvent {
            title: title.into(),
            description: description.into(),
            kind: EventKind::Workshop,
            starts_at: at(days, 17, 0),
            ends_at: at(days, 20, 0),
            place_name: "Musterstadt".into(),
            address: "Marktplatz 1, 61234 Musterstadt".into(),
            step_free: true,
            hearing_loop: false,
            accessibility_notes: String::new(),
            online_link: None,
            capacity: Some(25),
            registration_deadline: None,
            languages: "Deutsch, Türkisch, Arabisch".into(),
            interpretation: "Türkisch, Arabisch".into(),
            target_groups: "Vereine, Betriebe, Engagierte".into(),
        };
        let html = format!("<p>{description}</p>");
        let id = store::events::create(txn, &scope, coordinator, process, &event, &html).await?;
        let results = results_of(days);
        store::events::record_results(txn, &scope, coordinator, id, &results, &web::render_markdown(&results.report)).await?;
        let origin = Origin { source: OfflineSource::Workshop, event: Some(id), note: title.into() };
        let cards: Vec<_> = cards
            .into_iter()
            .enumerate()
            .map(|(index, (mark, title, name))| {
                let card = Card {
                    index,
                    title: title.into(),
                    body: String::new(),
                    action_field: None,
                    neighbourhood: None,
                    contributor: name.map(str::to_owned),
                    note: format!("{} – {mark}", origin.note),
                };
                (card, String::new())
            })
            .collect();
        store::participation::offline::enter_ideas(txn, &scope, process, coordinator, &origin, &cards).await?;
    }
    let paper = Origin { source: OfflineSource::Paper, event: None, note: "Fragebogen im Bürgerbüro".into() };
    let cards: Vec<_> = [
        "Mehr Sitzbänke und Schatten am Marktplatz",
        "Sprechstunde im Rathaus auch auf Russisch und Ukrainisch",
        "Ein Nachbarschaftscafé in der Nordstadt",
    ]
    .into_iter()
    .enumerate()
    .map(|(index, title)| {
        let card = Card {
            index,
            title: title.into(),
            body: String::new(),
            action_field: None,
            neighbourhood: None,
            contributor: None,
            note: format!("{} – Nr. {}", paper.note, index + 1),
        };
        (card, String::new())
    })
    .collect();
    store::participation::offline::enter_ideas(txn, &scope, process, coordinator, &paper, &cards).await?;
    Ok(())
}
