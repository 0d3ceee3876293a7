//! Reports on a grant: the coordinator writes an interim report (started
//! from the platform's own figures; what is missing comes back next to its
//! field with everything typed kept), the officers are mailed, return it
//! with a message and accept it when submitted again; the final report's
//! receipts make a statement whose lines off the plan by more than 20 %
//! are flagged, and the officer closes the grant asking back what the
//! actual costs do not justify, shown in the ledger. Reminders go out
//! before reporting dates, once. Nobody else reaches a report, and drafts
//! stay the municipality's own.

use testkit::app_tests;

const REVIEW: &str = "/land/foerderung/antraege/2";
const APPLICANT: &str = "/m/beispielheim/verwaltung/foerderung/antraege/2";

/// Approves Beispielheim's application (18,000 EUR from 1 February 2027) with these reporting dates.
async fn approve(app: &testkit::TestApp, reporting_dates: &str) {
    approve_from(app, "2027-02-01", reporting_dates).await;
}

async fn approve_from(app: &testkit::TestApp, starts_on: &str, reporting_dates: &str) {
    let officer = app.login(&app.fixture.officer).await;
    let grant = [
        ("granted", "18.000"),
        ("starts_on", starts_on),
        ("ends_on", "2028-01-31"),
        ("reporting_dates", reporting_dates),
        ("conditions", ""),
    ];
    officer.post_form(&format!("{REVIEW}/bewilligung"), &grant).await.assert_status(303);
}

fn receipt<'a>(on: &'a str, payee: &'a str, line: &'a str, amount: &'a str) -> [(&'static str, &'a str); 5] {
    [("receipt_on", on), ("receipt_payee", payee), ("receipt_what", "Moderation"), ("receipt_line", line), ("receipt_amount", amount)]
}

