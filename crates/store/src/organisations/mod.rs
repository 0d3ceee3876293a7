//! Organisations of a municipality: profiles, topics (the municipality's
//! action fields), verification by a coordinator, members and invitations,
//! and the public stakeholder directory with its counts.

use chrono::{DateTime, TimeDelta, Utc};
use domain::ids::UserId;
use domain::organisations::{INVITATION_DAYS, MemberRole, NewOrganisation, OrganisationKind};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationDef, Set,
};

use crate::entities::{action_fields, organisation_members, organisation_topics, organisations, processes, tenants, users};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

mod directory;
mod members;

pub use directory::{Directory, DirectoryFilter, directory};
pub use members::{
    Invitation, Member, Membership, accept_invitation, invite, members, memberships_of, peek_invitation, remove_member, role_of,
};

/// An organisation's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub kind: OrganisationKind,
    pub description_markdown: String,
    pub description_html: String,
    /// Empty when none was given.
    pub website: String,
    /// Empty when none was given. Shown to logged-in people only.
    pub contact_email: String,
    pub languages: String,
    pub topics: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// Set while the municipality vouches for the organisation.
    pub verified_at: Option<DateTime<Utc>>,
}

impl Organisation {
    pub fn is_verified(&self) -> bool {
        self.verified_at.is_some()
    }

    fn from_model(m: organisations::Model, topics: Vec<String>) -> Organisation {
        Organisation {
            id: m.id,
            kind: OrganisationKind::parse(&m.kind).unwrap_or(OrganisationKind::Other),
            name: m.name,
            description_markdown: m.description_markdown,
            description_html: m.description_html,
            website: m.website,
            contact_email: m.contact_email,
            languages: m.languages,
            topics,
            created_at: m.created_at,
            verified_at: m.verified_at,
        }
    }
}

fn topics_to_org() -> RelationDef {
    organisation_topics::Entity::belongs_to(organisations::Entity)
        .from(organisation_topics::Column::OrganisationId)
        .to(organisations::Column::Id)
        .into()
}

fn members_to_org() -> RelationDef {
    organisation_members::Entity::belongs_to(organisations::Entity)
        .from(organisation_members::Column::OrganisationId)
        .to(organisations::Column::Id)
        .into()
}

fn members_to_users() -> RelationDef {
    organisation_members::Entity::belongs_to(users::Entity).from(organisation_members::Column::UserId).to(users::Column::Id).into()
}

fn sort_topics(topics: &mut [String]) {
    topics.sort_by_cached_key(|t| domain::collation::sort_key(t));
}

/// Topics of these organisations (one statement), each list in alphabetical order.
async fn topics_of(db: &impl ConnectionTrait, ids: &[i64]) -> StoreResult<Vec<(i64, Vec<String>)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = organisation_topics::Entity::find()
        .filter(organisation_topics::Column::OrganisationId.is_in(ids.iter().copied()))
        .order_by_asc(organisation_topics::Column::Id)
        .all(db)
        .await?;
    let mut by_org: Vec<(i64, Vec<String>)> = ids.iter().map(|id| (*id, Vec::new())).collect();
    for row in rows {
        if let Some((_, list)) = by_org.iter_mut().find(|(id, _)| *id == row.organisation_id) {
            list.push(row.name);
        }
    }
    for (_, list) in &mut by_org {
        sort_topics(list);
    }
    Ok(by_org)
}

async fn with_topics(db: &impl ConnectionTrait, models: Vec<organisations::Model>) -> StoreResult<Vec<Organisation>> {
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let mut topics = topics_of(db, &ids).await?;
    Ok(models
        .into_iter()
        .map(|m| {
            let list = topics.iter_mut().find(|(id, _)| *id == m.id).map(|(_, l)| std::mem::take(l)).unwrap_or_default();
            Organisation::from_model(m, list)
        })
        .collect())
}

/// The organisation with this id in this municipality, verified or not (two statements).
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Organisation>> {
    let Some(model) = organisations::Entity::find_by_id(id).filter(organisations::Column::TenantId.eq(scope.id().0)).one(db).await? else {
        return Ok(None);
    };
    Ok(with_topics(db, vec![model]).await?.pop())
}

/// The organisation of this name in this municipality (for idempotent demo data).
pub async fn by_name(db: &impl ConnectionTrait, scope: &TenantScope, name: &str) -> StoreResult<Option<Organisation>> {
    let Some(model) = organisations::Entity::find()
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::Name.eq(name))
        .order_by_asc(organisations::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(with_topics(db, vec![model]).await?.pop())
}

