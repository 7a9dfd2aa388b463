//! API tests: the proxy through `app()` without a socket, the Solaris simulator over real HTTP
//! on loopback (so the adapter is exercised exactly as against the real provider).

mod address;
mod captures;
mod consent_receipts;
mod consents;
mod embed;
mod encryption;
mod forwarded;
mod handoffs;
mod health;
mod helpers;
mod html_headers;
mod iddataweb;
mod identification;
mod metrics;
mod onfido;
mod onfido_crash;
mod openapi;
mod openapi_docs;
mod pages;
mod partner;
mod person;
mod rate_limits;
mod retention;
mod search;
mod sessions;
mod signicat;
mod signicat_abandoned;
mod signicat_crash;
mod signicat_eid;
mod signicat_evidence;
mod solaris_crash;
mod team_webhooks;
mod teams;
mod webhooks;
mod xpollens;