app_tests! {
    async fn an_interim_report_is_returned_and_accepted_and_the_final_report_closes_the_grant(app: &TestApp) {
        approve(app, "31.07.2027\n30.04.2028").await;
        let coordinator = app.login(&app.fixture.other_coordinator).await;
        let officer = app.login(&app.fixture.officer).await;
        let mine = coordinator.get(APPLICANT).await;
        for text in ["Berichte", "Zwischenbericht 1", "31.07.2027", "Verwendungsnachweis", "30.04.2028", "Noch nicht begonnen"] {
            assert!(mine.body.contains(text), "{text}: {}", mine.body);
        }
        let first = format!("{APPLICANT}/berichte/1");
        let page = coordinator.get(&first).await;
        page.assert_status(200);
        assert!(page.body.contains("Zeitraum: 01.02.2027") && page.body.contains("Ideen"), "prefilled from the platform: {}", page.body);
        // A draft stays the municipality's own.
        officer.get(&format!("{REVIEW}/berichte/1")).await.assert_status(404);

        // Missing texts and an unreadable receipt come back next to their fields, everything typed kept.
        let mut fields = vec![("process", ""), ("participation", "120 Menschen in drei Werkstätten."), ("action", "submit")];
        fields.extend(receipt("2027-03-01", "Büro Brückenbau", "", "6.000"));
        let r = coordinator.post_form(&first, &fields).await;
        r.assert_status(422);
        for text in [r##"href="#process""##, r##"href="#receipt_0""##, r#"value="Büro Brückenbau""#, "120 Menschen in drei Werkstätten.", "Zeile des Kostenplans"] {
            assert!(r.body.contains(text), "{text}: {}", r.body);
        }
        let mut fields = vec![("process", "Auftakt im Februar, drei Werkstätten."), ("participation", "120 Menschen in drei Werkstätten."), ("action", "submit")];
        fields.extend(receipt("2027-03-01", "Büro Brückenbau", "1", "6.000"));
        coordinator.post_form(&first, &fields).await.assert_status(303);
        coordinator.post_form(&first, &fields).await.assert_status(409);
        let mails = app.deliver_mail("officer@test.example").await;
        assert!(mails.iter().any(|m| m.subject() == "Bericht eingereicht: Miteinander in Beispielheim" && m.body().contains("Zwischenbericht 1")));

        // The officer sees the statement, returns the report with a message, then accepts it.
        let report = officer.get(&format!("{REVIEW}/berichte/1")).await;
        report.assert_status(200);
        for text in ["Auftakt im Februar", "18.000,00 €", "−12.000,00 €", "−67 %", "Büro Brückenbau", "Bis zum Bericht ausgegeben: 6.000,00 € von geplanten 18.000,00 € (33 %)."] {
            assert!(report.body.contains(text), "{text}: {}", report.body);
        }
        assert!(!report.body.contains("über 20 %"), "spending less mid-way is not flagged");
        let r = officer.post_form(&format!("{REVIEW}/berichte/1/rueckgabe"), &[("message", "kurz")]).await;
        r.assert_status(422);
        assert!(r.body.contains(">kurz</textarea>"));
        let message = "Bitte die geringeren Kosten im Sachbericht begründen.";
        officer.post_form(&format!("{REVIEW}/berichte/1/rueckgabe"), &[("message", message)]).await.assert_status(303);
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Bericht zurückgegeben") && m.body().contains(message)));
        let page = coordinator.get(&first).await;
        assert!(page.body.contains(message) && page.body.contains(r#"name="process""#), "editable again with the message");
        fields[0] = ("process", "Auftakt im Februar, drei Werkstätten; eine Werkstatt fiel aus.");
        coordinator.post_form(&first, &fields).await.assert_status(303);
        officer.post_form(&format!("{REVIEW}/berichte/1/annahme"), &[]).await.assert_status(303);
        officer.post_form(&format!("{REVIEW}/berichte/1/annahme"), &[]).await.assert_status(409);
        assert!(coordinator.get(APPLICANT).await.body.contains("Angenommen"));

        // All paid; the final report spends 16,000 EUR: 2,000 EUR are asked back.
        coordinator.post_form(&format!("{APPLICANT}/auszahlungen"), &[("amount", "18.000"), ("wanted_on", "2027-02-15"), ("purpose", "Gesamtbetrag")]).await.assert_status(303);
        let page = officer.get(REVIEW).await;
        let payment = page.body.split("/freigabe").next().and_then(|head| head.rsplit('/').next()).unwrap().to_owned();
        officer.post_form(&format!("/land/foerderung/auszahlungen/{payment}/freigabe"), &[]).await.assert_status(303);
        let last = format!("{APPLICANT}/berichte/2");
        let page = coordinator.get(&last).await;
        assert!(page.body.contains(r#"value="Büro Brückenbau""#) && page.body.contains("6.000,00 €"), "the final report starts from the interim report's receipts");
        let mut fields = vec![
            ("process", "Drei Werkstätten, ein Fest."),
            ("participation", "310 Menschen."),
            ("strategy", "Vom Rat beschlossen am 12.03.2028."),
            ("action", "submit"),
        ];
        fields.extend(receipt("2027-03-01", "Büro Brückenbau", "1", "10.000"));
        fields.extend(receipt("2027-09-01", "Büro Brückenbau", "1", "6.000"));
        coordinator.post_form(&last, &fields).await.assert_status(303);
        let report = officer.get(&format!("{REVIEW}/berichte/2")).await;
        assert!(report.body.contains("zurückzufordern wären 2.000,00 €") && report.body.contains(r#"value="2.000,00""#), "{}", report.body);
        assert!(report.body.contains("Jede Zeile liegt innerhalb von 20 % des Plans."), "16,000 of 18,000 EUR: within the plan");
        officer.post_form(&format!("{REVIEW}/berichte/2/annahme"), &[]).await.assert_status(409);
        let r = officer.post_form(&format!("{REVIEW}/berichte/2/abschluss"), &[("repayment", "18.000,01")]).await;
        r.assert_status(422);
        assert!(r.body.contains("höchstens zurückgefordert") && r.body.contains(r#"value="18.000,01""#));
        officer.post_form(&format!("{REVIEW}/berichte/2/abschluss"), &[("repayment", "2.000")]).await.assert_status(303);
        let mine = coordinator.get(APPLICANT).await;
        for text in ["Abgeschlossen", "Zurückgefordert", "2.000,00 €", "Endgültige Zuwendung", "16.000,00 €"] {
            assert!(mine.body.contains(text), "{text}: {}", mine.body);
        }
        assert!(!mine.body.contains("Auszahlung anfordern"), "a closed grant takes no more payment requests");
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Förderung abgeschlossen") && m.body().contains("2.000,00 €")));
    }

    async fn reminders_go_out_before_a_reporting_date_once(app: &TestApp) {
        let today = chrono::Utc::now().date_naive();
        let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
        approve_from(app, &day(today - chrono::Days::new(100)), &day(today + chrono::Days::new(10))).await;
        app.deliver_mail("coordinator@beispielheim.test").await;
        web::housekeeping::tidy(&app.state).await;
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        let reminder = mails.iter().find(|m| m.subject() == "Bericht fällig: Miteinander in Beispielheim").expect("reminded");
        assert!(reminder.body().contains("Verwendungsnachweis am") && reminder.body().contains(APPLICANT), "{}", reminder.body());
        web::housekeeping::tidy(&app.state).await;
        let again = app.deliver_mail("coordinator@beispielheim.test").await;
        assert_eq!(again.iter().filter(|m| m.subject().starts_with("Bericht fällig")).count(), 1, "once");
    }

    async fn only_the_applicant_and_the_officers_reach_a_report(app: &TestApp) {
        approve(app, "31.07.2027").await;
        let first = format!("{APPLICANT}/berichte/1");
        let coordinator = app.login(&app.fixture.other_coordinator).await;
        let mut fields = vec![("process", "Werkstätten."), ("participation", "80 Menschen."), ("strategy", "Beschlossen."), ("action", "submit")];
        fields.extend(receipt("2027-03-01", "Büro", "1", "18.000"));
        coordinator.post_form(&first, &fields).await.assert_status(303);
        coordinator.get(&format!("{APPLICANT}/berichte/2")).await.assert_status(404);
        // Musterstadt's coordinator does not reach Beispielheim's application, nor its report.
        let other = app.login(&app.fixture.coordinator).await;
        other.get(&first.replace("beispielheim", "musterstadt")).await.assert_status(404);
        other.get(&first).await.assert_status(404);
        for user in [&app.fixture.other_coordinator, &app.fixture.coordinator, &app.fixture.admin] {
            let client = app.login(user).await;
            client.get(&format!("{REVIEW}/berichte/1")).await.assert_status(403);
            client.post_form(&format!("{REVIEW}/berichte/1/abschluss"), &[("repayment", "0")]).await.assert_status(403);
        }
        app.client().get(&first).await.assert_status(303);
    }
}
