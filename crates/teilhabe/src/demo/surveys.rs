//! Musterstadt's surveys: "Zusammenleben in Musterstadt", open to everyone
//! and anonymous, with every kind of question and about 300 responses, a
//! fifth of them from paper questionnaires; and a signed survey of the
//! associations that nobody has answered yet (its questions can still change).

use domain::accounts::{MunicipalRole, Role};
use domain::surveys::Question;
use domain::surveys::answers::{RawResponse, check};
use domain::surveys::question_form::QuestionForm;
use domain::surveys::settings::SurveyForm;
use store::WriteTransaction;
use store::surveys::responses::Respondent;
use store::tenancy::Tenant;

use super::participation::PROCESS_SLUG;

const RESPONSES: u32 = 300;
/// Every fifth response came on paper.
const PAPER_EVERY: u32 = 5;

const WISHES: &[&str] = &[
    "Mehr Sprachkurse am Abend, damit auch Berufstätige teilnehmen können.",
    "Ein Treffpunkt im Viertel, wo man ohne Anmeldung hingehen kann.",
    "Informationen vom Rathaus auch auf Türkisch, Arabisch und Ukrainisch.",
    "Mehr Plätze in der Kita und Hilfe bei der Anmeldung.",
    "Ein gemeinsames Fest aller Vereine im Sommer.",
    "Patenschaften für neu Zugezogene.",
    "Bessere Busverbindungen am Wochenende.",
    "Hausaufgabenhilfe auch in der Nordstadt.",
    "More information in English for newcomers.",
    "Ärztinnen und Ärzte, die mehrere Sprachen sprechen, sichtbarer machen.",
    "Dass man sich gegenseitig grüßt und kennenlernt.",
    "Sportangebote für Mädchen und Frauen.",
];

const LIKED: &[&str] = &[
    "Die Kinderbetreuung während des Workshops.",
    "Dass übersetzt wurde.",
    "Die Gespräche in kleinen Gruppen.",
    "Man hat mir wirklich zugehört.",
];

/// A small deterministic generator: the demo is the same on every machine.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % u64::from(sides.max(1))) as u32
    }

    /// A choice with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> u32 {
        let mut pick = self.roll(weights.iter().sum());
        for (i, w) in weights.iter().enumerate() {
            if pick < *w {
                return i as u32;
            }
            pick -= w;
        }
        0
    }
}

fn question(kind: &str, prompt: &str, fields: &[(&str, &str)]) -> QuestionForm {
    let mut form = QuestionForm { kind: kind.into(), prompt: prompt.into(), ..QuestionForm::default() };
    for (name, value) in fields {
        let value = (*value).to_owned();
        match *name {
            "help" => form.help = value,
            "required" => form.required = value,
            "options" => form.options = value,
            "rows" => form.rows = value,
            "min" => form.min_choices = value,
            "max" => form.max_choices = value,
            "low" => form.low_label = value,
            "high" => form.high_label = value,
            "condition" => form.condition = value,
            _ => {}
        }
    }
    form
}

/// The survey's title (the benchmark adds responses to it).
pub const TITLE: &str = "Wie erleben Sie das Zusammenleben in Musterstadt?";

/// Adds the responses numbered `numbers` to the demo survey (each number
/// gives the same answers every time; every fifth is from paper).
pub async fn add_responses(
    txn: &WriteTransaction,
    musterstadt: &Tenant,
    survey: &store::surveys::Survey,
    questions: &[Question],
    coordinator: domain::ids::UserId,
    numbers: std::ops::Range<u32>,
) -> anyhow::Result<()> {
    let q = |i: usize| format!("q{}", questions[i].id);
    for n in numbers {
        let mut dice = Dice(2026 + u64::from(n) * 7919);
        let mut pairs = vec![(q(1), dice.weighted(&[30, 25, 20, 15, 4]).to_string())];
        let known = 1 + dice.roll(3);
        let mut offers: Vec<u32> = (0..known).map(|_| dice.weighted(&[40, 20, 15, 35, 10])).collect();
        offers.sort_unstable();
        offers.dedup();
        pairs.extend(offers.iter().map(|o| (q(2), o.to_string())));
        pairs.push((q(3), (1 + dice.weighted(&[5, 10, 25, 35, 25])).to_string()));
        if dice.roll(10) < 8 {
            let mut order = [0u32, 1, 2, 3];
            // Language first more often than not.
            order.swap(0, dice.weighted(&[5, 2, 2, 1]) as usize);
            for i in (2..4).rev() {
                order.swap(i, 1 + dice.roll(i as u32) as usize);
            }
            pairs.extend(order.iter().enumerate().map(|(place, option)| (format!("{}_{option}", q(5)), (place + 1).to_string())));
        }
        for row in 0..4 {
            if dice.roll(10) < 9 {
                pairs.push((format!("{}_{row}", q(6)), (1 + dice.weighted(&[8, 15, 30, 30, 17])).to_string()));
            }
        }
        let went = dice.roll(10) < 3;
        pairs.push((q(7), if went { "0" } else { "1" }.to_owned()));
        if went && dice.roll(2) == 0 {
            pairs.push((q(8), LIKED[dice.roll(LIKED.len() as u32) as usize].to_owned()));
        }
        if dice.roll(3) == 0 {
            pairs.push((q(9), WISHES[dice.roll(WISHES.len() as u32) as usize].to_owned()));
        }
        let answers = check(questions, &RawResponse::new(pairs)).map_err(|e| anyhow::anyhow!("invalid demo response: {e:?}"))?;
        let day = survey.settings.opens_on + chrono::TimeDelta::days(i64::from(n % 20));
        let browser = format!("demo-browser-{n}");
        let who = if n % PAPER_EVERY == 0 { Respondent::Paper(coordinator) } else { Respondent::Browser(&browser) };
        store::surveys::responses::submit(txn, &musterstadt.scope, survey, who, &answers, day).await?;
    }
    Ok(())
}

