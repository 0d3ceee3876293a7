//! The state overview: every municipality on one line with its funding
//! stage and money, chosen and sorted with plain links, the totals of what
//! is shown, and the same choice as CSV; public, and without anything a
//! municipality keeps to itself.

use testkit::app_tests;

app_tests! {
    async fn everyone_sees_all_municipalities_chosen_sorted_and_as_csv(app: &TestApp) {
        // Beispielheim's application (in the fixture) gets 17,000 EUR approved.
        let officer = app.login(&app.fixture.officer).await;
        let grant = [("granted", "17.000"), ("starts_on", "2027-02-01"), ("ends_on", "2028-01-31"), ("reporting_dates", "30.04.2028"), ("conditions", "")];
        officer.post_form("/land/foerderung/antraege/2/bewilligung", &grant).await.assert_status(303);

        let visitor = app.client();
        let page = visitor.get("/uebersicht").await;
        page.assert_status(200);
        for text in ["Alle Kommunen im Überblick", r#"href="/m/musterstadt">Musterstadt</a>"#, r#"href="/m/beispielheim">Beispielheim</a>"#, "Gefördert", "17.000,00 €", "Kein Antrag", "Main-Kinzig-Kreis", "<svg"] {
            assert!(page.body.contains(text), "{text}: {}", page.body);
        }
        assert!(!page.body.contains("Vielfalt in Musterstadt"), "a draft application is the municipality's own");
        assert!(page.body.find(">Beispielheim</a>") < page.body.find(">Musterstadt</a>"), "by name");

        // Only the funded ones, the largest grant first; the sort link turns the order.
        let chosen = visitor.get("/uebersicht?funding=funded&sort=granted&order=desc").await;
        assert!(chosen.body.contains(">Beispielheim</a>") && !chosen.body.contains(">Musterstadt</a>"), "{}", chosen.body);
        assert!(chosen.body.contains(r#"aria-sort="descending""#) && chosen.body.contains(r#"href="/uebersicht?funding=funded&#38;sort=granted""#), "{}", chosen.body);
        assert!(visitor.get("/uebersicht?q=muster").await.body.contains(">Musterstadt</a>"));
        assert!(visitor.get("/uebersicht?q=nirgendwo").await.body.contains("Keine Kommune passt zu dieser Auswahl."));
        assert!(visitor.get("/uebersicht?funding=unknown&sort=nonsense").await.body.contains(">Musterstadt</a>"), "unknown choices are ignored");

        let (status, headers, bytes) = visitor.get_bytes("/uebersicht.csv?funding=funded").await;
        assert_eq!(status.as_u16(), 200);
        assert!(headers["content-type"].to_str().unwrap().starts_with("text/csv"));
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(text.contains("Beispielheim,Main-Kinzig-Kreis,12500,Gefördert") && text.contains("17000.00"), "{text}");
        assert!(!text.contains("Musterstadt"));
    }
}
