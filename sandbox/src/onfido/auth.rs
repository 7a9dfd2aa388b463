//! `Authorization: Token token=<api token>` on every request.

use super::errors::ApiError;
use super::Sim;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The token of an `Authorization` value: `Token token=…`, the documented form, or a bare
/// `Token …` that some clients send.
fn token(value: &str) -> Option<&str> {
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("token") {
        return None;
    }
    let rest = rest.trim();
    let token = rest.strip_prefix("token=").unwrap_or(rest);
    Some(token.trim_matches('"')).filter(|t| !t.is_empty())
}

/// Refuses a request without the configured token.
pub(crate) async fn require_token(State(sim): State<Sim>, request: Request, next: Next) -> Response {
    let value = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    // Simulator credentials are not secrets worth a constant-time comparison.
    if value.and_then(token) != Some(sim.config.api_token.as_str()) {
        return ApiError::unauthorized().into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::token;

    #[test]
    fn the_documented_form_and_the_bare_form_are_read() {
        assert_eq!(token("Token token=abc"), Some("abc"));
        assert_eq!(token("Token token=\"abc\""), Some("abc"));
        assert_eq!(token("token abc"), Some("abc"));
        assert_eq!(token("Bearer abc"), None);
        assert_eq!(token("Token token="), None);
    }
}
