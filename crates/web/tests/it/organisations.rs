//! Organisations: registration, verification by the coordinator, the
//! stakeholder directory, members by invitation, the API.

use domain::organisations::{NewOrganisation, OrganisationKind};
use testkit::{TestApp, app_tests};

const LANGUAGE: &str = "Sprache & Bildung";
const HOUSING: &str = "Wohnen & Nachbarschaft";

fn registration<'a>(name: &'a str, kind: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("kind", kind),
        ("description", "Wir bieten **Hausaufgabenhilfe** und ein Sprachcafé an."),
        ("website", "www.elternnetz.example"),
        ("contact_email", "kontakt@elternnetz.example"),
        ("languages", "Deutsch, Türkçe, العربية"),
        ("topic", LANGUAGE),
        ("topic", HOUSING),
    ]
}

/// An organisation straight in the store (verified or not).
async fn organisation(app: &TestApp, name: &str, kind: OrganisationKind, topics: &[&str], verified: bool) -> i64 {
    let scope = app.fixture.musterstadt.scope;
    let input = NewOrganisation {
        name: name.into(),
        kind,
        description: format!("Über {name}"),
        website: None,
        contact_email: format!("info@{}.example", name.len()),
        languages: "Deutsch".into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
    };
    let id = store::organisations::create(&app.db.conn, &scope, None, &input, &format!("<p>Über {name}</p>")).await.unwrap();
    if verified {
        store::organisations::set_verified(&app.db.conn, &scope, id, None, true).await.unwrap();
    }
    id
}

fn id_from_location(location: &str) -> i64 {
    location.trim_start_matches("/m/musterstadt/organisationen/").split('/').next().unwrap().parse().unwrap()
}

