//! Following an idea, a process or a measure, and stopping. Without JavaScript: a
//! form with one button that comes back to where it was pressed.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use store::notifications::follows::{self, Target};

use crate::AppState;
use crate::accounts::actor::Actor;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    /// `add` or `remove`.
    action: String,
    /// Where to go afterwards (only `/benachrichtigungen` besides the page itself).
    next: String,
}

/// What a page needs to show the follow button.
pub struct FollowButton {
    pub action: String,
    pub following: bool,
}

impl FollowButton {
    /// The button for a logged-in person; `None` for visitors.
    pub async fn load(state: &AppState, actor: Option<&Actor>, target: Target, action: String) -> Result<Option<FollowButton>, AppError> {
        let Some(actor) = actor else { return Ok(None) };
        let following = follows::is_following(&state.db, target, actor.user.id).await?;
        Ok(Some(FollowButton { action, following }))
    }
}

pub async fn idea_follow_toggle(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<FollowForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    if idea.summary.hidden_reason.is_some() && form.action != "remove" {
        return Err(AppError::NotFound);
    }
    toggle(&state, &tenant, Target::Idea(id), actor, &form.action).await?;
    Ok(back(&form.next, format!("/m/{}/ideen/{id}#folgen", tenant.slug)))
}

pub async fn process_follow_toggle(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Form(form): Form<FollowForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let process = store::participation::processes::by_slug(&state.db, &tenant.scope, &slug).await?.ok_or(AppError::NotFound)?;
    toggle(&state, &tenant, Target::Process(process.id), actor, &form.action).await?;
    Ok(back(&form.next, format!("/m/{}/beteiligung/{slug}#folgen", tenant.slug)))
}

pub async fn measure_follow_toggle(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<FollowForm>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    toggle(&state, &tenant, Target::Measure(id), actor, &form.action).await?;
    Ok(back(&form.next, format!("/m/{}/massnahmen/{id}#folgen", tenant.slug)))
}

async fn toggle(state: &AppState, tenant: &store::tenancy::Tenant, target: Target, actor: &Actor, action: &str) -> Result<(), AppError> {
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match action {
        "remove" => follows::unfollow(&txn, target, actor.user.id).await?,
        _ => {
            follows::follow(&txn, &tenant.scope, target, actor.user.id).await?;
        }
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(())
}

fn back(next: &str, page: String) -> Response {
    let to = if next == "/benachrichtigungen" { "/benachrichtigungen#gefolgt".to_owned() } else { page };
    Redirect::to(&to).into_response()
}
