//! `teilhabe bench-seed`: adds a large installation for the load benchmark:
//! many municipalities (with legal pages and a participation process each),
//! residents, ideas with comments and supports, most of them spread over the
//! municipalities and a large share in Musterstadt's demo process. Not for
//! production databases.
//!
//! The rows are deterministic (a fixed pseudo-random sequence), written in
//! multi-row statements with explicit ids; the counters on the ideas match
//! their comment and support rows, which `store::bulk::finish` checks.

use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use domain::legal::LegalPageKind;
use domain::participation::ideas::IdeaStatus;
use domain::participation::processes::ProcessForm;
use domain::tenancy::MunicipalityForm;
use store::DatabaseConnection;
use store::bulk::{CommentRow, IdeaRow, SupportRow, UserRow};
use store::tenancy::TenantScope;

use crate::demo::participation::PROCESS_SLUG as DEMO_PROCESS;

mod concept;
mod survey;

use concept::{BENCH_MEASURES, concept_measures};
use survey::{BenchSurvey, SURVEY_RESPONSES, survey_responses};

/// The process every bench municipality gets.
const BENCH_PROCESS: &str = "beteiligung-2026";
/// The account the benchmark posts comments as.
const BENCH_EMAIL: &str = "lasttest@bench.example";
/// Ideas written per transaction (with their comments and supports).
const IDEAS_PER_TRANSACTION: usize = 1000;
/// Comments on the idea whose page the benchmark reads.
const DETAIL_COMMENTS: u32 = 200;

/// How much to seed.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub municipalities: u32,
    pub residents: u32,
    pub ideas: u32,
    /// Of `ideas`, those in Musterstadt's demo process.
    pub demo_process_ideas: u32,
    pub comments: u32,
    pub supports: u32,
}

impl Size {
    pub const FULL: Size = Size {
        municipalities: 300,
        residents: 20_000,
        ideas: 100_000,
        demo_process_ideas: 25_000,
        comments: 1_000_000,
        supports: 2_000_000,
    };
    pub const QUICK: Size =
        Size { municipalities: 300, residents: 5_000, ideas: 10_000, demo_process_ideas: 5_000, comments: 100_000, supports: 200_000 };
}

const TOPICS: &[&str] = &[
    "Sprachkurs",
    "Spielplatz",
    "Begegnungscafé",
    "Hausaufgabenhilfe",
    "Nachbarschaftsfest",
    "Fahrradwerkstatt",
    "Stadtteilbibliothek",
    "Schwimmkurs",
    "Jugendtreff",
    "Seniorennachmittag",
    "Gemeinschaftsgarten",
    "Willkommenslotsen",
    "Elterncafé",
    "Beratungsstelle",
    "Kulturfest",
    "Mentoringprogramm",
    "Sportangebot",
    "Integrationskurs",
    "Dolmetscherdienst",
    "Reparaturtreff",
];
const FOR_WHOM: &[&str] = &[
    "für Familien",
    "für Schülerinnen und Schüler",
    "für Seniorinnen und Senioren",
    "für neu Zugezogene",
    "am Wochenende",
    "mit Kinderbetreuung",
    "in mehreren Sprachen",
    "für Frauen",
    "für Jugendliche",
    "am Abend",
];
const PLACES: &[&str] = &[
    "im Stadtteilzentrum",
    "in der Altstadt",
    "am Bahnhof",
    "im Rathaus",
    "in der Grundschule",
    "im Park",
    "in der Bücherei",
    "im Gemeindehaus",
];
const SENTENCES: &[&str] = &[
    "Viele Nachbarinnen und Nachbarn wünschen sich einen Ort, an dem sie sich ohne Verabredung treffen können.",
    "Ehrenamtliche aus dem Stadtteil haben schon angeboten, mitzuhelfen.",
    "Die Räume stehen abends oft leer und könnten genutzt werden.",
    "Wer neu in der Stadt ist, findet so schneller Anschluss.",
    "Kinder und Eltern lernen gemeinsam und voneinander.",
    "Die Kosten wären gering, wenn Vereine und Schulen zusammenarbeiten.",
    "Informationen sollten in einfacher Sprache und mehreren Sprachen erscheinen.",
    "Ähnliche Angebote in Nachbarorten werden gut angenommen.",
    "Barrierefreie Zugänge sind dabei besonders wichtig.",
    "Ein fester Termin jede Woche macht das Angebot verlässlich.",
];
const COMMENTS: &[&str] = &[
    "Gute Idee, ich würde mitmachen.",
    "Das wäre auch für unsere Kinder hilfreich.",
    "Wie soll das finanziert werden?",
    "In der Nordstadt gibt es so etwas schon, das klappt gut.",
    "Bitte auch an Menschen denken, die tagsüber arbeiten.",
    "Ich kann gern beim Übersetzen helfen.",
    "Wichtig wäre eine gute Erreichbarkeit mit Bus und Bahn.",
    "Unterstütze ich, aber bitte mit festen Ansprechpersonen.",
    "Vielleicht lässt sich das mit dem Sportverein verbinden.",
    "Danke für den Vorschlag!",
];
const STATUSES: &[IdeaStatus] = &[
    IdeaStatus::Received,
    IdeaStatus::Received,
    IdeaStatus::Received,
    IdeaStatus::Received,
    IdeaStatus::UnderReview,
    IdeaStatus::TakenUp,
    IdeaStatus::PartlyTakenUp,
    IdeaStatus::NotTakenUp,
];