/// Adds the surveys unless Musterstadt's process has some already.
pub async fn seed(txn: &WriteTransaction, musterstadt: &Tenant) -> anyhow::Result<()> {
    let scope = musterstadt.scope;
    let Some(process) = store::participation::processes::head_by_slug(txn, &scope, PROCESS_SLUG).await? else {
        return Ok(());
    };
    if !store::surveys::of_process(txn, &scope, process.id).await?.is_empty() {
        return Ok(());
    }
    let coordinators = store::accounts::emails_with_role(txn, scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    let Some((email, _)) = coordinators.first() else { return Ok(()) };
    let Some(coordinator) = store::accounts::user_by_email(txn, email).await?.map(|u| u.id) else { return Ok(()) };
    let today = web::participation_today();
    let settings = SurveyForm {
        title: TITLE.into(),
        intro: "Die Umfrage dauert etwa zehn Minuten. Ihre Antworten helfen uns, die Vielfalts- und Integrationsstrategie \
                auf das auszurichten, was Ihnen wichtig ist. Die Ergebnisse veröffentlichen wir hier.\n\n\
                Den Fragebogen gibt es auch auf Papier im Bürgerbüro und in der Stadtbibliothek."
            .into(),
        identity: "anonymous".into(),
        access: "public".into(),
        opens_on: (today - chrono::TimeDelta::days(20)).to_string(),
        closes_on: (today + chrono::TimeDelta::days(25)).to_string(),
        results_public: "yes".into(),
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("invalid demo survey: {e:?}"))?;
    let survey_id = store::surveys::create(txn, &scope, coordinator, process.id, &settings, &web::render_markdown(&settings.intro)).await?;
    let forms = [
        question("section", "Über Sie", &[("help", "Diese Angaben helfen uns zu sehen, wen wir schon erreichen.")]),
        question(
            "single",
            "In welchem Stadtteil wohnen Sie?",
            &[("required", "yes"), ("options", "Altstadt\nNordstadt\nAm Hang\nSüdviertel\nIch wohne nicht in Musterstadt")],
        ),
        question(
            "multiple",
            "Welche Angebote kennen Sie?",
            &[
                ("options", "Sprachcafé\nElterncafé\nHausaufgabenhilfe\nInterkulturelles Fest\nBeratung für Neuzugewanderte"),
                ("min", "1"),
                ("max", "3"),
            ],
        ),
        question(
            "scale",
            "Wie willkommen fühlen Sie sich in Musterstadt?",
            &[("required", "yes"), ("low", "gar nicht willkommen"), ("high", "sehr willkommen")],
        ),
        question("section", "Was ist wichtig?", &[]),
        question(
            "ranking",
            "Was soll die Strategie zuerst angehen?",
            &[("options", "Sprache & Bildung\nArbeit & Ausbildung\nWohnen & Nachbarschaft\nGesundheit")],
        ),
        question(
            "matrix",
            "Wie zufrieden sind Sie mit …",
            &[
                ("rows", "Kitas und Schulen\nAngeboten für Jugendliche\nBeratung in Ihrer Sprache\nTreffpunkten im Viertel"),
                ("low", "unzufrieden"),
                ("high", "sehr zufrieden"),
            ],
        ),
        question("single", "Waren Sie schon bei einer Veranstaltung zur Strategie?", &[("options", "Ja\nNein")]),
        question("text", "Was hat Ihnen dort gefallen?", &[]),
        question("text", "Was wünschen Sie sich für das Zusammenleben?", &[]),
    ];
    let mut questions: Vec<Question> = Vec::new();
    for (i, form) in forms.into_iter().enumerate() {
        let mut form = form;
        // The question about the event is only for those who went to one.
        if i == 8 {
            form.condition = format!("{}:0", questions[7].id);
        }
        let checked = form.validate(&questions).map_err(|e| anyhow::anyhow!("invalid demo question: {e:?}"))?;
        let id = store::surveys::questions::add(txn, &scope, coordinator, survey_id, &checked).await?;
        questions.push(Question { id, ..checked });
    }
    let survey = store::surveys::get(txn, &scope, survey_id).await?.ok_or_else(|| anyhow::anyhow!("demo survey vanished"))?;
    add_responses(txn, musterstadt, &survey, &questions, coordinator, 0..RESPONSES).await?;
    // The associations' survey: signed, for accounts, not answered yet.
    let associations = SurveyForm {
        title: "Befragung der Vereine und Initiativen".into(),
        intro: "Welche Angebote machen Sie schon, und wo brauchen Sie Unterstützung?".into(),
        identity: "signed".into(),
        access: "accounts".into(),
        opens_on: (today + chrono::TimeDelta::days(3)).to_string(),
        closes_on: (today + chrono::TimeDelta::days(40)).to_string(),
        results_public: String::new(),
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("invalid demo survey: {e:?}"))?;
    let id =
        store::surveys::create(txn, &scope, coordinator, process.id, &associations, &web::render_markdown(&associations.intro)).await?;
    let first = question("text", "Welche Angebote für Zugewanderte macht Ihr Verein?", &[("required", "yes")])
        .validate(&[])
        .map_err(|e| anyhow::anyhow!("invalid demo question: {e:?}"))?;
    store::surveys::questions::add(txn, &scope, coordinator, id, &first).await?;
    Ok(())
}
