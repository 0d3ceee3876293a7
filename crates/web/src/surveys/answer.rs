//! Answering a survey: the form (works without JavaScript), the whole form
//! again with every answer kept when something is wrong, a draft to continue
//! later for logged-in people, one response per account, and for public
//! anonymous surveys one per browser (by a random token in a cookie, only
//! its hash stored) with a rate limit per address (`limits`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use domain::surveys::Question;
use domain::surveys::answers::{RawResponse, check};
use domain::surveys::settings::Access;
use http::StatusCode;
use store::surveys::Survey;
use store::surveys::responses::Respondent;
use store::tenancy::Tenant;

use super::form_view::{QuestionView, errors_of, questions};
use super::views::{Stage, stage, stage_text, survey_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::participation::policy::can_manage;
use crate::tenancy::CurrentMunicipality;

/// What the page offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Form,
    /// Only for logged-in people.
    Login,
    Answered,
    NotYetOpen,
    Closed,
}

#[derive(Template)]
#[template(path = "surveys/answer.html")]
struct SurveyPage {
    i18n: Locale,
    layout: Layout,
    stage: String,
    intro_html: String,
    /// Who sees what of the answers.
    privacy: String,
    mode: Mode,
    /// A coordinator looking at a survey that is not open: the form, without sending.
    preview: bool,
    questions: Vec<QuestionView>,
    errors: FormErrors,
    /// A refusal of the whole response (closed meanwhile, answered already).
    problem: Option<String>,
    action: String,
    can_save: bool,
    anonymous: bool,
    draft_loaded: bool,
    login_href: String,
    results_href: Option<String>,
    manage_href: Option<String>,
}

/// The cookie that tells a browser's responses to public surveys apart.
fn browser_cookie(state: &AppState) -> String {
    state.config.cookie_name("survey_browser")
}

fn browser_hash(token: &str, survey: i64) -> String {
    store::sessions::hash_token(&format!("{survey}:{token}"))
}

fn privacy(locale: Locale, survey: &Survey) -> String {
    locale.t(if survey.settings.anonymous { "survey-privacy-anonymous" } else { "survey-privacy-signed" })
}

struct Shown {
    mode: Mode,
    raw: RawResponse,
    draft_loaded: bool,
}

/// What this visitor gets: the form (with their draft), or why not.
async fn shown(state: &AppState, ctx: &RequestCtx, jar: &CookieJar, survey: &Survey) -> Result<Shown, AppError> {
    let plain = |mode| Shown { mode, raw: RawResponse::default(), draft_loaded: false };
    match stage(survey, crate::participation::today()) {
        Stage::NotYetOpen => return Ok(plain(Mode::NotYetOpen)),
        Stage::Closed => return Ok(plain(Mode::Closed)),
        Stage::Open => {}
    }
    match &ctx.actor {
        Some(actor) => {
            if store::surveys::responses::has_answered(&state.db, survey.id, Respondent::Account(actor.user.id)).await? {
                return Ok(plain(Mode::Answered));
            }
            let draft = store::surveys::drafts::get(&state.db, survey.id, actor.user.id).await?;
            Ok(match draft {
                Some(encoded) => Shown {
                    mode: Mode::Form,
                    raw: RawResponse::new(form_urlencoded::parse(encoded.as_bytes()).into_owned().collect()),
                    draft_loaded: true,
                },
                None => plain(Mode::Form),
            })
        }
        None if survey.settings.access == Access::Accounts => Ok(plain(Mode::Login)),
        None => {
            let answered = match jar.get(&browser_cookie(state)) {
                Some(token) => {
                    let hash = browser_hash(token.value(), survey.id);
                    store::surveys::responses::has_answered(&state.db, survey.id, Respondent::Browser(&hash)).await?
                }
                None => false,
            };
            Ok(plain(if answered { Mode::Answered } else { Mode::Form }))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    survey: &Survey,
    all: &[Question],
    shown: Shown,
    errors: FormErrors,
    problem: Option<String>,
) -> SurveyPage {
    let locale = ctx.locale;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, tenant));
    let preview = manager && shown.mode == Mode::NotYetOpen;
    let base = format!("/m/{}/umfragen/{}", tenant.slug, survey.id);
    let with_form = shown.mode == Mode::Form || preview;
    SurveyPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, survey.settings.title.clone()),
        stage: stage_text(locale, survey, crate::participation::today()),
        intro_html: survey.intro_html.clone(),
        privacy: privacy(locale, survey),
        questions: if with_form { questions(locale, all, &shown.raw, &errors) } else { Vec::new() },
        mode: shown.mode,
        preview,
        errors,
        problem,
        can_save: ctx.actor.is_some(),
        anonymous: survey.settings.anonymous,
        draft_loaded: shown.draft_loaded,
        login_href: format!("/anmelden?next={}", form_urlencoded::byte_serialize(base.as_bytes()).collect::<String>()),
        results_href: (survey.settings.results_public || manager).then(|| format!("{base}/ergebnisse")),
        manage_href: manager.then(|| format!("/m/{}/verwaltung/umfragen/{}", tenant.slug, survey.id)),
        action: base,
    }
}

