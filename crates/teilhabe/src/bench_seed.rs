//! `teilhabe bench-seed`: adds many municipalities (with legal pages) for the
//! load benchmark. Not for production databases.

use domain::legal::LegalPageKind;
use domain::tenancy::MunicipalityForm;
use store::DatabaseConnection;

pub async fn seed(db: &DatabaseConnection, municipalities: u32) -> anyhow::Result<()> {
    let existing = store::tenancy::municipalities(db).await?.len();
    for chunk in (0..municipalities).collect::<Vec<_>>().chunks(50) {
        let txn = store::begin_write(db).await?;
        for i in chunk {
            let slug = format!("gemeinde-{i:04}");
            if store::tenancy::municipality_by_slug(&txn, &slug).await?.is_some() {
                continue;
            }
            let input = MunicipalityForm {
                name: format!("Gemeinde {i:04}"),
                slug,
                ags: format!("06{:06}", 400_000 + i),
                population: (10_000 + (i * 137) % 40_000).to_string(),
                district: format!("Landkreis {}", i % 21),
            }
            .validate()
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let tenant = store::tenancy::create_municipality(&txn, None, &input).await?;
            for kind in LegalPageKind::ALL {
                let text = format!("## {}\n\nGemeinde {i:04}, Rathausplatz 1.", kind.slug());
                store::legal::save(&txn, &tenant.scope, kind, &text, None).await?;
            }
        }
        txn.commit().await?;
    }
    let now = store::tenancy::municipalities(db).await?.len();
    println!("{} municipalities ({} added)", now, now - existing);
    Ok(())
}
