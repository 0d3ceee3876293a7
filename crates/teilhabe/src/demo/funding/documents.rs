//! The papers municipalities attach in the demo (a council's resolution to
//! apply, a partner's declaration) and the decision letter of the approved
//! grant, as real PDFs kept in the files folder.

use domain::documents::{ReportBlock, ReportDocument, ReportSection};
use domain::files::{FileType, Slot};
use domain::ids::UserId;
use store::WriteTransaction;
use store::files::StoredFile;
use store::tenancy::Tenant;

fn paper(municipality: &Tenant, title: &str, heading: &str, text: String) -> ReportDocument {
    ReportDocument {
        lang: "de".into(),
        municipality: municipality.name.clone(),
        title: title.into(),
        lines: vec!["Auszug aus der Niederschrift der Sitzung der Gemeindevertretung".into()],
        contents_word: String::new(),
        page_word: "Seite".into(),
        sections: vec![ReportSection {
            heading: heading.into(),
            blocks: vec![ReportBlock::Text(text), ReportBlock::Facts(vec![("Abstimmung".into(), "einstimmig".into())])],
        }],
    }
}

/// The council's resolution to apply.
pub(super) fn resolution(municipality: &Tenant) -> ReportDocument {
    let text = format!(
        "Die Gemeindevertretung von {} beschließt, beim Land Fördermittel aus dem Programm „WIR – Kommunale \
         Vielfalts- und Integrationsstrategien“ für die Entwicklung einer kommunalen Vielfalts- und Integrationsstrategie zu \
         beantragen. Der Gemeindevorstand wird beauftragt, den Antrag zu stellen.",
        municipality.name
    );
    paper(municipality, "Beschluss zur Antragstellung (Demo)", "Beschluss", text)
}

/// A partner municipality's declaration for a joint application led by `lead`.
pub(super) fn partner_declaration(partner: &Tenant, lead: &Tenant) -> ReportDocument {
    let text = format!(
        "Die Gemeinde {} beteiligt sich an der gemeinsamen Vielfalts- und Integrationsstrategie, die {} als federführende \
         Gemeinde beantragt. Sie bringt ihre Vereine und Einrichtungen in den Beteiligungsprozess ein und legt die \
         Strategie ihrer Gemeindevertretung zum Beschluss vor.",
        partner.name, lead.name
    );
    paper(partner, "Erklärung der Partnergemeinde (Demo)", "Erklärung", text)
}

/// Lays `doc` out, keeps the PDF in the files folder and records it as a
/// file of `slot` for the application `owner`.
pub(super) async fn store_pdf(
    txn: &WriteTransaction,
    files: &files::FileStore,
    (tenant, user): (&Tenant, UserId),
    (slot, owner): (Slot, i64),
    name: &str,
    doc: &ReportDocument,
) -> anyhow::Result<StoredFile> {
    let bytes = pdf::report(doc).map_err(|e| anyhow::anyhow!("demo document {name}: {e}"))?;
    let stored = files.put(tenant.scope.id().0, bytes.into()).await.map_err(|e| anyhow::anyhow!("demo file: {e}"))?;
    let file = store::files::NewFile {
        slot,
        file_type: FileType::Pdf,
        name: name.into(),
        storage_key: stored.key,
        size: stored.size,
        sha256: stored.sha256,
    };
    let file = store::files::record_pending(txn, &tenant.scope, user, &file).await?;
    store::files::attach(txn, &tenant.scope, user, slot, &[file.id], owner, None).await?;
    Ok(file)
}
