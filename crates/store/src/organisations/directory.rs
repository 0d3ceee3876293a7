//! The public stakeholder directory: verified organisations with counts.

use super::*;

/// What the directory is filtered by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub kind: Option<OrganisationKind>,
    pub topic: Option<String>,
}

/// One page of the stakeholder directory with the counts per filter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub items: Vec<Organisation>,
    /// Organisations matching the filter.
    pub total: u64,
    /// Per kind: matching organisations if that kind were chosen (the topic filter applies).
    pub kinds: Vec<(OrganisationKind, u64)>,
    /// Per topic: matching organisations if that topic were chosen (the kind
    /// filter applies), in alphabetical order.
    pub topics: Vec<(String, u64)>,
}

/// The verified organisations of a municipality, filtered, in German
/// alphabetical order, one page of `per_page` (pages count from 1). At most
/// five statements, however many organisations there are.
pub async fn directory(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    filter: &DirectoryFilter,
    page: u64,
    per_page: u64,
) -> StoreResult<Directory> {
    // Id, name and kind of every candidate: sorted here, because the
    // databases collate names differently; the kind counts come from it too.
    let mut candidates = organisations::Entity::find()
        .select_only()
        .columns([organisations::Column::Id, organisations::Column::Name, organisations::Column::Kind])
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null());
    if let Some(topic) = &filter.topic {
        candidates = candidates.filter(
            organisations::Column::Id.in_subquery(
                Query::select()
                    .column(organisation_topics::Column::OrganisationId)
                    .from(organisation_topics::Entity)
                    .and_where(organisation_topics::Column::Name.eq(topic.as_str()))
                    .to_owned(),
            ),
        );
    }
    let candidates: Vec<(i64, String, String)> = candidates.into_tuple().all(db).await?;
    let kinds = OrganisationKind::ALL
        .into_iter()
        .map(|kind| (kind, candidates.iter().filter(|(_, _, k)| k == kind.as_str()).count() as u64))
        .collect();
    let mut matching: Vec<(String, i64)> = candidates
        .into_iter()
        .filter(|(_, _, k)| filter.kind.is_none_or(|kind| kind.as_str() == k))
        .map(|(id, name, _)| (domain::collation::sort_key(&name), id))
        .collect();
    matching.sort();
    let total = matching.len() as u64;
    let start = usize::try_from(page.saturating_sub(1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let page_ids: Vec<i64> = matching.iter().skip(start).take(usize::try_from(per_page).unwrap_or(usize::MAX)).map(|(_, id)| *id).collect();

    let items = if page_ids.is_empty() {
        Vec::new()
    } else {
        let models = organisations::Entity::find().filter(organisations::Column::Id.is_in(page_ids.iter().copied())).all(db).await?;
        let mut list = with_topics(db, models).await?;
        list.sort_by_key(|o| page_ids.iter().position(|id| *id == o.id));
        list
    };

    let mut topic_counts = organisation_topics::Entity::find()
        .select_only()
        .column(organisation_topics::Column::Name)
        .column_as(Expr::col((organisation_topics::Entity, organisation_topics::Column::OrganisationId)).count_distinct(), "n")
        .join(JoinType::InnerJoin, topics_to_org())
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null())
        .group_by(organisation_topics::Column::Name);
    if let Some(kind) = filter.kind {
        topic_counts = topic_counts.filter(organisations::Column::Kind.eq(kind.as_str()));
    }
    let mut topics: Vec<(String, u64)> = topic_counts
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(name, n)| (name, u64::try_from(n).unwrap_or(0)))
        .collect();
    topics.sort_by_cached_key(|(name, _)| domain::collation::sort_key(name));
    Ok(Directory { items, total, kinds, topics })
}
