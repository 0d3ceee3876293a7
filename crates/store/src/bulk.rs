//! Bulk rows for the load benchmark (`teilhabe bench-seed`): many rows per
//! statement and explicit ids, so that millions of rows load in minutes.
//! The application's own writes go through the domain modules; these
//! functions write the same columns the way those would (search terms,
//! counters), and [`finish`] checks that the counters match the rows.

use chrono::{DateTime, Utc};
use domain::participation::search::index_text;
use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement};

use crate::StoreResult;

/// Bind parameters per statement stay below SQLite's limit (32,766).
const MAX_PARAMETERS: usize = 30_000;

pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
}

pub struct IdeaRow {
    pub id: i64,
    pub tenant_id: i64,
    pub process_id: i64,
    pub author_id: i64,
    pub title: String,
    pub body_markdown: String,
    pub body_html: String,
    pub action_field_id: Option<i64>,
    pub neighbourhood_id: Option<i64>,
    pub status: &'static str,
    pub support_count: i32,
    pub comment_count: i32,
    pub created_at: DateTime<Utc>,
}

pub struct CommentRow {
    pub id: i64,
    pub tenant_id: i64,
    pub idea_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
}

pub struct SupportRow {
    pub idea_id: i64,
    pub user_id: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct Number {
    n: Option<i64>,
}

async fn number(db: &impl ConnectionTrait, sql: &str) -> StoreResult<i64> {
    let row = Number::find_by_statement(Statement::from_string(db.get_database_backend(), sql)).one(db).await?;
    Ok(row.and_then(|r| r.n).unwrap_or(0))
}

/// The id the next row of `table` gets (one past the largest).
pub async fn next_id(db: &impl ConnectionTrait, table: &'static str) -> StoreResult<i64> {
    Ok(number(db, &format!("SELECT MAX(id) AS n FROM {table}")).await? + 1)
}

/// Inserts `rows`, each a list of values for `columns`, in as few statements
/// as the parameter limit allows.
async fn insert(db: &impl ConnectionTrait, table: &str, columns: &[&str], rows: Vec<Vec<Expr>>) -> StoreResult<()> {
    let per_statement = (MAX_PARAMETERS / columns.len()).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut statement = Query::insert();
        statement.into_table(Alias::new(table)).columns(columns.iter().map(|c| Alias::new(*c)));
        for row in rows.by_ref().take(per_statement) {
            statement.values_panic(row);
        }
        db.execute(&statement).await?;
    }
    Ok(())
}

pub async fn insert_users(db: &impl ConnectionTrait, rows: &[UserRow]) -> StoreResult<()> {
    let columns = ["id", "email", "display_name", "locale", "email_confirmed_at", "created_at"];
    let values = rows
        .iter()
        .map(|u| {
            vec![
                u.id.into(),
                u.email.clone().into(),
                u.display_name.clone().into(),
                "de".into(),
                Some(u.created_at).into(),
                u.created_at.into(),
            ]
        })
        .collect();
    insert(db, "users", &columns, values).await
}

/// Ideas with their search terms, as `ideas::create` writes them.
pub async fn insert_ideas(db: &impl ConnectionTrait, rows: &[IdeaRow]) -> StoreResult<()> {
    let columns = [
        "id",
        "tenant_id",
        "process_id",
        "author_id",
        "title",
        "body_markdown",
        "body_html",
        "action_field_id",
        "neighbourhood_id",
        "status",
        "support_count",
        "comment_count",
        "search_text",
        "source",
        "created_at",
        "updated_at",
    ];
    let values = rows
        .iter()
        .map(|i| {
            vec![
                i.id.into(),
                i.tenant_id.into(),
                i.process_id.into(),
                Some(i.author_id).into(),
                i.title.clone().into(),
                i.body_markdown.clone().into(),
                i.body_html.clone().into(),
                i.action_field_id.into(),
                i.neighbourhood_id.into(),
                i.status.into(),
                i.support_count.into(),
                i.comment_count.into(),
                index_text(&[&i.title, &i.body_markdown]).into(),
                "online".into(),
                i.created_at.into(),
                i.created_at.into(),
            ]
        })
        .collect();
    insert(db, "ideas", &columns, values).await
}

pub async fn insert_comments(db: &impl ConnectionTrait, rows: &[CommentRow]) -> StoreResult<()> {
    let columns = ["id", "tenant_id", "idea_id", "parent_id", "author_id", "body_markdown", "body_html", "created_at"];
    let values = rows
        .iter()
        .map(|c| {
            vec![
                c.id.into(),
                c.tenant_id.into(),
                c.idea_id.into(),
                c.parent_id.into(),
                Some(c.author_id).into(),
                c.body_markdown.clone().into(),
                c.body_html.clone().into(),
                c.created_at.into(),
            ]
        })
        .collect();
    insert(db, "comments", &columns, values).await
}

pub async fn insert_supports(db: &impl ConnectionTrait, rows: &[SupportRow]) -> StoreResult<()> {
    let columns = ["idea_id", "user_id", "created_at"];
    let values = rows.iter().map(|s| vec![s.idea_id.into(), s.user_id.into(), s.created_at.into()]).collect();
    insert(db, "idea_supports", &columns, values).await
}

/// The first idea of `process` with exactly `comments` comments.
pub async fn first_idea_with_comments(db: &impl ConnectionTrait, process: i64, comments: i32) -> StoreResult<Option<i64>> {
    let sql = format!("SELECT MIN(id) AS n FROM ideas WHERE process_id = {process} AND comment_count = {comments}");
    Ok(Some(number(db, &sql).await?).filter(|id| *id > 0))
}

/// After a bulk load: moves PostgreSQL's id sequences past the explicit ids,
/// refreshes the planner's statistics, and returns how many ideas have
/// counters that differ from their comment and support rows (should be 0).
pub async fn finish(db: &impl ConnectionTrait) -> StoreResult<i64> {
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        for table in ["users", "ideas", "comments", "idea_supports"] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
            ))
            .await?;
        }
    }
    // The cached counts of every process are out of date.
    db.execute_unprepared("UPDATE processes SET ideas_version = ideas_version + 1").await?;
    db.execute_unprepared(if backend == DbBackend::Postgres { "VACUUM ANALYZE" } else { "ANALYZE" }).await?;
    number(
        db,
        "SELECT COUNT(*) AS n FROM ideas \
         WHERE comment_count <> (SELECT COUNT(*) FROM comments WHERE comments.idea_id = ideas.id) \
            OR support_count <> (SELECT COUNT(*) FROM idea_supports WHERE idea_supports.idea_id = ideas.id)",
    )
    .await
}
