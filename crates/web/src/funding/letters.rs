//! The letters the programme issues on an application: the receipt of each
//! submitted version and the decision letter (Zuwendungsbescheid) of an
//! approval, from the call's template (purpose, standard conditions, legal
//! remedy notice) and the grant's own terms. Each is laid out as a tagged PDF in German, the legally
//! binding language, kept as a file of the application that is never
//! changed or removed, and mailed to the municipality's coordinators.

use chrono::{DateTime, Utc};
use domain::documents::{ReportBlock, ReportDocument, ReportSection};
use domain::files::{FileType, Slot};
use domain::funding::application::ApplicationForm;
use domain::funding::decision::Grant;
use domain::ids::UserId;
use sha2::{Digest, Sha256};
use store::ConnectionTrait;
use store::files::{NewFile, StoredFile};
use store::funding::applications::Application;
use store::funding::calls::Call;
use store::funding::programmes::Programme;
use store::tenancy::Tenant;

use crate::AppState;
use crate::concept::documents::lay_out_blocking;
use crate::error::AppError;
use crate::events::views::at;
use crate::i18n::{FluentArg, Locale};

/// Letters are written in German.
const LOCALE: Locale = Locale::De;

/// What a letter is about.
pub struct About<'a> {
    pub land: &'a Tenant,
    pub programme: &'a Programme,
    pub call: &'a Call,
    pub municipality: &'a Tenant,
    pub application: &'a Application,
}

/// A letter laid out and its bytes stored, waiting to be recorded with the
/// step that issues it.
pub struct Issued {
    pub name: String,
    pub bytes: Vec<u8>,
    pub key: String,
    pub sha256: String,
}

/// The application's file number ("Az. 2-00017").
fn reference(about: &About<'_>) -> String {
    format!("{}-{:05}", about.call.id, about.application.id)
}

fn head(about: &About<'_>, title: &str, today: DateTime<Utc>) -> ReportDocument {
    let l = LOCALE;
    let text = |key: &str, value: String| l.t_args(key, &[("value", FluentArg::Text(value))]);
    ReportDocument {
        lang: "de".into(),
        municipality: format!("{} · {}", about.land.name, about.programme.texts.name),
        title: title.to_owned(),
        lines: vec![
            text("letter-to", about.municipality.name.clone()),
            text("letter-date", l.day(today.with_timezone(&chrono_tz::Europe::Berlin).date_naive())),
            text("letter-reference", reference(about)),
        ],
        contents_word: String::new(),
        page_word: l.t("pdf-page"),
        sections: Vec::new(),
    }
}

fn contact(about: &About<'_>) -> ReportSection {
    ReportSection { heading: LOCALE.t("letter-contact"), blocks: vec![ReportBlock::Text(about.programme.texts.contact.clone())] }
}

/// The receipt of version `version` (`form`), submitted at `submitted`.
pub fn receipt(about: &About<'_>, form: &ApplicationForm, version: i32, submitted: DateTime<Utc>) -> ReportDocument {
    let l = LOCALE;
    let plan = form.read().0;
    let arg = |v: String| FluentArg::Text(v);
    let intro = l.t_args(
        "letter-receipt-text",
        &[("title", arg(form.title.clone())), ("at", arg(at(l, submitted))), ("version", FluentArg::Number(i64::from(version)))],
    );
    let attachments = form.attachments.iter().map(|a| format!("{} ({})", a.requirement, a.name)).collect::<Vec<_>>().join("; ");
    let facts = vec![
        (l.t("letter-project"), form.title.clone()),
        (l.t("letter-call"), about.call.draft.title.clone()),
        (l.t("letter-version"), version.to_string()),
        (l.t("letter-received"), at(l, submitted)),
        (l.t("review-requested"), l.money(plan.requested)),
        (l.t("application-costs-total"), l.money(plan.total_costs())),
        (l.t("funding-attachments-label"), attachments),
        (l.t("letter-declarations"), form.declarations.join(" ")),
    ];
    let mut doc = head(about, &l.t("letter-receipt-title"), submitted);
    doc.sections = vec![
        ReportSection { heading: l.t("letter-receipt-heading"), blocks: vec![ReportBlock::Text(intro), ReportBlock::Facts(facts)] },
        ReportSection { heading: l.t("letter-next-heading"), blocks: vec![ReportBlock::Text(l.t("letter-receipt-next"))] },
        contact(about),
    ];
    doc
}

