//! Uploaded files: pending until their form is saved, attached only by their
//! uploader in their municipality, not served while their item is hidden,
//! forgotten when abandoned.

use domain::files::{FileType, Slot};
use domain::ids::UserId;
use domain::participation::ideas::NewIdea;
use store::DatabaseConnection;
use store::files::{self, NewFile, Refusal};
use store::moderation::ContentKind;
use store::tenancy::Tenant;
use store::testing::{municipality_input as form, process_input};

async fn person(db: &DatabaseConnection, email: &str) -> UserId {
    store::accounts::create_user(
        db,
        store::accounts::NewUser { email, display_name: "Person", password_hash: "$argon2id$x", locale: "de", email_confirmed: true },
    )
    .await
    .unwrap()
}

fn upload(slot: Slot, key: &str) -> NewFile {
    NewFile {
        slot,
        file_type: if slot == Slot::IdeaAttachment { FileType::Pdf } else { FileType::Png },
        name: "Plan.pdf".into(),
        storage_key: key.into(),
        size: 1234,
        sha256: "0".repeat(64),
    }
}

async fn idea_in(db: &DatabaseConnection, tenant: &Tenant, author: UserId) -> i64 {
    let process = store::participation::processes::create(db, &tenant.scope, None, &process_input(), "<p>Lang.</p>").await.unwrap();
    let idea = NewIdea {
        title: "Sprachcafé".into(),
        body: "Ein Sprachcafé im Stadtteil.".into(),
        action_field: None,
        neighbourhood: None,
        organisation: None,
    };
    store::participation::ideas::create(db, &tenant.scope, process, author, &idea, "<p>x</p>").await.unwrap()
}

