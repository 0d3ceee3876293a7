//! The installation every web test starts from: a state space, two
//! municipalities with legal pages of their own, and one account per role.

use std::sync::LazyLock;

use domain::accounts::{MunicipalRole, Role, StateRole};
use domain::ids::UserId;
use domain::legal::LegalPageKind;
use store::DatabaseConnection;
use store::tenancy::Tenant;

/// The password of every fixture account.
pub const PASSWORD: &str = "fixture passphrase for tests";

/// Hashed once per test process (argon2 is slow on purpose).
static PASSWORD_HASH: LazyLock<String> = LazyLock::new(|| web::accounts::password::hash(PASSWORD));

#[derive(Debug, Clone)]
pub struct FixtureUser {
    pub id: UserId,
    pub email: &'static str,
    pub name: &'static str,
    /// Set for accounts with two-factor login on.
    pub totp_secret: Option<String>,
}

pub struct Fixture {
    pub state: Tenant,
    pub musterstadt: Tenant,
    pub beispielheim: Tenant,
    /// A resident without any role.
    pub participant: FixtureUser,
    /// Coordinator of Musterstadt.
    pub coordinator: FixtureUser,
    /// Coordinator of Beispielheim: the "other tenant" in isolation tests.
    pub other_coordinator: FixtureUser,
    pub moderator: FixtureUser,
    /// Platform admin with two-factor login set up.
    pub admin: FixtureUser,
    /// Programme officer with two-factor login set up.
    pub officer: FixtureUser,
}

impl Fixture {
    pub async fn seed(db: &DatabaseConnection) -> Fixture {
        let state = store::tenancy::ensure_state(db, "hessen", "Land Hessen (Test)").await.expect("state");
        let musterstadt = municipality(db, "Musterstadt", "musterstadt", 38_000).await;
        let beispielheim = municipality(db, "Beispielheim", "beispielheim", 12_500).await;
        for tenant in [&state, &musterstadt, &beispielheim] {
            for kind in LegalPageKind::ALL {
                let text = format!("# {}\n\nText von {} zu {}.", kind.slug(), tenant.name, kind.slug());
                store::legal::save(db, &tenant.scope, kind, &text, None).await.expect("legal page");
            }
        }
        let coordinator = Role::Municipal(MunicipalRole::Coordinator);
        Fixture {
            participant: user(db, "resident@test.example", "Ayşe Demir", None, false).await,
            coordinator: user(db, "coordinator@musterstadt.test", "Koordination Musterstadt", Some((&musterstadt, coordinator)), false)
                .await,
            other_coordinator: user(
                db,
                "coordinator@beispielheim.test",
                "Koordination Beispielheim",
                Some((&beispielheim, coordinator)),
                false,
            )
            .await,
            moderator: user(
                db,
                "moderator@musterstadt.test",
                "Moderation Musterstadt",
                Some((&musterstadt, Role::Municipal(MunicipalRole::Moderator))),
                false,
            )
            .await,
            admin: user(db, "admin@test.example", "Administration", Some((&state, Role::PlatformAdmin)), true).await,
            officer: user(db, "officer@test.example", "Programmreferat", Some((&state, Role::State(StateRole::ProgrammeOfficer))), true)
                .await,
            state,
            musterstadt,
            beispielheim,
        }
    }
}

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str, population: i64) -> Tenant {
    let input = store::testing::municipality_input(name, slug, population);
    store::tenancy::create_municipality(db, None, &input).await.expect("municipality")
}

async fn user(
    db: &DatabaseConnection,
    email: &'static str,
    name: &'static str,
    role: Option<(&Tenant, Role)>,
    two_factor: bool,
) -> FixtureUser {
    let id = store::accounts::create_user(
        db,
        store::accounts::NewUser { email, display_name: name, password_hash: &PASSWORD_HASH, locale: "de", email_confirmed: true },
    )
    .await
    .expect("fixture user");
    if let Some((tenant, role)) = role {
        store::accounts::assign_role(db, None, id, tenant.scope.id(), role).await.expect("role");
    }
    let totp_secret = if two_factor {
        let secret = web::accounts::totp::new_secret();
        store::accounts::set_totp(db, id, Some(&secret), true).await.expect("totp");
        Some(secret)
    } else {
        None
    };
    FixtureUser { id, email, name, totp_secret }
}
