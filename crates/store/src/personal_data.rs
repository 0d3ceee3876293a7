//! What a person contributed, across all municipalities: for the download
//! of their own data (GDPR Art. 15 and 20). Only their own account's rows;
//! a deleted comment's text is gone and stays gone.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use crate::StoreResult;
use crate::entities::{comments, event_registrations, events, files, idea_supports, ideas, tenants};

#[derive(Debug, Clone, Serialize)]
pub struct OwnIdea {
    pub municipality: String,
    pub id: i64,
    pub title: String,
    pub text: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub withdrawn: bool,
    /// Why moderation hid it, if it did.
    pub hidden_by_moderation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnComment {
    pub municipality: String,
    pub idea: i64,
    pub text: Option<String>,
    pub created_at: DateTime<Utc>,
    pub deleted: bool,
    pub hidden_by_moderation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnSupport {
    pub municipality: String,
    pub idea: i64,
    pub title: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnFile {
    pub municipality: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnRegistration {
    pub municipality: String,
    pub event: String,
    pub starts_at: DateTime<Utc>,
    /// `registered` or `waiting`.
    pub placement: String,
    pub interpretation: Option<String>,
    pub sign_language: bool,
    pub childcare: bool,
    pub step_free: bool,
    pub note: String,
    pub registered_at: DateTime<Utc>,
    pub cancelled: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Contributions {
    pub ideas: Vec<OwnIdea>,
    pub comments: Vec<OwnComment>,
    pub supports: Vec<OwnSupport>,
    pub files: Vec<OwnFile>,
    pub event_registrations: Vec<OwnRegistration>,
}

/// Everything the person wrote, supported, uploaded or registered for,
/// oldest first (eight statements).
pub async fn contributions(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Contributions> {
    let own_ideas = ideas::Entity::find().filter(ideas::Column::AuthorId.eq(user.0)).order_by_asc(ideas::Column::Id).all(db).await?;
    let own_comments =
        comments::Entity::find().filter(comments::Column::AuthorId.eq(user.0)).order_by_asc(comments::Column::Id).all(db).await?;
    let supports = idea_supports::Entity::find()
        .filter(idea_supports::Column::UserId.eq(user.0))
        .order_by_asc(idea_supports::Column::Id)
        .all(db)
        .await?;
    let supported = ideas::Entity::find().filter(ideas::Column::Id.is_in(supports.iter().map(|s| s.idea_id))).all(db).await?;
    let uploads = files::Entity::find().filter(files::Column::UploaderId.eq(user.0)).order_by_asc(files::Column::Id).all(db).await?;
    let registrations = event_registrations::Entity::find()
        .filter(event_registrations::Column::UserId.eq(user.0))
        .order_by_asc(event_registrations::Column::Id)
        .all(db)
        .await?;
    let registered_for = events::Entity::find().filter(events::Column::Id.is_in(registrations.iter().map(|r| r.event_id))).all(db).await?;
    let places = tenants::Entity::find().all(db).await?;
    let name = |tenant: i64| places.iter().find(|t| t.id == tenant).map(|t| t.name.clone()).unwrap_or_default();
    Ok(Contributions {
        ideas: own_ideas
            .into_iter()
            .map(|i| OwnIdea {
                municipality: name(i.tenant_id),
                id: i.id,
                title: i.title,
                text: i.body_markdown,
                status: i.status,
                created_at: i.created_at,
                withdrawn: i.withdrawn_at.is_some(),
                hidden_by_moderation: i.hidden_reason,
            })
            .collect(),
        comments: own_comments
            .into_iter()
            .map(|c| OwnComment {
                municipality: name(c.tenant_id),
                idea: c.idea_id,
                deleted: c.deleted_at.is_some(),
                text: c.deleted_at.is_none().then_some(c.body_markdown),
                created_at: c.created_at,
                hidden_by_moderation: c.hidden_reason,
            })
            .collect(),
        supports: supports
            .into_iter()
            .filter_map(|s| {
                let idea = supported.iter().find(|i| i.id == s.idea_id)?;
                Some(OwnSupport { municipality: name(idea.tenant_id), idea: idea.id, title: idea.title.clone(), created_at: s.created_at })
            })
            .collect(),
        files: uploads
            .into_iter()
            .map(|f| OwnFile {
                municipality: name(f.tenant_id),
                name: f.name,
                content_type: f.file_type,
                size: f.byte_size,
                uploaded_at: f.created_at,
            })
            .collect(),
        event_registrations: registrations
            .into_iter()
            .filter_map(|r| {
                let event = registered_for.iter().find(|e| e.id == r.event_id)?;
                Some(OwnRegistration {
                    municipality: name(r.tenant_id),
                    event: event.title.clone(),
                    starts_at: event.starts_at,
                    placement: r.placement,
                    interpretation: r.interpretation,
                    sign_language: r.sign_language,
                    childcare: r.childcare,
                    step_free: r.step_free,
                    note: r.note,
                    registered_at: r.created_at,
                    cancelled: r.cancelled_at.is_some(),
                })
            })
            .collect(),
    })
}
