//! A person's notifications: the list with links, the unread count in the
//! header, marking them read.

use domain::ids::UserId;
use domain::notifications::NotificationKind;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::Notification;
use crate::entities::{comments, concept_versions, consultation_comments, ideas, measures, news_posts, notifications, processes, tenants};
use crate::{StoreResult, now};

/// One page of a person's notifications, newest first, and their total.
pub async fn list(db: &impl ConnectionTrait, user: UserId, page: u64, per_page: u64) -> StoreResult<(Vec<Notification>, u64)> {
    let base = notifications::Entity::find().filter(notifications::Column::UserId.eq(user.0));
    let total = base.clone().count(db).await?;
    let rows = base
        .order_by_desc(notifications::Column::CreatedAt)
        .order_by_desc(notifications::Column::Id)
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((resolve(db, rows).await?, total))
}

/// How many notifications the person has not seen yet.
pub async fn unread_count(db: &impl ConnectionTrait, user: UserId) -> StoreResult<u64> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks every notification of the person as read.
pub async fn mark_all_read(db: &impl ConnectionTrait, user: UserId) -> StoreResult<u64> {
    let updated = notifications::Entity::update_many()
        .col_expr(notifications::Column::ReadAt, Expr::value(now()))
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected)
}

fn is_moderation(kind: &str) -> bool {
    matches!(NotificationKind::parse(kind), Some(NotificationKind::Hidden | NotificationKind::Restored))
}

/// Adds the titles and slugs to notification rows (one statement per kind
/// of object, whatever the number of rows). Rows whose objects are gone or
/// hidden are left out.
pub(super) async fn resolve(db: &impl ConnectionTrait, rows: Vec<notifications::Model>) -> StoreResult<Vec<Notification>> {
    let idea_ids: Vec<i64> = rows.iter().filter_map(|n| n.idea_id).collect();
    let ideas = ideas::Entity::find().filter(ideas::Column::Id.is_in(idea_ids)).all(db).await?;
    let merged_ids: Vec<i64> = ideas.iter().filter_map(|i| i.merged_into_id).collect();
    let merged = ideas::Entity::find().filter(ideas::Column::Id.is_in(merged_ids)).all(db).await?;
    let mut process_ids: Vec<i64> = rows.iter().filter_map(|n| n.process_id).collect();
    process_ids.extend(ideas.iter().map(|i| i.process_id));
    let processes = processes::Entity::find().filter(processes::Column::Id.is_in(process_ids)).all(db).await?;
    let news_ids: Vec<i64> = rows.iter().filter_map(|n| n.news_id).collect();
    let news = news_posts::Entity::find().filter(news_posts::Column::Id.is_in(news_ids)).all(db).await?;
    let measure_ids: Vec<i64> = rows.iter().filter_map(|n| n.measure_id).collect();
    let measures = if measure_ids.is_empty() {
        Vec::new()
    } else {
        measures::Entity::find().filter(measures::Column::Id.is_in(measure_ids)).all(db).await?
    };
    let consultation_ids: Vec<i64> = rows.iter().filter_map(|n| n.consultation_comment_id).collect();
    let consultation: Vec<(i64, i32, String)> = if consultation_ids.is_empty() {
        Vec::new()
    } else {
        consultation_comments::Entity::find()
            .select_only()
            .column(consultation_comments::Column::Id)
            .column(concept_versions::Column::Number)
            .column(consultation_comments::Column::Paragraph)
            .join(
                sea_orm::JoinType::InnerJoin,
                consultation_comments::Entity::belongs_to(concept_versions::Entity)
                    .from(consultation_comments::Column::VersionId)
                    .to(concept_versions::Column::Id)
                    .into(),
            )
            .filter(consultation_comments::Column::Id.is_in(consultation_ids))
            .into_tuple()
            .all(db)
            .await?
    };
    let tenant_ids: Vec<i64> = rows.iter().map(|n| n.tenant_id).collect();
    let tenants = tenants::Entity::find().filter(tenants::Column::Id.is_in(tenant_ids)).all(db).await?;
    // Moderation notices about comments name the reason; their comments are read only when there are any.
    let moderated: Vec<i64> = rows.iter().filter(|n| is_moderation(&n.kind)).filter_map(|n| n.comment_id).collect();
    let moderated_comments = if moderated.is_empty() {
        Vec::new()
    } else {
        comments::Entity::find().filter(comments::Column::Id.is_in(moderated)).all(db).await?
    };

    Ok(rows
        .into_iter()
        .filter_map(|n| {
            let kind = NotificationKind::parse(&n.kind)?;
            let tenant = tenants.iter().find(|t| t.id == n.tenant_id)?;
            // The author is told about their hidden content; everyone else sees nothing of it.
            let moderation = is_moderation(&n.kind);
            let idea = match n.idea_id {
                Some(id) => Some(ideas.iter().find(|i| i.id == id && (i.hidden_at.is_none() || moderation))?),
                None => None,
            };
            let hidden_reason = match (moderation, n.comment_id) {
                (false, _) => None,
                (true, Some(c)) => moderated_comments.iter().find(|m| m.id == c).and_then(|m| m.hidden_reason.clone()),
                (true, None) => idea.and_then(|i| i.hidden_reason.clone()),
            };
            let process_id = n.process_id.or(idea.map(|i| i.process_id));
            let process = process_id.and_then(|id| processes.iter().find(|p| p.id == id));
            let news = match n.news_id {
                Some(id) => Some(news.iter().find(|p| p.id == id)?),
                None => None,
            };
            let merged_into = idea.and_then(|i| i.merged_into_id).and_then(|id| merged.iter().find(|m| m.id == id));
            let measure = match n.measure_id {
                Some(id) => Some(measures.iter().find(|m| m.id == id)?),
                None => None,
            };
            let consultation = match n.consultation_comment_id {
                Some(id) => Some(consultation.iter().find(|c| c.0 == id).map(|(id, number, paragraph)| (*number, paragraph.clone(), *id))?),
                None => None,
            };
            Some(Notification {
                id: n.id,
                kind,
                created_at: n.created_at,
                read: n.read_at.is_some(),
                tenant_slug: tenant.slug.clone(),
                tenant_name: tenant.name.clone(),
                process: process.map(|p| (p.slug.clone(), p.title.clone())),
                idea: idea.map(|i| (i.id, i.title.clone())),
                comment: n.comment_id,
                news: news.map(|p| (p.id, p.title.clone())),
                merged_into: merged_into.map(|m| (m.id, m.title.clone())),
                hidden_reason,
                measure: measure.map(|m| (m.id, m.number, m.title.clone())),
                consultation,
            })
        })
        .collect())
}
