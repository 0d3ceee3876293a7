use domain::accounts::{MunicipalRole, Role};
use store::accounts::NewUser;
use store::{DatabaseConnection, StoreError};

use crate::tenancy::form;

fn user<'a>(email: &'a str) -> NewUser<'a> {
    NewUser { email, display_name: "Ayşe Demir", password_hash: "$argon2id$test", locale: "de", email_confirmed: true }
}

both_backends! {
    async fn an_email_address_belongs_to_one_account_whatever_its_case(db: &DatabaseConnection) {
        store::accounts::create_user(db, user("Ayse.Demir@Example.org")).await.unwrap();
        let err = store::accounts::create_user(db, user(" ayse.demir@example.org ")).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict("accounts-email-taken")), "{err:?}");
        let found = store::accounts::user_by_email(db, "AYSE.DEMIR@example.org").await.unwrap().unwrap();
        assert_eq!(found.display_name, "Ayşe Demir");
    }

    async fn roles_are_held_per_tenant_and_assigned_once(db: &DatabaseConnection) {
        let a = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
        let id = store::accounts::create_user(db, user("k@example.org")).await.unwrap();
        let coordinator = Role::Municipal(MunicipalRole::Coordinator);
        store::accounts::assign_role(db, None, id, a.scope.id(), coordinator).await.unwrap();
        store::accounts::assign_role(db, None, id, a.scope.id(), coordinator).await.unwrap();
        assert_eq!(store::accounts::roles_of(db, id).await.unwrap(), [(a.scope.id(), coordinator)]);
        assert_eq!(store::audit::recent(db, Some(a.scope.id()), 10).await.unwrap().iter().filter(|e| e.action == "accounts.role.assign").count(), 1);
    }
}
