//! Demo participation in Musterstadt: a process in its participation phase
//! with six action fields, four neighbourhoods, ideas in several languages,
//! threaded comments, supports and official answers.

use chrono::TimeDelta;
use domain::accounts::{MunicipalRole, Role};
use domain::ids::UserId;
use domain::participation::ideas::{IdeaStatus, NewIdea};
use domain::participation::processes::ProcessForm;
use store::WriteTransaction;
use store::tenancy::Tenant;

use super::ideas::{ACTION_FIELDS, COMMENTS, DEMO_AUTHORS, IDEAS, NEIGHBOURHOODS};

pub const PROCESS_SLUG: &str = "vielfalt-2026";

/// The demo comment that breaks the netiquette: it is shown hidden by moderation.
const MODERATION_EXAMPLE: usize = 114;

/// Adds the process and its content unless Musterstadt has it already.
pub async fn seed(txn: &WriteTransaction, musterstadt: &Tenant, password_hash: &str) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    if store::participation::processes::by_slug(txn, &scope, PROCESS_SLUG).await?.is_some() {
        return Ok(());
    }
    let coordinator = store::accounts::emails_with_role(txn, scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    let coordinator = match coordinator.first() {
        Some((email, _)) => store::accounts::user_by_email(txn, email).await?.map(|u| u.id),
        None => None,
    };

    let today = web::participation_today();
    let day = |offset: i64| (today + TimeDelta::days(offset)).to_string();
    let mut form = ProcessForm {
        title: "Vielfalts- und Integrationsstrategie Musterstadt 2026".into(),
        slug: PROCESS_SLUG.into(),
        summary: "Gemeinsam mit allen, die in Musterstadt leben, arbeiten und sich engagieren, entwickeln wir unsere Strategie für Vielfalt und Integration."
            .into(),
        description: "Musterstadt ist vielfältig: Menschen aus über 90 Ländern leben hier. Mit dem Landesprogramm WIR entwickeln wir \
                      in 15 Monaten eine Vielfalts- und Integrationsstrategie, die die Stadtverordnetenversammlung beschließt.\n\n\
                      **Jetzt sind Sie gefragt:** Was läuft gut? Was fehlt? Bringen Sie Ihre Ideen ein – online, in einem unserer \
                      Workshops oder auf Papier im Rathaus. Jede Idee wird gelesen und beantwortet.\n\n\
                      Sie können in jeder Sprache schreiben."
            .into(),
        action_fields: ACTION_FIELDS.join("\n"),
        ..ProcessForm::default()
    };
    for (kind, from, to) in [
        ("analysis", day(-90), day(-31)),
        ("participation", day(-30), day(30)),
        ("drafting", day(31), day(90)),
        ("adoption", day(91), day(120)),
        ("implementation", day(121), String::new()),
    ] {
        form.phases.insert(format!("{kind}_starts"), from);
        form.phases.insert(format!("{kind}_ends"), to);
    }
    for part in ["ideas", "comments", "supports"] {
        form.phases.insert(format!("participation_{part}"), "yes".into());
    }
    form.phases.insert("drafting_comments".into(), "yes".into());
    let input = form.validate().map_err(|e| anyhow::anyhow!("invalid demo process: {e:?}"))?;
    let process_id =
        store::participation::processes::create(txn, &scope, coordinator, &input, &web::render_markdown(&input.description)).await?;
    let names: Vec<String> = NEIGHBOURHOODS.iter().map(|n| (*n).to_owned()).collect();
    store::participation::processes::add_neighbourhoods(txn, &scope, coordinator, &names).await?;
    let process =
        store::participation::processes::by_id(txn, &scope, process_id).await?.ok_or_else(|| anyhow::anyhow!("demo process vanished"))?;
    let neighbourhoods = store::participation::processes::neighbourhoods(txn, &scope).await?;

    let mut authors: Vec<UserId> = Vec::with_capacity(DEMO_AUTHORS.len());
    for (email, name) in DEMO_AUTHORS {
        let id = match store::accounts::user_by_email(txn, email).await? {
            Some(user) => user.id,
            None => {
                store::accounts::create_user(
                    txn,
                    store::accounts::NewUser { email, display_name: name, password_hash, locale: "de", email_confirmed: true },
                )
                .await?
            }
        };
        authors.push(id);
    }

    let mut idea_ids = Vec::with_capacity(IDEAS.len());
    for (index, idea) in IDEAS.iter().enumerate() {
        let input = NewIdea {
            title: idea.title.into(),
            body: idea.body.into(),
            action_field: process.action_fields.get(idea.field).map(|f| f.id),
            neighbourhood: idea.neighbourhood.and_then(|n| neighbourhoods.get(n)).map(|n| n.id),
            organisation: None,
        };
        let at =
            store::now() - TimeDelta::days(i64::from(idea.days_ago)) - TimeDelta::minutes(i64::try_from(index * 37 % 600).unwrap_or(0));
        let author = authors[idea.author % authors.len()];
        let id =
            store::participation::ideas::create_at(txn, &scope, process_id, author, &input, &web::render_markdown(idea.body), at).await?;
        // Supports from other demo people, never the author.
        for supporter in authors.iter().filter(|a| **a != author).take(idea.supports) {
            store::participation::ideas::support(txn, id, *supporter).await?;
        }
        if let (Some((status, reason, answer)), Some(coordinator)) = (idea.answer, coordinator) {
            let status = IdeaStatus::parse(status).ok_or_else(|| anyhow::anyhow!("unknown demo status {status}"))?;
            let html = web::render_markdown(answer);
            store::participation::ideas::answer(
                txn,
                &scope,
                coordinator,
                id,
                status,
                Some(reason).filter(|r| !r.is_empty()),
                Some((answer, html.as_str())).filter(|(a, _)| !a.is_empty()),
            )
            .await?;
        }
        idea_ids.push(id);
    }

    // None for a comment left out (and then for the replies to it).
    let mut comment_ids: Vec<Option<i64>> = Vec::with_capacity(COMMENTS.len());
    for (index, comment) in COMMENTS.iter().enumerate() {
        let parent = match comment.parent {
            Some(p) => match comment_ids.get(p).copied().flatten() {
                Some(id) => Some(id),
                None => {
                    comment_ids.push(None);
                    continue;
                }
            },
            None => None,
        };
        let id = store::participation::comments::add(
            txn,
            &scope,
            idea_ids[comment.idea],
            parent,
            authors[comment.author % authors.len()],
            None,
            comment.body,
            &web::render_markdown(comment.body),
        )
        .await?;
        if index == MODERATION_EXAMPLE {
            let moderator = store::accounts::user_by_email(txn, "moderator@musterstadt.example").await?.map(|u| u.id);
            if let Some(moderator) = moderator.or(coordinator) {
                store::moderation::report(
                    txn,
                    &scope,
                    store::moderation::ContentKind::Comment,
                    id,
                    authors[0],
                    "Beleidigt einen anderen Teilnehmer.",
                )
                .await?;
                store::moderation::set_hidden(
                    txn,
                    &scope,
                    moderator,
                    store::moderation::ContentKind::Comment,
                    id,
                    Some("Persönlicher Angriff auf einen anderen Teilnehmer"),
                )
                .await?;
            }
        }
        comment_ids.push(Some(id));
    }
    if let Some(coordinator) = coordinator {
        for (title, body) in NEWS {
            let post = domain::participation::news::NewsForm { title: (*title).into(), body: (*body).into() }
                .validate()
                .map_err(|e| anyhow::anyhow!("invalid demo news: {e:?}"))?;
            store::participation::news::publish(txn, &scope, process_id, coordinator, &post, &web::render_markdown(&post.body)).await?;
        }
    }
    Ok(())
}

/// News posts of the demo process, oldest first.
const NEWS: &[(&str, &str)] = &[
    (
        "Die Beteiligung hat begonnen",
        "Ab heute können alle, die in Musterstadt leben, arbeiten oder sich engagieren, Ideen für unsere Vielfalts- und \
         Integrationsstrategie einbringen. Sie können in jeder Sprache schreiben.\n\n\
         Wer lieber auf Papier schreibt: Fragebögen liegen im Bürgerbüro und in der Stadtbibliothek aus.",
    ),
    (
        "Workshop „Sprache & Bildung“ am Donnerstag im Bürgerhaus",
        "Wir laden Vereine, Schulen, Kitas und alle Interessierten zu unserem ersten Workshop ein. \
         **Donnerstag, 18 Uhr, Bürgerhaus Nordstadt** (stufenloser Zugang, Induktionsschleife).\n\n\
         Dolmetschen ins Türkische, Arabische und Ukrainische ist möglich – bitte bei der Anmeldung angeben.",
    ),
];