app_tests! {
    async fn a_registered_organisation_appears_in_the_directory_once_the_coordinator_verifies_it(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        let form = participant.get("/m/musterstadt/organisationen/neu").await;
        form.assert_status(200);
        assert!(form.body.contains("value=\"Sprache &#38; Bildung\""), "the municipality's action fields are the topics");

        let r = participant.post_form("/m/musterstadt/organisationen/neu", &registration("Elternnetz Nordstadt", "migrant_organisation")).await;
        r.assert_status(303);
        let location = r.header("location").unwrap().to_owned();
        assert!(location.ends_with("/verwaltung?notice=organisation-registered"), "{location}");
        let id = id_from_location(&location);
        let own = participant.get(&location).await;
        own.assert_status(200);
        assert!(own.body.contains("wartet auf die Prüfung"));
        assert!(own.body.contains("Ihre Organisation ist eingetragen"));

        // Not public yet.
        app.client().get(&format!("/m/musterstadt/organisationen/{id}")).await.assert_status(404);
        assert!(!app.client().get("/m/musterstadt/organisationen").await.body.contains("Elternnetz Nordstadt"));
        assert!(!app.client().get("/api/v1/m/musterstadt/organisations").await.body.contains("Elternnetz Nordstadt"));

        // The coordinator hears of it and verifies it.
        let mails = app.deliver_mail(app.fixture.coordinator.email).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body().contains("„Elternnetz Nordstadt“"), "{}", mails[0].body());
        assert!(mails[0].link("http://teilhabe.test/m/musterstadt/verwaltung/organisationen").is_some());
        assert!(app.smtp.messages_to(app.fixture.other_coordinator.email).is_empty());
        let coordinator = app.login(&app.fixture.coordinator).await;
        let review = coordinator.get("/m/musterstadt/verwaltung/organisationen").await;
        review.assert_status(200);
        assert!(review.body.contains("Elternnetz Nordstadt"));
        assert!(review.body.contains("<strong>Hausaufgabenhilfe</strong>"), "the description as the coordinator checks it");
        let r = coordinator.post_form(&format!("/m/musterstadt/verwaltung/organisationen/{id}/verifizieren"), &[]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/verwaltung/organisationen?notice=organisation-verified"));
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 1).await.unwrap();
        assert_eq!(log[0].action, "organisations.organisation.verify");
        assert_eq!(log[0].actor, Some(app.fixture.coordinator.id));
        assert_eq!(log[0].subject, format!("organisation:{id}"));

        // Public now: in the directory and on its own page.
        let directory = app.client().get("/m/musterstadt/organisationen").await;
        assert!(directory.body.contains(&format!("href=\"/m/musterstadt/organisationen/{id}\"")));
        let page = app.client().get(&format!("/m/musterstadt/organisationen/{id}")).await;
        page.assert_status(200);
        assert!(page.body.contains("Elternnetz Nordstadt"));
        assert!(page.body.contains("verifiziert"));
        assert!(page.body.contains("Migrantenorganisation"));
        assert!(page.body.contains("<strong>Hausaufgabenhilfe</strong>"));
        assert!(page.body.contains("href=\"https://www.elternnetz.example/\""));
        assert!(page.body.contains("Deutsch, Türkçe, العربية"));
        assert!(page.body.contains("Wohnen &#38; Nachbarschaft"));
        assert!(!page.body.contains("kontakt@elternnetz.example"), "no address for anonymous visitors");
        assert!(!page.body.contains("Organisation verwalten"));
        let seen_by_member = participant.get(&format!("/m/musterstadt/organisationen/{id}")).await;
        assert!(seen_by_member.body.contains("mailto:kontakt@elternnetz.example"), "logged-in people see the address");
        assert!(seen_by_member.body.contains("Organisation verwalten"));
        let account = participant.get("/konto").await;
        assert!(account.body.contains(&format!("href=\"/m/musterstadt/organisationen/{id}/verwaltung\"")), "the account lists it");
        assert!(account.body.contains("Elternnetz Nordstadt – Musterstadt"));

        // Withdrawn: out of the directory again.
        coordinator.post_form(&format!("/m/musterstadt/verwaltung/organisationen/{id}/zurueckziehen"), &[]).await.assert_status(303);
        app.client().get(&format!("/m/musterstadt/organisationen/{id}")).await.assert_status(404);
        assert_eq!(store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 1).await.unwrap()[0].action, "organisations.organisation.unverify");
    }

    async fn form_errors_keep_what_was_typed(app: &TestApp) {
        let participant = app.login(&app.fixture.participant).await;
        let r = participant
            .post_form(
                "/m/musterstadt/organisationen/neu",
                &[("name", "X"), ("kind", ""), ("description", "Wir treffen uns dienstags."), ("website", "javascript:alert(1)"), ("contact_email", "kein-at"), ("languages", "Deutsch, Polski"), ("topic", LANGUAGE)],
            )
            .await;
        r.assert_status(422);
        for field in ["name", "kind", "website", "contact_email"] {
            assert!(r.body.contains(&format!("href=\"#{field}\"")), "the summary links to {field}");
        }
        assert!(r.body.contains("value=\"X\""));
        assert!(r.body.contains("Wir treffen uns dienstags."));
        assert!(r.body.contains("value=\"javascript:alert(1)\""));
        assert!(r.body.contains("value=\"kein-at\""));
        assert!(r.body.contains("value=\"Deutsch, Polski\""));
        assert!(r.body.contains("value=\"Sprache &#38; Bildung\" type=\"checkbox\" checked"), "the chosen topic stays chosen");
        assert!(r.body.contains("http:// oder https://"));
        assert!(r.body.contains("aria-invalid=\"true\""));
        let r = participant.post_form("/m/musterstadt/organisationen/neu", &[("name", "Verein"), ("kind", "association"), ("description", "Text"), ("topic", "Erfunden")]).await;
        r.assert_status(422);
        assert!(r.body.contains("href=\"#topics\""), "a topic not of this municipality is refused");
        assert!(store::organisations::for_review(&app.db.conn, &app.fixture.musterstadt.scope).await.unwrap().len() == 1, "nothing was saved");

        // Editing: the organisation's admin only, with the same checks.
        let admin = app.login(&app.fixture.organisation_admin).await;
        let edit = admin.get("/m/musterstadt/organisationen/1/bearbeiten").await;
        edit.assert_status(200);
        assert!(edit.body.contains("value=\"Nachbarschaftsverein Musterstadt\""));
        let r = admin.post_form("/m/musterstadt/organisationen/1/bearbeiten", &[("name", "Nachbarschaftsverein"), ("kind", "association"), ("description", ""), ("topic", HOUSING)]).await;
        r.assert_status(422);
        assert!(r.body.contains("value=\"Nachbarschaftsverein\""));
        assert!(r.body.contains("href=\"#description\""));
        let r = admin.post_form("/m/musterstadt/organisationen/1/bearbeiten", &[("name", "Nachbarschaftsverein"), ("kind", "association"), ("description", "Neu beschrieben."), ("topic", HOUSING)]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/organisationen/1/verwaltung?notice=saved"));
        let page = app.client().get("/m/musterstadt/organisationen/1").await;
        assert!(page.body.contains("Neu beschrieben."));
        assert!(page.body.contains("Wohnen &#38; Nachbarschaft"));
        assert!(!page.body.contains("Sprache &#38; Bildung"));
        participant.post_form("/m/musterstadt/organisationen/1/bearbeiten", &[("name", "Gekapert")]).await.assert_status(403);
    }

    async fn the_directory_filters_by_kind_and_topic_with_counts_and_pages(app: &TestApp) {
        organisation(app, "Bäckerei Yıldız", OrganisationKind::Business, &[HOUSING], true).await;
        organisation(app, "Autohaus Ost", OrganisationKind::Business, &[LANGUAGE], true).await;
        organisation(app, "Grundschule Süd", OrganisationKind::School, &[LANGUAGE], true).await;
        organisation(app, "Noch ungeprüft", OrganisationKind::Business, &[LANGUAGE], false).await;

        let all = app.client().get("/m/musterstadt/organisationen").await;
        all.assert_status(200);
        assert!(all.body.contains("4 Organisationen"));
        assert!(!all.body.contains("Noch ungeprüft"));
        assert!(all.body.contains(">Unternehmen (2)</option>"), "counts per kind");
        assert!(all.body.contains(">Verein oder Verband (1)</option>"));
        assert!(!all.body.contains(">Migrantenorganisation ("), "kinds without organisations are not offered");
        assert!(all.body.contains(">Sprache &#38; Bildung (3)</option>"), "counts per topic");
        let order: Vec<usize> = ["Autohaus Ost", "Bäckerei Yıldız", "Grundschule Süd", "Nachbarschaftsverein Musterstadt"].iter().map(|n| all.body.find(n).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "alphabetical order");

        let businesses = app.client().get("/m/musterstadt/organisationen?kind=business").await;
        assert!(businesses.body.contains("2 Organisationen"));
        assert!(businesses.body.contains("Autohaus Ost") && businesses.body.contains("Bäckerei Yıldız"));
        assert!(!businesses.body.contains("Grundschule Süd"));
        assert!(businesses.body.contains("value=\"business\" selected"));
        assert!(businesses.body.contains(">Sprache &#38; Bildung (1)</option>"), "topic counts within the chosen kind");
        assert!(businesses.body.contains(">Schule oder Kita (1)</option>"), "kind counts stay for switching");

        let topic = app.client().get("/m/musterstadt/organisationen?topic=Sprache+%26+Bildung&kind=business").await;
        assert!(topic.body.contains("1 Organisation<"), "{}", topic.body);
        assert!(topic.body.contains("Autohaus Ost"));
        assert!(!topic.body.contains("Bäckerei Yıldız"));
        assert!(topic.body.contains("href=\"/m/musterstadt/organisationen\""), "a link resets the filters");
        let unknown = app.client().get("/m/musterstadt/organisationen?kind=raumschiff&page=x").await;
        unknown.assert_status(200);
        assert!(unknown.body.contains("4 Organisationen"), "unknown values are ignored");

        for i in 0..20 {
            organisation(app, &format!("Verein {i:02}"), OrganisationKind::Association, &[], true).await;
        }
        let first = app.client().get("/m/musterstadt/organisationen").await;
        assert!(first.body.contains("24 Organisationen"));
        assert!(first.body.contains("Seite 1 von 2"));
        assert!(first.body.contains("href=\"/m/musterstadt/organisationen?page=2#ergebnisse\""));
        assert!(!first.body.contains("Verein 19"), "20 per page");
        let second = app.client().get("/m/musterstadt/organisationen?page=2").await;
        second.assert_status(200);
        assert!(second.body.contains("Verein 19"));
        assert!(second.body.contains("rel=\"prev\""));
        app.client().get("/m/musterstadt/organisationen?page=3").await.assert_status(404);
        let filtered = app.client().get("/m/musterstadt/organisationen?kind=association").await;
        assert!(filtered.body.contains("Seite 1 von 2"));
        assert!(filtered.body.contains("href=\"/m/musterstadt/organisationen?kind=association&#38;page=2#ergebnisse\""), "page links keep the filter");
    }

    async fn another_municipality_neither_sees_nor_verifies_an_organisation(app: &TestApp) {
        let id = organisation(app, "Wartender Verein", OrganisationKind::Association, &[], false).await;
        let other = app.login(&app.fixture.other_coordinator).await;
        other.get("/m/musterstadt/verwaltung/organisationen").await.assert_status(404);
        other.post_form(&format!("/m/musterstadt/verwaltung/organisationen/{id}/verifizieren"), &[]).await.assert_status(404);
        other.post_form(&format!("/m/beispielheim/verwaltung/organisationen/{id}/verifizieren"), &[]).await.assert_status(404);
        other.post_form("/m/beispielheim/verwaltung/organisationen/1/zurueckziehen", &[]).await.assert_status(404);
        assert!(!store::organisations::get(&app.db.conn, &app.fixture.musterstadt.scope, id).await.unwrap().unwrap().is_verified());
        assert!(store::organisations::get(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap().unwrap().is_verified());
        let review = other.get("/m/beispielheim/verwaltung/organisationen").await;
        review.assert_status(200);
        assert!(review.body.contains("Sportverein Beispielheim"));
        assert!(!review.body.contains("Wartender Verein") && !review.body.contains("Nachbarschaftsverein"));

        let theirs = app.client().get("/m/beispielheim/organisationen").await;
        assert!(theirs.body.contains("Sportverein Beispielheim"));
        assert!(!theirs.body.contains("Nachbarschaftsverein Musterstadt"));
        app.client().get("/m/beispielheim/organisationen/1").await.assert_status(404);
        app.client().get("/m/musterstadt/organisationen/2").await.assert_status(404);
        let admin = app.login(&app.fixture.organisation_admin).await;
        admin.get("/m/musterstadt/organisationen/1/verwaltung").await.assert_status(200);
        admin.get("/m/beispielheim/organisationen/1/verwaltung").await.assert_status(404);
        admin.get("/m/musterstadt/organisationen/2/verwaltung").await.assert_status(404);
        let api = app.client().get("/api/v1/m/beispielheim/organisations").await.json();
        assert_eq!(api["total"], 1);
        assert_eq!(api["items"][0]["name"], "Sportverein Beispielheim");
    }

    async fn members_are_invited_by_mail_accept_and_can_be_removed_but_not_the_last_admin(app: &TestApp) {
        let admin = app.login(&app.fixture.organisation_admin).await;
        let page = admin.get("/m/musterstadt/organisationen/1/verwaltung").await;
        page.assert_status(200);
        assert!(page.body.contains("Vorstand Nachbarschaftsverein"));
        assert!(page.body.contains("ist von der Kommune verifiziert"));

        let r = admin.post_form("/m/musterstadt/organisationen/1/einladen", &[("email", "kein-at"), ("role", "admin")]).await;
        r.assert_status(422);
        assert!(r.body.contains("value=\"kein-at\""));
        assert!(r.body.contains("value=\"admin\" selected"));
        let participant = &app.fixture.participant;
        let r = admin.post_form("/m/musterstadt/organisationen/1/einladen", &[("email", "Resident@Test.example"), ("role", "admin")]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/organisationen/1/verwaltung?notice=organisation-invited"));
        assert!(admin.get("/m/musterstadt/organisationen/1/verwaltung").await.body.contains("Eingeladen am"));
        let mails = app.deliver_mail(participant.email).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].subject().contains("Nachbarschaftsverein Musterstadt"), "{}", mails[0].subject());
        let link = mails[0].link("http://teilhabe.test/m/musterstadt/organisationen/einladung/").expect("invitation link");
        let path = link.trim_start_matches("http://teilhabe.test");

        // Anonymous: log in first (and come back); another account: refused.
        let anonymous = app.client().get(path).await;
        anonymous.assert_status(200);
        assert!(anonymous.body.contains("/anmelden?next=%2Fm%2Fmusterstadt%2Forganisationen%2Feinladung%2F"));
        assert!(!anonymous.body.contains("Einladung annehmen"));
        let someone_else = app.login(&app.fixture.coordinator).await;
        assert!(someone_else.get(path).await.body.contains("an eine andere E-Mail-Adresse"));
        someone_else.post_form(path, &[]).await.assert_status(403);
        // Only through its own municipality.
        someone_else.get(&path.replace("/m/musterstadt/", "/m/beispielheim/")).await.assert_status(404);

        let browser = app.login(participant).await;
        let page = browser.get(path).await;
        page.assert_status(200);
        assert!(page.body.contains("„Nachbarschaftsverein Musterstadt“"));
        assert!(page.body.contains("Einladung annehmen"));
        let r = browser.post_form(path, &[]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/organisationen/1/verwaltung?notice=organisation-joined"));
        browser.post_form(path, &[]).await.assert_status(404);
        browser.get(path).await.assert_status(404);
        assert!(browser.get("/konto").await.body.contains("Nachbarschaftsverein Musterstadt – Musterstadt"));
        let r = admin.post_form("/m/musterstadt/organisationen/1/einladen", &[("email", participant.email), ("role", "member")]).await;
        r.assert_status(422);
        assert!(r.body.contains("schon Mitglied"));

        // Two admins: one may go; the last one may not, not even by leaving.
        let members = store::organisations::members(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        let row = |user: domain::ids::UserId| members.iter().find(|m| m.user == Some(user)).unwrap().id.to_string();
        let r = browser.post_form("/m/musterstadt/organisationen/1/mitglieder/entfernen", &[("member", &row(app.fixture.organisation_admin.id))]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/m/musterstadt/organisationen/1/verwaltung?notice=organisation-member-removed"));
        admin.get("/m/musterstadt/organisationen/1/verwaltung").await.assert_status(403);
        let r = browser.post_form("/m/musterstadt/organisationen/1/mitglieder/entfernen", &[("member", &row(participant.id))]).await;
        r.assert_status(422);
        assert!(r.body.contains("mindestens eine Person in der Verwaltung"));
        assert!(r.body.contains("href=\"#members\""));
        let log = store::audit::recent(&app.db.conn, Some(app.fixture.musterstadt.scope.id()), 3).await.unwrap();
        assert_eq!(log[0].action, "organisations.member.remove");
        assert_eq!(log[1].action, "organisations.member.join");

        // A plain member sees the page, may leave, may not invite or remove others.
        browser.post_form("/m/musterstadt/organisationen/1/einladen", &[("email", app.fixture.moderator.email), ("role", "member")]).await.assert_status(303);
        let mails = app.deliver_mail(app.fixture.moderator.email).await;
        let path = mails[0].link("http://teilhabe.test/m/musterstadt/organisationen/einladung/").unwrap().replace("http://teilhabe.test", "");
        let moderator = app.login(&app.fixture.moderator).await;
        moderator.post_form(&path, &[]).await.assert_status(303);
        let seen = moderator.get("/m/musterstadt/organisationen/1/verwaltung").await;
        seen.assert_status(200);
        assert!(!seen.body.contains(participant.email), "addresses only for the admins");
        assert!(!seen.body.contains("Einladung senden"));
        moderator.post_form("/m/musterstadt/organisationen/1/einladen", &[("email", "x@example.org"), ("role", "member")]).await.assert_status(403);
        moderator.get("/m/musterstadt/organisationen/1/bearbeiten").await.assert_status(403);
        moderator.post_form("/m/musterstadt/organisationen/1/mitglieder/entfernen", &[("member", &row(participant.id))]).await.assert_status(403);
        let members = store::organisations::members(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        let own = members.iter().find(|m| m.user == Some(app.fixture.moderator.id)).unwrap().id.to_string();
        let r = moderator.post_form("/m/musterstadt/organisationen/1/mitglieder/entfernen", &[("member", &own)]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/konto?notice=organisation-left"));
        moderator.get("/m/musterstadt/organisationen/1/verwaltung").await.assert_status(403);
    }

    async fn the_api_lists_verified_organisations_without_addresses(app: &TestApp) {
        organisation(app, "Bäckerei Yıldız", OrganisationKind::Business, &[HOUSING], true).await;
        organisation(app, "Noch ungeprüft", OrganisationKind::Business, &[], false).await;
        let r = app.client().get("/api/v1/m/musterstadt/organisations").await;
        r.assert_status(200);
        assert!(!r.body.contains('@'), "no e-mail addresses: {}", r.body);
        let json = r.json();
        assert_eq!(json["total"], 2);
        assert_eq!(json["page"], 1);
        let first = &json["items"][0];
        assert_eq!(first["name"], "Bäckerei Yıldız");
        assert_eq!(first["kind"], "business");
        assert_eq!(first["topics"][0], HOUSING);
        assert_eq!(first["url"], format!("http://teilhabe.test/m/musterstadt/organisationen/{}", first["id"]));
        assert!(first["website"].is_null());
        assert_eq!(json["items"][1]["website"], "https://verein.example/");
        let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 8, "public fields only: {keys:?}");
        let filtered = app.client().get("/api/v1/m/musterstadt/organisations?kind=association").await.json();
        assert_eq!(filtered["total"], 1);
        assert_eq!(app.client().get("/api/v1/m/musterstadt/organisations?page=5").await.json()["items"].as_array().unwrap().len(), 0);
        let missing = app.client().get("/api/v1/m/gibt-es-nicht/organisations").await;
        missing.assert_status(404);
        assert_eq!(missing.header("content-type"), Some("application/problem+json"));
        let doc = app.client().get("/api/v1/openapi.json").await.json();
        assert!(doc["paths"]["/api/v1/m/{slug}/organisations"]["get"].is_object());
        assert!(doc["components"]["schemas"]["OrganisationJson"].is_object());
        assert!(doc["components"]["schemas"]["OrganisationJson"]["properties"].get("contact_email").is_none());
    }

    async fn directory_pages_issue_a_fixed_number_of_sql_statements(app: &TestApp) {
        let client = app.client();
        let paths = ["/m/musterstadt/organisationen", "/m/musterstadt/organisationen?topic=Sprache+%26+Bildung", "/m/musterstadt/organisationen/1", "/api/v1/m/musterstadt/organisations"];
        // The first request also looks the municipality up; the server keeps it for a few seconds.
        client.get(paths[0]).await.assert_status(200);
        let mut before = Vec::new();
        for path in paths {
            let r = client.get(path).await;
            r.assert_status(200);
            assert!(r.query_count() <= 5, "{path}: {} statements", r.query_count());
            before.push(r.query_count());
        }
        for i in 0..30 {
            let kind = if i % 2 == 0 { OrganisationKind::Association } else { OrganisationKind::Business };
            organisation(app, &format!("Organisation {i:02}"), kind, &[LANGUAGE, HOUSING], true).await;
        }
        let after: Vec<u32> = {
            let mut counts = Vec::new();
            for path in paths {
                counts.push(client.get(path).await.query_count());
            }
            counts
        };
        assert_eq!(before, after, "growing the directory does not grow the statements");
        let logged_in = app.login(&app.fixture.participant).await;
        assert!(logged_in.get("/m/musterstadt/organisationen/1").await.query_count() <= 7, "session, roles, unread notifications, municipality, organisation, topics, membership");
    }

    async fn the_municipality_page_links_the_directory(app: &TestApp) {
        let r = app.client().get("/m/musterstadt").await;
        assert!(r.body.contains("href=\"/m/musterstadt/organisationen\""));
        let en = app.client().with_header("accept-language", "en").get("/m/musterstadt/organisationen").await;
        assert!(en.body.contains("Local organisations"));
        assert!(en.body.contains("2 organisations") || en.body.contains("1 organisation"), "{}", en.body);
        let coordinator = app.login(&app.fixture.coordinator).await;
        assert!(coordinator.get("/konto").await.body.contains("href=\"/m/musterstadt/verwaltung/organisationen\""), "the coordinator finds the review");
    }
}
