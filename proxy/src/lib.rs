//! kyc-proxy: the thin backend of kyc-onboarding.
//!
//! The modules form layers, each importing only from below:
//!
//! 1. [`cli`] (and `main`): the command; [`startup`]: configuration read, state built, background
//!    jobs; [`simulators`]: the `kyc-proxy sandbox` process;
//! 2. handlers: `/api/…` the JSON API for the SPA ([`api`]), `/partner/v1/…` the product team's
//!    backend API by API key ([`partner`]), `/` and every other path the built SPA ([`spa`]),
//!    and [`demo`], a product team's host page beside the simulators; all with [`AppState`];
//! 3. the dispatcher, [`providers`]: the one place that names every provider, with their
//!    `/webhooks/{provider}` and provider-only `/api` routes;
//! 4. one folder per provider (`providers/<name>/`): settings, adapter, wire types, flow,
//!    decision, routes, webhook;
//! 5. what flows are built from ([`flow`]), storage ([`store`]), the adapters' HTTP kit and the
//!    non-identity services ([`clients`]), settings ([`settings`]), rules, tokens, errors, clock,
//!    the Prometheus series ([`metrics`]), and the built SPA's encodings and caching ([`assets`]).
//!
//! [`app`] builds the whole router from an [`AppState`], so tests call it without a socket.

pub mod api;
pub mod assets;
pub mod auth;
pub mod backoff;
pub mod cli;
pub mod client_ip;
pub mod clients;
pub mod clock;
pub mod config;
pub mod data_keys;
pub mod deadlines;
pub mod demo;
pub mod edge;
pub mod error;
pub mod flow;
pub mod https;
pub mod jobs;
pub mod json_body;
pub mod limits;
pub mod metrics;
pub mod openapi;
pub mod operator;
pub mod page_headers;
pub mod partner;
pub mod providers;
pub mod qr;
pub mod random;
pub mod readiness;
pub mod receipts;
pub mod rules;
pub mod settings;
pub mod shell;
pub mod simulators;
pub mod spa;
pub mod startup;
pub mod state;
pub mod store;
pub mod teams;
pub mod tls;

pub use state::AppState;

use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::header::{CACHE_CONTROL, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderMap, HeaderValue, Uri};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

/// API bodies are small JSON documents; anything larger is refused before it is read.
const API_BODY_LIMIT: usize = 64 * 1024;

/// The SPA's page for the path; with an embed marker (`?embed=emb_…`), the partner session's
/// framing origins, logo origin and return URL (see [`spa`]). An unknown marker changes nothing.
async fn index_show(
    State(state): State<AppState>,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let bundle = kyc_core::Bundle::of_request(uri.path(), query.as_deref());
    // A new user on the first screen: nothing in the URL but perhaps the language. The frame
    // can then show the personal-data step (a returning user on `/` is sent on by the app).
    let plain = query.as_deref().unwrap_or_default().split('&').all(|p| p.is_empty() || p.starts_with("lang="));
    let first = |path: &str| path.strip_prefix('/') == Some(kyc_core::Step::PersonalData.path());
    if plain && (uri.path() == "/" || first(uri.path())) {
        return state.spa.response_person_first(page_language(query.as_deref(), &headers), &headers);
    }
    page_show(&state, bundle, query, &headers).await
}

/// `/rest/index.html`, `/account/index.html`: a later page by its file name, as [`index_show`]
/// serves it.
async fn bundle_index_show(
    State((state, bundle)): State<(AppState, kyc_core::Bundle)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    page_show(&state, bundle, query, &headers).await
}

/// `GET /ident-return.html`, `GET /bank-return.html`: a provider's return page in the user's
/// language; in a build without them, the app's page, as for any other path.
async fn return_page_show(
    State(state): State<AppState>,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    match state.spa.returns.response(uri.path(), page_language(query.as_deref(), &headers), &headers) {
        Some(page) => page,
        None => page_show(&state, kyc_core::Bundle::Start, query, &headers).await,
    }
}

/// The page's language: `?lang=`, else the browser's `Accept-Language`, as the app chooses.
fn page_language(query: Option<&str>, request: &HeaderMap) -> kyc_core::Language {
    let accept_language = request.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = query.and_then(|q| kyc_core::query::param(q, "lang"));
    kyc_core::Language::negotiate(lang, accept_language.unwrap_or_default())
}