/// A small deterministic pseudo-random sequence (xorshift64*).
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// In [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Splits `total` over `weights` (in proportion, exactly).
fn share(total: u32, weights: &[f64]) -> Vec<u32> {
    let sum: f64 = weights.iter().sum();
    let mut counts: Vec<u32> = weights.iter().map(|w| (w / sum * f64::from(total)).floor() as u32).collect();
    // Flooring leaves less than one per weight over.
    let rest = total - counts.iter().sum::<u32>();
    for count in counts.iter_mut().take(rest as usize) {
        *count += 1;
    }
    counts
}

/// Where an idea goes: tenant, process, its action fields and neighbourhoods.
struct Target {
    tenant: i64,
    process: i64,
    fields: Vec<i64>,
    neighbourhoods: Vec<i64>,
}

async fn target(db: &DatabaseConnection, scope: TenantScope, slug: &str) -> anyhow::Result<Target> {
    let process = store::participation::processes::by_slug(db, &scope, slug)
        .await?
        .ok_or_else(|| anyhow::anyhow!("process {slug} is missing (run `teilhabe demo` first)"))?;
    let neighbourhoods = store::participation::processes::neighbourhoods(db, &scope).await?;
    Ok(Target {
        tenant: scope.id().0,
        process: process.id,
        fields: process.action_fields.iter().map(|f| f.id).collect(),
        neighbourhoods: neighbourhoods.iter().map(|n| n.id).collect(),
    })
}

pub async fn seed(db: &DatabaseConnection, size: Size, facts: Option<&Path>) -> anyhow::Result<()> {
    let started = Instant::now();
    let existing = store::tenancy::municipalities(db).await?.len();
    municipalities(db, size.municipalities).await?;
    let now = store::tenancy::municipalities(db).await?.len();
    println!("{} municipalities ({} added)", now, now - existing);

    let musterstadt = store::tenancy::municipality_by_slug(db, "musterstadt")
        .await?
        .ok_or_else(|| anyhow::anyhow!("Musterstadt is missing (run `teilhabe demo` first)"))?;
    let demo = target(db, musterstadt.scope, DEMO_PROCESS).await?;
    if store::accounts::user_by_email(db, BENCH_EMAIL).await?.is_none() {
        let mut targets = Vec::new();
        for tenant in store::tenancy::municipalities(db).await? {
            if tenant.slug.starts_with("gemeinde-") {
                targets.push(target(db, tenant.scope, BENCH_PROCESS).await?);
            }
        }
        anyhow::ensure!(!targets.is_empty(), "no bench municipalities");
        let residents = residents(db, size.residents).await?;
        contributions(db, size, &demo, &targets, residents).await?;
        // After `finish`, which moves PostgreSQL's id sequences past the
        // explicit ids; the account also marks the large set as written.
        let mismatched = store::bulk::finish(db).await?;
        anyhow::ensure!(mismatched == 0, "{mismatched} ideas have counters that differ from their rows");
        let txn = store::begin_write(db).await?;
        store::accounts::create_user(
            &txn,
            store::accounts::NewUser {
                email: BENCH_EMAIL,
                display_name: "Lasttest",
                password_hash: "!",
                locale: "de",
                email_confirmed: true,
            },
        )
        .await?;
        txn.commit().await?;
        println!(
            "{} ideas, {} comments, {} supports in {:.1} s",
            size.ideas,
            size.comments,
            size.supports,
            started.elapsed().as_secs_f64()
        );
    }
    let survey = survey_responses(db, &musterstadt).await?;
    let measures = Instant::now();
    let measure = concept_measures(db, &musterstadt).await?;
    println!("{BENCH_MEASURES} measures with ten years of indicator values in {:.1} s", measures.elapsed().as_secs_f64());
    if let Some(path) = facts {
        write_facts(db, &demo, &survey, measure, path).await?;
    }
    Ok(())
}

