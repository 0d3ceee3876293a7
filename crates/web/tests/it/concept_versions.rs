//! Versions of the concept: each consultation freezes a version; earlier
//! ones stay readable as they were; the difference view names the
//! new measure, the raised target and the changed text; German and English;
//! a draft-only concept has no versions to show.

use testkit::app_tests;

const MANAGE: &str = "/m/musterstadt/verwaltung/konzept";

app_tests! {
    async fn each_consultation_freezes_a_version_and_the_changes_are_shown(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        // The fixture's adopted concept is version 1.
        let list = app.client().get("/m/musterstadt/konzept/versionen").await;
        list.assert_status(200);
        assert!(list.body.contains("Fassung 1") && list.body.contains("Beschlossen am 26.06.2025 (DS 2025/117)"));
        assert!(!list.body.contains("Zwei Fassungen vergleichen"), "nothing to compare yet");

        // The indicator set up since the adoption goes into consultation: version 2.
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "consultation")]).await.assert_status(303);
        // The revision: a sharper vision, a higher target, a new measure.
        coordinator.post_form(MANAGE, &[("title", "Gelebte Vielfalt in Musterstadt"), ("preamble", ""), ("vision", "Alle gehören dazu.\nAuch die Neuen.")]).await.assert_status(303);
        let indicator = [
            ("name", "Familien im Sprachcafé"), ("unit", "Familien"), ("baseline", "8"), ("baseline_on", "2025-01-01"),
            ("target", "40"), ("target_on", "2028-12-31"), ("source", "Anwesenheitslisten"), ("direction", "higher"),
        ];
        coordinator.post_form(&format!("{MANAGE}/indikatoren/1"), &indicator).await.assert_status(303);
        let measure = [("title", "Elternabende mit Dolmetschung"), ("description", ""), ("main_goal", "1"), ("priority", "medium"), ("status", "planned"), ("status_reason", "")];
        coordinator.post_form(&format!("{MANAGE}/massnahmen/neu"), &measure).await.assert_status(303);
        coordinator.post_form(&format!("{MANAGE}/stand"), &[("stage", "consultation")]).await.assert_status(303);

        let list = app.client().get("/m/musterstadt/konzept/versionen").await;
        assert!(list.body.contains("Fassung 3") && list.body.contains("in der öffentlichen Beratung") && list.body.contains("Zwei Fassungen vergleichen"));
        // Version 2 did not change with the revision.
        let v2 = app.client().get("/m/musterstadt/konzept/versionen/2").await;
        v2.assert_status(200);
        assert!(v2.body.contains("Maßnahme 1: Sprachcafé mit Kinderbetreuung") && v2.body.contains("auf 30 Familien (31.12.2028)"));
        assert!(!v2.body.contains("Elternabende mit Dolmetschung") && !v2.body.contains("Auch die Neuen."));
        let v3 = app.client().get("/m/musterstadt/konzept/versionen/3").await;
        assert!(v3.body.contains("Maßnahme 2: Elternabende mit Dolmetschung") && v3.body.contains("auf 40 Familien (31.12.2028)"));
        assert!(v3.body.contains(r#"href="/m/musterstadt/konzept/vergleich?von=2&#38;bis=3""#), "{}", v3.body);

        let changes = app.client().get("/m/musterstadt/konzept/vergleich?von=2&bis=3").await;
        changes.assert_status(200);
        for text in [
            "Änderungen von Fassung 2 zu Fassung 3",
            "Maßnahme 2: Elternabende mit Dolmetschung",
            "Zielwert „Familien im Sprachcafé“: 30 Familien (31.12.2028) → 40 Familien (31.12.2028)",
            r#"<ins><span class="kern-sr-only">Hinzugefügt: </span>Auch die Neuen.</ins>"#,
        ] {
            assert!(changes.body.contains(text), "the difference shows {text:?}");
        }
        let en = app.client().with_header("accept-language", "en").get("/m/musterstadt/konzept/vergleich?von=2&bis=3").await;
        assert!(en.body.contains("Changes from version 2 to version 3") && en.body.contains("Target “Familien im Sprachcafé”: 30 Familien"));
        // Unreadable numbers fall back to the newest two; unknown versions are not found.
        let fallback = app.client().get("/m/musterstadt/konzept/vergleich?von=abc&bis=").await;
        fallback.assert_status(200);
        assert!(fallback.body.contains("Änderungen von Fassung 2 zu Fassung 3"));
        app.client().get("/m/musterstadt/konzept/vergleich?von=1&bis=9").await.assert_status(404);
        app.client().get("/m/musterstadt/konzept/versionen/9").await.assert_status(404);

        // Version 1 shows the concept as adopted, before the indicator was set up.
        let v1 = app.client().get("/m/musterstadt/konzept/versionen/1").await;
        assert!(v1.body.contains("Beschlossen am 26.06.2025") && !v1.body.contains("Familien im Sprachcafé"));

        // Open data: every version with its stage.
        let api = app.client().get("/api/v1/m/musterstadt/concept/versions").await;
        let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        assert_eq!(json["total"], 3);
        assert_eq!((json["items"][0]["stage"].as_str(), json["items"][0]["decision_number"].as_str()), (Some("adopted"), Some("DS 2025/117")));
        assert_eq!(json["items"][1]["stage"], "consultation");
        assert!(json["items"][2]["url"].as_str().unwrap().ends_with("/m/musterstadt/konzept/versionen/3"));

        // The concept page points to the versions.
        assert!(app.client().get("/m/musterstadt/konzept").await.body.contains(r#"href="/m/musterstadt/konzept/versionen""#));
    }
}
