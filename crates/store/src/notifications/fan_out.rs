//! Writing notifications when something happens: one `INSERT … SELECT` from
//! the followers, however many there are, inside the action's transaction.

use domain::ids::UserId;
use domain::notifications::NotificationKind;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, UnionType};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, Set};

use crate::entities::{follows, idea_supports, ideas, measure_ideas, notifications};
use crate::tenancy::TenantScope;
use crate::{StoreResult, now};

use super::follows::Target;

/// What a notification points to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct About {
    pub process: Option<i64>,
    pub idea: Option<i64>,
    pub comment: Option<i64>,
    pub news: Option<i64>,
    pub measure: Option<i64>,
    pub consultation_comment: Option<i64>,
}

/// Tells every follower of `followed` about an event, except the people in
/// `except` (the one who acted, and anyone told more specifically).
pub async fn to_followers(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    followed: Target,
    kind: NotificationKind,
    about: About,
    except: &[UserId],
) -> StoreResult<()> {
    let mut select = Query::select();
    select
        .column(follows::Column::UserId)
        .from(follows::Entity)
        .and_where(follows::Column::TenantId.eq(scope.id().0))
        .and_where(follows::Column::UserId.is_not_in(except.iter().map(|u| u.0)));
    match followed {
        Target::Idea(id) => select.and_where(follows::Column::IdeaId.eq(id)),
        Target::Process(id) => select.and_where(follows::Column::ProcessId.eq(id)),
        Target::Measure(id) => select.and_where(follows::Column::MeasureId.eq(id)),
    };
    insert_for(db, select, scope, kind, about).await
}

/// Tells everyone who supports `idea` but does not follow it (followers
/// are told by [`to_followers`]), except the people in `except`.
pub async fn to_supporters(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    idea: i64,
    kind: NotificationKind,
    about: About,
    except: &[UserId],
) -> StoreResult<()> {
    let following =
        Query::select().column(follows::Column::UserId).from(follows::Entity).and_where(follows::Column::IdeaId.eq(idea)).to_owned();
    let mut select = Query::select();
    select
        .column(idea_supports::Column::UserId)
        .from(idea_supports::Entity)
        .and_where(idea_supports::Column::IdeaId.eq(idea))
        .and_where(idea_supports::Column::UserId.not_in_subquery(following))
        .and_where(idea_supports::Column::UserId.is_not_in(except.iter().map(|u| u.0)));
    insert_for(db, select, scope, kind, about).await
}

/// Tells everyone a measure matters to, once each: its followers, and the
/// authors, supporters and followers of the ideas it came from; except the
/// people in `except`.
pub async fn to_measure_audience(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    measure: i64,
    kind: NotificationKind,
    about: About,
    except: &[UserId],
) -> StoreResult<()> {
    let sources = || {
        Query::select()
            .column(measure_ideas::Column::IdeaId)
            .from(measure_ideas::Entity)
            .and_where(measure_ideas::Column::MeasureId.eq(measure))
            .to_owned()
    };
    let people = Query::select()
        .expr_as(Expr::col(follows::Column::UserId), Alias::new("person"))
        .from(follows::Entity)
        .and_where(follows::Column::MeasureId.eq(measure))
        .union(
            UnionType::Distinct,
            Query::select()
                .column(follows::Column::UserId)
                .from(follows::Entity)
                .and_where(follows::Column::IdeaId.in_subquery(sources()))
                .to_owned(),
        )
        .union(
            UnionType::Distinct,
            Query::select()
                .column(idea_supports::Column::UserId)
                .from(idea_supports::Entity)
                .and_where(idea_supports::Column::IdeaId.in_subquery(sources()))
                .to_owned(),
        )
        .union(
            UnionType::Distinct,
            Query::select()
                .column(ideas::Column::AuthorId)
                .from(ideas::Entity)
                .and_where(ideas::Column::Id.in_subquery(sources()))
                .and_where(ideas::Column::AuthorId.is_not_null())
                .to_owned(),
        )
        .to_owned();
    let mut select = Query::select();
    select
        .column((Alias::new("audience"), Alias::new("person")))
        .from_subquery(people, Alias::new("audience"))
        .and_where(Expr::col((Alias::new("audience"), Alias::new("person"))).is_not_in(except.iter().map(|u| u.0)));
    insert_for(db, select, scope, kind, about).await
}

/// Inserts one notification of `kind` about `about` for each user id that
/// `recipients` selects, in one `INSERT … SELECT`.
async fn insert_for(
    db: &impl ConnectionTrait,
    mut recipients: sea_orm::sea_query::SelectStatement,
    scope: &TenantScope,
    kind: NotificationKind,
    about: About,
) -> StoreResult<()> {
    recipients
        .expr(Expr::val(scope.id().0))
        .expr(Expr::val(kind.as_str()))
        .expr(Expr::val(about.process))
        .expr(Expr::val(about.idea))
        .expr(Expr::val(about.comment))
        .expr(Expr::val(about.news))
        .expr(Expr::val(about.measure))
        .expr(Expr::val(now()));
    let insert = Query::insert()
        .into_table(notifications::Entity)
        .columns([
            notifications::Column::UserId,
            notifications::Column::TenantId,
            notifications::Column::Kind,
            notifications::Column::ProcessId,
            notifications::Column::IdeaId,
            notifications::Column::CommentId,
            notifications::Column::NewsId,
            notifications::Column::MeasureId,
            notifications::Column::CreatedAt,
        ])
        .select_from(recipients)
        .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?
        .to_owned();
    db.execute(&insert).await?;
    Ok(())
}

/// Tells one person about an event.
pub async fn to_person(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    user: UserId,
    kind: NotificationKind,
    about: About,
) -> StoreResult<()> {
    notifications::ActiveModel {
        user_id: Set(user.0),
        tenant_id: Set(scope.id().0),
        kind: Set(kind.as_str().to_owned()),
        process_id: Set(about.process),
        idea_id: Set(about.idea),
        comment_id: Set(about.comment),
        news_id: Set(about.news),
        measure_id: Set(about.measure),
        consultation_comment_id: Set(about.consultation_comment),
        created_at: Set(now()),
        read_at: Set(None),
        mailed_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