/// The municipalities `gemeinde-0000`… with legal pages and a process each.
async fn municipalities(db: &DatabaseConnection, count: u32) -> anyhow::Result<()> {
    let today = web::participation_today();
    for chunk in (0..count).collect::<Vec<_>>().chunks(50) {
        let txn = store::begin_write(db).await?;
        for i in chunk {
            let slug = format!("gemeinde-{i:04}");
            if store::tenancy::municipality_by_slug(&txn, &slug).await?.is_some() {
                continue;
            }
            let input = MunicipalityForm {
                name: format!("Gemeinde {i:04}"),
                slug,
                ags: format!("06{:06}", 400_000 + i),
                population: (10_000 + (i * 137) % 40_000).to_string(),
                district: format!("Landkreis {}", i % 21),
            }
            .validate()
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let tenant = store::tenancy::create_municipality(&txn, None, &input).await?;
            for kind in LegalPageKind::ALL {
                let text = format!("## {}\n\nGemeinde {i:04}, Rathausplatz 1.", kind.slug());
                store::legal::save(&txn, &tenant.scope, kind, &text, None).await?;
            }
            let mut form = ProcessForm {
                title: format!("Vielfaltsstrategie Gemeinde {i:04}"),
                slug: BENCH_PROCESS.into(),
                summary: "Ideen für das Zusammenleben in unserer Gemeinde.".into(),
                description: "Bringen Sie Ihre Ideen ein.".into(),
                action_fields: "Sprache & Bildung\nArbeit\nWohnen & Nachbarschaft\nKultur & Sport".into(),
                ..ProcessForm::default()
            };
            form.phases.insert("participation_starts".into(), (today - TimeDelta::days(30)).to_string());
            form.phases.insert("participation_ends".into(), (today + TimeDelta::days(30)).to_string());
            for part in ["ideas", "comments", "supports"] {
                form.phases.insert(format!("participation_{part}"), "yes".into());
            }
            let process = form.validate().map_err(|e| anyhow::anyhow!("{e:?}"))?;
            store::participation::processes::create(&txn, &tenant.scope, None, &process, "<p>Bringen Sie Ihre Ideen ein.</p>").await?;
            let names = ["Ortskern", "Neubaugebiet", "Ortsteil Süd"].map(str::to_owned);
            store::participation::processes::add_neighbourhoods(&txn, &tenant.scope, None, &names).await?;
        }
        txn.commit().await?;
    }
    Ok(())
}

/// Residents who write and support; returns their ids.
async fn residents(db: &DatabaseConnection, count: u32) -> anyhow::Result<Vec<i64>> {
    let first = store::bulk::next_id(db, "users").await?;
    let at = store::now() - TimeDelta::days(60);
    let rows: Vec<UserRow> = (0..i64::from(count))
        .map(|n| UserRow {
            id: first + n,
            email: format!("einwohnerin-{n}@bench.example"),
            display_name: format!("Einwohnerin {n}"),
            created_at: at,
        })
        .collect();
    let txn = store::begin_write(db).await?;
    store::bulk::insert_users(&txn, &rows).await?;
    txn.commit().await?;
    Ok(rows.iter().map(|u| u.id).collect())
}

