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

/// What the directory is filtered by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub kind: Option<OrganisationKind>,
    pub topic: Option<String>,
}

/// One page of the stakeholder directory with the counts per filter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub items: Vec<Organisation>,
    /// Organisations matching the filter.
    pub total: u64,
    /// Per kind: matching organisations if that kind were chosen (the topic filter applies).
    pub kinds: Vec<(OrganisationKind, u64)>,
    /// Per topic: matching organisations if that topic were chosen (the kind
    /// filter applies), in alphabetical order.
    pub topics: Vec<(String, u64)>,
}

/// The verified organisations of a municipality, filtered, in German
/// alphabetical order, one page of `per_page` (pages count from 1). At most
/// five statements, however many organisations there are.
pub async fn directory(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    filter: &DirectoryFilter,
    page: u64,
    per_page: u64,
) -> StoreResult<Directory> {
    // Id, name and kind of every candidate: sorted here, because the
    // databases collate names differently; the kind counts come from it too.
    let mut candidates = organisations::Entity::find()
        .select_only()
        .columns([organisations::Column::Id, organisations::Column::Name, organisations::Column::Kind])
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null());
    if let Some(topic) = &filter.topic {
        candidates = candidates.filter(
            organisations::Column::Id.in_subquery(
                Query::select()
                    .column(organisation_topics::Column::OrganisationId)
                    .from(organisation_topics::Entity)
                    .and_where(organisation_topics::Column::Name.eq(topic.as_str()))
                    .to_owned(),
            ),
        );
    }
    let candidates: Vec<(i64, String, String)> = candidates.into_tuple().all(db).await?;
    let kinds = OrganisationKind::ALL
        .into_iter()
        .map(|kind| (kind, candidates.iter().filter(|(_, _, k)| k == kind.as_str()).count() as u64))
        .collect();
    let mut matching: Vec<(String, i64)> = candidates
        .into_iter()
        .filter(|(_, _, k)| filter.kind.is_none_or(|kind| kind.as_str() == k))
        .map(|(id, name, _)| (domain::collation::sort_key(&name), id))
        .collect();
    matching.sort();
    let total = matching.len() as u64;
    let start = usize::try_from(page.saturating_sub(1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let page_ids: Vec<i64> = matching.iter().skip(start).take(usize::try_from(per_page).unwrap_or(usize::MAX)).map(|(_, id)| *id).collect();

    let items = if page_ids.is_empty() {
        Vec::new()
    } else {
        let models = organisations::Entity::find().filter(organisations::Column::Id.is_in(page_ids.iter().copied())).all(db).await?;
        let mut list = with_topics(db, models).await?;
        list.sort_by_key(|o| page_ids.iter().position(|id| *id == o.id));
        list
    };

    let mut topic_counts = organisation_topics::Entity::find()
        .select_only()
        .column(organisation_topics::Column::Name)
        .column_as(Expr::col((organisation_topics::Entity, organisation_topics::Column::OrganisationId)).count_distinct(), "n")
        .join(JoinType::InnerJoin, topics_to_org())
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null())
        .group_by(organisation_topics::Column::Name);
    if let Some(kind) = filter.kind {
        topic_counts = topic_counts.filter(organisations::Column::Kind.eq(kind.as_str()));
    }
    let mut topics: Vec<(String, u64)> = topic_counts
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(name, n)| (name, u64::try_from(n).unwrap_or(0)))
        .collect();
    topics.sort_by_cached_key(|(name, _)| domain::collation::sort_key(name));
    Ok(Directory { items, total, kinds, topics })
}

/// A member of an organisation, or an invitation not yet accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub user: Option<UserId>,
    /// Display name; empty for an invitation or a deleted account.
    pub name: String,
    /// The account's address, or the invited address.
    pub email: String,
    pub role: MemberRole,
    pub invited_at: DateTime<Utc>,
    pub joined_at: Option<DateTime<Utc>>,
    pub account_deleted: bool,
}

