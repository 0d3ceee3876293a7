//! The state's funding programme: the officer creates a programme, a
//! funding line and a call with its rules (bad input comes back with what
//! was typed); the public reads the call with its rules in plain language;
//! a changed call shows its new rules; the open data lists both.

use testkit::app_tests;

app_tests! {
    async fn the_officer_opens_a_call_and_municipalities_read_its_rules(app: &TestApp) {
        let officer = app.login(&app.fixture.officer).await;
        let r = officer.post_form("/land/foerderung", &[("name", "WIR 2"), ("contact", ""), ("description", "Für **alle**.")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r#"value="WIR 2""#) && r.body.contains("Für **alle**.") && r.body.contains(r##"href="#contact""##), "{}", r.body);
        let r = officer
            .post_form("/land/foerderung", &[("name", "WIR – Vielfalt 2027"), ("contact", "Referat II 4"), ("description", "Für **alle**."), ("legal_basis", "")])
            .await;
        r.assert_status(303);
        let programme = r.header("location").unwrap().split('?').next().unwrap().to_owned();
        officer.post_form(&format!("{programme}/linien"), &[("line_name", "Umsetzung"), ("line_description", "")]).await.assert_status(303);
        let page = officer.get(&programme).await;
        assert!(page.body.contains("Umsetzung") && page.body.contains("Noch kein Aufruf."));

        // The new call starts from the reference rules; a window that closes before it opens comes back.
        let new_call = officer.get(&format!("{programme}/aufrufe/neu")).await;
        new_call.assert_status(200);
        assert!(new_call.body.contains(r#"value="20.000,00""#) && new_call.body.contains(r#"value="staff""#));
        let line_id = new_call.body.split(r#"<option value=""#).nth(2).and_then(|s| s.split('"').next()).unwrap().to_owned();
        let mut fields = vec![
            ("title", "Aufruf 2027"),
            ("line", line_id.as_str()),
            ("description", "Dritter Aufruf."),
            ("opens_at", "2027-03-01T00:00"),
            ("closes_at", "2027-02-01T00:00"),
            ("applicant_kind", "municipality"),
            ("applicant_kind", "inter_municipal"),
            ("population_min", "10.000"),
            ("population_max", "50.000"),
            ("max_grant", "30.000"),
            ("funding_rate", "90"),
            ("min_own_share", "10"),
            ("eligible_cost", "moderation"),
            ("eligible_cost", "workshops"),
            ("duration_min", "12"),
            ("duration_max", "18"),
            ("attachments", "Ratsbeschluss"),
            ("declarations", "Noch nicht begonnen.\nKeine Doppelförderung."),
        ];
        let r = officer.post_form(&format!("{programme}/aufrufe"), &fields).await;
        r.assert_status(422);
        assert!(r.body.contains("Das Ende muss nach dem Beginn liegen.") && r.body.contains(r#"value="30.000""#), "{}", r.body);
        assert!(r.body.contains(r#"value="inter_municipal" checked"#), "the ticked boxes stay ticked");
        fields[4] = ("closes_at", "2027-10-31T23:59");
        officer.post_form(&format!("{programme}/aufrufe"), &fields).await.assert_status(303);
        let page = officer.get(&programme).await;
        assert!(page.body.contains("Aufruf 2027") && page.body.contains("Noch nicht geöffnet") && page.body.contains("30.000,00 €"), "{}", page.body);

        // The public reads it with its rules in plain words.
        let list = app.client().get("/foerderung").await;
        list.assert_status(200);
        assert!(list.body.contains("WIR – Vielfalt 2027") && list.body.contains("Für <strong>alle</strong>."));
        let call_href = list.body.split(r#"href="/foerderung/aufrufe/"#).map(|s| s.split('"').next().unwrap()).collect::<Vec<_>>();
        let newest = call_href.iter().skip(1).map(|id| id.parse::<i64>().unwrap()).max().unwrap();
        let call = app.client().get(&format!("/foerderung/aufrufe/{newest}")).await;
        call.assert_status(200);
        for text in ["10.000 bis 50.000", "30.000,00 €", "bis zu 90 % der förderfähigen Ausgaben", "mindestens 10 % der Gesamtausgaben", "12 bis 18 Monate", "Ratsbeschluss", "Keine Doppelförderung.", "Personalausgaben der Kommune", "01.03.2027, 00:00 Uhr"] {
            assert!(call.body.contains(text), "{text}: {}", call.body);
        }
        let en = app.client().with_header("accept-language", "en").get(&format!("/foerderung/aufrufe/{newest}")).await;
        assert!(en.body.contains("30,000.00 €") && en.body.contains("up to 90 % of the eligible costs"));

        // A changed call shows its new rules (and the change is the officer's).
        let edit = format!("/land/foerderung/aufrufe/{newest}");
        assert!(officer.get(&edit).await.body.contains(r#"value="2027-10-31T23:59""#));
        fields[9] = ("max_grant", "25.000");
        officer.post_form(&edit, &fields).await.assert_status(303);
        assert!(app.client().get(&format!("/foerderung/aufrufe/{newest}")).await.body.contains("25.000,00 €"));

        // Open data: the programmes and each one's calls with their rules.
        let programmes: serde_json::Value = serde_json::from_str(&app.client().get("/api/v1/programmes").await.body).unwrap();
        assert_eq!(programmes["total"], 2);
        let id = programmes["items"][0]["id"].as_i64().unwrap();
        let calls: serde_json::Value = serde_json::from_str(&app.client().get(&format!("/api/v1/programmes/{id}/calls")).await.body).unwrap();
        assert_eq!((calls["items"][0]["rules"]["max_grant_cents"].as_i64(), calls["items"][0]["window"].as_str()), (Some(2_500_000), Some("upcoming")));
        assert_eq!(calls["items"][0]["funding_line"], "Umsetzung");
        app.client().get("/api/v1/programmes/999/calls").await.assert_status(404);
        officer.get("/land/foerderung/999").await.assert_status(404);
        officer.get("/land/foerderung/aufrufe/999").await.assert_status(404);
        // A line of another programme is no choice here.
        let other_line = fields.iter().position(|(k, _)| *k == "line").unwrap();
        fields[other_line] = ("line", "1");
        officer.post_form(&edit, &fields).await.assert_status(422);
    }

    async fn the_officer_words_the_decision_letters_of_a_call(app: &TestApp) {
        let officer = app.login(&app.fixture.officer).await;
        let page = officer.get("/land/foerderung/aufrufe/1").await;
        assert!(page.body.contains(r#"action="/land/foerderung/aufrufe/1/bescheid""#) && page.body.contains("ANBest-P"), "the reference template to start from");
        let r = officer.post_form("/land/foerderung/aufrufe/1/bescheid", &[("purpose", ""), ("conditions", "Eigene Auflage."), ("remedy", "Klage binnen eines Monats.")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#purpose""##) && r.body.contains("Eigene Auflage.") && r.body.contains("Klage binnen eines Monats."));
        let letter = [("purpose", "Eine Strategie für alle."), ("conditions", ""), ("remedy", "Klage binnen eines Monats beim Verwaltungsgericht.")];
        officer.post_form("/land/foerderung/aufrufe/1/bescheid", &letter).await.assert_status(303);
        let land = store::tenancy::state(&app.db.conn).await.unwrap();
        let call = store::funding::calls::get(&app.db.conn, &land.scope, 1).await.unwrap().unwrap();
        assert_eq!((call.letter.purpose.as_str(), call.letter.conditions.as_str()), ("Eine Strategie für alle.", ""));
        let log = store::audit::recent(&app.db.conn, Some(land.scope.id()), 5).await.unwrap();
        assert!(log.iter().any(|e| e.action == "funding.call.letter"));
        // Nobody else changes it.
        app.login(&app.fixture.coordinator).await.post_form("/land/foerderung/aufrufe/1/bescheid", &letter).await.assert_status(403);
    }
}
