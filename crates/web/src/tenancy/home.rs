use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::Layout;

pub struct MunicipalityItem {
    pub slug: String,
    pub name: String,
    pub meta: String,
}

#[derive(Template)]
#[template(path = "tenancy/home.html")]
pub struct HomePage {
    pub i18n: Locale,
    pub layout: Layout,
    pub municipalities: Vec<MunicipalityItem>,
}

pub async fn home_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Html<String>, AppError> {
    let locale = ctx.locale;
    // One translation for the whole list: "{district} · {population} inhabitants".
    let pattern = locale.t_args(
        "home-municipality-meta",
        &[("district", FluentArg::Text("\u{1}".into())), ("population", FluentArg::Text("\u{2}".into()))],
    );
    let municipalities = store::tenancy::municipalities(&state.db)
        .await?
        .into_iter()
        .map(|m| MunicipalityItem {
            meta: pattern.replace('\u{1}', &m.district).replace('\u{2}', &locale.number(m.population.unwrap_or_default())),
            slug: m.slug,
            name: m.name,
        })
        .collect();
    let page = HomePage { i18n: locale, layout: Layout::state(&state, &ctx, state.site.name.clone()), municipalities };
    Ok(Html(page.render().map_err(|e| AppError::Internal(e.to_string()))?))
}
