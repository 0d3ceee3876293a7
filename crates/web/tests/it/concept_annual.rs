//! The annual report: the year's reports per action field, the measures
//! started, paused or dropped with their reasons, indicator movement, and
//! participation figures of this municipality in this year only.

use testkit::app_tests;

app_tests! {
    async fn the_annual_report_tells_the_year_from_the_reports_and_the_figures(app: &TestApp) {
        let today = web::participation_today();
        let year = chrono::Datelike::year(&today);
        let report = format!("/m/musterstadt/umsetzung/jahresbericht/{year}");
        let before = app.client().get(&report).await;
        before.assert_status(200);
        assert!(before.body.contains(&format!("Jahresbericht {year}: Gelebte Vielfalt in Musterstadt")));
        assert!(app.client().get("/m/musterstadt/umsetzung").await.body.contains(&format!(r#"href="{report}""#)), "the progress page links the report");

        // The owner reports, pauses with a reason, records a value; a participant comments on an idea.
        let owner = app.login(&app.fixture.measure_owner).await;
        let day = today.to_string();
        let typed = [("on", day.as_str()), ("status", "paused"), ("percent", "40"), ("text", "Die Gruppe trifft sich im Gemeindehaus."), ("reason", "Die Bibliothek wird renoviert.")];
        owner.post_form("/m/musterstadt/massnahmen/1/bericht", &typed).await.assert_status(303);
        owner.post_form("/m/musterstadt/massnahmen/1/indikatoren/1/werte", &[("on_1", day.as_str()), ("value_1", "19"), ("note_1", "")]).await.assert_status(303);
        let participant = app.login(&app.fixture.participant).await;
        let comment = [("comment-body", "Ein Kommentar für den Jahresbericht."), ("parent", ""), ("speak_as", "")];
        participant.post_form("/m/musterstadt/ideen/1/kommentare", &comment).await.assert_status(303);

        let after = app.client().get(&report).await;
        for text in [
            "Die Gruppe trifft sich im Gemeindehaus.",
            "Die Bibliothek wird renoviert.",
            "Sprache &#38; Bildung",
            "19 Familien",
            "Pausiert oder aufgegeben",
        ] {
            assert!(after.body.contains(text), "the report shows {text:?}");
        }
        let comments_in = |body: &str| -> i64 {
            let at = body.find("Kommentare zu Ideen").expect("the comment count is shown");
            let value = &body[at..];
            let value = &value[value.find("__value\">").unwrap() + 9..];
            value[..value.find('<').unwrap()].parse().unwrap()
        };
        assert_eq!(comments_in(&after.body), comments_in(&before.body) + 1);
        assert!(after.body.contains("Kommentare zum Entwurf des Konzepts</dt><dd class=\"kern-description-list-item__value\">1<"), "the fixture's consultation comment");
        // Last year knew nothing of it; Beispielheim's report is its own; a year to come has no report.
        let last_year = app.client().get(&format!("/m/musterstadt/umsetzung/jahresbericht/{}", year - 1)).await;
        last_year.assert_status(200);
        assert!(!last_year.body.contains("Die Gruppe trifft sich im Gemeindehaus.") && comments_in(&last_year.body) == 0);
        let theirs = app.client().get(&format!("/m/beispielheim/umsetzung/jahresbericht/{year}")).await;
        assert!(theirs.body.contains("Miteinander in Beispielheim") && !theirs.body.contains("Gemeindehaus"));
        app.client().get(&format!("/m/musterstadt/umsetzung/jahresbericht/{}", year + 1)).await.assert_status(404);
        let en = app.client().with_header("accept-language", "en").get(&report).await;
        assert!(en.body.contains(&format!("Annual report {year}")) && en.body.contains("Paused or dropped"));

        // The same as a tagged PDF, laid out once for as long as it says the same.
        let pdf = app.client().get(&format!("{report}/jahresbericht.pdf")).await;
        pdf.assert_status(200);
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        let text = crate::concept_pdf::text_of(&pdf.bytes);
        for words in [format!("Jahresbericht {year}"), "Das Jahr auf einen Blick".into(), "Die Gruppe trifft sich im Gemeindehaus.".into(), "Die Bibliothek wird renoviert.".into()] {
            assert!(text.contains(&words), "the PDF says {words:?}:\n{text}");
        }
        let info = crate::concept_pdf::info_of(&pdf.bytes);
        assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{info}");
        let again = app.client().get(&format!("{report}/jahresbericht.pdf")).await;
        assert_eq!(again.header("etag"), pdf.header("etag"));
        participant.post_form("/m/musterstadt/ideen/1/kommentare", &comment).await.assert_status(303);
        let changed = app.client().get(&format!("{report}/jahresbericht.pdf")).await;
        assert_ne!(changed.header("etag"), pdf.header("etag"), "a new comment changes the figures, so the PDF is laid out anew");
    }
}
