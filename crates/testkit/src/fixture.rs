//! The installation every web test starts from: a state space and two
//! municipalities with legal pages of their own.

use domain::legal::LegalPageKind;
use store::DatabaseConnection;
use store::tenancy::Tenant;

pub struct Fixture {
    pub state: Tenant,
    pub musterstadt: Tenant,
    pub beispielheim: Tenant,
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
        Fixture { state, musterstadt, beispielheim }
    }
}

async fn municipality(db: &DatabaseConnection, name: &str, slug: &str, population: i64) -> Tenant {
    let input = store::testing::municipality_input(name, slug, population);
    store::tenancy::create_municipality(db, None, &input).await.expect("municipality")
}
