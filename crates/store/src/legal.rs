//! Legal pages per tenant: Impressum, Datenschutzerklärung, Erklärung zur
//! Barrierefreiheit. Stored as Markdown; rendered and sanitised by the web layer.

use domain::ids::UserId;
use domain::legal::LegalPageKind;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::entities::legal_pages;
use crate::tenancy::TenantScope;
use crate::{StoreResult, audit, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalPage {
    pub kind: LegalPageKind,
    pub body_markdown: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The page of this kind in this tenant, if one was written.
pub async fn page(db: &impl ConnectionTrait, scope: &TenantScope, kind: LegalPageKind) -> StoreResult<Option<LegalPage>> {
    Ok(legal_pages::Entity::find()
        .filter(legal_pages::Column::TenantId.eq(scope.id().0))
        .filter(legal_pages::Column::Kind.eq(kind.slug()))
        .one(db)
        .await?
        .map(|m| LegalPage { kind, body_markdown: m.body_markdown, updated_at: m.updated_at }))
}

/// Writes the page (creating or replacing it) and its audit-log entry.
/// Call inside a transaction.
pub async fn save(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    kind: LegalPageKind,
    body_markdown: &str,
    actor: Option<UserId>,
) -> StoreResult<()> {
    let existing = legal_pages::Entity::find()
        .filter(legal_pages::Column::TenantId.eq(scope.id().0))
        .filter(legal_pages::Column::Kind.eq(kind.slug()))
        .one(db)
        .await?;
    let before = existing.as_ref().map(|m| serde_json::json!({ "body_markdown": m.body_markdown }));
    match existing {
        Some(model) => {
            let mut active: legal_pages::ActiveModel = model.into();
            active.body_markdown = Set(body_markdown.to_owned());
            active.updated_at = Set(now());
            active.updated_by = Set(actor.map(|u| u.0));
            active.update(db).await?;
        }
        None => {
            legal_pages::ActiveModel {
                tenant_id: Set(scope.id().0),
                kind: Set(kind.slug().to_owned()),
                body_markdown: Set(body_markdown.to_owned()),
                updated_at: Set(now()),
                updated_by: Set(actor.map(|u| u.0)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: "legal.page.save",
            subject: format!("legal:{}", kind.slug()),
            before,
            after: Some(serde_json::json!({ "body_markdown": body_markdown })),
        },
    )
    .await
}
