//! A provider API behind client-credentials tokens: where it lives, the HTTP client and the
//! token cache, and the one way every call to it is sent.

use super::retry::{body_limited, send_with_retries};
use super::token_cache::{TokenCache, TokenEndpoint};
use super::ProviderError;
use axum::body::Bytes;
use kyc_core::flow::ProviderId;
use reqwest::{Method, RequestBuilder, Response, StatusCode};

/// The HTTP side of an adapter whose provider wants `Authorization: Bearer <token>`.
pub(crate) struct BearerApi {
    /// The provider's name in the metrics.
    provider: &'static str,
    http: reqwest::Client,
    base_url: String,
    tokens: TokenCache,
}

impl BearerApi {
    /// `provider`'s API at `base_url` (a trailing `/` is dropped), with tokens from `endpoint`.
    pub(crate) fn new(provider: ProviderId, http: reqwest::Client, base_url: &str, endpoint: TokenEndpoint) -> Self {
        let provider = provider.key();
        let tokens = TokenCache::new(provider, http.clone(), endpoint);
        Self { provider, http, base_url: base_url.trim_end_matches('/').to_owned(), tokens }
    }

    /// The full URL of `path`.
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Sends `method path`, completed by `build`, with a bearer token and returns the answer,
    /// whatever its status; on a 401 the token is renewed and the request sent once more (it
    /// may have been revoked before it expired). Reads and refusals that name a time to come
    /// back are tried again ([`super::retry`]).
    pub(crate) async fn send(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<Response, ProviderError> {
        let url = self.url(path);
        let request = || build(self.http.request(method.clone(), &url));
        let token = self.tokens.get(false).await?;
        let response = send_with_retries(self.provider, &method, || request().bearer_auth(&token).send()).await?;
        if response.status() != StatusCode::UNAUTHORIZED {
            return Ok(response);
        }
        let token = self.tokens.get(true).await?;
        send_with_retries(self.provider, &method, || request().bearer_auth(&token).send()).await
    }

    /// [`BearerApi::send`], read to the end (up to the size limit): the answer's status and body.
    pub(crate) async fn fetch(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<(StatusCode, Bytes), ProviderError> {
        let response = self.send(method, path, build).await?;
        Ok((response.status(), body_limited(response).await?))
    }

    /// [`BearerApi::fetch`], the answer read by the provider's `read` (its success body and its
    /// error format).
    pub(crate) async fn json<T>(
        &self,
        method: Method,
        path: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
        read: impl FnOnce(StatusCode, &[u8]) -> Result<T, ProviderError>,
    ) -> Result<T, ProviderError> {
        let (status, body) = self.fetch(method, path, build).await?;
        read(status, &body)
    }
}
