use askama::Template;
use axum::extract::State;
use axum::response::Html;
use domain::legal::LegalPageKind;
use http::Uri;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::Layout;
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "legal/page.html")]
pub struct LegalPageView {
    pub i18n: Locale,
    pub layout: Layout,
    pub body_html: Option<String>,
    pub updated: String,
    /// For the accessibility statement: where to report a barrier.
    pub feedback_href: Option<String>,
    /// For people who may change the text.
    pub edit_href: Option<String>,
}

fn kind_of(uri: &Uri) -> Result<LegalPageKind, AppError> {
    uri.path().rsplit('/').next().and_then(LegalPageKind::from_slug).ok_or(AppError::NotFound)
}

pub async fn state_legal_show(State(state): State<AppState>, ctx: RequestCtx, uri: Uri) -> Result<Html<String>, AppError> {
    let kind = kind_of(&uri)?;
    let layout = Layout::state(&state, &ctx, ctx.locale.t(kind.title_key()));
    render(&state, &ctx, &state.site, kind, layout).await
}

pub async fn municipality_legal_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    uri: Uri,
) -> Result<Html<String>, AppError> {
    let kind = kind_of(&uri)?;
    let layout = Layout::municipality(&state, &ctx, &tenant, ctx.locale.t(kind.title_key()));
    render(&state, &ctx, &tenant, kind, layout).await
}

async fn render(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    kind: LegalPageKind,
    layout: Layout,
) -> Result<Html<String>, AppError> {
    let page = store::legal::page(&state.db, &tenant.scope, kind).await?;
    let (base, edit_base) = match tenant.kind {
        domain::tenancy::TenantKind::State => (String::new(), "/admin/rechtliches".to_owned()),
        domain::tenancy::TenantKind::Municipality => (format!("/m/{}", tenant.slug), format!("/m/{}/verwaltung/rechtliches", tenant.slug)),
    };
    let may_edit = ctx.actor.as_ref().is_some_and(|a| super::policy::can_edit(a, tenant));
    let view = LegalPageView {
        i18n: ctx.locale,
        layout,
        feedback_href: (kind == LegalPageKind::Accessibility).then(|| format!("{base}/barrierefreiheit/rueckmeldung")),
        edit_href: may_edit.then(|| format!("{edit_base}/{}", kind.slug())),
        updated: page
            .as_ref()
            .map(|p| ctx.locale.t_args("legal-updated", &[("date", FluentArg::Text(p.updated_at.format("%d.%m.%Y").to_string()))]))
            .unwrap_or_default(),
        body_html: page.map(|p| markdown::render(&p.body_markdown)),
    };
    Ok(Html(view.render().map_err(|e| AppError::Internal(e.to_string()))?))
}