impl Member {
    pub fn is_pending(&self) -> bool {
        self.joined_at.is_none()
    }
}

#[derive(FromQueryResult)]
struct MemberRow {
    id: i64,
    user_id: Option<i64>,
    role: String,
    invited_email: Option<String>,
    invited_at: DateTime<Utc>,
    joined_at: Option<DateTime<Utc>>,
    display_name: Option<String>,
    email: Option<String>,
    deleted_at: Option<DateTime<Utc>>,
}

/// Members and open invitations of an organisation of this municipality:
/// admins first, then by name (one statement).
pub async fn members(db: &impl ConnectionTrait, scope: &TenantScope, organisation: i64) -> StoreResult<Vec<Member>> {
    let rows = organisation_members::Entity::find()
        .select_only()
        .columns([
            organisation_members::Column::Id,
            organisation_members::Column::UserId,
            organisation_members::Column::Role,
            organisation_members::Column::InvitedEmail,
            organisation_members::Column::InvitedAt,
            organisation_members::Column::JoinedAt,
        ])
        .column_as(users::Column::DisplayName, "display_name")
        .column_as(users::Column::Email, "email")
        .column_as(users::Column::DeletedAt, "deleted_at")
        .join(JoinType::InnerJoin, members_to_org())
        .join(JoinType::LeftJoin, members_to_users())
        .filter(organisation_members::Column::OrganisationId.eq(organisation))
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .order_by_asc(organisation_members::Column::Id)
        .into_model::<MemberRow>()
        .all(db)
        .await?;
    let mut list: Vec<Member> = rows
        .into_iter()
        .map(|row| Member {
            id: row.id,
            user: row.user_id.map(UserId),
            name: row.display_name.unwrap_or_default(),
            email: row.email.or(row.invited_email).unwrap_or_default(),
            role: MemberRole::parse(&row.role).unwrap_or(MemberRole::Member),
            invited_at: row.invited_at,
            joined_at: row.joined_at,
            account_deleted: row.deleted_at.is_some(),
        })
        .collect();
    list.sort_by_cached_key(|m| (m.role != MemberRole::Admin, m.is_pending(), domain::collation::sort_key(&m.name), m.id));
    Ok(list)
}

/// The role `user` holds in the organisation (only once they have joined).
pub async fn role_of(db: &impl ConnectionTrait, scope: &TenantScope, organisation: i64, user: UserId) -> StoreResult<Option<MemberRole>> {
    let role: Option<String> = organisation_members::Entity::find()
        .select_only()
        .column(organisation_members::Column::Role)
        .join(JoinType::InnerJoin, members_to_org())
        .filter(organisation_members::Column::OrganisationId.eq(organisation))
        .filter(organisation_members::Column::UserId.eq(user.0))
        .filter(organisation_members::Column::JoinedAt.is_not_null())
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .into_tuple()
        .one(db)
        .await?;
    Ok(role.and_then(|r| MemberRole::parse(&r)))
}