/// The page of `bundle`, for the partner session of an embed marker in `query` if any, in the
/// encoding `request` prefers.
async fn page_show(state: &AppState, bundle: kyc_core::Bundle, query: Option<String>, request: &HeaderMap) -> Response {
    let param = |name: &str| query.as_deref().and_then(|q| kyc_core::query::param(q, name));
    let marker = param("embed");
    let language = page_language(query.as_deref(), request);
    let found = match marker.filter(|m| m.len() <= 64) {
        Some(marker) => state.env.store.session_options_by_embed(marker.to_owned()).await.unwrap_or_else(|err| {
            tracing::error!(error = %err, "embed lookup failed");
            None
        }),
        None => None,
    };
    let Some(found) = found else { return state.spa.response(bundle, language, request) };
    let options = found.options;
    let return_url = options.redirect_url.map(|url| {
        let separator = if url.contains('?') { '&' } else { '?' };
        format!("{url}{separator}kyc_session={}", found.public_id)
    });
    let logo = options.theme.and_then(|t| t.logo_url).and_then(|u| kyc_core::origin::Origin::of_url(&u));
    state.spa.response_for(
        bundle,
        language,
        &spa::PageEmbed {
            frame_ancestors: options.allowed_origins.into_iter().map(String::from).collect(),
            image_origins: logo.into_iter().map(String::from).collect(),
            return_url,
        },
        request,
    )
}

/// Webhook bodies are small JSON documents too.
const WEBHOOK_BODY_LIMIT: usize = 64 * 1024;

/// The whole proxy: API, SPA, security headers, and the requests counted for [`metrics`].
/// The API's routers carry their OpenAPI description, served at `/openapi.json`. Requests have
/// the default [`deadlines::Deadlines`].
pub fn app(state: AppState) -> Router {
    app_with(state, deadlines::Deadlines::default())
}

/// [`app`] with other deadlines (tests).
pub fn app_with(state: AppState, deadlines: deadlines::Deadlines) -> Router {
    // The shared routes and each provider's own, each router with its state already applied.
    let api = api::router()
        .with_state(state.clone())
        .merge(state.providers.api_routes())
        .layer(DefaultBodyLimit::max(API_BODY_LIMIT))
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static("no-store")));
    let partner = partner::router()
        .with_state(state.clone())
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static("no-store")));
    let (routes, paths) = OpenApiRouter::with_openapi(openapi::Base::openapi())
        .nest("/api", api)
        .nest("/webhooks", state.providers.webhook_routes().layer(DefaultBodyLimit::max(WEBHOOK_BODY_LIMIT)))
        .nest("/partner/v1", partner)
        .split_for_parts();
    let document = std::sync::Arc::new(openapi::document(paths));
    // Every handler finds the trusted proxies beside the peer's address (`client_ip`).
    let trusted_proxies = state.trusted_proxies.clone();
    let public_url = state.env.public_url.clone();
    // Any path that is not a built asset is a route of the SPA (reload on /consents). The pages
    // themselves are only served with their headers, never as plain files of a directory. Each
    // file goes as its Brotli or gzip sibling when the browser takes one (`assets`).
    let files = ServeDir::new(&state.spa.dist_dir)
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(get(index_show).with_state::<()>(state.clone()));
    let assets = tower::ServiceBuilder::new()
        .layer(axum::middleware::from_fn_with_state(state.spa.files.clone(), assets::cache::files_pass))
        .service(files);
    // The built pages by their file names too, with the same headers as every other path.
    let routes = kyc_core::Bundle::ALL[1..].iter().fold(routes, |routes, &bundle| {
        let path = format!("/{}", assets::bundle_file(bundle, "index.html"));
        routes.route(&path, get(bundle_index_show).with_state((state.clone(), bundle)))
    });
    // The providers' return pages in the user's language.
    let routes = spa::ReturnPages::paths()
        .fold(routes, |routes, path| routes.route(path, get(return_page_show).with_state(state.clone())));
    routes
        .route("/openapi.json", get(move || openapi::document_show(document.clone())))
        .route("/", get(index_show).with_state(state.clone()))
        .route("/index.html", get(index_show).with_state(state))
        .fallback_service(assets)
        // Deadline, HTTPS and page headers: one layer (see edge.rs).
        .layer(axum::middleware::from_fn_with_state(edge::Edge { public_url, deadlines }, edge::edge_pass))
        .layer(SetResponseHeaderLayer::overriding(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        // Outermost but for the metrics: the middlewares inside read the trusted proxies.
        .layer(axum::Extension(trusted_proxies))
        // Outermost, so that the time counts every layer; served apart ([`metrics::router`]).
        .layer(axum::middleware::from_fn(metrics::track))
}
