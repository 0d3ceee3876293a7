//! Surveys through the browser's eyes: a coordinator builds one with every
//! kind of question; residents answer without JavaScript, with their answers
//! kept through an error and a draft; one response per account or browser;
//! paper questionnaires counted apart; results public only when chosen, with
//! small counts hidden from the public.

use testkit::app_tests;

const SURVEY: &str = "/m/musterstadt/umfragen/1";
const BUILDER: &str = "/m/musterstadt/verwaltung/umfragen/1";

fn settings(access: &str, results_public: &str) -> Vec<(&'static str, String)> {
    let today = web::participation_today();
    vec![
        ("title", "Angebote in Musterstadt".into()),
        ("intro", "Zehn Minuten für Ihre Stadt.".into()),
        ("identity", "anonymous".into()),
        ("access", access.into()),
        ("opens_on", (today - chrono::TimeDelta::days(1)).to_string()),
        ("closes_on", (today + chrono::TimeDelta::days(14)).to_string()),
        ("results_public", results_public.into()),
    ]
}

fn borrowed<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

app_tests! {
    async fn a_coordinator_builds_a_survey_with_every_kind_of_question(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let new = "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/umfragen/neu";
        coordinator.get(new).await.assert_status(200);
        let r = coordinator
            .post_form(new, &[("title", "Zusammenleben 2027"), ("identity", "signed"), ("access", "public"), ("opens_on", "2027-03-10"), ("closes_on", "2027-03-01")])
            .await;
        r.assert_status(422);
        assert!(r.body.contains("Zusammenleben 2027"), "the title is kept");
        assert!(r.body.contains("href=\"#access\"") && r.body.contains("href=\"#closes_on\""));
        assert!(r.body.contains(r#"id="identity-signed" name="identity" value="signed" checked"#));
        let today = web::participation_today();
        let (opens, closes) = (today.to_string(), (today + chrono::TimeDelta::days(20)).to_string());
        let r = coordinator
            .post_form(new, &[("title", "Zusammenleben 2027"), ("identity", "signed"), ("access", "accounts"), ("opens_on", &opens), ("closes_on", &closes)])
            .await;
        r.assert_status(303);
        let builder = r.header("location").unwrap().split('?').next().unwrap().to_owned();
        assert_eq!(builder, "/m/musterstadt/verwaltung/umfragen/3");
        let add = format!("{builder}/fragen");
        // A choice question with one answer only comes back as typed.
        let r = coordinator.post_form(&add, &[("kind", "single"), ("prompt", "Wie alt sind Sie?"), ("options", "unter 30")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Wie alt sind Sie?") && r.body.contains("unter 30") && r.body.contains("href=\"#options\""));
        let questions: &[&[(&str, &str)]] = &[
            &[("kind", "section"), ("prompt", "Über Sie")],
            &[("kind", "single"), ("prompt", "Wohnen Sie in Musterstadt?"), ("required", "yes"), ("options", "Ja\nNein")],
            &[("kind", "multiple"), ("prompt", "Welche Angebote nutzen Sie?"), ("options", "Sprachcafé\nElterncafé\nSportverein"), ("min_choices", "1"), ("max_choices", "2")],
            &[("kind", "text"), ("prompt", "Was fehlt Ihnen?")],
            &[("kind", "scale"), ("prompt", "Wie willkommen fühlen Sie sich?"), ("low_label", "gar nicht"), ("high_label", "sehr")],
            &[("kind", "ranking"), ("prompt", "Was ist am wichtigsten?"), ("options", "Sprache\nArbeit\nWohnen")],
            &[("kind", "matrix"), ("prompt", "Wie zufrieden sind Sie mit …"), ("rows", "Schulen\nKitas")],
        ];
        for q in questions {
            coordinator.post_form(&add, q).await.assert_status(303);
        }
        // Shown only to those who live in Musterstadt ("Ja" of the question with id 6; the fixture has questions 1 to 4).
        coordinator.post_form(&add, &[("kind", "text"), ("prompt", "In welchem Viertel?"), ("condition", "6:0")]).await.assert_status(303);
        let page = coordinator.get(&builder).await;
        for text in ["Über Sie", "Welche Angebote nutzen Sie?", "Sprache · Arbeit · Wohnen", "Zeilen der Matrix: Schulen · Kitas", "Nur beantworten, wenn Sie bei „Wohnen Sie in Musterstadt?“ „Ja“ gewählt haben."] {
            assert!(page.body.contains(text), "{text}");
        }
        // The conditional question cannot move above the question it depends on.
        coordinator.post_form(&format!("{builder}/fragen/12/verschieben"), &[("direction", "up")]).await.assert_status(303);
        for _ in 0..5 {
            coordinator.post_form(&format!("{builder}/fragen/12/verschieben"), &[("direction", "up")]).await;
        }
        let refused = coordinator.post_form(&format!("{builder}/fragen/12/verschieben"), &[("direction", "up")]).await;
        refused.assert_status(409);
        assert!(refused.body.contains("Eine Frage muss nach der Frage stehen, von der sie abhängt."));
        // The answer form has every kind, and works as plain HTML.
        let form = coordinator.get("/m/musterstadt/umfragen/3").await;
        form.assert_status(200);
        for part in [r#"type="radio" id="q6-0" name="q6" value="0""#, r#"type="checkbox" id="q7-2" name="q7" value="2""#, r#"<textarea"#, r#"id="q9-5" name="q9" value="5""#, "5 – sehr", r#"<select class="kern-form-input__select" id="q10_2" name="q10_2">"#, r#"name="q11_1" value="3""#, "Wählen Sie 1 bis 2 Antworten."] {
            assert!(form.body.contains(part), "{part}");
        }
        assert!(!form.body.contains("<script"), "no JavaScript needed");
    }

    async fn a_resident_answers_without_javascript_keeps_everything_through_an_error_and_a_draft(app: &TestApp) {
        let anonymous = app.client().get(SURVEY).await;
        assert!(anonymous.body.contains("melden Sie sich bitte an"), "accounts only");
        let resident = app.login(&app.fixture.participant).await;
        let page = resident.get(SURVEY).await;
        assert!(page.body.contains("Diese Umfrage ist anonym."));
        let r = resident.post_form(SURVEY, &[("action", "send"), ("q2", "Ein Begegnungscafé am Markt")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#q1""##) && r.body.contains("Bitte beantworten Sie diese Frage."));
        assert!(r.body.contains("Ein Begegnungscafé am Markt"), "the text answer is kept");
        // Saved for later: the draft is filled in next time.
        resident.post_form(SURVEY, &[("action", "save"), ("q1", "1"), ("q2", "Ein Begegnungscafé am Markt")]).await.assert_status(303);
        let again = resident.get(SURVEY).await;
        assert!(again.body.contains("zwischengespeicherten Antworten"));
        assert!(again.body.contains(r#"id="q1-1" name="q1" value="1" checked"#) && again.body.contains("Ein Begegnungscafé am Markt"));
        let r = resident.post_form(SURVEY, &[("action", "send"), ("q1", "1"), ("q2", "Ein Begegnungscafé am Markt")]).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("notice=survey-answered"));
        let done = resident.get(SURVEY).await;
        assert!(done.body.contains("bereits beantwortet") && !done.body.contains(r#"name="q1""#));
        let twice = resident.post_form(SURVEY, &[("action", "send"), ("q1", "0")]).await;
        twice.assert_status(409);

        // Public results hide counts below five and all free texts; the coordinators see them.
        let public = app.client().get(&format!("{SURVEY}/ergebnisse")).await;
        public.assert_status(200);
        assert!(public.body.contains("zu wenige Antworten") && !public.body.contains("Begegnungscafé"));
        let coordinator = app.login(&app.fixture.coordinator).await;
        let exact = coordinator.get(&format!("{SURVEY}/ergebnisse")).await;
        assert!(exact.body.contains("<svg class=\"chart\" role=\"img\"") && exact.body.contains("<desc id=\"frage-1-desc\">Ja: 0 (0 %); Nein: 1 (100 %)</desc>"));
        assert!(exact.body.contains("<th class=\"kern-table__header\" scope=\"row\">Nein</th><td class=\"kern-table__cell\">1</td><td class=\"kern-table__cell\">100 %</td>"));
        assert!(exact.body.contains("Ein Begegnungscafé am Markt"));
        let csv = coordinator.get("/m/musterstadt/verwaltung/umfragen/1/antworten.csv").await;
        csv.assert_status(200);
        assert!(csv.body.contains("1. Kennen Sie das Sprachcafé?") && csv.body.contains(",Online,Nein,Ein Begegnungscafé am Markt"), "{}", csv.body);
        assert!(!csv.body.contains("Ayşe"), "anonymous: no name");
        // Its questions are fixed now.
        let builder = coordinator.get(BUILDER).await;
        assert!(builder.body.contains("können deshalb nicht mehr geändert werden") && !builder.body.contains("Frage hinzufügen"));
        let r = coordinator.post_form(&format!("{BUILDER}/fragen/2/entfernen"), &[]).await;
        r.assert_status(409);
    }

    async fn public_anonymous_surveys_take_one_response_per_browser(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let fields = settings("public", "yes");
        coordinator.post_form(&format!("{BUILDER}/einstellungen"), &borrowed(&fields)).await.assert_status(303);
        let visitor = app.client();
        let page = visitor.get(SURVEY).await;
        assert!(page.body.contains(r#"name="q1""#) && !page.body.contains("Zwischenspeichern"), "a form, without a draft");
        let r = visitor.post_form(SURVEY, &[("q1", "0")]).await;
        r.assert_status(303);
        assert!(r.header("set-cookie").unwrap().contains("survey_browser="));
        assert!(visitor.cookie("survey_browser").is_some());
        assert!(visitor.get(SURVEY).await.body.contains("bereits beantwortet"));
        visitor.post_form(SURVEY, &[("q1", "1")]).await.assert_status(409);
        app.client().post_form(SURVEY, &[("q1", "1")]).await.assert_status(303);
        let api = app.client().get("/api/v1/m/musterstadt/surveys/1/results").await.json();
        assert_eq!(api["responses"], "< 5");
        // With responses in, anonymity can no longer change.
        let mut signed = settings("accounts", "yes");
        signed[2].1 = "signed".into();
        let r = coordinator.post_form(&format!("{BUILDER}/einstellungen"), &borrowed(&signed)).await;
        r.assert_status(422);
        assert!(r.body.contains("Es gibt schon Antworten."));
    }

    async fn responses_without_an_account_are_rate_limited_per_address_but_a_room_can_answer(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let fields = settings("public", "yes");
        coordinator.post_form(&format!("{BUILDER}/einstellungen"), &borrowed(&fields)).await.assert_status(303);
        let mut refused = None;
        for accepted in 0..80u32 {
            let status = app.client().post_form(SURVEY, &[("q1", "0")]).await.status.as_u16();
            if status == 429 {
                refused = Some(accepted);
                break;
            }
            assert_eq!(status, 303);
        }
        let limit = web::limits::SURVEY_RESPONSES_PER_MINUTE;
        assert!(refused.is_some_and(|n| n >= limit), "{limit} people on one network can answer, then the address waits: {refused:?}");
    }

    async fn paper_questionnaires_are_counted_apart_and_results_can_stay_private(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let paper = format!("{BUILDER}/papier");
        let r = coordinator.post_form(&paper, &[("q2", "vom Fragebogen")]).await;
        r.assert_status(422);
        assert!(r.body.contains("vom Fragebogen"));
        for answer in ["0", "0", "1", "0", "0"] {
            coordinator.post_form(&paper, &[("q1", answer)]).await.assert_status(303);
        }
        let form = coordinator.get(&paper).await;
        assert!(form.body.contains("Bisher sind 5 Papierfragebögen eingetragen."));
        let resident = app.login(&app.fixture.participant).await;
        resident.post_form(SURVEY, &[("q1", "1")]).await.assert_status(303);
        let results = app.client().get(&format!("{SURVEY}/ergebnisse?quelle=papier")).await;
        assert!(results.body.contains("6 Antworten, davon 1 online und 5 auf Papier."));
        assert!(results.body.contains("<desc id=\"frage-1-desc\">Ja: &lt; 5 (–); Nein: &lt; 5 (–)</desc>"), "small counts hidden: {}", results.body);
        let coordinators = coordinator.get(&format!("{SURVEY}/ergebnisse?quelle=papier")).await;
        assert!(coordinators.body.contains("Ja: 4 (80 %); Nein: 1 (20 %)"));
        let api = app.client().get("/api/v1/m/musterstadt/surveys/1/results").await.json();
        assert_eq!((api["responses"].as_str(), api["paper"].as_str(), api["online"].as_str()), (Some("6"), Some("5"), Some("< 5")));
        assert_eq!(api["questions"][0]["items"][0]["count"], "< 5");
        assert!(api.to_string().find("Kennen Sie").is_some() && api["questions"][1]["items"].as_array().unwrap().is_empty(), "no free texts");
        let print = app.client().get(&format!("{SURVEY}/ergebnisse/druck")).await;
        print.assert_status(200);
        assert!(print.body.contains("Druckfunktion"));

        // Not public: the coordinators' alone.
        let fields = settings("accounts", "");
        coordinator.post_form(&format!("{BUILDER}/einstellungen"), &borrowed(&fields)).await.assert_status(303);
        app.client().get(&format!("{SURVEY}/ergebnisse")).await.assert_status(303);
        resident.get(&format!("{SURVEY}/ergebnisse")).await.assert_status(403);
        app.client().get("/api/v1/m/musterstadt/surveys/1/results").await.assert_status(404);
        coordinator.get(&format!("{SURVEY}/ergebnisse")).await.assert_status(200);
    }

    async fn english_visitors_get_the_survey_in_english(app: &TestApp) {
        let resident = app.login(&app.fixture.participant).await.with_header("accept-language", "en");
        let r = resident.post_form(SURVEY, &[("action", "send")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Please answer this question.") && r.body.contains("This survey is anonymous."));
        let list = app.client().with_header("accept-language", "en").get("/m/musterstadt/umfragen").await;
        assert!(list.body.contains("Open surveys") && list.body.contains("Angebote in Musterstadt"));
    }
}
