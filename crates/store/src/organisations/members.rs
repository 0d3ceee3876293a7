//! Members of an organisation and invitations by mail.

use super::*;

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