/// Locks the organisation row until the transaction ends (PostgreSQL; SQLite
/// holds the write lock already), so that member changes happen one by one.
async fn lock(db: &impl ConnectionTrait, scope: &TenantScope, organisation: i64) -> StoreResult<organisations::Model> {
    organisations::Entity::find_by_id(organisation)
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Invites `email` with `role`; only the hash of `token` is stored. A second
/// invitation to the same address replaces the first (and its link).
/// `Conflict("organisation-already-member")` when the address's account is a
/// member already. Call inside a write transaction.
pub async fn invite(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    organisation: i64,
    actor: Option<UserId>,
    email: &str,
    role: MemberRole,
    token: &str,
) -> StoreResult<()> {
    lock(db, scope, organisation).await?;
    let email = crate::accounts::normalise_email(email);
    let existing = members(db, scope, organisation).await?;
    if existing.iter().any(|m| !m.is_pending() && !m.account_deleted && m.email == email) {
        return Err(StoreError::Conflict("organisation-already-member"));
    }
    let at = now();
    let hash = crate::sessions::hash_token(token);
    match existing.iter().find(|m| m.is_pending() && m.email == email) {
        Some(pending) => {
            organisation_members::Entity::update_many()
                .col_expr(organisation_members::Column::Role, Expr::value(role.as_str()))
                .col_expr(organisation_members::Column::InviteTokenHash, Expr::value(hash))
                .col_expr(organisation_members::Column::InvitedAt, Expr::value(at))
                .filter(organisation_members::Column::Id.eq(pending.id))
                .exec(db)
                .await?;
        }
        None => {
            organisation_members::ActiveModel {
                organisation_id: Set(organisation),
                user_id: Set(None),
                role: Set(role.as_str().to_owned()),
                invited_email: Set(Some(email)),
                invite_token_hash: Set(Some(hash)),
                invited_at: Set(at),
                joined_at: Set(None),
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
            action: "organisations.member.invite",
            subject: format!("organisation:{organisation}"),
            before: None,
            after: Some(serde_json::json!({ "role": role.as_str() })),
        },
    )
    .await
}

/// An invitation whose link still works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub member_id: i64,
    pub organisation: i64,
    pub organisation_name: String,
    /// The address the invitation went to.
    pub email: String,
    pub role: MemberRole,
}

/// Looks an invitation up by its link's token (not used, not older than
/// [`INVITATION_DAYS`], of an organisation of this municipality).
pub async fn peek_invitation(db: &impl ConnectionTrait, scope: &TenantScope, token: &str) -> StoreResult<Option<Invitation>> {
    let row: Option<(i64, i64, String, Option<String>, String)> = organisation_members::Entity::find()
        .select_only()
        .columns([organisation_members::Column::Id, organisation_members::Column::OrganisationId])
        .column_as(organisations::Column::Name, "organisation_name")
        .column(organisation_members::Column::InvitedEmail)
        .column(organisation_members::Column::Role)
        .join(JoinType::InnerJoin, members_to_org())
        .filter(organisation_members::Column::InviteTokenHash.eq(crate::sessions::hash_token(token)))
        .filter(organisation_members::Column::UserId.is_null())
        .filter(organisation_members::Column::InvitedAt.gt(now() - TimeDelta::days(INVITATION_DAYS)))
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .into_tuple()
        .one(db)
        .await?;
    Ok(row.map(|(member_id, organisation, organisation_name, email, role)| Invitation {
        member_id,
        organisation,
        organisation_name,
        email: email.unwrap_or_default(),
        role: MemberRole::parse(&role).unwrap_or(MemberRole::Member),
    }))
}

/// Accepts an invitation for `user`: works once, however many requests race
/// for it. Someone who is a member already keeps their membership and the
/// invitation goes. Returns the organisation. Call inside a write transaction.
pub async fn accept_invitation(db: &impl ConnectionTrait, scope: &TenantScope, token: &str, user: UserId) -> StoreResult<Option<i64>> {
    let Some(invitation) = peek_invitation(db, scope, token).await? else { return Ok(None) };
    lock(db, scope, invitation.organisation).await?;
    let hash = crate::sessions::hash_token(token);
    let still_open = |q: sea_orm::Condition| {
        q.add(organisation_members::Column::Id.eq(invitation.member_id))
            .add(organisation_members::Column::InviteTokenHash.eq(hash.clone()))
            .add(organisation_members::Column::UserId.is_null())
    };
    let taken = if role_of(db, scope, invitation.organisation, user).await?.is_some() {
        organisation_members::Entity::delete_many().filter(still_open(sea_orm::Condition::all())).exec(db).await?.rows_affected
    } else {
        organisation_members::Entity::update_many()
            .col_expr(organisation_members::Column::UserId, Expr::value(user.0))
            .col_expr(organisation_members::Column::JoinedAt, Expr::value(now()))
            .col_expr(organisation_members::Column::InviteTokenHash, Expr::value(Option::<String>::None))
            .filter(still_open(sea_orm::Condition::all()))
            .exec(db)
            .await?
            .rows_affected
    };
    if taken != 1 {
        return Ok(None);
    }
    audit::record(
        db,
        audit::Entry {
            actor: Some(user),
            tenant: Some(scope.id()),
            action: "organisations.member.join",
            subject: format!("organisation:{}", invitation.organisation),
            before: None,
            after: Some(serde_json::json!({ "role": invitation.role.as_str() })),
        },
    )
    .await?;
    Ok(Some(invitation.organisation))
}

/// Removes a member or withdraws an invitation, with an audit entry.
/// `Conflict("organisation-last-admin")` when it is the last admin with a
/// working account. Call inside a write transaction.
pub async fn remove_member(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    organisation: i64,
    member_id: i64,
    actor: Option<UserId>,
) -> StoreResult<Member> {
    lock(db, scope, organisation).await?;
    let all = members(db, scope, organisation).await?;
    let member = all.iter().find(|m| m.id == member_id).cloned().ok_or(StoreError::NotFound)?;
    let active_admin = |m: &Member| m.role == MemberRole::Admin && !m.is_pending() && !m.account_deleted;
    if active_admin(&member) && !all.iter().any(|m| m.id != member.id && active_admin(m)) {
        return Err(StoreError::Conflict("organisation-last-admin"));
    }
    organisation_members::Entity::delete_by_id(member.id).exec(db).await?;
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: "organisations.member.remove",
            subject: format!("organisation:{organisation}"),
            before: Some(serde_json::json!({
                "member": member.id,
                "user": member.user.map(|u| u.0),
                "role": member.role.as_str(),
                "pending": member.is_pending(),
            })),
            after: None,
        },
    )
    .await?;
    Ok(member)
}

