//! A municipality applies: the coordinator starts an application for the
//! open call, fills it in without script (a cost line at a time), sees each
//! broken rule in plain words next to its field, fixes them, submits
//! (version 1 keeps the rules), and can withdraw. Another municipality and
//! residents reach none of it.

use testkit::app_tests;
use testkit::samples::{PDF, SVG_WITH_SCRIPT};

const LIST: &str = "/m/musterstadt/verwaltung/foerderung";

/// A complete application that holds every rule of the fixture's call.
const COMPLETE: [(&str, &str); 17] = [
    ("title", "Vielfalt in Musterstadt"),
    ("situation", "38.000 Menschen aus 90 Ländern."),
    ("objectives", "Eine beschlossene Strategie."),
    ("formats", "Fünf Werkstätten."),
    ("target_groups", "Alle."),
    ("time_plan", "Januar: Auftakt."),
    ("starts_on", "2027-01-01"),
    ("ends_on", "2028-03-31"),
    ("cost_category", "moderation"),
    ("cost_description", "Prozessbegleitung"),
    ("cost_amount", "12.000"),
    ("cost_category", "interpretation"),
    ("cost_description", "Dolmetschen"),
    ("cost_amount", "8.000"),
    ("requested", "20.000"),
    ("declaration", "0"),
    ("declaration", "1"),
];

/// The address of the application's file called `name` on `body`.
fn file_href(body: &str, name: &str) -> Option<String> {
    let at = body.find(&format!("/{name}\""))?;
    let start = body[..at].rfind('"')? + 1;
    Some(body[start..at + name.len() + 1].to_owned())
}

