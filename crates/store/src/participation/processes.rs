//! Processes with their phases and action fields; the municipality's neighbourhoods.

use domain::ids::UserId;
use domain::participation::phases::{Openings, Phase, PhaseKind};
use domain::participation::processes::NewProcess;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set};

use crate::entities::{action_fields, neighbourhoods, process_phases, processes};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, is_unique_violation, now};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessSummary {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Process {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_markdown: String,
    pub description_html: String,
    pub phases: Vec<Phase>,
    pub action_fields: Vec<Named>,
    /// Changes whenever the counts of its listed ideas may change (new,
    /// edited, answered, withdrawn, hidden or shown again) and whenever its
    /// frame changes (phases, action fields, header picture, the
    /// municipality's neighbourhoods): what is kept between requests is
    /// kept under it.
    pub ideas_version: i64,
}

pub async fn list(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<ProcessSummary>> {
    Ok(processes::Entity::find()
        .filter(processes::Column::TenantId.eq(scope.id().0))
        .order_by_desc(processes::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProcessSummary { id: p.id, slug: p.slug, title: p.title, summary: p.summary })
        .collect())
}

/// A process's own row: what changes with its texts, not its frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessHead {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_markdown: String,
    pub description_html: String,
    /// See [`Process::ideas_version`].
    pub ideas_version: i64,
}

/// A process's phases and action fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub phases: Vec<Phase>,
    pub action_fields: Vec<Named>,
}

impl Process {
    pub fn of(head: ProcessHead, frame: Frame) -> Process {
        Process {
            id: head.id,
            slug: head.slug,
            title: head.title,
            summary: head.summary,
            description_markdown: head.description_markdown,
            description_html: head.description_html,
            phases: frame.phases,
            action_fields: frame.action_fields,
            ideas_version: head.ideas_version,
        }
    }
}

/// A process with its phases and action fields (three statements).
pub async fn by_slug(db: &impl ConnectionTrait, scope: &TenantScope, slug: &str) -> StoreResult<Option<Process>> {
    let Some(head) = head_by_slug(db, scope, slug).await? else {
        return Ok(None);
    };
    let frame = frame(db, head.id).await?;
    Ok(Some(Process::of(head, frame)))
}