/// An organisation someone is a member of, with its municipality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub organisation: i64,
    pub name: String,
    pub role: MemberRole,
    pub verified: bool,
    pub municipality_slug: String,
    pub municipality_name: String,
}

#[derive(FromQueryResult)]
struct MembershipRow {
    organisation_id: i64,
    organisation_name: String,
    role: String,
    verified_at: Option<DateTime<Utc>>,
    tenant_slug: String,
    tenant_name: String,
}

/// The organisations `user` has joined, in every municipality (one statement).
pub async fn memberships_of(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<Membership>> {
    let org_to_tenant: RelationDef =
        organisations::Entity::belongs_to(tenants::Entity).from(organisations::Column::TenantId).to(tenants::Column::Id).into();
    let rows = organisation_members::Entity::find()
        .select_only()
        .column(organisation_members::Column::OrganisationId)
        .column_as(organisations::Column::Name, "organisation_name")
        .column(organisation_members::Column::Role)
        .column(organisations::Column::VerifiedAt)
        .column_as(tenants::Column::Slug, "tenant_slug")
        .column_as(tenants::Column::Name, "tenant_name")
        .join(JoinType::InnerJoin, members_to_org())
        .join(JoinType::InnerJoin, org_to_tenant)
        .filter(organisation_members::Column::UserId.eq(user.0))
        .filter(organisation_members::Column::JoinedAt.is_not_null())
        .order_by_asc(organisation_members::Column::Id)
        .into_model::<MembershipRow>()
        .all(db)
        .await?;
    let mut list: Vec<Membership> = rows
        .into_iter()
        .map(|row| Membership {
            organisation: row.organisation_id,
            name: row.organisation_name,
            role: MemberRole::parse(&row.role).unwrap_or(MemberRole::Member),
            verified: row.verified_at.is_some(),
            municipality_slug: row.tenant_slug,
            municipality_name: row.tenant_name,
        })
        .collect();
    list.sort_by_cached_key(|m| domain::collation::sort_key(&m.name));
    Ok(list)
}