/// The topics an organisation can choose: the distinct action fields of the
/// municipality's processes, in the order the first process lists them.
pub async fn topic_choices(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<String>> {
    let to_process: RelationDef =
        action_fields::Entity::belongs_to(processes::Entity).from(action_fields::Column::ProcessId).to(processes::Column::Id).into();
    let names: Vec<String> = action_fields::Entity::find()
        .select_only()
        .column(action_fields::Column::Name)
        .join(JoinType::InnerJoin, to_process)
        .filter(processes::Column::TenantId.eq(scope.id().0))
        .order_by_asc(action_fields::Column::ProcessId)
        .order_by_asc(action_fields::Column::Position)
        .order_by_asc(action_fields::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut distinct: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        if !distinct.contains(&name) {
            distinct.push(name);
        }
    }
    Ok(distinct)
}

fn profile_json(input: &NewOrganisation) -> serde_json::Value {
    serde_json::json!({
        "name": input.name,
        "kind": input.kind.as_str(),
        "website": input.website.as_ref().map(|w| w.as_str()),
        "languages": input.languages,
        "topics": input.topics,
    })
}

/// Replaces the organisation's topics. Call inside a transaction.
pub async fn set_topics(db: &impl ConnectionTrait, scope: &TenantScope, id: i64, topics: &[String]) -> StoreResult<()> {
    let exists = organisations::Entity::find_by_id(id).filter(organisations::Column::TenantId.eq(scope.id().0)).count(db).await? > 0;
    if !exists {
        return Err(StoreError::NotFound);
    }
    organisation_topics::Entity::delete_many().filter(organisation_topics::Column::OrganisationId.eq(id)).exec(db).await?;
    for topic in topics {
        organisation_topics::ActiveModel { organisation_id: Set(id), name: Set(topic.clone()), ..Default::default() }.insert(db).await?;
    }
    Ok(())
}

/// Registers an organisation, not yet verified; its creator becomes its
/// admin. Writes the audit entry. Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    creator: Option<UserId>,
    input: &NewOrganisation,
    description_html: &str,
) -> StoreResult<i64> {
    let at = now();
    let model = organisations::ActiveModel {
        tenant_id: Set(scope.id().0),
        name: Set(input.name.clone()),
        kind: Set(input.kind.as_str().to_owned()),
        description_markdown: Set(input.description.clone()),
        description_html: Set(description_html.to_owned()),
        website: Set(input.website.as_ref().map(|w| w.as_str().to_owned()).unwrap_or_default()),
        contact_email: Set(input.contact_email.clone()),
        languages: Set(input.languages.clone()),
        created_by: Set(creator.map(|u| u.0)),
        created_at: Set(at),
        updated_at: Set(at),
        verified_at: Set(None),
        verified_by: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    set_topics(db, scope, model.id, &input.topics).await?;
    if let Some(creator) = creator {
        organisation_members::ActiveModel {
            organisation_id: Set(model.id),
            user_id: Set(Some(creator.0)),
            role: Set(MemberRole::Admin.as_str().to_owned()),
            invited_email: Set(None),
            invite_token_hash: Set(None),
            invited_at: Set(at),
            joined_at: Set(Some(at)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    audit::record(
        db,
        audit::Entry {
            actor: creator,
            tenant: Some(scope.id()),
            action: "organisations.organisation.create",
            subject: format!("organisation:{}", model.id),
            before: None,
            after: Some(profile_json(input)),
        },
    )
    .await?;
    Ok(model.id)
}

/// Changes the profile and writes the audit entry. Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    id: i64,
    actor: Option<UserId>,
    input: &NewOrganisation,
    description_html: &str,
) -> StoreResult<()> {
    let before = get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    organisations::Entity::update_many()
        .col_expr(organisations::Column::Name, Expr::value(input.name.clone()))
        .col_expr(organisations::Column::Kind, Expr::value(input.kind.as_str()))
        .col_expr(organisations::Column::DescriptionMarkdown, Expr::value(input.description.clone()))
        .col_expr(organisations::Column::DescriptionHtml, Expr::value(description_html))
        .col_expr(organisations::Column::Website, Expr::value(input.website.as_ref().map(|w| w.as_str()).unwrap_or_default()))
        .col_expr(organisations::Column::ContactEmail, Expr::value(input.contact_email.clone()))
        .col_expr(organisations::Column::Languages, Expr::value(input.languages.clone()))
        .col_expr(organisations::Column::UpdatedAt, Expr::value(now()))
        .filter(organisations::Column::Id.eq(id))
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .exec(db)
        .await?;
    set_topics(db, scope, id, &input.topics).await?;
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: "organisations.organisation.update",
            subject: format!("organisation:{id}"),
            before: Some(serde_json::json!({
                "name": before.name,
                "kind": before.kind.as_str(),
                "website": before.website,
                "languages": before.languages,
                "topics": before.topics,
            })),
            after: Some(profile_json(input)),
        },
    )
    .await
}

/// Every organisation of the municipality for the coordinator: those waiting
/// for verification first, oldest first; then the verified ones by name
/// (two statements).
pub async fn for_review(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<Organisation>> {
    let models = organisations::Entity::find()
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .order_by_asc(organisations::Column::CreatedAt)
        .order_by_asc(organisations::Column::Id)
        .all(db)
        .await?;
    let mut list = with_topics(db, models).await?;
    list.sort_by_cached_key(|o| (o.is_verified(), if o.is_verified() { domain::collation::sort_key(&o.name) } else { String::new() }));
    Ok(list)
}

/// Verifies an organisation or withdraws its verification, with an audit
/// entry; nothing happens when it already is in that state. Call inside a
/// write transaction.
pub async fn set_verified(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    id: i64,
    actor: Option<UserId>,
    verified: bool,
) -> StoreResult<()> {
    let model = organisations::Entity::find_by_id(id)
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    if model.verified_at.is_some() == verified {
        return Ok(());
    }
    let at = now();
    organisations::Entity::update_many()
        .col_expr(organisations::Column::VerifiedAt, Expr::value(verified.then_some(at)))
        .col_expr(organisations::Column::VerifiedBy, Expr::value(actor.filter(|_| verified).map(|u| u.0)))
        .filter(organisations::Column::Id.eq(id))
        .exec(db)
        .await?;
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: if verified { "organisations.organisation.verify" } else { "organisations.organisation.unverify" },
            subject: format!("organisation:{id}"),
            before: Some(serde_json::json!({ "verified": !verified })),
            after: Some(serde_json::json!({ "verified": verified })),
        },
    )
    .await
}
