//! The API as OpenAPI 3.1, served at `/openapi.json`: generated from the handlers'
//! `#[utoipa::path]` attributes and the wire types' schemas as the routers are built
//! ([`crate::app`]), so a route and its description cannot part. The product teams' webhook
//! payloads are the document's `webhooks`.

use crate::receipts::ReceiptClaims;
use crate::store::outbox::{EventType, WebhookEvent};
use kyc_core::api::ErrorBody;
use utoipa::openapi::path::{OperationBuilder, PathItemBuilder};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::{ResponseBuilder, ResponsesBuilder};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{ContentBuilder, HttpMethod, Ref, RefOr, Response};
use utoipa::{IntoResponses, Modify, OpenApi, ToSchema};

/// The document's fixed parts: what it is, its tags, its security schemes and shared schemas.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "kyc-onboarding",
        description = "The app's API (`/api`, by the session's bearer token), the partner API for \
            product teams' servers (`/partner/v1`, by API key), the providers' callbacks \
            (`/webhooks`) and, as `webhooks`, what the proxy sends to a product team's endpoints \
            (signed as the Standard Webhooks specification says). Every error has one shape: \
            `ErrorBody`.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    tags(
        (name = "app", description = "The SPA's API: one browser session, by its bearer token."),
        (name = "partner", description = "A product team's server: its sessions, their results and documents."),
        (name = "partner webhooks", description = "A product team's webhook endpoints and their deliveries."),
        (name = "provider callbacks", description = "Events from the identity providers."),
        (name = "operations", description = "Health and readiness for load balancers and orchestrators."),
    ),
    components(schemas(ErrorBody, WebhookEvent, ReceiptClaims)),
    modifiers(&SecuritySchemes),
)]
pub struct Base;

/// The two bearer schemes: the browser's session token and a product team's API key.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = |what: &str| {
            let mut http = Http::new(HttpAuthScheme::Bearer);
            http.description = Some(what.to_owned());
            SecurityScheme::Http(http)
        };
        components.add_security_scheme(
            "session",
            bearer(
                "The session's token from `POST /api/sessions`, `/api/sessions/launch` or `/api/handoffs/exchange`.",
            ),
        );
        components.add_security_scheme("partner_key", bearer("A product team's API key (`kyc-proxy teams key-add`)."));
    }
}

/// The errors any route may answer, each in the one error shape.
pub struct Problems;

impl IntoResponses for Problems {
    fn responses() -> std::collections::BTreeMap<String, RefOr<Response>> {
        let error = |why: &str| {
            ResponseBuilder::new()
                .description(why)
                .content(
                    "application/json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name(ErrorBody::name()))).build(),
                )
                .build()
        };
        [
            ("400", "`bad_request`: the request cannot be read"),
            ("401", "`unauthorized`: no valid session token or API key"),
            ("403", "`forbidden`: not allowed by the team's policy"),
            ("404", "`not_found`"),
            ("409", "`conflict`: not in the session's current state"),
            ("410", "`link_expired`"),
            ("413", "`payload_too_large`"),
            ("415", "`unsupported_media_type`"),
            ("422", "`validation_failed` (with `fields`), `invalid_image` or `provider_refused`"),
            ("429", "`too_many_requests`"),
            ("502", "`provider_unavailable`: try again in a moment"),
            ("503", "`not_ready`, `not_configured`, `busy` or `timeout`: try again in a moment"),
        ]
        .into_iter()
        .map(|(code, why)| (code.to_owned(), RefOr::T(error(why))))
        .collect()
    }
}

/// The whole document as served: `paths` from the routers, and one `webhooks` entry per event
/// type a product team can subscribe to.
pub fn document(paths: utoipa::openapi::OpenApi) -> String {
    let mut openapi = paths;
    let mut webhooks = serde_json::Map::new();
    for kind in EventType::ALL {
        let operation = OperationBuilder::new()
            .tag("partner webhooks")
            .summary(Some(format!("`{}`, to each endpoint subscribed to it", kind.as_str())))
            .description(Some(
                "Headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (Standard Webhooks); \
                 verify with the specification's library and refuse timestamps older than 5 minutes. \
                 Any 2xx acknowledges; anything else is retried with backoff for 3 days, in order per session.",
            ))
            .request_body(Some(
                RequestBodyBuilder::new()
                    .content(
                        "application/json",
                        ContentBuilder::new().schema(Some(Ref::from_schema_name(WebhookEvent::name()))).build(),
                    )
                    .required(Some(utoipa::openapi::Required::True))
                    .build(),
            ))
            .responses(ResponsesBuilder::new().response("2XX", ResponseBuilder::new().description("Received")).build())
            .build();
        let item = PathItemBuilder::new().operation(HttpMethod::Post, operation).build();
        webhooks.insert(kind.as_str().to_owned(), serde_json::to_value(item).unwrap_or_default());
    }
    openapi.info.version = env!("CARGO_PKG_VERSION").to_owned();
    let mut value = serde_json::to_value(&openapi).unwrap_or_default();
    if let Some(document) = value.as_object_mut() {
        document.insert("webhooks".into(), serde_json::Value::Object(webhooks));
    }
    value.to_string()
}

/// `GET /openapi.json`: the document, written once when the router was built.
pub async fn document_show(document: std::sync::Arc<String>) -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], document.as_str().to_owned())
}
