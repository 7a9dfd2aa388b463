//! The simulator driven from outside, through `kyc_sandbox::app` only.

mod auth;
mod client;
mod deadlines;
mod identifications;
mod manual_flow;
mod pages;
mod person_limits;
mod persons;
mod plans;
mod receiver;
mod scenarios;
mod signature;
mod support;
mod webhooks;
