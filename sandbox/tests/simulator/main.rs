//! The simulator driven from outside, through `kyc_sandbox::app` only.

mod address;
mod auth;
mod client;
mod deadlines;
mod documents;
mod faults;
mod iddataweb;
mod identifications;
mod listings;
mod manual_flow;
mod onfido;
mod pages;
mod person_limits;
mod persons;
mod plans;
mod png;
mod receiver;
mod scenarios;
mod shape;
mod signature;
mod sms;
mod support;
mod webhooks;
