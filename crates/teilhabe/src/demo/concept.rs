//! Musterstadt's action-and-measures concept "Gelebte Vielfalt in
//! Musterstadt", adopted in June 2025: six action fields with their starting
//! point, fifteen goals and forty measures in every status, some led by the
//! demo measure owner, some by the verified associations and businesses.

use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::stage::StageForm;
use domain::concept::structure::{FieldForm, GoalForm};
use domain::concept::texts::TextsForm;
use store::WriteTransaction;
use store::tenancy::Tenant;

use super::concept_data::{FIELDS, TAKEN_UP, reason};

pub(super) async fn seed(txn: &WriteTransaction, musterstadt: &Tenant) -> anyhow::Result<()> {
    if store::concept::get(txn, &musterstadt.scope).await?.is_some() {
        return Ok(());
    }
    let coordinator = store::accounts::user_by_email(txn, "coordinator@musterstadt.example")
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo coordinator is missing"))?
        .id;
    let owner = store::accounts::user_by_email(txn, "owner@musterstadt.example").await?.map(|u| u.id);
    let scope = musterstadt.scope;
    let invalid = |what: &str| anyhow::anyhow!("invalid demo {what}");
    let texts = TextsForm {
        title: "Gelebte Vielfalt in Musterstadt".into(),
        preamble: "Von März bis September 2025 haben über 600 Menschen – online, in fünf Workshops und auf Papier – gesagt, \
                   was Musterstadt für ein gutes Zusammenleben braucht. Dieses Konzept macht daraus Ziele und Maßnahmen."
            .into(),
        vision: "Musterstadt ist eine Stadt, in der **alle dazugehören** – egal, woher sie kommen, welche Sprache sie sprechen \
                 oder wie alt sie sind. Wer hier lebt, kann mitreden, mitmachen und mitentscheiden."
            .into(),
    }
    .validate()
    .map_err(|_| invalid("concept"))?;
    let concept = store::concept::save_texts(
        txn,
        &scope,
        coordinator,
        &texts,
        &web::render_markdown(&texts.preamble),
        &web::render_markdown(&texts.vision),
    )
    .await?;
    let adopted = StageForm {
        stage: "adopted".into(),
        decided_on: "2025-06-26".into(),
        decision_number: "DS 2025/117".into(),
        decision_link: "https://ratsinfo.musterstadt.example/vorlage/2025-117".into(),
        ..Default::default()
    };
    let adopted = adopted.validate(web::participation_today()).map_err(|_| invalid("stage"))?;
    let offered = store::concept::choices::measure_choices(txn, &scope).await?;
    let (owners, organisations, places) = (offered.owner_ids(), offered.organisation_ids(), offered.neighbourhood_ids());
    let named =
        |list: &[store::participation::processes::Named], name: &str| list.iter().find(|n| n.name == name).map(|n| n.id.to_string());
    for field in FIELDS {
        let texts = FieldForm { name: field.name.into(), analysis: field.analysis.into() }.validate().map_err(|_| invalid("field"))?;
        let field_id =
            store::concept::outline::add_field(txn, &scope, coordinator, concept, &texts, &web::render_markdown(&texts.analysis)).await?;
        for goal in field.goals {
            let texts = GoalForm { title: goal.title.into(), description: String::new() }.validate().map_err(|_| invalid("goal"))?;
            let goal_id = store::concept::outline::add_goal(txn, &scope, coordinator, field_id, &texts, "").await?;
            for &(title, status, lead, owned, place, from, to, cost, funding) in goal.measures {
                let form = MeasureForm {
                    title: title.into(),
                    description: format!("{title}. Entstanden aus den Ideen der Beteiligung 2025."),
                    goals: vec![goal_id.to_string()],
                    owner: if owned { owner.map(|o| o.0.to_string()).unwrap_or_default() } else { String::new() },
                    lead_organisation: lead.and_then(|l| named(&offered.organisations, l)).unwrap_or_default(),
                    target_groups: String::new(),
                    neighbourhoods: place.and_then(|p| named(&offered.neighbourhoods, p)).into_iter().collect(),
                    starts_on: from.into(),
                    ends_on: to.into(),
                    cost: cost.map(|c| c.to_string()).unwrap_or_default(),
                    funding_source: funding.into(),
                    status: status.into(),
                    status_reason: if status == "dropped" { reason(title).into() } else { String::new() },
                    ..MeasureForm::blank()
                };
                let goals = [goal_id];
                let choices = Choices { goals: &goals, owners: &owners, organisations: &organisations, neighbourhoods: &places };
                let measure = form.validate(choices, None).map_err(|e| anyhow::anyhow!("invalid demo measure {title}: {e:?}"))?;
                let html = web::render_markdown(&measure.description);
                store::concept::measures::create(txn, &scope, coordinator, concept, &measure, &html).await?;
            }
        }
    }
    take_up_ideas(txn, musterstadt, concept, coordinator).await?;
    // Version 1: what the council adopted.
    store::concept::set_stage(txn, &scope, coordinator, &adopted).await?;
    super::progress::seed(txn, musterstadt, concept, coordinator, owner).await?;
    super::concept_revision::seed(txn, musterstadt, concept, coordinator).await
}

/// Links the demo process's ideas to the measures they went into.
async fn take_up_ideas(txn: &WriteTransaction, musterstadt: &Tenant, concept: i64, coordinator: domain::ids::UserId) -> anyhow::Result<()> {
    use store::participation::idea_list::{self, IdeaFilter, IdeaSort};
    let scope = musterstadt.scope;
    let Some(process) = store::participation::processes::head_by_slug(txn, &scope, super::participation::PROCESS_SLUG).await? else {
        return Ok(());
    };
    let ideas = idea_list::page_of(txn, &scope, process.id, &IdeaFilter::default(), IdeaSort::Newest, 1, 500).await?;
    let measures = store::concept::measures::list(txn, &scope, concept).await?;
    for (idea, measure) in TAKEN_UP {
        let idea = ideas.iter().find(|i| i.title == *idea).ok_or_else(|| anyhow::anyhow!("demo idea {idea} is missing"))?;
        let measure = measures.iter().find(|m| m.title == *measure).ok_or_else(|| anyhow::anyhow!("demo measure {measure} is missing"))?;
        store::concept::sources::take_up(txn, &scope, coordinator, measure.id, idea.id).await?;
    }
    Ok(())
}