/// The decision letter of an approval with `grant`, issued `today`.
pub fn decision(about: &About<'_>, grant: &Grant, today: DateTime<Utc>) -> ReportDocument {
    let l = LOCALE;
    let arg = |v: String| FluentArg::Text(v);
    let form = &about.application.form;
    let submitted =
        about.application.submitted_at.map(|t| l.day(t.with_timezone(&chrono_tz::Europe::Berlin).date_naive())).unwrap_or_default();
    let words = domain::money_words::in_words(grant.granted, "de");
    let decision = l.t_args(
        "letter-decision-text",
        &[
            ("submitted", arg(submitted)),
            ("title", arg(form.title.clone())),
            ("amount", arg(l.money(grant.granted))),
            ("words", arg(words.clone())),
        ],
    );
    let dates: Vec<String> = grant.reporting_dates.iter().map(|d| l.day(*d)).collect();
    let mut facts = vec![
        (l.t("letter-recipient"), about.municipality.name.clone()),
        (l.t("letter-project"), form.title.clone()),
        (l.t("letter-purpose"), about.call.letter.purpose.clone()),
        (l.t("decision-granted-label"), l.money(grant.granted)),
        (l.t("letter-in-words"), words),
        (l.t("decision-period-label"), format!("{} – {}", l.day(grant.starts_on), l.day(grant.ends_on))),
        (l.t("decision-reporting-label"), dates.join(", ")),
    ];
    if !about.programme.texts.legal_basis.is_empty() {
        facts.push((l.t("letter-legal-basis"), about.programme.texts.legal_basis.clone()));
    }
    let final_report = dates.last().cloned().unwrap_or_default();
    let template = &about.call.letter;
    let mut conditions = Vec::new();
    if !template.conditions.is_empty() {
        conditions.push(ReportBlock::Text(template.conditions.clone()));
    }
    conditions.push(ReportBlock::Text(l.t_args("letter-reporting", &[("final", arg(final_report))])));
    if !grant.conditions.is_empty() {
        conditions.push(ReportBlock::Text(grant.conditions.clone()));
    }
    let mut doc = head(about, &l.t("letter-decision-title"), today);
    doc.sections = vec![
        ReportSection { heading: l.t("letter-decision-heading"), blocks: vec![ReportBlock::Text(decision), ReportBlock::Facts(facts)] },
        ReportSection { heading: l.t("decision-conditions-label"), blocks: conditions },
        ReportSection { heading: l.t("letter-remedy-heading"), blocks: vec![ReportBlock::Text(template.remedy.clone())] },
        contact(about),
    ];
    doc
}

/// Lays the letter out and stores its bytes (before the transaction that
/// records it; forget them if that fails).
pub async fn lay_out(state: &AppState, municipality: &Tenant, name: String, doc: ReportDocument) -> Result<Issued, AppError> {
    let documents = state.documents.clone();
    let bytes = lay_out_blocking(state, move || documents.report(&doc)).await?;
    let stored = state.files.put(municipality.scope.id().0, bytes.clone().into()).await.map_err(|e| AppError::Internal(e.to_string()))?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    Ok(Issued { name, bytes, key: stored.key, sha256 })
}

/// Records the letter as a file of the application and mails it to the
/// coordinators. Call inside the transaction of the step that issues it.
pub async fn record(
    db: &impl ConnectionTrait,
    state: &AppState,
    to: (&Tenant, &Application),
    issuer: UserId,
    letter: &Issued,
    mail: (&str, super::mails::Detail<'_>),
) -> Result<StoredFile, store::StoreError> {
    let (municipality, application) = to;
    let (mail_key, detail) = mail;
    let new = NewFile {
        slot: Slot::ApplicationLetter,
        file_type: FileType::Pdf,
        name: letter.name.clone(),
        storage_key: letter.key.clone(),
        size: letter.bytes.len() as u64,
        sha256: letter.sha256.clone(),
    };
    let file = store::files::record_pending(db, &municipality.scope, issuer, &new).await?;
    store::files::attach(db, &municipality.scope, issuer, Slot::ApplicationLetter, &[file.id], application.id, None).await?;
    let pdf = store::mail::Attachment { name: letter.name.clone(), content_type: "application/pdf".into(), body: letter.bytes.clone() };
    super::mails::to_coordinators(db, state, municipality, application, mail_key, detail, Some(&pdf)).await?;
    Ok(file)
}

/// The file name of a letter ("Zuwendungsbescheid 2-00017.pdf").
pub fn file_name(about: &About<'_>, kind_key: &str) -> String {
    format!("{} {}.pdf", LOCALE.t(kind_key), reference(about))
}

/// After a submission: lays out the receipt of the newest version, keeps it
/// with the application and mails it to the coordinators (in its own
/// transaction; when the layout fails the mail goes without it).
pub async fn send_receipt(state: &AppState, municipality: &Tenant, id: i64, issuer: UserId) -> Result<(), AppError> {
    let land = store::tenancy::state(&state.db).await?;
    let application = store::funding::applications::get(&state.db, &municipality.scope, id).await?.ok_or(AppError::NotFound)?;
    let call = store::funding::calls::get(&state.db, &land.scope, application.call).await?.ok_or(AppError::NotFound)?;
    let programme = store::funding::programmes::get(&state.db, &land.scope, call.programme).await?.ok_or(AppError::NotFound)?;
    let version = store::funding::applications::versions(&state.db, &municipality.scope, id).await?.pop().ok_or(AppError::NotFound)?;
    let about = About { land: &land, programme: &programme, call: &call, municipality, application: &application };
    let name = format!("{} {} ({}).pdf", LOCALE.t("letter-receipt-title"), reference(&about), version.number);
    let detail = version.number.to_string();
    let mail = ("mail-application-submitted", super::mails::Detail::Text(&detail));
    let letter = match lay_out(state, municipality, name, receipt(&about, &version.form, version.number, version.submitted_at)).await {
        Ok(letter) => Some(letter),
        Err(e) => {
            tracing::error!(error = %e, application = id, "could not lay out a receipt");
            None
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let recorded = match &letter {
        Some(letter) => record(&txn, state, (municipality, &application), issuer, letter, mail).await.map(|_| ()),
        None => super::mails::to_coordinators(&txn, state, municipality, &application, mail.0, mail.1, None).await,
    };
    match recorded {
        Ok(()) => txn.commit().await.map_err(store::StoreError::from)?,
        Err(e) => {
            crate::uploads::keep::forget(state, letter.into_iter().map(|l| l.key).collect()).await;
            return Err(e.into());
        }
    }
    Ok(())
}