/// Ideas with their comments and supports.
async fn contributions(db: &DatabaseConnection, size: Size, demo: &Target, targets: &[Target], residents: Vec<i64>) -> anyhow::Result<()> {
    let mut random = Sequence(0x9E37_79B9_7F4A_7C15);
    let ideas = size.ideas as usize;
    // Skewed popularity: a few ideas get many comments and supports.
    let support_weights: Vec<f64> = (0..ideas).map(|_| random.unit().powi(3) + 0.01).collect();
    let mut comment_weights: Vec<f64> = (0..ideas).map(|_| random.unit().powi(3) + 0.01).collect();
    // The first idea (in the demo process) has exactly DETAIL_COMMENTS.
    comment_weights[0] = 0.0;
    let supports = share(size.supports, &support_weights);
    let mut comments = share(size.comments - DETAIL_COMMENTS, &comment_weights);
    comments[0] = DETAIL_COMMENTS;
    anyhow::ensure!(supports.iter().all(|s| *s as usize <= residents.len()), "more supports on one idea than residents");

    let first_idea = store::bulk::next_id(db, "ideas").await?;
    let mut next_comment = store::bulk::next_id(db, "comments").await?;
    let now = store::now();
    for start in (0..ideas).step_by(IDEAS_PER_TRANSACTION) {
        let mut idea_rows = Vec::with_capacity(IDEAS_PER_TRANSACTION);
        let mut comment_rows = Vec::new();
        let mut support_rows = Vec::new();
        for n in start..(start + IDEAS_PER_TRANSACTION).min(ideas) {
            let id = first_idea + n as i64;
            let place = if n < size.demo_process_ideas as usize { demo } else { &targets[n % targets.len()] };
            // Newest first by id; spread over the last 25 days.
            let created_at: DateTime<Utc> = now - TimeDelta::seconds(((ideas - n) as i64 * 25 * 86_400) / ideas as i64 + 60);
            let topic = random.pick(TOPICS);
            let title = format!("{topic} {} {}", random.pick(FOR_WHOM), random.pick(PLACES));
            let body = format!(
                "{} {} {}\n\nUnser Vorschlag: ein {topic} {}.",
                random.pick(SENTENCES),
                random.pick(SENTENCES),
                random.pick(SENTENCES),
                random.pick(PLACES)
            );
            idea_rows.push(IdeaRow {
                id,
                tenant_id: place.tenant,
                process_id: place.process,
                author_id: residents[random.below(residents.len())],
                title,
                body_html: format!("<p>{}</p>", body.replace("\n\n", "</p>\n<p>")),
                body_markdown: body,
                action_field_id: place.fields.get(n % place.fields.len().max(1)).copied(),
                neighbourhood_id: (n % 3 != 0)
                    .then(|| place.neighbourhoods.get(random.below(place.neighbourhoods.len())).copied())
                    .flatten(),
                status: STATUSES[random.below(STATUSES.len())].as_str(),
                support_count: i32::try_from(supports[n])?,
                comment_count: i32::try_from(comments[n])?,
                created_at,
            });
            let first_comment = next_comment;
            for k in 0..comments[n] {
                let body = format!("{} {}", random.pick(COMMENTS), random.pick(COMMENTS));
                comment_rows.push(CommentRow {
                    id: next_comment,
                    tenant_id: place.tenant,
                    idea_id: id,
                    // Every fourth comment answers the first one.
                    parent_id: (k % 4 == 3).then_some(first_comment),
                    author_id: residents[random.below(residents.len())],
                    body_html: format!("<p>{body}</p>"),
                    body_markdown: body,
                    created_at: created_at + TimeDelta::seconds(i64::from(k) * 7 + 1),
                });
                next_comment += 1;
            }
            let from = random.below(residents.len());
            for k in 0..supports[n] as usize {
                support_rows.push(SupportRow {
                    idea_id: id,
                    user_id: residents[(from + k) % residents.len()],
                    created_at: created_at + TimeDelta::seconds(k as i64 + 1),
                });
            }
        }
        let txn = store::begin_write(db).await?;
        store::bulk::insert_ideas(&txn, &idea_rows).await?;
        store::bulk::insert_comments(&txn, &comment_rows).await?;
        store::bulk::insert_supports(&txn, &support_rows).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// What the load generator needs: the idea with DETAIL_COMMENTS comments, an
/// idea to comment on, and a session of the bench account (a login, as the
/// login form would store it).
async fn write_facts(db: &DatabaseConnection, demo: &Target, survey: &BenchSurvey, measure: i64, path: &Path) -> anyhow::Result<()> {
    let user = store::accounts::user_by_email(db, BENCH_EMAIL).await?.ok_or_else(|| anyhow::anyhow!("no bench account"))?;
    let first = store::bulk::first_idea_with_comments(db, demo.process, i32::try_from(DETAIL_COMMENTS)?).await?;
    let first = first.ok_or_else(|| anyhow::anyhow!("no idea with {DETAIL_COMMENTS} comments"))?;
    let token = web::accounts::session::new_token();
    let txn = store::begin_write(db).await?;
    store::sessions::create(&txn, &token, user.id, false, store::sessions::Lifetimes::default()).await?;
    txn.commit().await?;
    let csrf = web::accounts::session::new_token();
    std::fs::write(
        path,
        format!("detail_idea={first}\ncomment_idea={}\nsession={token}\ncsrf={csrf}\n", first + 1)
            + &format!("field={}\n", demo.fields.first().copied().unwrap_or(0))
            + &format!("survey={}\nsurvey_responses={SURVEY_RESPONSES}\nsurvey_tally_ms={:.1}\n", survey.id, survey.tally_ms)
            + &format!("measure={measure}\n"),
    )?;
    Ok(())
}
