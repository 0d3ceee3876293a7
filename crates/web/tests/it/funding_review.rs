//! The state reviews: the officer sees the applications of a call in a
//! table, opens one, ticks the checklist and leaves internal notes the
//! municipality never sees, asks for changes (the municipality is mailed,
//! edits and submits version 2, and the officer sees what changed), and
//! approves within the request. Nobody else reaches the review.

use testkit::app_tests;

const REVIEW: &str = "/land/foerderung/antraege/2";
const APPLICANT: &str = "/m/beispielheim/verwaltung/foerderung/antraege/2";

app_tests! {
    async fn the_officer_asks_for_changes_sees_what_changed_and_approves_within_the_request(app: &TestApp) {
        let officer = app.login(&app.fixture.officer).await;
        let table = officer.get("/land/foerderung/aufrufe/1/antraege").await;
        table.assert_status(200);
        for text in ["Beispielheim", "12.500", "18.000,00 €", "Eingereicht, in Prüfung", "seit heute"] {
            assert!(table.body.contains(text), "{text}: {}", table.body);
        }
        assert!(!table.body.contains("Vielfalt in Musterstadt"), "a draft stays the municipality's own");
        assert!(officer.get("/land/foerderung/aufrufe/1").await.body.contains(r#"href="/land/foerderung/aufrufe/1/antraege""#));

        let page = officer.get(REVIEW).await;
        page.assert_status(200);
        for text in ["Beispielheim hat 12.500 Einwohnerinnen und Einwohner", "Beantragt 18.000,00 € – innerhalb des Höchstbetrags von 20.000,00 €.", "Beschluss.pdf", "Prozessbegleitung", "Prüfliste", "Kosten- und Finanzierungsplan schlüssig"] {
            assert!(page.body.contains(text), "{text}: {}", page.body);
        }
        officer.post_form(&format!("{REVIEW}/pruefliste"), &[("criterion", "0"), ("criterion", "3")]).await.assert_status(303);
        officer.post_form(&format!("{REVIEW}/notizen"), &[("note", "Kostenplan knapp; Rückfrage zur Moderation.")]).await.assert_status(303);
        let page = officer.get(REVIEW).await;
        assert!(page.body.contains(r#"id="criterion-3" name="criterion" value="3" checked"#) && page.body.contains("Rückfrage zur Moderation"));

        // Changes asked for: a message is required; the coordinators are mailed.
        let r = officer.post_form(&format!("{REVIEW}/nachforderung"), &[("message", "kurz")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#message""##) && r.body.contains(">kurz</textarea>"));
        let message = "Bitte die Moderation auf 17.000 € begrenzen.";
        officer.post_form(&format!("{REVIEW}/nachforderung"), &[("message", message)]).await.assert_status(303);
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        let mail = mails.iter().find(|m| m.subject().starts_with("Bitte ändern")).expect("the coordinators are told");
        assert!(mail.body().contains(message) && mail.body().contains(APPLICANT), "{}", mail.body());

        // The applicant sees the message, never the notes, and submits version 2.
        let coordinator = app.login(&app.fixture.other_coordinator).await;
        let mine = coordinator.get(APPLICANT).await;
        assert!(mine.body.contains(message) && mine.body.contains(r#"name="situation""#), "editable again with the message");
        assert!(!mine.body.contains("Rückfrage zur Moderation") && !mine.body.contains("Prüfliste"));
        let mut fields: Vec<(&str, &str)> = vec![
            ("title", "Miteinander in Beispielheim"),
            ("situation", "12.500 Menschen, viele neu zugezogen."),
            ("objectives", "Eine vom Rat beschlossene Strategie."),
            ("formats", "Drei Werkstätten und ein Fest."),
            ("target_groups", "Alle; Zugezogene über die Vereine."),
            ("time_plan", "Februar: Auftakt; Dezember: Beschluss."),
            ("starts_on", "2027-02-01"),
            ("ends_on", "2028-01-31"),
            ("cost_category", "moderation"),
            ("cost_description", "Prozessbegleitung"),
            ("cost_amount", "17.000"),
            ("requested", "17.000"),
            ("declaration", "0"),
            ("declaration", "1"),
        ];
        fields.push(("action", "submit"));
        coordinator.post_form(APPLICANT, &fields).await.assert_status(303);
        let receipts = app.deliver_mail("coordinator@beispielheim.test").await;
        let receipt = receipts.iter().find(|m| m.subject() == "Eingangsbestätigung: Miteinander in Beispielheim").expect("a receipt");
        assert!(receipt.body().contains("Fassung 2"));
        let attached = receipt.attachments();
        assert_eq!((attached[0].0.as_str(), attached[0].1.as_str()), ("Eingangsbestätigung 1-00002 (2).pdf", "application/pdf"));
        assert!(attached[0].2.starts_with("%PDF"));

        let page = officer.get(REVIEW).await;
        assert!(page.body.contains("Änderungen von Fassung 1 zu Fassung 2"), "{}", page.body);
        assert!(page.body.contains("<del>18.000,00 €</del>") && page.body.contains("<ins>17.000,00 €</ins>"));

        // More than requested is refused next to the field; within it, approved and mailed.
        let grant = |amount: &'static str| vec![("granted", amount), ("starts_on", "2027-02-01"), ("ends_on", "2028-01-31"), ("reporting_dates", "31.12.2027\n30.04.2028"), ("conditions", "Beschluss des Rates bis Projektende.")];
        let r = officer.post_form(&format!("{REVIEW}/bewilligung"), &grant("18.000")).await;
        r.assert_status(422);
        assert!(r.body.contains("höchstens der beantragte Betrag") && r.body.contains(r#"value="18.000""#));
        officer.post_form(&format!("{REVIEW}/bewilligung"), &grant("17.000")).await.assert_status(303);
        officer.post_form(&format!("{REVIEW}/ablehnung"), &[("reason", "Nicht mehr möglich, schon bewilligt.")]).await.assert_status(409);
        let mine = coordinator.get(APPLICANT).await;
        for text in ["Bewilligt", "17.000,00 €", "01.02.2027 – 31.01.2028", "31.12.2027, 30.04.2028", "Beschluss des Rates bis Projektende.", "Eingereichte Fassung 2"] {
            assert!(mine.body.contains(text), "{text}: {}", mine.body);
        }
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        let approved = mails.iter().find(|m| m.subject().starts_with("Bewilligt")).expect("the approval is mailed");
        assert!(approved.body().contains("17.000,00 €"));
        assert_eq!(approved.attachments()[0].0, "Zuwendungsbescheid 1-00002.pdf");

        // The decision letter is kept with the application: the applicant and the officers open it, nobody else.
        let letter = mine.body.split('"').find(|p| p.contains("/dateien/") && p.contains("Zuwendungsbescheid")).expect("the letter is linked").to_owned();
        let (status, headers, bytes) = coordinator.get_bytes(&letter).await;
        assert_eq!((status.as_u16(), &bytes[..4]), (200, b"%PDF".as_slice()));
        assert_eq!(headers["cache-control"], "private, no-store");
        assert_eq!(officer.get_bytes(&letter).await.0.as_u16(), 200);
        assert_eq!(app.login(&app.fixture.coordinator).await.get_bytes(&letter).await.0.as_u16(), 404);
        assert!(officer.get(REVIEW).await.body.contains("Zuwendungsbescheid 1-00002.pdf"));

        // Payments: never more than is left; the officers release or reject with a reason.
        let payments = format!("{APPLICANT}/auszahlungen");
        let r = coordinator.post_form(&payments, &[("amount", "17.000,01"), ("wanted_on", "2027-02-15"), ("purpose", "Erste Rate")]).await;
        r.assert_status(422);
        assert!(r.body.contains("Mehr als bewilligt") && r.body.contains(r#"value="17.000,01""#) && r.body.contains(r##"href="#amount""##));
        coordinator.post_form(&payments, &[("amount", "10.000"), ("wanted_on", "2027-02-15"), ("purpose", "Erste Rate")]).await.assert_status(303);
        let mails = app.deliver_mail("officer@test.example").await;
        assert!(mails.iter().any(|m| m.subject() == "Auszahlung angefordert: Miteinander in Beispielheim" && m.body().contains("10.000,00 €")));
        let page = officer.get(REVIEW).await;
        let first = page.body.split("/land/foerderung/auszahlungen/").nth(1).and_then(|rest| rest.split('/').next()).expect("a payment to decide").to_owned();
        let r = officer.post_form(&format!("/land/foerderung/auszahlungen/{first}/ablehnung"), &[("reason", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains(&format!(r#"id="reason-{first}-error""#)));
        officer.post_form(&format!("/land/foerderung/auszahlungen/{first}/ablehnung"), &[("reason", "Bitte erst nach Vertragsschluss anfordern.")]).await.assert_status(303);
        coordinator.post_form(&payments, &[("amount", "7.000"), ("wanted_on", "2027-03-01"), ("purpose", "Erste Rate")]).await.assert_status(303);
        let page = officer.get(REVIEW).await;
        let second = page.body.split("/freigabe").next().and_then(|head| head.rsplit('/').next()).unwrap().to_owned();
        officer.post_form(&format!("/land/foerderung/auszahlungen/{second}/freigabe"), &[]).await.assert_status(303);
        officer.post_form(&format!("/land/foerderung/auszahlungen/{second}/freigabe"), &[]).await.assert_status(409);
        let mine = coordinator.get(APPLICANT).await;
        for text in ["Bitte erst nach Vertragsschluss anfordern.", "Freigegeben", "Höchstens 10.000,00 €"] {
            assert!(mine.body.contains(text), "{text}: {}", mine.body);
        }
        let mails = app.deliver_mail("coordinator@beispielheim.test").await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Auszahlung freigegeben") && m.body().contains("7.000,00 €")));
        // Another municipality cannot request money of this grant.
        let other = app.login(&app.fixture.coordinator).await;
        other.post_form(&payments, &[("amount", "1.000"), ("wanted_on", "2027-03-01"), ("purpose", "Fremd")]).await.assert_status(404);
    }

    async fn only_officers_reach_the_review_and_drafts_stay_hidden(app: &TestApp) {
        let officer = app.login(&app.fixture.officer).await;
        officer.get("/land/foerderung/antraege/1").await.assert_status(404);
        officer.get("/land/foerderung/antraege/999").await.assert_status(404);
        for user in [&app.fixture.other_coordinator, &app.fixture.coordinator, &app.fixture.admin] {
            let client = app.login(user).await;
            client.get(REVIEW).await.assert_status(403);
            client.post_form(&format!("{REVIEW}/notizen"), &[("note", "x")]).await.assert_status(403);
        }
        app.client().get(REVIEW).await.assert_status(303);
        // A rejection needs its reason and is shown to the applicant.
        let r = officer.post_form(&format!("{REVIEW}/ablehnung"), &[("reason", "")]).await;
        r.assert_status(422);
        officer.post_form(&format!("{REVIEW}/ablehnung"), &[("reason", "Beispielheim hat bereits eine Strategie.")]).await.assert_status(303);
        let mine = app.login(&app.fixture.other_coordinator).await.get(APPLICANT).await;
        assert!(mine.body.contains("Begründung der Ablehnung") && mine.body.contains("Beispielheim hat bereits eine Strategie."));
    }
}