/// A process by id, within the tenant (three statements).
pub async fn by_id(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Process>> {
    let Some(head) = head_by_id(db, scope, id).await? else {
        return Ok(None);
    };
    let frame = frame(db, head.id).await?;
    Ok(Some(Process::of(head, frame)))
}

/// A process's own row by its address, within the tenant (one statement).
pub async fn head_by_slug(db: &impl ConnectionTrait, scope: &TenantScope, slug: &str) -> StoreResult<Option<ProcessHead>> {
    let found = processes::Entity::find()
        .filter(processes::Column::TenantId.eq(scope.id().0))
        .filter(processes::Column::Slug.eq(slug))
        .one(db)
        .await?;
    Ok(found.map(head))
}

/// A process's own row by id, within the tenant (one statement).
pub async fn head_by_id(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<ProcessHead>> {
    let found = processes::Entity::find_by_id(id).filter(processes::Column::TenantId.eq(scope.id().0)).one(db).await?;
    Ok(found.map(head))
}

fn head(p: processes::Model) -> ProcessHead {
    ProcessHead {
        id: p.id,
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        description_markdown: p.description_markdown,
        description_html: p.description_html,
        ideas_version: p.ideas_version,
    }
}

/// A process's phases, in their order, and its action fields (two statements).
pub async fn frame(db: &impl ConnectionTrait, process: i64) -> StoreResult<Frame> {
    let mut phases: Vec<Phase> = process_phases::Entity::find()
        .filter(process_phases::Column::ProcessId.eq(process))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|ph| {
            Some(Phase {
                kind: PhaseKind::parse(&ph.kind)?,
                starts_on: ph.starts_on,
                ends_on: ph.ends_on,
                openings: Openings { ideas: ph.ideas_open, comments: ph.comments_open, supports: ph.supports_open },
            })
        })
        .collect();
    phases.sort_by_key(|ph| ph.kind);
    let action_fields = action_fields::Entity::find()
        .filter(action_fields::Column::ProcessId.eq(process))
        .order_by_asc(action_fields::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|f| Named { id: f.id, name: f.name })
        .collect();
    Ok(Frame { phases, action_fields })
}

/// Creates a process with its phases and action fields, and its audit entry.
/// Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: Option<UserId>,
    input: &NewProcess,
    description_html: &str,
) -> StoreResult<i64> {
    let at = now();
    let process = processes::ActiveModel {
        tenant_id: Set(scope.id().0),
        slug: Set(input.slug.as_str().to_owned()),
        title: Set(input.title.clone()),
        summary: Set(input.summary.clone()),
        description_markdown: Set(input.description.clone()),
        description_html: Set(description_html.to_owned()),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| if is_unique_violation(&err) { StoreError::Conflict("process-slug-taken") } else { err.into() })?;
    for phase in &input.phases {
        process_phases::ActiveModel {
            process_id: Set(process.id),
            kind: Set(phase.kind.as_str().to_owned()),
            starts_on: Set(phase.starts_on),
            ends_on: Set(phase.ends_on),
            ideas_open: Set(phase.openings.ideas),
            comments_open: Set(phase.openings.comments),
            supports_open: Set(phase.openings.supports),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for (position, name) in input.action_fields.iter().enumerate() {
        action_fields::ActiveModel {
            process_id: Set(process.id),
            name: Set(name.clone()),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: "participation.process.create",
            subject: format!("process:{}", process.id),
            before: None,
            after: Some(serde_json::json!({ "title": input.title, "slug": input.slug.as_str(), "action_fields": input.action_fields })),
        },
    )
    .await?;
    Ok(process.id)
}

/// Changes a process: title, summary, description, the phases' dates and
/// openings, and its action fields — existing ones renamed in their order
/// (ideas keep referring to them), further lines added. The address (slug)
/// stays. Audited with before and after. Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: Option<UserId>,
    id: i64,
    input: &NewProcess,
    description_html: &str,
) -> StoreResult<()> {
    let before = by_id(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    let snapshot = |title: &str, summary: &str, fields: Vec<&str>, phases: &[Phase]| {
        serde_json::json!({
            "title": title,
            "summary": summary,
            "action_fields": fields,
            "phases": phases.iter().map(|p| serde_json::json!({
                "kind": p.kind.as_str(), "starts_on": p.starts_on, "ends_on": p.ends_on,
                "ideas": p.openings.ideas, "comments": p.openings.comments, "supports": p.openings.supports,
            })).collect::<Vec<_>>(),
        })
    };
    processes::ActiveModel {
        id: Set(id),
        title: Set(input.title.clone()),
        summary: Set(input.summary.clone()),
        description_markdown: Set(input.description.clone()),
        description_html: Set(description_html.to_owned()),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    let rows = process_phases::Entity::find().filter(process_phases::Column::ProcessId.eq(id)).all(db).await?;
    for phase in &input.phases {
        let mut row = match rows.iter().find(|r| r.kind == phase.kind.as_str()) {
            Some(existing) => existing.clone().into_active_model(),
            None => process_phases::ActiveModel { process_id: Set(id), kind: Set(phase.kind.as_str().to_owned()), ..Default::default() },
        };
        row.starts_on = Set(phase.starts_on);
        row.ends_on = Set(phase.ends_on);
        row.ideas_open = Set(phase.openings.ideas);
        row.comments_open = Set(phase.openings.comments);
        row.supports_open = Set(phase.openings.supports);
        row.save(db).await?;
    }
    // Phase dates decide the phase counts of the list; fields its filter.
    super::ideas::ideas_changed(db, id).await?;
    for (position, name) in input.action_fields.iter().enumerate() {
        match before.action_fields.get(position) {
            Some(existing) if existing.name == *name => {}
            Some(existing) => {
                action_fields::ActiveModel { id: Set(existing.id), name: Set(name.clone()), ..Default::default() }.update(db).await?;
            }
            None => {
                action_fields::ActiveModel {
                    process_id: Set(id),
                    name: Set(name.clone()),
                    position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
        }
    }
    audit::record(
        db,
        audit::Entry {
            actor,
            tenant: Some(scope.id()),
            action: "participation.process.update",
            subject: format!("process:{id}"),
            before: Some(snapshot(
                &before.title,
                &before.summary,
                before.action_fields.iter().map(|f| f.name.as_str()).collect(),
                &before.phases,
            )),
            after: Some(snapshot(&input.title, &input.summary, input.action_fields.iter().map(String::as_str).collect(), &input.phases)),
        },
    )
    .await?;
    Ok(())
}

/// The municipality's neighbourhoods, in their order.
pub async fn neighbourhoods(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<Named>> {
    Ok(neighbourhoods::Entity::find()
        .filter(neighbourhoods::Column::TenantId.eq(scope.id().0))
        .order_by_asc(neighbourhoods::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|n| Named { id: n.id, name: n.name })
        .collect())
}

/// Adds neighbourhoods that are not there yet (by name), keeping existing ones
/// (ideas refer to them). Call inside a write transaction.
pub async fn add_neighbourhoods(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: Option<UserId>,
    names: &[String],
) -> StoreResult<()> {
    let existing = neighbourhoods(db, scope).await?;
    let mut position = i32::try_from(existing.len()).unwrap_or(i32::MAX);
    let mut added = Vec::new();
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        if existing.iter().any(|e| e.name == name) || added.contains(&name) {
            continue;
        }
        neighbourhoods::ActiveModel {
            tenant_id: Set(scope.id().0),
            name: Set(name.to_owned()),
            position: Set(position),
            ..Default::default()
        }
        .insert(db)
        .await?;
        position += 1;
        added.push(name);
    }
    if !added.is_empty() {
        // Every process of the municipality shows its neighbourhoods.
        processes::Entity::update_many()
            .col_expr(processes::Column::IdeasVersion, Expr::col(processes::Column::IdeasVersion).add(1))
            .filter(processes::Column::TenantId.eq(scope.id().0))
            .exec(db)
            .await?;
        audit::record(
            db,
            audit::Entry {
                actor,
                tenant: Some(scope.id()),
                action: "participation.neighbourhoods.add",
                subject: "neighbourhoods".into(),
                before: None,
                after: Some(serde_json::json!({ "added": added })),
            },
        )
        .await?;
    }
    Ok(())
}
