//! Full-text search of ideas: `ideas.search_text` now holds German stems
//! (`domain::participation::search::index_text`) instead of folded words,
//! indexed by an FTS5 table on SQLite and a GIN index on PostgreSQL.

use sea_orm::{DbBackend, FromQueryResult};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Ideas re-indexed per statement batch.
const BATCH: u64 = 500;

/// SQLite: an external-content FTS5 table over `ideas.search_text`; the
/// triggers keep it in step with every insert, change and delete of an idea
/// (also those of a restore). The terms are already folded and stemmed.
const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE ideas_search USING fts5(search_text, content='ideas', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO ideas_search(ideas_search) VALUES ('rebuild')",
    "CREATE TRIGGER ideas_search_insert AFTER INSERT ON ideas BEGIN \
       INSERT INTO ideas_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER ideas_search_delete AFTER DELETE ON ideas BEGIN \
       INSERT INTO ideas_search(ideas_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER ideas_search_update AFTER UPDATE OF search_text ON ideas BEGIN \
       INSERT INTO ideas_search(ideas_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); \
       INSERT INTO ideas_search(rowid, search_text) VALUES (new.id, new.search_text); END",
];
/// PostgreSQL: the `simple` configuration only splits the stored terms.
const POSTGRES_UP: &[&str] = &["CREATE INDEX ideas_search ON ideas USING GIN (to_tsvector('simple', search_text))"];

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
    Title,
    BodyMarkdown,
    SearchText,
}

#[derive(FromQueryResult)]
struct Text {
    id: i64,
    title: String,
    body_markdown: String,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        reindex(manager).await?;
        let statements = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_UP,
            _ => SQLITE_UP,
        };
        for sql in statements {
            manager.get_connection().execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}

/// Writes the new search terms of every idea, in batches by id.
async fn reindex(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let mut after = 0i64;
    loop {
        let select = Query::select()
            .columns([Ideas::Id, Ideas::Title, Ideas::BodyMarkdown])
            .from(Ideas::Table)
            .and_where(Expr::col(Ideas::Id).gt(after))
            .order_by(Ideas::Id, Order::Asc)
            .limit(BATCH)
            .to_owned();
        let rows = Text::find_by_statement(backend.build(&select)).all(db).await?;
        for row in &rows {
            let text = domain::participation::search::index_text(&[&row.title, &row.body_markdown]);
            let update =
                Query::update().table(Ideas::Table).value(Ideas::SearchText, text).and_where(Expr::col(Ideas::Id).eq(row.id)).to_owned();
            db.execute(&update).await?;
        }
        match rows.last() {
            Some(last) if rows.len() as u64 == BATCH => after = last.id,
            _ => return Ok(()),
        }
    }
}
