//! Platform administration: municipalities, roles, audit log.

use testkit::app_tests;

app_tests! {
    async fn an_admin_creates_a_municipality_and_it_is_audited(app: &TestApp) {
        let admin = app.login(&app.fixture.admin).await;
        let r = admin.post_form("/admin/kommunen", &[("name", "Bad Vilbel"), ("slug", "Bad Vilbel"), ("ags", "0644"), ("population", "35 000"), ("district", "Wetteraukreis")]).await;
        r.assert_status(422);
        assert!(r.body.contains("value=\"Bad Vilbel\""), "what was typed stays");
        assert!(r.body.contains("href=\"#slug\""));
        assert!(r.body.contains("href=\"#ags\""));
        let r = admin.post_form("/admin/kommunen", &[("name", "Bad Vilbel"), ("slug", "bad-vilbel"), ("ags", "06440003"), ("population", "35.000"), ("district", "Wetteraukreis")]).await;
        r.assert_status(303);
        let page = app.client().get("/m/bad-vilbel").await;
        page.assert_status(200);
        assert!(page.body.contains("35.000"));
        // The same short name again: the form says so.
        let r = admin.post_form("/admin/kommunen", &[("name", "Bad Vilbel 2"), ("slug", "bad-vilbel"), ("ags", "06440003"), ("population", "1"), ("district", "")]).await;
        r.assert_status(422);
        assert!(r.body.contains("schon vergeben"));
        let log = admin.get("/admin/protokoll").await;
        assert!(log.body.contains("tenancy.municipality.create"));
        assert!(log.body.contains("Administration"), "the actor is named");
    }

    async fn an_admin_gives_and_takes_roles(app: &TestApp) {
        let admin = app.login(&app.fixture.admin).await;
        let participant = &app.fixture.participant;
        // Wrong combinations are explained next to the fields.
        let r = admin.post_form("/admin/rollen", &[("email", "nobody@example.org"), ("space", "hessen"), ("role", "coordinator")]).await;
        r.assert_status(422);
        assert!(r.body.contains("kein Konto"));
        assert!(r.body.contains("nur in einer Kommune"));
        let r = admin.post_form("/admin/rollen", &[("email", participant.email), ("space", "musterstadt"), ("role", "programme_officer")]).await;
        r.assert_status(422);
        assert!(r.body.contains("nur im Bereich des Landes"));

        admin.post_form("/admin/rollen", &[("email", participant.email), ("space", "musterstadt"), ("role", "moderator")]).await.assert_status(303);
        let roles = store::accounts::roles_of(&app.db.conn, participant.id).await.unwrap();
        assert_eq!(roles, [(app.fixture.musterstadt.scope.id(), domain::accounts::Role::Municipal(domain::accounts::MunicipalRole::Moderator))]);
        let page = admin.get("/admin/rollen").await;
        assert!(page.body.contains(participant.name));

        let assignment = store::accounts::role_assignments(&app.db.conn).await.unwrap().into_iter().find(|a| a.user == participant.id).unwrap();
        admin.post_form("/admin/rollen/entfernen", &[("id", &assignment.id.to_string())]).await.assert_status(303);
        assert!(store::accounts::roles_of(&app.db.conn, participant.id).await.unwrap().is_empty());
        let log = store::audit::recent(&app.db.conn, None, 5).await.unwrap();
        assert_eq!(log[0].action, "accounts.role.remove");
        assert_eq!(log[0].actor, Some(app.fixture.admin.id));
        assert_eq!(log[1].action, "accounts.role.assign");
    }

    async fn an_admin_without_second_factor_is_sent_to_set_it_up(app: &TestApp) {
        store::accounts::set_totp(&app.db.conn, app.fixture.admin.id, None, false).await.unwrap();
        let admin = app.client();
        admin.post_form("/anmelden", &[("email", app.fixture.admin.email), ("password", testkit::PASSWORD)]).await.assert_status(303);
        let r = admin.get("/admin").await;
        r.assert_status(303);
        assert_eq!(r.header("location"), Some("/konto/zwei-faktor"));
    }
}
