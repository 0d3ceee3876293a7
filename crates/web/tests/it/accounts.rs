//! Account journeys, through the real forms and a real SMTP server.

use sea_orm::{ConnectionTrait, Statement};
use testkit::{PASSWORD, TestApp, app_tests};

const STRONG: &str = "Vielfalt wächst im Quartier";

fn session_cookie(client: &testkit::Client) -> Option<String> {
    client.cookie("session")
}

async fn register(app: &TestApp, client: &testkit::Client, name: &str, email: &str) -> testkit::TestResponse {
    client.get("/registrieren").await;
    let _ = app;
    client.post_form("/registrieren", &[("display_name", name), ("email", email), ("password", STRONG), ("privacy", "yes")]).await
}

app_tests! {
    async fn registering_confirming_by_mail_and_logging_in(app: &TestApp) {
        let browser = app.client();
        let r = register(app, &browser, "Jana Novak", "Jana.Novak@example.org").await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/registrieren/gesendet"));

        let mails = app.deliver_mail("jana.novak@example.org").await;
        assert_eq!(mails.len(), 1, "one confirmation mail");
        assert!(mails[0].subject().contains("bestätigen"), "{}", mails[0].subject());
        assert!(mails[0].body().contains("Hallo Jana Novak"));
        let link = mails[0].link("http://teilhabe.test/konto/bestaetigen/").expect("confirmation link");
        let path = link.trim_start_matches("http://teilhabe.test");

        // Not confirmed yet: login is refused and a new link goes out.
        let r = browser.post_form("/anmelden", &[("email", "jana.novak@example.org"), ("password", STRONG)]).await;
        r.assert_status(422);
        assert!(r.body.contains("noch nicht bestätigt"));

        // The link from the first mail was replaced by the new one.
        browser.get(path).await.assert_status(404);
        let mails = app.deliver_mail("jana.novak@example.org").await;
        assert_eq!(mails.len(), 2);
        let path = mails[1].link("http://teilhabe.test/konto/bestaetigen/").unwrap().replace("http://teilhabe.test", "");
        let page = browser.get(&path).await;
        page.assert_status(200);
        assert!(page.body.contains("<form method=\"post\""), "confirming is a POST, not the GET of the link");
        let r = browser.post_form(&path, &[]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/anmelden?notice=confirmed"));
        browser.post_form(&path, &[]).await.assert_status(404);

        let r = browser.post_form("/anmelden", &[("email", "JANA.NOVAK@example.org"), ("password", STRONG)]).await;
        r.assert_status(303);
        let account = browser.get("/konto").await;
        account.assert_status(200);
        assert!(account.body.contains("jana.novak@example.org"));
        assert!(account.body.contains("Abmelden"));
    }

    async fn registration_does_not_reveal_existing_accounts(app: &TestApp) {
        let existing = app.fixture.participant.email;
        let r = register(app, &app.client(), "Someone", existing).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/registrieren/gesendet"), "same answer as for a new address");
        let mails = app.deliver_mail(existing).await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body().contains("schon ein Konto"), "{}", mails[0].body());
        assert!(mails[0].link("http://teilhabe.test/passwort-vergessen").is_some());
    }

    async fn a_weak_password_is_refused_with_a_reason_and_the_form_keeps_what_was_typed(app: &TestApp) {
        let browser = app.client();
        browser.get("/registrieren").await;
        let r = browser.post_form("/registrieren", &[("display_name", "Olena"), ("email", "olena@example"), ("password", "zxcvbnm,./"), ("privacy", "yes")]).await;
        r.assert_status(422);
        assert!(r.body.contains("zu leicht zu erraten"), "{}", r.body);
        assert!(r.body.contains("Tastaturmuster"), "the hint says why");
        assert!(r.body.contains("gültige E-Mail-Adresse"), "every error at once");
        assert!(r.body.contains("href=\"#password\""), "the summary links to the field");
        assert!(r.body.contains("value=\"Olena\""), "typed values stay");
        assert!(r.body.contains("value=\"olena@example\""));
        assert!(!r.body.contains("zxcvbnm"), "the password is never sent back");
        assert!(r.body.contains("aria-invalid=\"true\""));
    }

    async fn wrong_password_and_unknown_account_get_the_same_answer(app: &TestApp) {
        let a = app.client().post_form("/anmelden", &[("email", app.fixture.participant.email), ("password", "wrong password here")]).await;
        let b = app.client().post_form("/anmelden", &[("email", "nobody@example.org"), ("password", "wrong password here")]).await;
        a.assert_status(422);
        b.assert_status(422);
        let message = |body: &str| body.split("<p class=\"kern-error\"").nth(1).map(str::to_owned);
        assert_eq!(message(&a.body), message(&b.body));
        assert!(a.body.contains("E-Mail-Adresse oder Passwort stimmen nicht"));
    }

    async fn login_rotates_the_session_and_logout_ends_it_on_the_server(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let first = session_cookie(&browser).expect("session cookie");
        browser.get("/konto").await.assert_status(200);
        // Logging in again (e.g. after a timeout) gives a new session id.
        let again = app.login(&app.fixture.participant).await;
        assert_ne!(session_cookie(&again).unwrap(), first);

        // A copy of the cookie, as an attacker who stole it would keep.
        let thief = app.client().with_header("cookie", &format!("session={first}"));
        thief.get("/konto").await.assert_status(200);
        let r = browser.post_form("/abmelden", &[]).await;
        r.assert_status(303);
        assert!(r.header("set-cookie").unwrap().contains("Max-Age=0"));
        thief.get("/konto").await.assert_status(303);
        again.get("/konto").await.assert_status(200);
    }

    async fn sessions_end_after_inactivity(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        browser.get("/konto").await.assert_status(200);
        let backend = app.db.conn.get_database_backend();
        let two_hours_ago = store::now() - chrono::TimeDelta::hours(2);
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "UPDATE sessions SET last_seen_at = $1",
            _ => "UPDATE sessions SET last_seen_at = ?",
        };
        app.db.conn.execute_raw(Statement::from_sql_and_values(backend, sql, [two_hours_ago.into()])).await.unwrap();
        let r = browser.get("/konto").await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/anmelden?next=%2Fkonto"));
    }

    async fn login_attempts_are_rate_limited_with_a_readable_page(app: &TestApp) {
        let browser = app.client();
        let mut statuses = Vec::new();
        for _ in 0..12 {
            statuses.push(browser.post_form("/anmelden", &[("email", "victim@example.org"), ("password", "guess guess guess")]).await);
        }
        assert_eq!(statuses[0].status.as_u16(), 422);
        let limited = statuses.last().unwrap();
        limited.assert_status(429);
        assert!(limited.body.contains("Zu viele Versuche"), "{}", limited.body);
        assert!(limited.header("retry-after").is_some());
    }

    async fn a_forgotten_password_is_reset_by_mail_and_every_session_ends(app: &TestApp) {
        let user = &app.fixture.participant;
        let logged_in = app.login(user).await;
        let browser = app.client();
        browser.get("/passwort-vergessen").await;
        let r = browser.post_form("/passwort-vergessen", &[("email", user.email)]).await;
        r.assert_status(303);
        let unknown = app.client().post_form("/passwort-vergessen", &[("email", "nobody@example.org")]).await;
        assert_eq!(unknown.header("location"), r.header("location"), "no hint whether the account exists");
        assert!(app.deliver_mail("nobody@example.org").await.is_empty());

        let mails = app.deliver_mail(user.email).await;
        let path = mails.last().unwrap().link("http://teilhabe.test/passwort-neu/").unwrap().replace("http://teilhabe.test", "");
        browser.get(&path).await.assert_status(200);
        browser.post_form(&path, &[("password", "1234")]).await.assert_status(422);
        let r = browser.post_form(&path, &[("password", STRONG)]).await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/anmelden?notice=password-reset"));
        browser.post_form(&path, &[("password", STRONG)]).await.assert_status(404);

        logged_in.get("/konto").await.assert_status(303);
        browser.post_form("/anmelden", &[("email", user.email), ("password", PASSWORD)]).await.assert_status(422);
        browser.post_form("/anmelden", &[("email", user.email), ("password", STRONG)]).await.assert_status(303);
    }

    async fn changing_the_password_needs_the_current_one_and_ends_other_sessions(app: &TestApp) {
        let user = &app.fixture.participant;
        let here = app.login(user).await;
        let elsewhere = app.login(user).await;
        let r = here.post_form("/konto/passwort", &[("current_password", "not it"), ("new_password", STRONG)]).await;
        r.assert_status(422);
        assert!(r.body.contains("aktuelle Passwort stimmt nicht"));
        let r = here.post_form("/konto/passwort", &[("current_password", PASSWORD), ("new_password", STRONG)]).await;
        r.assert_status(303);
        here.get("/konto").await.assert_status(200);
        elsewhere.get("/konto").await.assert_status(303);
        let mails = app.deliver_mail(user.email).await;
        assert!(mails.iter().any(|m| m.subject().contains("Passwort wurde geändert")));
    }

    async fn the_email_address_changes_only_after_the_new_one_is_confirmed(app: &TestApp) {
        let user = &app.fixture.participant;
        let browser = app.login(user).await;
        let r = browser.post_form("/konto/email", &[("new_email", "neu@example.org"), ("email_password", PASSWORD)]).await;
        r.assert_status(303);
        assert!(browser.get("/konto").await.body.contains(user.email), "not changed yet");
        let mails = app.deliver_mail("neu@example.org").await;
        let path = mails[0].link("http://teilhabe.test/konto/email/").unwrap().replace("http://teilhabe.test", "");
        browser.post_form(&path, &[]).await.assert_status(303);
        assert!(browser.get("/konto").await.body.contains("neu@example.org"));
        let old = app.deliver_mail(user.email).await;
        assert!(old.iter().any(|m| m.subject().contains("E-Mail-Adresse wurde geändert")), "the old address is told");
    }

    async fn people_download_all_their_data(app: &TestApp) {
        let browser = app.login(&app.fixture.coordinator).await;
        let r = browser.get("/konto/daten.json").await;
        r.assert_status(200);
        assert!(r.header("content-disposition").unwrap().starts_with("attachment"));
        assert_eq!(r.header("cache-control"), Some("no-store"));
        let json = r.json();
        assert_eq!(json["account"]["email"], app.fixture.coordinator.email);
        assert_eq!(json["account"]["display_name"], "Koordination Musterstadt");
        assert_eq!(json["roles"][0]["role"], "coordinator");
        assert_eq!(json["roles"][0]["space"], "Musterstadt");
        assert!(!r.body.contains("argon2"), "no password hash in the export");
    }

    async fn the_data_download_holds_what_the_person_contributed(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let other = app.login(&app.fixture.coordinator).await;
        other.post_form("/m/musterstadt/ideen/1/kommentare", &[("comment-body", "Nicht von ihr")]).await.assert_status(303);
        browser.post_form("/m/musterstadt/ideen/1/unterstuetzung", &[]).await.assert_status(303);
        browser.post_form("/m/musterstadt/kommentare/2/loeschen", &[]).await.assert_status(303);
        browser.post_form("/m/musterstadt/veranstaltungen/1/anmelden", &[("childcare", "yes")]).await.assert_status(303);
        let json = browser.get("/konto/daten.json").await.json();
        let contributions = &json["contributions"];
        let titles: Vec<&str> = contributions["ideas"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
        assert_eq!(titles, ["Sprachcafé in der Stadtbibliothek", "Mehrsprachige Elternabende", "Begegnungsgarten am Bahnhof"], "in every municipality");
        let comments = contributions["comments"].as_array().unwrap();
        assert_eq!(comments.len(), 2, "only her own comments");
        assert_eq!(comments[0]["text"], "Gute Idee, ich helfe gern mit.");
        assert_eq!(comments[1]["deleted"], true);
        assert!(comments[1]["text"].is_null(), "a deleted comment's text stays gone");
        assert_eq!(contributions["supports"][0]["title"], "Sprachcafé in der Stadtbibliothek");
        let registration = &contributions["event_registrations"][0];
        assert_eq!((registration["event"].as_str(), registration["childcare"].as_bool()), (Some("Workshop Sprache & Bildung"), Some(true)));
        assert!(!browser.get("/konto/daten.json").await.body.contains("Nicht von ihr"));
    }

    async fn deleting_the_account_removes_personal_data_and_ends_sessions(app: &TestApp) {
        let user = &app.fixture.participant;
        let browser = app.login(user).await;
        let other = app.login(user).await;
        // Her place at the workshop goes to the one waiting, who is told.
        browser.post_form("/m/musterstadt/veranstaltungen/1/anmelden", &[]).await.assert_status(303);
        app.login(&app.fixture.moderator).await.post_form("/m/musterstadt/veranstaltungen/1/anmelden", &[]).await.assert_status(303);
        app.login(&app.fixture.organisation_admin).await.post_form("/m/musterstadt/veranstaltungen/1/anmelden", &[]).await.assert_status(303);
        browser.post_form("/konto/loeschen", &[("current_password", PASSWORD)]).await.assert_status(422);
        let r = browser.post_form("/konto/loeschen", &[("current_password", PASSWORD), ("confirm", "yes")]).await;
        r.assert_status(303);
        other.get("/konto").await.assert_status(303);
        let stored = store::accounts::user_by_id(&app.db.conn, user.id).await.unwrap().expect("the row stays for public contributions");
        assert!(stored.deleted);
        assert_eq!(stored.email, None);
        assert_eq!(stored.display_name, "");
        assert_eq!(stored.password_hash, None);
        assert!(store::accounts::roles_of(&app.db.conn, user.id).await.unwrap().is_empty());
        let left = store::events::people::attendees(&app.db.conn, &app.fixture.musterstadt.scope, 1).await.unwrap();
        assert_eq!(left.len(), 2, "her registration is gone");
        assert!(left.iter().all(|a| a.registration.placement == domain::events::places::Placement::Registered), "the waiting one moved up");
        let mails = app.deliver_mail(app.fixture.organisation_admin.email).await;
        assert!(mails.iter().any(|m| m.subject().starts_with("Sie haben einen Platz")));
        app.client().post_form("/anmelden", &[("email", user.email), ("password", PASSWORD)]).await.assert_status(422);
    }

    async fn privileged_roles_must_set_up_two_factor_login(app: &TestApp) {
        // A new platform admin without a second factor yet.
        let hash = web::accounts::password::hash(PASSWORD);
        let id = store::accounts::create_user(&app.db.conn, store::accounts::NewUser { email: "new-admin@test.example", display_name: "Neu", password_hash: &hash, locale: "de", email_confirmed: true }).await.unwrap();
        store::accounts::assign_role(&app.db.conn, None, id, app.fixture.state.scope.id(), domain::accounts::Role::PlatformAdmin).await.unwrap();
        let browser = app.client();
        let r = browser.post_form("/anmelden", &[("email", "new-admin@test.example"), ("password", PASSWORD)]).await;
        assert_eq!(r.header("location"), Some("/konto/zwei-faktor"));
        let page = browser.get("/konto/zwei-faktor").await;
        page.assert_status(200);
        assert!(page.body.contains("vorgeschrieben"));
        assert!(page.body.contains("<svg role=\"img\""), "QR code");
        let secret = page.body.split("name=\"secret\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        browser.post_form("/konto/zwei-faktor", &[("secret", &secret), ("code", "000000")]).await.assert_status(422);
        let code = web::accounts::totp::current_code(&secret, web::accounts::totp::unix_now()).unwrap();
        browser.post_form("/konto/zwei-faktor", &[("secret", &secret), ("code", &code)]).await.assert_status(303);

        // From now on the login asks for a code, and a code works only once.
        let next = app.client();
        let r = next.post_form("/anmelden", &[("email", "new-admin@test.example"), ("password", PASSWORD)]).await;
        assert!(r.header("location").unwrap().starts_with("/anmelden/code"));
        next.get("/konto").await.assert_status(303);
        let r = next.post_form("/anmelden/code", &[("code", &code)]).await;
        r.assert_status(422);
        // Required for the role: it cannot be switched off.
        let logged_in = app.login(&testkit::FixtureUser { id, email: "new-admin@test.example", name: "Neu", totp_secret: Some(secret) }).await;
        logged_in.post_form("/konto/zwei-faktor/aus", &[("current_password", PASSWORD)]).await.assert_status(403);
    }
}

app_tests! {
    async fn sessions_end_at_their_absolute_lifetime_even_when_active(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let backend = app.db.conn.get_database_backend();
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "UPDATE sessions SET expires_at = $1",
            _ => "UPDATE sessions SET expires_at = ?",
        };
        let past = store::now() - chrono::TimeDelta::seconds(1);
        app.db.conn.execute_raw(Statement::from_sql_and_values(backend, sql, [past.into()])).await.unwrap();
        browser.get("/konto").await.assert_status(303);
    }
}

app_tests! {
    async fn a_session_works_on_a_second_instance_sharing_the_database(app: &TestApp) {
        let browser = app.login(&app.fixture.participant).await;
        let token = browser.cookie("session").unwrap();
        // A second app instance (as behind a load balancer) on the same database.
        let second = app.second_instance().await;
        let other = testkit::Client::new(web::app(second)).with_header("cookie", &format!("session={token}"));
        let r = other.get("/konto").await;
        r.assert_status(200);
        assert!(r.body.contains(app.fixture.participant.email));
    }

    async fn the_account_page_issues_a_fixed_number_of_sql_statements(app: &TestApp) {
        let browser = app.login(&app.fixture.coordinator).await;
        let r = browser.get("/konto").await;
        r.assert_status(200);
        // Session, roles, unread notifications, and the page's own two.
        assert!(r.query_count() <= 5, "{} statements", r.query_count());
    }
}