both_backends! {
    async fn pending_files_are_attached_only_by_their_uploader(db: &DatabaseConnection) {
        let here = store::tenancy::create_municipality(db, None, &form("Hier", "hier", 20_000)).await.unwrap();
        let there = store::tenancy::create_municipality(db, None, &form("Dort", "dort", 20_000)).await.unwrap();
        let author = person(db, "autorin@example.org").await;
        let other = person(db, "andere@example.org").await;
        let idea = idea_in(db, &here, author).await;

        let a = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/aa")).await.unwrap();
        let b = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/bb")).await.unwrap();
        let img = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaImage, "1/cc")).await.unwrap();
        assert_eq!(a.owner, None);

        // Someone else's upload id, another municipality's scope or the wrong slot attach nothing.
        assert_eq!(files::pending(db, &here.scope, other, Slot::IdeaAttachment, &[a.id]).await.unwrap(), vec![]);
        assert_eq!(files::attach(db, &here.scope, other, Slot::IdeaAttachment, &[a.id], idea, None).await.unwrap(), 0);
        assert_eq!(files::attach(db, &there.scope, author, Slot::IdeaAttachment, &[a.id], idea, None).await.unwrap(), 0);
        assert_eq!(files::attach(db, &here.scope, author, Slot::IdeaImage, &[a.id], idea, None).await.unwrap(), 0);

        let kept = files::pending(db, &here.scope, author, Slot::IdeaAttachment, &[b.id, a.id, img.id]).await.unwrap();
        assert_eq!(kept.iter().map(|f| f.id).collect::<Vec<_>>(), vec![a.id, b.id]);
        assert_eq!(files::attach(db, &here.scope, author, Slot::IdeaAttachment, &[a.id, b.id], idea, None).await.unwrap(), 2);
        assert_eq!(files::attach(db, &here.scope, author, Slot::IdeaImage, &[img.id], idea, Some("Kinder beim Malen")).await.unwrap(), 1);
        // Attached files are no longer pending: attaching again changes nothing.
        assert_eq!(files::attach(db, &here.scope, author, Slot::IdeaAttachment, &[a.id], idea + 1, None).await.unwrap(), 0);

        let attachments = files::of_owner(db, &here.scope, Slot::IdeaAttachment, idea).await.unwrap();
        assert_eq!(attachments.len(), 2);
        assert_eq!(attachments[0].file_type, FileType::Pdf);
        let image = files::of_owner(db, &here.scope, Slot::IdeaImage, idea).await.unwrap();
        assert_eq!(image[0].alt_text.as_deref(), Some("Kinder beim Malen"));
        assert!(files::of_owner(db, &there.scope, Slot::IdeaAttachment, idea).await.unwrap().is_empty());

        files::set_alt(db, &here.scope, Slot::IdeaImage, idea, None, "Kinder malen ein Bild").await.unwrap();
        assert_eq!(files::of_owner(db, &here.scope, Slot::IdeaImage, idea).await.unwrap()[0].alt_text.as_deref(), Some("Kinder malen ein Bild"));

        let removed = files::detach(db, &here.scope, Slot::IdeaAttachment, idea, Some(&[a.id])).await.unwrap();
        assert_eq!(removed, vec!["1/aa".to_owned()]);
        assert_eq!(files::of_owner(db, &here.scope, Slot::IdeaAttachment, idea).await.unwrap().len(), 1);
        assert_eq!(files::all_keys(db).await.unwrap(), vec!["1/bb".to_owned(), "1/cc".to_owned()]);
    }

    async fn files_of_hidden_ideas_are_served_to_staff_only(db: &DatabaseConnection) {
        let here = store::tenancy::create_municipality(db, None, &form("Hier", "hier", 20_000)).await.unwrap();
        let there = store::tenancy::create_municipality(db, None, &form("Dort", "dort", 20_000)).await.unwrap();
        let author = person(db, "autorin@example.org").await;
        let moderator = person(db, "moderation@example.org").await;
        let idea = idea_in(db, &here, author).await;
        let file = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/aa")).await.unwrap();

        // Pending: only the uploader sees it.
        assert!(files::servable(db, &here.scope, file.id, Some(author), false, false).await.unwrap().is_ok());
        assert_eq!(files::servable(db, &here.scope, file.id, None, false, false).await.unwrap(), Err(Refusal::NotFound));
        assert_eq!(files::servable(db, &here.scope, file.id, Some(moderator), false, false).await.unwrap(), Err(Refusal::NotFound));
        assert_eq!(files::servable(db, &here.scope, file.id, Some(moderator), true, false).await.unwrap(), Err(Refusal::NotFound), "not even to staff");

        files::attach(db, &here.scope, author, Slot::IdeaAttachment, &[file.id], idea, None).await.unwrap();
        assert!(files::servable(db, &here.scope, file.id, None, false, false).await.unwrap().is_ok());
        assert_eq!(files::servable(db, &there.scope, file.id, None, false, false).await.unwrap(), Err(Refusal::NotFound));

        store::moderation::set_hidden(db, &here.scope, moderator, ContentKind::Idea, idea, Some("Werbung")).await.unwrap();
        assert_eq!(files::servable(db, &here.scope, file.id, Some(author), false, false).await.unwrap(), Err(Refusal::Hidden));
        assert!(files::servable(db, &here.scope, file.id, Some(moderator), true, false).await.unwrap().is_ok(), "the moderator still sees what was hidden");
        store::moderation::set_hidden(db, &here.scope, moderator, ContentKind::Idea, idea, None).await.unwrap();
        assert!(files::servable(db, &here.scope, file.id, None, false, false).await.unwrap().is_ok());
    }

    async fn abandoned_uploads_are_removed_after_a_day(db: &DatabaseConnection) {
        use sea_orm::ConnectionTrait;
        use sea_orm::sea_query::ExprTrait;
        let here = store::tenancy::create_municipality(db, None, &form("Hier", "hier", 20_000)).await.unwrap();
        let author = person(db, "autorin@example.org").await;
        let idea = idea_in(db, &here, author).await;
        let old = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/aa")).await.unwrap();
        let fresh = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/bb")).await.unwrap();
        let saved = files::record_pending(db, &here.scope, author, &upload(Slot::IdeaAttachment, "1/cc")).await.unwrap();
        files::attach(db, &here.scope, author, Slot::IdeaAttachment, &[saved.id], idea, None).await.unwrap();
        let two_days_ago = store::now() - chrono::TimeDelta::days(2);
        for id in [old.id, saved.id] {
            let sql = sea_orm::sea_query::Query::update()
                .table(sea_orm::sea_query::Alias::new("files"))
                .value(sea_orm::sea_query::Alias::new("created_at"), two_days_ago)
                .and_where(sea_orm::sea_query::Expr::col(sea_orm::sea_query::Alias::new("id")).eq(id))
                .to_owned();
            db.execute(&sql).await.unwrap();
        }
        assert_eq!(files::remove_abandoned(db).await.unwrap(), vec!["1/aa".to_owned()]);
        assert_eq!(files::all_keys(db).await.unwrap(), vec!["1/bb".to_owned(), "1/cc".to_owned()]);
        let _ = fresh;
    }
}
