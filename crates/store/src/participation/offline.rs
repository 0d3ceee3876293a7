//! Ideas given offline — workshop cards, paper, phone — entered by a
//! coordinator: without an account behind them, with their source, the
//! event they were given at, and the person's name only with consent. They
//! are listed, searched and supported like any other idea.

use domain::ids::UserId;
use domain::participation::ideas::IdeaStatus;
use domain::participation::offline::{Card, Origin};
use domain::participation::search::index_text;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::entities::{events, ideas};
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::Target;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};
use domain::notifications::NotificationKind;

/// Stores the cards as ideas of the process, each with its rendered text,
/// in the order given, dated from the event they were given at (when it
/// has begun); audited as one entry. The event must belong to the
/// process. Call inside a write transaction.
pub async fn enter_ideas(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    entered_by: UserId,
    origin: &Origin,
    cards: &[(Card, String)],
) -> StoreResult<Vec<i64>> {
    crate::participation::processes::head_by_id(db, scope, process).await?.ok_or(StoreError::NotFound)?;
    // Ideas given at an event date from it (the phase they count in), the others from now.
    let mut given = now();
    if let Some(event) = origin.event {
        let found = events::Entity::find_by_id(event)
            .filter(events::Column::TenantId.eq(scope.id().0))
            .filter(events::Column::ProcessId.eq(process))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)?;
        given = given.min(found.starts_at);
    }
    let at = now();
    let mut ids = Vec::with_capacity(cards.len());
    for (card, body_html) in cards {
        let idea = ideas::ActiveModel {
            tenant_id: Set(scope.id().0),
            process_id: Set(process),
            author_id: Set(None),
            organisation_id: Set(None),
            title: Set(card.title.clone()),
            body_markdown: Set(card.body.clone()),
            body_html: Set(body_html.clone()),
            action_field_id: Set(card.action_field),
            neighbourhood_id: Set(card.neighbourhood),
            status: Set(IdeaStatus::Received.as_str().to_owned()),
            support_count: Set(0),
            comment_count: Set(0),
            search_text: Set(index_text(&[&card.title, &card.body])),
            source: Set(origin.source.as_str().to_owned()),
            source_note: Set(Some(card.note.clone()).filter(|n| !n.is_empty())),
            source_event_id: Set(origin.event),
            contributor_name: Set(card.contributor.clone()),
            consent_at: Set(card.contributor.as_ref().map(|_| at)),
            entered_by_id: Set(Some(entered_by.0)),
            created_at: Set(given),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(db)
        .await?;
        let about = About { process: Some(process), idea: Some(idea.id), ..Default::default() };
        fan_out::to_followers(db, scope, Target::Process(process), NotificationKind::NewIdea, about, &[entered_by]).await?;
        ids.push(idea.id);
    }
    super::ideas::ideas_changed(db, process).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(entered_by),
            tenant: Some(scope.id()),
            action: "participation.ideas.offline",
            subject: format!("process:{process}"),
            before: None,
            after: Some(serde_json::json!({
                "source": origin.source.as_str(),
                "event": origin.event,
                "ideas": ids,
                "with_name": cards.iter().filter(|(c, _)| c.contributor.is_some()).count(),
            })),
        },
    )
    .await?;
    Ok(ids)
}

/// The ideas given at an event, newest first (its results page).
pub async fn of_event(db: &impl ConnectionTrait, scope: &TenantScope, event: i64) -> StoreResult<Vec<super::ideas::IdeaSummary>> {
    use sea_orm::QueryOrder;
    let select = ideas::Entity::find()
        .filter(ideas::Column::TenantId.eq(scope.id().0))
        .filter(ideas::Column::SourceEventId.eq(event))
        .filter(ideas::Column::HiddenAt.is_null())
        .filter(ideas::Column::WithdrawnAt.is_null())
        .order_by_asc(ideas::Column::Id);
    let rows = super::ideas::SummaryRow::select(select).into_model::<super::ideas::SummaryRow>().all(db).await?;
    Ok(rows.into_iter().map(super::ideas::SummaryRow::into_summary).collect())
}

/// Adds a comment given offline to an idea of this tenant, counted like any
/// other; the idea's followers are told. Call inside a write transaction.
pub async fn enter_comment(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    idea: i64,
    entered_by: UserId,
    comment: &domain::participation::offline::OfflineComment,
    body_html: &str,
) -> StoreResult<i64> {
    use crate::entities::comments;
    use sea_orm::sea_query::{Expr, ExprTrait};
    ideas::Entity::find_by_id(idea).filter(ideas::Column::TenantId.eq(scope.id().0)).one(db).await?.ok_or(StoreError::NotFound)?;
    let at = now();
    let id = comments::ActiveModel {
        tenant_id: Set(scope.id().0),
        idea_id: Set(idea),
        parent_id: Set(None),
        author_id: Set(None),
        organisation_id: Set(None),
        body_markdown: Set(comment.body.clone()),
        body_html: Set(body_html.to_owned()),
        created_at: Set(at),
        source: Set(comment.source.as_str().to_owned()),
        source_note: Set(Some(comment.note.clone()).filter(|n| !n.is_empty())),
        contributor_name: Set(comment.contributor.clone()),
        consent_at: Set(comment.contributor.as_ref().map(|_| at)),
        entered_by_id: Set(Some(entered_by.0)),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let about = About { idea: Some(idea), comment: Some(id), ..Default::default() };
    fan_out::to_followers(db, scope, Target::Idea(idea), NotificationKind::Comment, about, &[entered_by]).await?;
    ideas::Entity::update_many()
        .col_expr(ideas::Column::CommentCount, Expr::col(ideas::Column::CommentCount).add(1))
        .filter(ideas::Column::Id.eq(idea))
        .exec(db)
        .await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(entered_by),
            tenant: Some(scope.id()),
            action: "participation.comment.offline",
            subject: format!("comment:{id}"),
            before: None,
            after: Some(serde_json::json!({ "idea": idea, "source": comment.source.as_str(), "with_name": comment.contributor.is_some() })),
        },
    )
    .await?;
    Ok(id)
}
