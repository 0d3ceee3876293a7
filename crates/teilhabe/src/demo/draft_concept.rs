//! Beispielheim's concept "Miteinander in Beispielheim", still a draft: only
//! Beispielheim's coordination sees it, with two action fields, three goals
//! and four planned measures.

use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::structure::{FieldForm, GoalForm};
use domain::concept::texts::TextsForm;
use store::WriteTransaction;
use store::tenancy::Tenant;

/// A goal with the titles of its measures.
type Goal = (&'static str, &'static [&'static str]);

/// Action field, its starting point, and its goals with their measures.
const OUTLINE: [(&str, &str, &[Goal]); 2] = [
    (
        "Ankommen & Orientierung",
        "Jedes Jahr ziehen rund 300 Menschen aus dem Ausland nach Beispielheim. Es gibt kein Bürgerbüro mit mehrsprachiger Beratung.",
        &[
            (
                "Neue finden sich in den ersten drei Monaten zurecht",
                &["Willkommenstreffen jeden ersten Samstag", "Mehrsprachiger Stadtplan"],
            ),
            ("Ämter sind für alle verständlich", &["Sprechstunde mit Dolmetschung im Rathaus"]),
        ],
    ),
    (
        "Vereine & Ehrenamt",
        "Die Vereine suchen Nachwuchs; nur wenige Zugewanderte sind Mitglied.",
        &[("Vereine stehen allen offen", &["Schnuppertag aller Vereine auf dem Marktplatz"])],
    ),
];

pub(super) async fn seed(txn: &WriteTransaction, beispielheim: &Tenant) -> anyhow::Result<()> {
    let scope = beispielheim.scope;
    if store::concept::get(txn, &scope).await?.is_some() {
        return Ok(());
    }
    let Some(coordinator) = store::accounts::user_by_email(txn, "coordinator@beispielheim.example").await? else {
        return Ok(());
    };
    let invalid = |what: &str| anyhow::anyhow!("invalid demo draft {what}");
    let texts = TextsForm {
        title: "Miteinander in Beispielheim".into(),
        preamble: "Entwurf nach den ersten beiden Workshops im Herbst 2026.".into(),
        vision: "In Beispielheim kennt man sich – auch wer neu ist.".into(),
    }
    .validate()
    .map_err(|_| invalid("texts"))?;
    let concept = store::concept::save_texts(
        txn,
        &scope,
        coordinator.id,
        &texts,
        &web::render_markdown(&texts.preamble),
        &web::render_markdown(&texts.vision),
    )
    .await?;
    for (name, analysis, goals) in OUTLINE {
        let field = FieldForm { name: name.into(), analysis: analysis.into() }.validate().map_err(|_| invalid("field"))?;
        let field =
            store::concept::outline::add_field(txn, &scope, coordinator.id, concept, &field, &web::render_markdown(analysis)).await?;
        for (title, measures) in goals {
            let goal = GoalForm { title: (*title).into(), description: String::new() }.validate().map_err(|_| invalid("goal"))?;
            let goal = store::concept::outline::add_goal(txn, &scope, coordinator.id, field, &goal, "").await?;
            for title in *measures {
                let form = MeasureForm { title: (*title).into(), goals: vec![goal.to_string()], ..MeasureForm::blank() };
                let measure = form.validate(Choices { goals: &[goal], ..Default::default() }, None).map_err(|_| invalid("measure"))?;
                store::concept::measures::create(txn, &scope, coordinator.id, concept, &measure, "").await?;
            }
        }
    }
    Ok(())
}
