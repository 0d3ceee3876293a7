//! After an event the coordinators record its results: a report, attendance
//! by voluntary band and photos with text alternatives; a mistake keeps what
//! was typed and sent; the event's page shows it all, small counts hidden.

use testkit::app_tests;
use testkit::samples::{PDF, PNG};

const FORM: &str = "/m/musterstadt/verwaltung/veranstaltungen/1/ergebnisse";

app_tests! {
    async fn coordinators_record_a_report_attendance_and_photos(app: &TestApp) {
        let coordinator = app.login(&app.fixture.coordinator).await;
        let form = coordinator.get(FORM).await;
        form.assert_status(200);
        assert!(form.body.contains(r#"enctype="multipart/form-data""#) && form.body.contains("Foto 3"));
        // More people by age than in all, and a photo without its text alternative: all comes back.
        assert!(form.body.contains("Einwanderungsgeschichte") && form.body.contains(r#"name="band_disability_yes""#));
        let fields = [
            ("report", "Wir haben **drei Ideen** vertieft."),
            ("attendance", "10"),
            ("band_age_18_29", "6"),
            ("band_age_30_49", "7"),
            ("band_migration_own", "drei"),
        ];
        let r = coordinator.post_multipart(FORM, &fields, &[("photo_0", "gruppe.png", PNG)]).await;
        r.assert_status(422);
        assert!(r.body.contains("Zusammen sind das mehr Personen") && r.body.contains(r##"href="#bands_age""##));
        assert!(r.body.contains(r##"href="#bands_migration""##) && r.body.contains(r#"id="bands_migration""#));
        assert!(r.body.contains(r##"href="#photo_alt_0""##));
        assert!(r.body.contains("Wir haben **drei Ideen** vertieft.") && r.body.contains(r#"value="7""#) && r.body.contains(r#"value="drei""#));
        assert!(r.body.contains(r#"name="kept_photo_0""#), "the photo sent is kept for the next try");
        let kept = r.body.split(r#"name="kept_photo_0" type="checkbox" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
        // A document is no photo.
        let r = coordinator.post_multipart(FORM, &[("attendance", "10")], &[("photo_1", "plan.pdf", PDF)]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#photo_1""##));
        let fields = [
            ("report", "Wir haben **drei Ideen** vertieft."),
            ("attendance", "23"),
            ("band_age_18_29", "6"),
            ("band_age_30_49", "7"),
            ("band_migration_own", "3"),
            ("kept_photo_0", kept.as_str()),
            ("photo_alt_0", "Zwölf Menschen an einem Tisch mit Moderationskarten"),
        ];
        let r = coordinator.post_multipart(FORM, &fields, &[]).await;
        r.assert_status(303);
        let page = app.client().get("/m/musterstadt/veranstaltungen/1").await;
        assert!(page.body.contains("<strong>drei Ideen</strong>") && page.body.contains("23 Personen haben teilgenommen."));
        let row = |label: &str, count: &str| format!(r#"<th class="kern-table__header" scope="row">{label}</th><td class="kern-table__cell">{count}</td>"#);
        assert!(page.body.contains(&row("30 bis 49 Jahre", "7")) && page.body.contains(&row("keine Angabe", "10")));
        // Three people is too few to show: hidden, and a second count with it.
        assert!(page.body.contains(&row("selbst eingewandert", "weniger als 5")) && page.body.contains(&row("keine", "weniger als 5")));
        assert!(page.body.contains(&row("Eltern eingewandert", "0")) && !page.body.contains("mit Behinderung"), "only what was counted");
        assert!(page.body.contains(r#"alt="Zwölf Menschen an einem Tisch mit Moderationskarten""#));
        let photo = page.body.split(r#"<img src=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
        app.client().get(&photo).await.assert_status(200);
        // Another municipality's address does not serve it.
        app.client().get(&photo.replace("/m/musterstadt/", "/m/beispielheim/")).await.assert_status(404);
        // Changing the text alternative of the saved photo keeps the photo.
        let again = coordinator.get(FORM).await;
        assert!(again.body.contains(r#"value="23""#) && again.body.contains(r#"name="remove_photo_0""#));
        let r = coordinator.post_multipart(FORM, &[("attendance", "23"), ("photo_alt_0", "Die Gruppe am Ende des Abends")], &[("photo_1", "zwei.png", PNG)]).await;
        r.assert_status(422);
        assert!(r.body.contains(r##"href="#photo_alt_1""##), "the second photo needs its own text");
        let r = coordinator.post_multipart(FORM, &[("attendance", "23"), ("photo_alt_0", "Die Gruppe am Ende des Abends")], &[]).await;
        r.assert_status(303);
        let page = app.client().get("/m/musterstadt/veranstaltungen/1").await;
        assert!(page.body.contains(r#"alt="Die Gruppe am Ende des Abends""#) && page.body.matches("<img src=").count() == 1);
        // In English too.
        let en = app.client().with_header("accept-language", "en").get("/m/musterstadt/veranstaltungen/1").await;
        assert!(en.body.contains("23 people took part."));
    }
}
