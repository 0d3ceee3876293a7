//! The backed-up tables, one list, and reading and writing their rows.

use super::*;

/// The one list of backed-up tables, parents before children (foreign-key
/// order): rows are written and inserted in this order and deleted in the
/// reverse. Each name is also the module of its entity in `entities`.
macro_rules! backed_up_tables {
    ($($table:ident),+ $(,)?) => {
        /// A backed-up table.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(super) enum Table {
            $($table),+
        }

        impl Table {
            pub(super) const ALL: &[Table] = &[$(Table::$table),+];

            pub(super) const fn name(self) -> &'static str {
                match self {
                    $(Table::$table => stringify!($table)),+
                }
            }

            #[cfg(test)]
            pub(super) fn entity_table_name(self) -> &'static str {
                match self {
                    $(Table::$table => sea_orm::EntityName::table_name(&entities::$table::Entity)),+
                }
            }

            pub(super) fn columns(self) -> Vec<&'static str> {
                match self {
                    $(Table::$table => column_names::<entities::$table::Entity>()),+
                }
            }

            pub(super) async fn dump(self, txn: &impl ConnectionTrait, out: &mut (dyn Write + Send)) -> Result<u64, BackupError> {
                match self {
                    $(Table::$table => dump::<entities::$table::Entity>(txn, self.name(), out).await),+
                }
            }

            pub(super) async fn insert(self, txn: &impl ConnectionTrait, rows: Vec<(u64, serde_json::Value)>) -> Result<(), BackupError> {
                match self {
                    $(Table::$table => insert::<entities::$table::Entity>(txn, rows).await),+
                }
            }

            pub(super) async fn count(self, txn: &impl ConnectionTrait) -> Result<u64, DbErr> {
                match self {
                    $(Table::$table => entities::$table::Entity::find().count(txn).await),+
                }
            }

            pub(super) async fn delete_all(self, txn: &impl ConnectionTrait) -> Result<(), DbErr> {
                match self {
                    $(Table::$table => entities::$table::Entity::delete_many().exec(txn).await.map(|_| ())),+
                }
            }
        }

        /// Every backed-up table, parents before children.
        pub const TABLES: &[&str] = &[$(stringify!($table)),+];
    };
}

backed_up_tables!(
    tenants,
    users,
    role_assignments,
    legal_pages,
    audit_log,
    mail_outbox,
    processes,
    process_phases,
    action_fields,
    neighbourhoods,
    organisations,
    organisation_members,
    organisation_topics,
    // Before ideas: an idea given offline names the event.
    events,
    ideas,
    idea_supports,
    comments,
    reports,
    news_posts,
    follows,
    notifications,
    account_blocks,
    files,
    mail_topic_settings,
    event_registrations,
    event_messages,
    event_attendance,
    surveys,
    survey_questions,
    survey_responses,
    survey_answers,
    survey_counts,
    survey_participations,
    survey_drafts,
    survey_held_responses,
    concepts,
    concept_fields,
    concept_goals,
    measures,
    measure_goals,
    measure_partners,
    measure_neighbourhoods,
    measure_ideas,
    measure_indicators,
    indicator_values,
    measure_milestones,
    measure_updates,
    concept_versions,
    consultation_comments,
    funding_programmes,
    funding_lines,
    funding_calls,
    funding_applications,
    funding_application_versions,
    funding_reviews,
    funding_review_notes,
    funding_payments,
    funding_reports,
    funding_reminders
);

impl Table {
    pub(super) fn parse(name: &str) -> Option<Table> {
        Table::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// The columns a backup holds for `table` (those of its entity), or `None`
/// for a table that is not backed up.
pub fn columns_of(table: &str) -> Option<Vec<&'static str>> {
    Table::parse(table).map(Table::columns)
}

fn column_names<E: EntityTrait>() -> Vec<&'static str> {
    E::Column::iter().map(|c| c.as_str()).collect()
}

fn id_column<E: EntityTrait>() -> E::Column {
    // Every backed-up table has a single-column integer primary key `id`.
    E::PrimaryKey::iter().next().map(PrimaryKeyToColumn::into_column).expect("entity has a primary key")
}

/// Writes every row of one table, by id, in pages (keyset pagination).
async fn dump<E>(txn: &impl ConnectionTrait, table: &str, out: &mut (dyn Write + Send)) -> Result<u64, BackupError>
where
    E: EntityTrait,
    E::Model: Serialize,
{
    let id = id_column::<E>();
    let mut after: Option<i64> = None;
    let mut count = 0u64;
    loop {
        let mut query = E::find().order_by_asc(id).limit(READ_PAGE_ROWS);
        if let Some(last) = after {
            query = query.filter(id.gt(last));
        }
        let page = query.all(txn).await?;
        for model in &page {
            serde_json::to_writer(&mut *out, &RowOut { table, row: model }).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
        count += page.len() as u64;
        match page.last() {
            Some(last) if page.len() as u64 == READ_PAGE_ROWS => match last.get(id) {
                sea_orm::Value::BigInt(Some(value)) => after = Some(value),
                other => {
                    return Err(DbErr::Custom(format!("{table}.id is not a 64-bit integer: {other:?}")).into());
                }
            },
            _ => return Ok(count),
        }
    }
}

/// Inserts one batch of rows of a table, keeping their ids.
async fn insert<E>(txn: &impl ConnectionTrait, rows: Vec<(u64, serde_json::Value)>) -> Result<(), BackupError>
where
    E: EntityTrait,
    E::Model: DeserializeOwned + IntoActiveModel<E::ActiveModel>,
{
    if rows.is_empty() {
        return Ok(());
    }
    let mut models = Vec::with_capacity(rows.len());
    for (line, row) in rows {
        let model: E::Model = serde_json::from_value(row).map_err(|e| BackupError::Corrupt { line, reason: e.to_string() })?;
        models.push(model.into_active_model());
    }
    E::insert_many(models).exec_without_returning(txn).await?;
    Ok(())
}
