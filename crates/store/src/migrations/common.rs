//! Names and builders shared by the migrations from 000004 on (the earlier
//! ones keep their own copies: landed migrations are not edited).

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
pub enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub enum Processes {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub enum Ideas {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub enum Comments {
    Table,
    Id,
}

/// A foreign key from `from` (table, column) to `to` (table, column).
pub fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(on_delete).to_owned()
}

/// Adds one column to a table (SQLite alters a table one change at a time).
pub async fn add_column(manager: &SchemaManager<'_>, table: impl IntoIden, column: ColumnDef) -> Result<(), DbErr> {
    let mut column = column;
    manager.alter_table(Table::alter().table(table).add_column(&mut column).to_owned()).await
}

/// Creates a unique index `name` on these columns of `table`.
pub async fn unique_index<T: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[T],
) -> Result<(), DbErr> {
    create_index(manager, name, table, columns, true).await
}

/// Creates an index `name` on these columns of `table`.
pub async fn plain_index<T: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[T],
) -> Result<(), DbErr> {
    create_index(manager, name, table, columns, false).await
}

async fn create_index<T: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[T],
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create().name(name).table(table).to_owned();
    if unique {
        index.unique();
    }
    for column in columns {
        index.col(*column);
    }
    manager.create_index(index).await
}