pub async fn survey_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let survey = survey_of(&state.db, &tenant, id).await?;
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, &tenant));
    // Before it opens, a survey exists only for its coordinators.
    if stage(&survey, crate::participation::today()) == Stage::NotYetOpen && !manager {
        return Err(AppError::NotFound);
    }
    let all = store::surveys::questions::list(&state.db, id).await?;
    let shown = shown(&state, &ctx, &jar, &survey).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &survey, &all, shown, FormErrors::default(), None))
}

pub async fn survey_answer(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    jar: CookieJar,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let today = crate::participation::today();
    let all = store::surveys::questions::list(&state.db, id).await?;
    let saving = pairs.iter().any(|(k, v)| k == "action" && v == "save");
    let raw = RawResponse::new(pairs.into_iter().filter(|(k, _)| k.starts_with('q')).collect());
    let again = |mode, raw, errors, problem: Option<&str>| {
        let shown = Shown { mode, raw, draft_loaded: false };
        page(&state, &ctx, &tenant, &survey, &all, shown, errors, problem.map(|p| locale.t(p)))
    };
    match stage(&survey, today) {
        Stage::NotYetOpen => return Err(AppError::NotFound),
        Stage::Closed => {
            return html_status(StatusCode::CONFLICT, &again(Mode::Closed, raw, FormErrors::default(), Some("survey-closed-meanwhile")));
        }
        Stage::Open => {}
    }
    // Who answers: the account, or (public surveys only) this browser.
    let mut new_token = None;
    let browser;
    let who = match &ctx.actor {
        Some(actor) => Respondent::Account(actor.user.id),
        None if survey.settings.access == Access::Public => {
            state.limits.check_survey_response(ctx.client_ip)?;
            let token = match jar.get(&browser_cookie(&state)) {
                Some(c) => c.value().to_owned(),
                None => new_token.insert(crate::security::CsrfToken::generate().as_str().to_owned()).clone(),
            };
            browser = browser_hash(&token, survey.id);
            Respondent::Browser(&browser)
        }
        None => return Err(AppError::LoginRequired { next: format!("/m/{}/umfragen/{id}", tenant.slug) }),
    };
    if saving && let Respondent::Account(user) = who {
        let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(raw.pairs()).finish();
        let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
        store::surveys::drafts::save(&txn, id, user, &encoded).await?;
        txn.commit().await.map_err(store::StoreError::from)?;
        return Ok(Redirect::to(&format!("/m/{}/umfragen/{id}?notice=survey-draft-saved", tenant.slug)).into_response());
    }
    let answers = match check(&all, &raw) {
        Ok(answers) => answers,
        Err(problems) => {
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &again(Mode::Form, raw, errors_of(locale, &all, &problems), None));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::surveys::responses::submit(&txn, &tenant.scope, &survey, who, &answers, today).await {
        Err(store::StoreError::Conflict(code)) => {
            return html_status(StatusCode::CONFLICT, &again(Mode::Answered, RawResponse::default(), FormErrors::default(), Some(code)));
        }
        result => result?,
    };
    txn.commit().await.map_err(store::StoreError::from)?;
    let redirect = Redirect::to(&format!("/m/{}/umfragen/{id}?notice=survey-answered", tenant.slug));
    Ok(match new_token {
        Some(token) => {
            let cookie = Cookie::build((browser_cookie(&state), token))
                .path("/")
                .max_age(time::Duration::days(365))
                .same_site(SameSite::Lax)
                .secure(state.config.secure_cookies)
                .http_only(true)
                .build();
            (jar.add(cookie), redirect).into_response()
        }
        None => redirect.into_response(),
    })
}
