//! News posts on a process. Publishing tells the process's followers.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use domain::notifications::NotificationKind;
use domain::participation::news::NewsPost;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entities::news_posts;
use crate::notifications::fan_out::{self, About};
use crate::notifications::follows::Target;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct News {
    pub id: i64,
    pub process_id: i64,
    pub title: String,
    pub body_markdown: String,
    pub body_html: String,
    pub published_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<news_posts::Model> for News {
    fn from(m: news_posts::Model) -> Self {
        News {
            id: m.id,
            process_id: m.process_id,
            title: m.title,
            body_markdown: m.body_markdown,
            body_html: m.body_html,
            published_at: m.published_at,
            updated_at: m.updated_at,
        }
    }
}

/// Publishes a post and tells the process's followers. Call inside a write
/// transaction.
pub async fn publish(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    author: UserId,
    post: &NewsPost,
    body_html: &str,
) -> StoreResult<i64> {
    let at = now();
    let model = news_posts::ActiveModel {
        tenant_id: Set(scope.id().0),
        process_id: Set(process),
        author_id: Set(Some(author.0)),
        title: Set(post.title.clone()),
        body_markdown: Set(post.body.clone()),
        body_html: Set(body_html.to_owned()),
        published_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let about = About { process: Some(process), news: Some(model.id), ..Default::default() };
    fan_out::to_followers(db, scope, Target::Process(process), NotificationKind::News, about, &[author]).await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(author),
            tenant: Some(scope.id()),
            action: "participation.news.publish",
            subject: format!("news:{}", model.id),
            before: None,
            after: Some(serde_json::json!({ "title": post.title, "text": post.body })),
        },
    )
    .await?;
    Ok(model.id)
}

/// Changes a post (followers are not told again).
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    post: &NewsPost,
    body_html: &str,
) -> StoreResult<()> {
    let before = get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    news_posts::ActiveModel {
        id: Set(id),
        title: Set(post.title.clone()),
        body_markdown: Set(post.body.clone()),
        body_html: Set(body_html.to_owned()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    audit::record(
        db,
        audit::Entry {
            actor: Some(actor),
            tenant: Some(scope.id()),
            action: "participation.news.update",
            subject: format!("news:{id}"),
            before: Some(serde_json::json!({ "title": before.title, "text": before.body_markdown })),
            after: Some(serde_json::json!({ "title": post.title, "text": post.body })),
        },
    )
    .await
}

pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<News>> {
    Ok(news_posts::Entity::find_by_id(id).filter(news_posts::Column::TenantId.eq(scope.id().0)).one(db).await?.map(News::from))
}

/// A process's posts, newest first: one page and the total.
pub async fn for_process(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    page: u64,
    per_page: u64,
) -> StoreResult<(Vec<News>, u64)> {
    let base =
        news_posts::Entity::find().filter(news_posts::Column::TenantId.eq(scope.id().0)).filter(news_posts::Column::ProcessId.eq(process));
    let total = base.clone().count(db).await?;
    let rows = base
        .order_by_desc(news_posts::Column::PublishedAt)
        .order_by_desc(news_posts::Column::Id)
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((rows.into_iter().map(News::from).collect(), total))
}

/// The newest `n` posts of a process (one statement).
pub async fn latest(db: &impl ConnectionTrait, scope: &TenantScope, process: i64, n: u64) -> StoreResult<Vec<News>> {
    let rows = news_posts::Entity::find()
        .filter(news_posts::Column::TenantId.eq(scope.id().0))
        .filter(news_posts::Column::ProcessId.eq(process))
        .order_by_desc(news_posts::Column::PublishedAt)
        .order_by_desc(news_posts::Column::Id)
        .limit(n)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(News::from).collect())
}
