//! ID Dataweb (AXN Verify): session risk before anything is asked, PII validation of what the
//! user entered, then the SMS link possession check on a match, or the document step-up
//! otherwise. The transaction keys stay in the proxy.
//!
//! - [`client`](IdDatawebClient): the adapter, with its attributes, domain and wire types and
//!   errors;
//! - [`decision`]: what the product team reads of a decided verification;
//! - `flow`: the stages stored between the browser's calls (ID Dataweb decides within them: it
//!   sends no events);
//! - [`IdDatawebSettings`]: the `IDDATAWEB_*` variables.

mod attributes;
mod client;
pub mod decision;
mod domain;
mod errors;
mod flow;
mod settings;
mod wire;

pub use client::*;
pub use flow::{decision, documents_submit, phone_check_poll, phone_check_start, risk, Progress, PROVIDER};
pub use settings::{IdDatawebOption, IdDatawebSettings};
