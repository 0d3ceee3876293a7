pub use store::testing::municipality_input as form;
use store::{DatabaseConnection, StoreError, TransactionTrait};

both_backends! {
    async fn municipalities_are_listed_in_german_alphabetical_order(db: &DatabaseConnection) {
        store::tenancy::ensure_state(db, "land", "Land").await.unwrap();
        for (name, slug) in [("Zwingenberg", "zwingenberg"), ("Ötigheim", "oetigheim"), ("Offenbach", "offenbach"), ("Aßlar", "asslar"), ("Alsfeld", "alsfeld")] {
            store::tenancy::create_municipality(db, None, &form(name, slug, 20_000)).await.unwrap();
        }
        let names: Vec<String> = store::tenancy::municipalities(db).await.unwrap().into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["Alsfeld", "Aßlar", "Offenbach", "Ötigheim", "Zwingenberg"]);
    }

    async fn a_slug_is_taken_only_once(db: &DatabaseConnection) {
        store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let err = store::tenancy::create_municipality(db, None, &form("Musterstadt II", "musterstadt", 1)).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict("tenancy-slug-taken")), "{err:?}");
    }

    async fn creating_a_municipality_writes_its_audit_entry_in_the_same_transaction(db: &DatabaseConnection) {
        let txn = db.begin().await.unwrap();
        let tenant = store::tenancy::create_municipality(&txn, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        txn.rollback().await.unwrap();
        assert!(store::tenancy::municipality_by_slug(db, "musterstadt").await.unwrap().is_none());
        assert!(store::audit::recent(db, Some(tenant.scope.id()), 10).await.unwrap().is_empty());

        let txn = db.begin().await.unwrap();
        let tenant = store::tenancy::create_municipality(&txn, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        txn.commit().await.unwrap();
        let log = store::audit::recent(db, Some(tenant.scope.id()), 10).await.unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].action, "tenancy.municipality.create");
        assert_eq!(log[0].after.as_ref().unwrap()["population"], 38_000);
    }

    async fn the_state_space_is_not_a_municipality(db: &DatabaseConnection) {
        let state = store::tenancy::ensure_state(db, "land", "Land Hessen").await.unwrap();
        let again = store::tenancy::ensure_state(db, "other", "Other").await.unwrap();
        assert_eq!(state, again, "there is exactly one state space");
        assert!(store::tenancy::municipality_by_slug(db, "land").await.unwrap().is_none());
        assert!(store::tenancy::municipalities(db).await.unwrap().is_empty());
    }
}
