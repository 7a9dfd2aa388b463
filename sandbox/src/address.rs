//! An address-validation service: suggestions while the user types the residence address, and a
//! check of the complete address. Solaris asks partners to validate addresses in real time and
//! to refuse ones that do not exist (a user whose address cannot be validated may go on, but
//! must send a proof of address later). No real address service is reachable from here, so
//! this is the simulator's own small contract over a compiled-in set of real streets (a few
//! per country in DE, AT, CH, FR, NL, BE, IT, ES, PL, GB, IE, US and CA).
//!
//! # Contract
//!
//! Base path `/address/v1`, JSON in and out. Every request needs the header
//! `X-Api-Key: <SandboxConfig::address_api_key>` (`sandbox-address-key` in
//! [`SandboxConfig::local`](crate::SandboxConfig::local)); no bearer token.
//!
//! ## `POST /address/v1/suggest`
//!
//! Request: `{"country": "DE", "query": "Amrumer", "limit": 5}`. `country` is an ISO 3166-1
//! alpha-2 code in either case; `limit` is optional (default 5, at most 10, `0` gives none).
//!
//! Response `200`:
//! `{"suggestions": [{"street": "Amrumer Straße", "postal_code": "13353", "city": "Berlin", "country": "DE", "state": null}]}`
//!
//! - A street with several postal codes appears once per code (each counts towards `limit`).
//! - `state` is the two-letter state (US) or province (CA) code, `null` elsewhere.
//! - For IE and CA, `postal_code` is the Eircode routing key (`D02`) or the forward sortation
//!   area (`M5B`): a prefix the user completes, not a full code.
//! - The query matches, ignoring case, accents (`é` = `e`, `ł` = `l`, `ø` = `o`), `ß` = `ss`,
//!   umlauts typed as `ae`/`oe`/`ue`, punctuation, extra spaces and street-type abbreviations
//!   (`Str.` = `Straße` = `Strasse`, `St` = `Street`, `Ave` = `Avenue`, `Fifth` = `5th`, …):
//!   the start of any word of the street name, or any part of it of three characters or more;
//!   the start of a word of the city name (three characters or more, English names such as
//!   `Munich` included), which suggests the city's streets; the beginning of a postal code
//!   (three characters or more) when the query starts with a word containing a digit.
//!   House numbers typed with the street (`Baker St 221b`) are ignored.
//! - Best matches first: postal code, start of the name, start of a word, inside the name,
//!   city. Queries of fewer than two letters or digits get `{"suggestions": []}`, and so do
//!   countries without data.
//!
//! ## `POST /address/v1/verify`
//!
//! Request: `{"street": "Amrumer Str.", "house_number": "14", "postal_code": "13353",
//! "city": "berlin", "country": "DE", "state": null}`. All keys but `state` are required
//! strings; `state` (US and CA only) may be left out or `null`.
//!
//! Response `200`: `{"verdict": …, "address": …, "reason": …}` where
//!
//! - `"confirmed"`: the address exists as typed, up to letter case, spaces and the postal
//!   code's format. `address` is the official form.
//! - `"corrected"`: it exists, but was typed differently (abbreviation, missing accents or
//!   umlauts, glued or missing street type, city in English, missing or differently written
//!   state…). `address` is the official form to show the user, e.g.
//!   `{"street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin", "country": "DE", "state": null}`.
//! - `"not_found"`: `address` is `null` and `reason` says what failed, for the street that came
//!   closest: `unknown_street`, `postal_code_mismatch` (not one of the street's codes),
//!   `city_mismatch`, `invalid_house_number` or `house_number_out_of_range`.
//!
//! `reason` is `null` unless the verdict is `not_found`. `house_number` is echoed with extra
//! spaces removed (`14a`, `221B`, `12-14`, `26/28` and `3 bis` are understood; the first
//! number must lie in the street's range). Postal codes are compared without spaces and
//! hyphens; IE and CA need a full code that starts with the street's routing key or FSA and
//! get it back formatted (`D02 X285`, `M5B 2H1`); US accepts ZIP and ZIP+4.
//!
//! ## Errors
//!
//! `{"error": code, "message": text}` with `401 invalid_api_key` (header missing or wrong),
//! `400 invalid_request` (body not JSON, a required key missing or not a string, unknown
//! country code), `404 not_found` (other paths under `/address/v1`) and
//! `405 method_not_allowed`.

mod abbreviations;
mod data_america;
mod data_dach;
mod data_south_east;
mod data_west;
mod dataset;
mod error;
mod normalise;
mod postal;
mod routes;
mod street;
mod suggest;
mod verify;

pub use suggest::{DEFAULT_LIMIT, MAX_LIMIT};

use axum::routing::post;
use axum::{middleware, Router};
use error::ApiError;
use std::sync::Arc;

/// Where [`crate::app`] mounts the address API.
pub const BASE_PATH: &str = "/address/v1";

/// The address API relative to [`BASE_PATH`], accepting `api_key` in `X-Api-Key`.
pub(crate) fn router(api_key: &str) -> Router {
    let key: Arc<str> = Arc::from(api_key);
    Router::new()
        .route("/suggest", post(routes::suggest))
        .route("/verify", post(routes::verify))
        .route_layer(middleware::from_fn_with_state(key, routes::require_api_key))
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
}