app_tests! {
    async fn the_coordinator_fixes_what_the_rules_name_and_submits(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        assert!(coordinator.get("/konto").await.body.contains(&format!(r#"href="{LIST}""#)), "linked on the account page");
        let list = coordinator.get(LIST).await;
        list.assert_status(200);
        assert!(list.body.contains("Aufruf (Test)") && list.body.contains("Vielfalt in Musterstadt"), "the open call and the fixture's draft");
        let r = coordinator.post_form(LIST, &[("call", "1"), ("title", "V")]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#title""##) && r.body.contains(r#"value="V""#));
        let r = coordinator.post_form(LIST, &[("call", "1"), ("title", "Gemeinsam in Musterstadt")]).await;
        r.assert_status(303);
        let page_href = r.header("location").unwrap().to_owned();

        // The empty application names what is missing, with Musterstadt's population within the limit.
        let page = coordinator.get(&page_href).await;
        page.assert_status(200);
        assert!(page.body.contains("Musterstadt hat 38.000 Einwohnerinnen und Einwohner – innerhalb der Grenze von 50.000."), "{}", page.body);
        assert!(page.body.contains("Der Kostenplan ist noch leer."));

        // Too much requested, not balanced, one line of staff costs: each named next to its field, everything kept.
        let fields = vec![
            ("title", "Gemeinsam in Musterstadt"),
            ("situation", "38.000 Menschen aus 90 Ländern."),
            ("objectives", "Eine beschlossene Strategie."),
            ("formats", "Fünf Werkstätten und Gespräche in den Vereinen."),
            ("target_groups", "Alle; Eltern über die Kitas."),
            ("time_plan", "Januar: Auftakt; Dezember: Beschluss."),
            ("partners", ""),
            ("starts_on", "2027-01-01"),
            ("ends_on", "2028-03-31"),
            ("cost_category", "moderation"),
            ("cost_description", "Prozessbegleitung"),
            ("cost_amount", "14.000"),
            ("cost_category", "staff"),
            ("cost_description", "Stelle im Rathaus"),
            ("cost_amount", "7.500"),
            ("cost_category", ""),
            ("cost_description", ""),
            ("cost_amount", ""),
            ("requested", "24.000"),
            ("own", ""),
            ("third_party", ""),
            ("declaration", "0"),
            ("declaration", "1"),
            ("action", "submit"),
        ];
        let r = coordinator.post_form(&page_href, &fields).await;
        r.assert_status(422);
        for text in [
            "Beantragt 24.000,00 € – mehr als der Höchstbetrag von 20.000,00 €.",
            "Personalausgaben der Kommune (7.500,00 €) werden bei diesem Aufruf nicht gefördert.",
            "Ausgaben 21.500,00 €, Finanzierung 24.000,00 € – 2.500,00 € mehr Finanzierung als Ausgaben.",
            "Es fehlt die Anlage",
            r#"value="Stelle im Rathaus""#,
            r##"href="#cost_1""##,
            r##"href="#requested""##,
        ] {
            assert!(r.body.contains(text), "{text}: {}", r.body);
        }
        // The draft kept it all (a new empty line waits for the next cost).
        let again = coordinator.get(&page_href).await;
        assert!(again.body.contains(r#"value="Stelle im Rathaus""#) && again.body.contains(r#"id="cost_amount_2""#));

        // Another municipality's coordinator and a resident reach none of it.
        app.login(&app.fixture.other_coordinator).await.get(&page_href).await.assert_status(404);
        app.login(&app.fixture.participant).await.get(&page_href).await.assert_status(403);
        let other_href = page_href.replacen("/m/musterstadt/", "/m/beispielheim/", 1);
        app.login(&app.fixture.other_coordinator).await.get(&other_href).await.assert_status(404);

        // In English.
        let en = coordinator.with_header("accept-language", "en").get(&page_href).await;
        assert!(en.body.contains("Musterstadt has 38,000 inhabitants – within the limit of 50,000."), "{}", en.body);
    }

    async fn a_submitted_application_keeps_its_version_and_can_be_withdrawn(app: &TestApp) {
        // A call without required attachments, so that the whole application can be made here.
        let land = store::tenancy::state(&app.db.conn).await.unwrap();
        let mut call = store::funding::calls::get(&app.db.conn, &land.scope, 1).await.unwrap().unwrap();
        call.draft.rules.required_attachments.clear();
        store::funding::calls::update(&app.db.conn, &land.scope, app.fixture.officer.id, 1, &call.draft, "").await.unwrap();

        let coordinator = app.login(&app.fixture.coordinator).await;
        let href = format!("{LIST}/antraege/1");
        let fields = COMPLETE;
        // "Save and add a line" saves and comes back to the cost plan.
        let mut adding = fields.to_vec();
        adding.push(("action", "add_line"));
        let r = coordinator.post_form(&href, &adding).await;
        r.assert_status(303);
        assert!(r.header("location").unwrap().ends_with("?notice=saved#kosten"));
        let page = coordinator.get(&href).await;
        assert!(page.body.contains("Alles passt zu den Regeln des Aufrufs.") && page.body.contains("Ausgaben und Finanzierung gleichen sich aus: 20.000,00 €."), "{}", page.body);
        let mut submitting = fields.to_vec();
        submitting.push(("action", "submit"));
        let r = coordinator.post_form(&href, &submitting).await;
        r.assert_status(303);
        let page = coordinator.get(&href).await;
        assert!(page.body.contains("Eingereicht, in Prüfung") && !page.body.contains(r#"name="situation""#), "no form once submitted");
        // Saving again is refused; the version keeps what was submitted and the rules.
        coordinator.post_form(&href, &submitting).await.assert_status(409);
        let versions = store::funding::applications::versions(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        assert_eq!((versions.len(), versions[0].form.requested.as_str()), (1, "20.000"));
        assert!(versions[0].rules.as_ref().unwrap().required_attachments.is_empty());
        let list = coordinator.get(LIST).await;
        assert!(list.body.contains("Eingereicht, in Prüfung") && list.body.contains("eingereicht am"));

        coordinator.post_form(&format!("{href}/zurueckziehen"), &[]).await.assert_status(303);
        assert!(coordinator.get(LIST).await.body.contains("Zurückgezogen"));
        coordinator.post_form(&format!("{href}/zurueckziehen"), &[]).await.assert_status(409);
    }

    async fn the_required_attachment_is_checked_kept_with_the_draft_and_shown_only_to_applicant_and_officers(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let href = format!("{LIST}/antraege/1");
        let form = coordinator.get(&href).await;
        assert!(form.body.contains(r#"enctype="multipart/form-data""#) && form.body.contains(r#"id="attachment_0""#));
        assert!(form.body.contains("Es fehlt die Anlage"), "the missing attachment is named");

        // A disguised file is refused next to its input; what was typed stays.
        let mut fields = COMPLETE.to_vec();
        fields.push(("action", "save"));
        let r = coordinator.post_multipart(&href, &fields, &[("attachment_0", "beschluss.pdf", SVG_WITH_SCRIPT)]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#attachment_0""##) && r.body.contains(r#"id="attachment_0-error""#), "{}", r.body);
        assert!(r.body.contains(r#"value="Prozessbegleitung""#));

        // A real PDF is kept with the draft at once.
        let r = coordinator.post_multipart(&href, &fields, &[("attachment_0", "Beschluss Rat.pdf", PDF)]).await;
        r.assert_status(303);
        let page = coordinator.get(&href).await;
        assert!(!page.body.contains("Es fehlt die Anlage") && page.body.contains("Alles passt zu den Regeln des Aufrufs."), "{}", page.body);
        let first = file_href(&page.body, "Beschluss%20Rat.pdf").expect("the file is linked");

        // Served to the applicant's coordinators and the programme officers, privately; to nobody else.
        let (status, headers, bytes) = coordinator.get_bytes(&first).await;
        assert_eq!((status.as_u16(), bytes.as_slice()), (200, PDF));
        assert_eq!(headers["cache-control"], "private, no-store");
        let (status, _, _) = app.login(&app.fixture.officer).await.get_bytes(&first).await;
        assert_eq!(status.as_u16(), 200, "the officer reviews it");
        for client in [app.client(), app.login(&app.fixture.participant).await, app.login(&app.fixture.other_coordinator).await] {
            assert_eq!(client.get_bytes(&first).await.0.as_u16(), 404);
        }

        // A new file replaces it (the old one is gone: no version brought it); "remove" takes it off.
        coordinator.post_multipart(&href, &fields, &[("attachment_0", "Beschluss neu.pdf", PDF)]).await.assert_status(303);
        let page = coordinator.get(&href).await;
        let second = file_href(&page.body, "Beschluss%20neu.pdf").expect("the new file");
        assert!(file_href(&page.body, "Beschluss%20Rat.pdf").is_none());
        assert_eq!(coordinator.get_bytes(&first).await.0.as_u16(), 404);
        let id = second.split('/').nth(4).unwrap().to_owned();
        let mut removing = fields.clone();
        removing.push(("remove_attachment", &id));
        coordinator.post_multipart(&href, &removing, &[]).await.assert_status(303);
        assert!(coordinator.get(&href).await.body.contains("Es fehlt die Anlage"));

        // Submitted with the file: the version keeps it, and it stays served.
        coordinator.post_multipart(&href, &fields, &[("attachment_0", "Beschluss.pdf", PDF)]).await.assert_status(303);
        let mut submitting = COMPLETE.to_vec();
        submitting.push(("action", "submit"));
        coordinator.post_multipart(&href, &submitting, &[]).await.assert_status(303);
        let versions = store::funding::applications::versions(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        assert_eq!(versions[0].form.attachments.len(), 1);
        assert_eq!(versions[0].form.attachments[0].name, "Beschluss.pdf");
    }

    async fn a_joint_application_counts_the_partners_together_and_needs_each_declaration(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let href = format!("{LIST}/antraege/1");
        let form = coordinator.get(&href).await;
        assert!(form.body.contains(r#"name="joint_with" value="beispielheim""#) && form.body.contains("Beispielheim (12.500 Einwohnerinnen und Einwohner)"));
        let mut fields = COMPLETE.to_vec();
        fields.push(("joint_with", "beispielheim"));
        fields.push(("action", "save"));
        coordinator.post_multipart(&href, &fields, &[("attachment_0", "Beschluss.pdf", PDF)]).await.assert_status(303);
        let page = coordinator.get(&href).await;
        for text in [
            "Musterstadt und die Partnergemeinden haben zusammen 50.500 Einwohnerinnen und Einwohner – mehr als die Grenze von 50.000.",
            "Es fehlt die Erklärung der Partnergemeinde Beispielheim.",
            r#"<legend class="kern-label">Erklärung der Partnergemeinde Beispielheim</legend>"#,
            r#"id="attachment_1""#,
        ] {
            assert!(page.body.contains(text), "{text}: {}", page.body);
        }

        // A call for up to 60,000 inhabitants, and the partner's declaration brought: it can be submitted.
        let land = store::tenancy::state(&app.db.conn).await.unwrap();
        let mut call = store::funding::calls::get(&app.db.conn, &land.scope, 1).await.unwrap().unwrap();
        call.draft.rules.population_max = Some(60_000);
        store::funding::calls::update(&app.db.conn, &land.scope, app.fixture.officer.id, 1, &call.draft, "").await.unwrap();
        coordinator.post_multipart(&href, &fields, &[("attachment_1", "Erklärung Beispielheim.pdf", PDF)]).await.assert_status(303);
        let page = coordinator.get(&href).await;
        assert!(page.body.contains("zusammen 50.500 Einwohnerinnen und Einwohner – innerhalb der Grenze von 60.000.") && !page.body.contains("Es fehlt die Erklärung"), "{}", page.body);
        let mut submitting = COMPLETE.to_vec();
        submitting.push(("joint_with", "beispielheim"));
        submitting.push(("action", "submit"));
        coordinator.post_multipart(&href, &submitting, &[]).await.assert_status(303);
        let versions = store::funding::applications::versions(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        assert_eq!((versions[0].form.joint_with.as_slice(), versions[0].form.attachments.len()), (["beispielheim".to_owned()].as_slice(), 2));
        let review = app.login(&app.fixture.officer).await.get("/land/foerderung/antraege/1").await;
        assert!(review.body.contains("Partnergemeinden") && review.body.contains("Erklärung Beispielheim.pdf"), "{}", review.body);
    }
}
