//! Pictures and attachments of ideas: checked by content and size, kept when
//! the form comes back, served with a safe name, never while hidden.

use testkit::app_tests;
use testkit::samples::{PDF, PNG, SVG_WITH_SCRIPT};

const NEW: &str = "/m/musterstadt/beteiligung/vielfalt-2026/ideen/neu";

fn idea_fields<'a>(title: &'a str, alt: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("body", "Ein Garten, in dem Nachbarinnen und Nachbarn aus vielen Ländern gemeinsam Gemüse anbauen."),
        ("action_field", "1"),
        ("image_alt", alt),
    ]
}

fn new_idea_id(location: &str) -> i64 {
    location.trim_start_matches("/m/musterstadt/ideen/").split('?').next().unwrap().parse().unwrap()
}

/// The `href` of the first link or picture whose address contains `part`.
fn address_with(body: &str, part: &str) -> String {
    let at = body.find(part).unwrap_or_else(|| panic!("no address with {part} in:\n{body}"));
    let start = body[..at].rfind('"').unwrap() + 1;
    let end = at + body[at..].find('"').unwrap();
    body[start..end].replace("&#38;", "&")
}

app_tests! {
    async fn an_idea_gets_a_picture_and_an_attachment_that_are_served_safely(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let form = browser.get(NEW).await;
        assert!(form.body.contains(r#"enctype="multipart/form-data""#));
        assert!(form.body.contains(r#"type="file""#) && form.body.contains("höchstens 5 MB"), "the hint names the limit");
        let r = browser
            .post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", "Beete mit Tomaten und Kräutern"), &[("image", "garten.png", PNG), ("attachments", "../Plan: Garten?.pdf", PDF)])
            .await;
        r.assert_status(303);
        let id = new_idea_id(r.header("location").unwrap());
        let page = app.client().get(&format!("/m/musterstadt/ideen/{id}")).await;
        assert!(page.body.contains(r#"alt="Beete mit Tomaten und Kräutern""#), "the picture with its text alternative");
        let details = format!("PDF, {}", domain::files::human_size(PDF.len() as u64));
        assert!(page.body.contains("Plan_ Garten.pdf") && page.body.contains(&details), "the attachment with a safe name, type and size");

        let picture = address_with(&page.body, "garten.png");
        let (status, headers, bytes) = app.client().get_bytes(&picture).await;
        assert_eq!(status.as_u16(), 200);
        assert_eq!(bytes, PNG);
        assert_eq!(headers["content-type"], "image/png");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers["content-disposition"].to_str().unwrap().starts_with("inline;"));

        let document = address_with(&page.body, "Plan_%20");
        let (status, headers, bytes) = app.client().get_bytes(&document).await;
        assert_eq!(status.as_u16(), 200);
        assert_eq!(bytes, PDF);
        assert_eq!(headers["content-type"], "application/pdf");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with(r#"attachment; filename="Plan__Garten.pdf"; filename*=UTF-8''Plan_%20Garten.pdf"#), "{disposition}");

        // Another municipality's address for the same file does not exist.
        let elsewhere = document.replacen("/m/musterstadt/", "/m/beispielheim/", 1);
        app.client().get(&elsewhere).await.assert_status(404);
        // The API names the files, without personal data.
        let api = app.client().get(&format!("/api/v1/m/musterstadt/ideas/{id}")).await.json();
        assert_eq!(api["image"]["alt"], "Beete mit Tomaten und Kräutern");
        assert_eq!(api["attachments"][0]["name"], "Plan_ Garten.pdf");
        assert_eq!(api["attachments"][0]["content_type"], "application/pdf");
    }

    async fn a_disguised_or_oversized_file_is_refused_and_nothing_typed_is_lost(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let r = browser.post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", "Ein Beet"), &[("image", "katze.png", SVG_WITH_SCRIPT)]).await;
        r.assert_status(422);
        assert!(r.body.contains("„katze.png“ ist kein Bild im Format PNG, JPEG, WebP"), "{}", r.body);
        assert!(r.body.contains(r##"href="#image""##), "the summary links to the field");
        assert!(r.body.contains(r#"value="Gemeinschaftsgarten am Bahnhof""#) && r.body.contains(r#"value="Ein Beet""#), "what was typed stays");

        let mut big = PNG.to_vec();
        big.resize(5_000_001, 0);
        let r = browser.post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", ""), &[("attachments", "riesig.png", &big)]).await;
        r.assert_status(422);
        assert!(r.body.contains("„riesig.png“ ist größer als 5 MB"), "{}", r.body);

        let r = browser.post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", ""), &[("attachments", "a.pdf", PDF), ("attachments", "b.pdf", PDF), ("attachments", "c.pdf", PDF), ("attachments", "d.pdf", PDF)]).await;
        r.assert_status(422);
        assert!(r.body.contains("höchstens 3 Dateien möglich"), "{}", r.body);
        // Nothing refused was stored.
        assert!(!r.body.contains("d.pdf"));
    }

    async fn a_picture_sent_with_an_error_elsewhere_is_kept_for_the_next_try(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        // Title too short and no text alternative: both named, the picture kept.
        let r = browser.post_multipart(NEW, &idea_fields("Kurz", ""), &[("image", "garten.png", PNG), ("attachments", "plan.pdf", PDF)]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#title""##) && r.body.contains(r##"href="#image_alt""##), "{}", r.body);
        assert!(r.body.contains("Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist."));
        let value_after = |name: &str| {
            let marker = format!(r#"name="{name}" type="checkbox" value=""#);
            let at = r.body.find(&marker).unwrap_or_else(|| panic!("{name} kept in:\n{}", r.body)) + marker.len();
            r.body[at..at + r.body[at..].find('"').unwrap()].to_owned()
        };
        let (image, attachment) = (value_after("kept_image"), value_after("kept_attachment"));
        // A kept upload is the uploader's alone until saved.
        let preview = address_with(&r.body, "garten.png");
        browser.get(&preview).await.assert_status(200);
        app.client().get(&preview).await.assert_status(404);

        // Someone else cannot take these uploads into their own idea.
        let other = app.login(&app.fixture.coordinator).await;
        let mut fields = idea_fields("Der Garten eines anderen", "Ein Beet");
        fields.extend([("kept_image", image.as_str()), ("kept_attachment", attachment.as_str())]);
        let r = other.post_multipart(NEW, &fields, &[]).await;
        r.assert_status(303);
        let theirs = app.client().get(&format!("/m/musterstadt/ideen/{}", new_idea_id(r.header("location").unwrap()))).await;
        assert!(!theirs.body.contains("garten.png") && !theirs.body.contains("plan.pdf"));

        let mut fields = idea_fields("Gemeinschaftsgarten am Bahnhof", "Beete mit Tomaten");
        fields.extend([("kept_image", image.as_str()), ("kept_attachment", attachment.as_str())]);
        let r = browser.post_multipart(NEW, &fields, &[]).await;
        r.assert_status(303);
        let page = app.client().get(&format!("/m/musterstadt/ideen/{}", new_idea_id(r.header("location").unwrap()))).await;
        assert!(page.body.contains(r#"alt="Beete mit Tomaten""#) && page.body.contains("plan.pdf"), "{}", page.body);
        app.client().get(&preview).await.assert_status(200);
    }

    async fn the_author_replaces_and_removes_files_while_editing(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let r = browser.post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", "Ein Beet"), &[("image", "alt.png", PNG), ("attachments", "plan.pdf", PDF)]).await;
        let id = new_idea_id(r.header("location").unwrap());
        let edit = format!("/m/musterstadt/ideen/{id}/bearbeiten");
        let form = browser.get(&edit).await;
        assert!(form.body.contains("alt.png") && form.body.contains("plan.pdf") && form.body.contains(r#"value="Ein Beet""#));
        let old_picture = address_with(&form.body, "alt.png");
        let attachment_id = {
            let marker = r#"name="remove_attachment" type="checkbox" value=""#;
            let at = form.body.find(marker).unwrap() + marker.len();
            form.body[at..at + form.body[at..].find('"').unwrap()].to_owned()
        };
        let mut fields = idea_fields("Gemeinschaftsgarten am Bahnhof", "Ein neues Beet");
        fields.push(("remove_attachment", attachment_id.as_str()));
        browser.post_multipart(&edit, &fields, &[("image", "neu.png", PNG)]).await.assert_status(303);
        let page = app.client().get(&format!("/m/musterstadt/ideen/{id}")).await;
        assert!(page.body.contains("neu.png") && page.body.contains(r#"alt="Ein neues Beet""#));
        assert!(!page.body.contains("plan.pdf") && !page.body.contains("alt.png"));
        app.client().get(&old_picture).await.assert_status(404);

        let mut fields = idea_fields("Gemeinschaftsgarten am Bahnhof", "");
        fields.push(("remove_image", "yes"));
        browser.post_multipart(&edit, &fields, &[]).await.assert_status(303);
        let page = app.client().get(&format!("/m/musterstadt/ideen/{id}")).await;
        assert!(!page.body.contains("neu.png"));
    }

    async fn files_of_hidden_ideas_are_not_served_and_forms_with_files_need_the_csrf_token(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let r = browser.post_multipart_raw(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", "Ein Beet"), &[("image", "garten.png", PNG)]).await;
        r.assert_status(403);
        let r = browser.post_multipart(NEW, &idea_fields("Gemeinschaftsgarten am Bahnhof", "Ein Beet"), &[("image", "garten.png", PNG)]).await;
        let id = new_idea_id(r.header("location").unwrap());
        let page = app.client().get(&format!("/m/musterstadt/ideen/{id}")).await;
        let picture = address_with(&page.body, "garten.png");
        app.client().get(&picture).await.assert_status(200);

        let moderator = app.login(&app.fixture.coordinator).await;
        moderator.post_form("/m/musterstadt/moderation/ausblenden", &[("kind", "idea"), ("id", &id.to_string()), ("hide_reason", "Werbung für ein Geschäft")]).await.assert_status(303);
        app.client().get(&picture).await.assert_status(404);
        browser.get(&picture).await.assert_status(404);
        let hidden = moderator.get(&format!("/m/musterstadt/ideen/{id}")).await;
        assert!(!hidden.body.contains("garten.png"), "not even linked while hidden");
        moderator.post_form("/m/musterstadt/moderation/wiederherstellen", &[("kind", "idea"), ("id", &id.to_string())]).await;
        app.client().get(&picture).await.assert_status(200);
    }
}

mod process_header {
    use testkit::app_tests;
    use testkit::samples::PNG;

    const EDIT: &str = "/m/musterstadt/verwaltung/beteiligung/vielfalt-2026/bearbeiten";

    /// The edit form's fields as they are now (text inputs, text areas and ticked boxes).
    fn current_fields(body: &str) -> Vec<(String, String)> {
        let mut fields = Vec::new();
        for part in body.split("<input").skip(1) {
            let attr =
                |name: &str| part.split(&format!(" {name}=\"")).nth(1).and_then(|v| v.split('"').next()).map(|v| v.replace("&#38;", "&"));
            let (Some(name), kind) = (attr("name"), attr("type").unwrap_or_default()) else { continue };
            if name == "csrf_token"
                || kind == "file"
                || (kind == "checkbox" && !part.split('>').next().unwrap_or_default().contains(" checked"))
            {
                continue;
            }
            fields.push((name, attr("value").unwrap_or_default()));
        }
        for part in body.split("<textarea").skip(1) {
            let name = part.split(" name=\"").nth(1).and_then(|v| v.split('"').next()).unwrap().to_owned();
            let value = part.split('>').nth(1).and_then(|v| v.split("</textarea").next()).unwrap_or_default().replace("&#38;", "&");
            fields.push((name, value));
        }
        fields
    }

    app_tests! {
        async fn the_coordinator_edits_the_process_and_gives_it_a_header_picture(app: &TestApp) {
            let coordinator = app.login(&app.fixture.coordinator).await;
            let form = coordinator.get(EDIT).await;
            form.assert_status(200);
            let mut fields = current_fields(&form.body);
            let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
                fields.retain(|(k, _)| k != name);
                fields.push((name.to_owned(), value.to_owned()));
            };
            let action_fields = fields.iter().find(|(k, _)| k == "action_fields").unwrap().1.clone();
            assert!(action_fields.contains('\n'), "one action field per line: {action_fields}");

            // Removing an action field is refused, and nothing typed is lost.
            let first_only = action_fields.lines().next().unwrap().to_owned();
            set(&mut fields, "action_fields", &first_only);
            set(&mut fields, "title", "Vielfalt gemeinsam gestalten");
            let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let r = coordinator.post_multipart(EDIT, &borrowed, &[("header_image", "titel.png", PNG)]).await;
            r.assert_status(422);
            assert!(r.body.contains("nicht entfernt werden"), "{}", r.body);
            assert!(r.body.contains(r#"value="Vielfalt gemeinsam gestalten""#));
            assert!(r.body.contains(r#"name="kept_header_image""#), "the picture is kept");
            assert!(r.body.contains("Bitte beschreiben Sie kurz"), "the picture needs its description");
            let kept = {
                let marker = r#"name="kept_header_image" type="checkbox" value=""#;
                let at = r.body.find(marker).unwrap() + marker.len();
                r.body[at..at + r.body[at..].find('"').unwrap()].to_owned()
            };

            set(&mut fields, "action_fields", &format!("{action_fields}\nGesundheit"));
            set(&mut fields, "header_image_alt", "Menschen an einem langen Tisch auf dem Marktplatz");
            set(&mut fields, "kept_header_image", &kept);
            let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let r = coordinator.post_multipart(EDIT, &borrowed, &[]).await;
            r.assert_status(303);
            let page = app.client().get("/m/musterstadt/beteiligung/vielfalt-2026").await;
            assert!(page.body.contains("Vielfalt gemeinsam gestalten"));
            assert!(page.body.contains(r#"alt="Menschen an einem langen Tisch auf dem Marktplatz""#));
            assert!(page.body.contains("Gesundheit (0)"), "the new action field is a filter");
            assert!(!page.body.contains("/bearbeiten\""), "no edit link for visitors");
            let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 5).await.unwrap();
            assert!(log.iter().any(|e| e.action == "participation.process.update"));
        }
    }
}
