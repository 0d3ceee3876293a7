use domain::legal::LegalPageKind;
use store::DatabaseConnection;

use crate::tenancy::form;

both_backends! {
    async fn legal_pages_belong_to_their_tenant(db: &DatabaseConnection) {
        let a = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let b = store::tenancy::create_municipality(db, None, &form("Beispielheim", "beispielheim", 12_500)).await.unwrap();
        store::legal::save(db, &a.scope, LegalPageKind::Imprint, "Rathaus Musterstadt", None).await.unwrap();
        assert_eq!(
            store::legal::page(db, &a.scope, LegalPageKind::Imprint).await.unwrap().unwrap().body_markdown,
            "Rathaus Musterstadt"
        );
        assert!(store::legal::page(db, &b.scope, LegalPageKind::Imprint).await.unwrap().is_none());
        assert!(store::legal::page(db, &a.scope, LegalPageKind::Privacy).await.unwrap().is_none());
    }

    async fn saving_again_replaces_the_text_and_logs_before_and_after(db: &DatabaseConnection) {
        let a = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        store::legal::save(db, &a.scope, LegalPageKind::Accessibility, "alt", None).await.unwrap();
        store::legal::save(db, &a.scope, LegalPageKind::Accessibility, "neu", None).await.unwrap();
        let page = store::legal::page(db, &a.scope, LegalPageKind::Accessibility).await.unwrap().unwrap();
        assert_eq!(page.body_markdown, "neu");
        let log = store::audit::recent(db, Some(a.scope.id()), 1).await.unwrap();
        assert_eq!(log[0].action, "legal.page.save");
        assert_eq!(log[0].before.as_ref().unwrap()["body_markdown"], "alt");
        assert_eq!(log[0].after.as_ref().unwrap()["body_markdown"], "neu");
    }
}
