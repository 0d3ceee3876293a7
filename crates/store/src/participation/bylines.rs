//! Who an idea or comment is shown as, read in the same statement as the
//! contribution: its author's name and its organisation's name are joined in,
//! rather than whole account rows fetched beside it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{EntityTrait, FromQueryResult, JoinType, QuerySelect, Select};

use crate::entities::{organisations, users};

/// Who an idea or comment is shown as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Byline {
    Person(String),
    Organisation {
        id: i64,
        name: String,
    },
    /// The account was deleted; the contribution stays.
    DeletedAccount,
    /// Given offline and entered by a coordinator: the person's name only
    /// when they agreed to it.
    Offline {
        name: Option<String>,
    },
}

/// The columns a row needs for its byline, nested in the row's type; the
/// joined ones are named as [`joined`] names them.
#[derive(FromQueryResult)]
pub(super) struct BylineColumns {
    pub organisation_id: Option<i64>,
    source: String,
    contributor_name: Option<String>,
    organisation_name: Option<String>,
    author_name: Option<String>,
    author_deleted_at: Option<DateTime<Utc>>,
}

impl BylineColumns {
    pub fn byline(self) -> Byline {
        if self.source != domain::participation::offline::ONLINE {
            return Byline::Offline { name: self.contributor_name };
        }
        if let (Some(id), Some(name)) = (self.organisation_id, self.organisation_name) {
            return Byline::Organisation { id, name };
        }
        match (self.author_name, self.author_deleted_at) {
            (Some(name), None) => Byline::Person(name),
            _ => Byline::DeletedAccount,
        }
    }
}

/// Adds to `select` the author's name and deletion time and the
/// organisation's name (left joins on the given id columns). The row's own
/// `source` and `contributor_name` must be selected too.
pub(super) fn joined<E: EntityTrait>(select: Select<E>, author: E::Column, organisation: E::Column) -> Select<E> {
    let author_rel = E::belongs_to(users::Entity).from(author).to(users::Column::Id).into();
    let organisation_rel = E::belongs_to(organisations::Entity).from(organisation).to(organisations::Column::Id).into();
    select
        .join(JoinType::LeftJoin, author_rel)
        .join(JoinType::LeftJoin, organisation_rel)
        .expr_as(Expr::col((users::Entity, users::Column::DisplayName)), "author_name")
        .expr_as(Expr::col((users::Entity, users::Column::DeletedAt)), "author_deleted_at")
        .expr_as(Expr::col((organisations::Entity, organisations::Column::Name)), "organisation_name")
}
