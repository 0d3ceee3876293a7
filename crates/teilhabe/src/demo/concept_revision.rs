//! Version 2 of Musterstadt's concept (version 1 is what the council
//! adopted in June 2025): the revision after the first year, with a sharper
//! vision, a new measure and a raised target, now in public consultation,
//! with residents' comments on its paragraphs (one of them answered).

use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::quantity::Quantity;
use domain::concept::stage::{Stage, StageChange};
use domain::concept::texts::ConceptTexts;
use domain::ids::UserId;
use store::WriteTransaction;
use store::tenancy::Tenant;

pub(super) async fn seed(txn: &WriteTransaction, musterstadt: &Tenant, concept: i64, coordinator: UserId) -> anyhow::Result<()> {
    let scope = musterstadt.scope;

    let current = store::concept::get(txn, &scope).await?.ok_or_else(|| anyhow::anyhow!("the demo concept is missing"))?;
    let texts = ConceptTexts {
        vision: format!(
            "{}\n\nBis 2030 findet jede und jeder Neue in den ersten drei Monaten eine Ansprechperson, die die eigene Sprache spricht.",
            current.texts.vision
        ),
        ..current.texts.clone()
    };
    let vision_html = web::render_markdown(&texts.vision);
    store::concept::save_texts(txn, &scope, coordinator, &texts, &current.preamble_html, &vision_html).await?;

    // The language café reaches more families than planned: a higher target.
    if let Some(first) = store::concept::indicators::summaries(txn, &scope, None).await?.into_iter().next() {
        let raised = domain::concept::indicators::NewIndicator { target: Quantity::whole(40), ..first.details };
        store::concept::indicators::update(txn, &scope, coordinator, first.id, &raised).await?;
    }

    let outline = store::concept::outline::outline(txn, &scope, concept).await?;
    let goal = outline.first().and_then(|f| f.goals.first()).ok_or_else(|| anyhow::anyhow!("the demo concept has no goal"))?.id;
    let offered = store::concept::choices::measure_choices(txn, &scope).await?;
    let (owners, organisations, places) = (offered.owner_ids(), offered.organisation_ids(), offered.neighbourhood_ids());
    let form = MeasureForm {
        title: "Mehrsprachige Elternabende an allen Grundschulen".into(),
        description: "Elternabende mit Dolmetschung in die fünf meistgesprochenen Sprachen der Stadt. \
                      Vorgeschlagen in der Bilanz nach dem ersten Jahr."
            .into(),
        goals: vec![goal.to_string()],
        starts_on: "2027-02-01".into(),
        ends_on: "2028-07-31".into(),
        cost: "4500".into(),
        funding_source: "Landesprogramm WIR".into(),
        status: "planned".into(),
        ..MeasureForm::blank()
    };
    let goals = [goal];
    let choices = Choices { goals: &goals, owners: &owners, organisations: &organisations, neighbourhoods: &places };
    let measure = form.validate(choices, None).map_err(|e| anyhow::anyhow!("invalid demo measure: {e:?}"))?;
    store::concept::measures::create(txn, &scope, coordinator, concept, &measure, &web::render_markdown(&measure.description)).await?;

    // Open for comments for six more weeks from the day the demo is made.
    let until = web::participation_today() + chrono::Days::new(42);
    let consultation = StageChange { consultation_until: Some(until), ..StageChange::new(Stage::Consultation) };
    let version = store::concept::set_stage(txn, &scope, coordinator, &consultation).await?.unwrap_or(2);
    comments(txn, musterstadt, version, coordinator).await
}

/// What residents said on version 2 so far; the first one is answered.
async fn comments(txn: &WriteTransaction, musterstadt: &Tenant, version: i32, coordinator: UserId) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    let said = [
        (
            "olena.kovalenko@demo.example",
            "leitbild-2",
            "Eine Ansprechperson in der eigenen Sprache hätte mir 2022 sehr geholfen. Bitte auch Ukrainisch und Russisch einplanen.",
        ),
        (
            "resident@demo.example",
            "leitbild-2",
            "Wer sind diese Ansprechpersonen – Ehrenamtliche oder die Verwaltung? Das sollte im Konzept stehen.",
        ),
        ("verein@demo.example", "ziel-1-1", "Der Verein bietet an, die Elternabende mit seinen Sprachmittlerinnen zu begleiten."),
    ];
    let mut first = None;
    for (email, paragraph, text) in said {
        let Some(author) = store::accounts::user_by_email(txn, email).await? else { continue };
        let html = web::render_markdown(text);
        let id =
            store::concept::consultation::add(txn, &scope, web::participation_today(), version, paragraph, author.id, None, text, &html)
                .await?;
        first.get_or_insert(id);
    }
    if let Some(id) = first {
        let answer = domain::concept::consultation::Answer {
            outcome: domain::concept::consultation::Outcome::TakenUp,
            text: "Danke! Die nächste Fassung nennt Ukrainisch und Russisch ausdrücklich.".into(),
        };
        store::concept::consultation::answer(txn, &scope, coordinator, id, &answer, &web::render_markdown(&answer.text)).await?;
    }
    Ok(())
}
