//! `POST /v1/slverify`: runs the step the `apikey` names on the transaction `asi` names, and
//! moves the transaction on by the policy's decision.

use super::decision::{Answer, Decision, Step};
use super::document::{self, Submission};
use super::errors::ApiError;
use super::personas::Persona;
use super::pii::{self, Pii};
use super::risk::{self, Rules, Signals};
use super::store::{Binding, Opened, Possession, Store, Transaction};
use super::wire::VerifyRequest;
use super::{Config, Sim, Template};
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use tokio::time::Instant;

/// `POST /v1/slverify`.
pub(crate) async fn slverify(State(sim): State<Sim>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let request = VerifyRequest::parse(&body)?;
    let config = &sim.config;
    if request.apikey == config.keys.session_risk {
        return Ok(Json(session_risk(config, &mut sim.store(), &request)?));
    }
    let steps = [Step::PiiValidation, Step::SmsLink, Step::Document, Step::Kba];
    if !steps.iter().any(|s| s.key(&config.keys) == request.apikey) {
        return Err(ApiError::bad_request("Unknown apikey."));
    }
    let asi = request.asi.as_deref().map(str::trim).filter(|a| !a.is_empty()).ok_or_else(|| {
        ApiError::bad_request("asi (the transaction_id of the first answer) is required on every later step.")
    })?;
    let mut guard = sim.store();
    let Store { transactions, devices, images, .. } = &mut *guard;
    let tx = transactions.get_mut(asi).ok_or_else(|| ApiError::unknown("transaction"))?;
    let Some(step) = tx.next else {
        return Err(ApiError::conflict("This transaction is already decided; start a new one with session risk."));
    };
    if request.apikey != step.key(&config.keys) {
        let message = format!("The next step of this transaction is {}: use the last forwardApiKey.", step.name());
        return Err(ApiError::conflict(message));
    }
    let mut answer = match step {
        Step::PiiValidation => pii_validation(config, tx, &request)?,
        Step::SmsLink => sms_link(config, tx)?,
        Step::Document => {
            // Pictures from the capture page are named by URL; only this transaction's count.
            let prefix = format!("{}/v1/doccapture/images/", config.public_base_url);
            let captured = |url: &str| {
                let (owner, bytes) = images.get(url.strip_prefix(&prefix)?)?;
                (owner == asi).then(|| bytes.clone())
            };
            document_match(config, tx, &request, captured)?
        }
        Step::Kba => {
            return Err(ApiError::bad_request(
                "The KBA conversation (/v1/kba/…) is not simulated; this transaction stays at KBA.",
            ))
        }
    };
    tx.next = match answer.decision {
        Decision::Obligation(next) => Some(next),
        Decision::Approve | Decision::Deny => None,
    };
    if answer.decision == Decision::Approve {
        answer.acquired = bind_devices(config, tx, devices);
    }
    Ok(Json(answer.to_json(&tx.asi, &tx.mbun, &config.keys)))
}

/// The first step: opens the transaction, denied at once when the session looks risky.
fn session_risk(config: &Config, store: &mut Store, request: &VerifyRequest) -> Result<Value, ApiError> {
    let credential = request.credential().ok_or_else(|| ApiError::bad_request("credential is required."))?;
    let signals = Signals::try_from(request)?;
    let now = Instant::now();
    let recent = store.sessions_by_ip.entry(signals.ip).or_default();
    recent.retain(|at| now.duration_since(*at) <= config.velocity_window);
    recent.push(now);
    let rules = Rules {
        tor_exit_ips: &config.tor_exit_ips,
        flagged_ips: &config.flagged_ips,
        velocity_limit: config.velocity_limit,
        email_risk: config.add_ons.email_risk,
    };
    let checks = risk::assess(&signals, &rules, recent.len());
    let passed = checks.iter().all(|(_, ok)| *ok);
    let mut answer =
        Answer::new(if passed { Decision::Obligation(Step::PiiValidation) } else { Decision::Deny }, checks);
    // The onboarding's credential is new with every attempt (the user is not known yet), so a
    // device bound by an earlier approval is recognised by its fingerprint alone.
    let known = signals.fingerprint.as_ref().and_then(|fp| store.devices.get(fp)).filter(|_| passed);
    if let Some(binding) = known {
        answer.notes.push(("device.trusted", "true".to_owned()));
        if let Some(id) = binding.persistent_id.as_ref().filter(|_| config.add_ons.persistent_id) {
            answer.acquired.push(json!({ "attributeType": "PersistentID", "values": { "persistentId": id } }));
        }
    }
    let mut tx = Transaction::new(credential.to_owned(), signals.fingerprint);
    if !passed {
        tx.next = None;
    }
    let body = answer.to_json(&tx.asi, &tx.mbun, &config.keys);
    store.transactions.insert(tx.asi.clone(), tx);
    Ok(body)
}

/// Phone match: possession check (or approval, phone-only template) on a match, documents otherwise.
fn pii_validation(config: &Config, tx: &mut Transaction, request: &VerifyRequest) -> Result<Answer, ApiError> {
    let input = Pii::try_from(request)?;
    let validation = pii::validate(&input, config.add_ons);
    let matched = validation.matched();
    tx.phone = Some(input.e164());
    tx.persona = validation.persona.filter(|_| matched);
    let decision = match (matched, config.template) {
        (true, Template::PhoneMatchWithPossession) => Decision::Obligation(Step::SmsLink),
        (true, Template::PhoneMatchOnly) => Decision::Approve,
        (false, _) => Decision::Obligation(Step::Document),
    };
    Ok(Answer::new(decision, validation.checks))
}

/// The SMS link's result; while it is neither opened nor expired the step stays required.
fn sms_link(config: &Config, tx: &Transaction) -> Result<Answer, ApiError> {
    let link =
        tx.link.as_ref().ok_or_else(|| ApiError::conflict("Send the SMS link first (/v1/async-ui/send-link)."))?;
    Ok(match link.possession(Instant::now(), config.link_timeout) {
        Possession::Waiting => Answer {
            notes: vec![("smsLink.status", "pending".to_owned())],
            ..Answer::new(Decision::Obligation(Step::SmsLink), Vec::new())
        },
        Possession::Confirmed { .. } => {
            Answer::new(Decision::Approve, vec![("smsLink.inTime", true), ("smsLink.mobileDevice", true)])
        }
        Possession::OpenedOnDesktop => {
            Answer::new(Decision::Deny, vec![("smsLink.inTime", true), ("smsLink.mobileDevice", false)])
        }
        Possession::TimedOut => Answer::new(Decision::Deny, vec![("smsLink.inTime", false)]),
    })
}

/// Government ID and selfie match; a document that cannot be captured steps up to KBA when the
/// workflow has it.
fn document_match(
    config: &Config,
    tx: &mut Transaction,
    request: &VerifyRequest,
    captured: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<Answer, ApiError> {
    let submission = Submission::parse(request, captured)?;
    let (persona, checks) = document::verify(&submission);
    let passed = checks.iter().all(|(_, ok)| *ok);
    if passed {
        tx.persona = persona;
    }
    let unreadable = persona.is_some_and(|p| !p.documents_readable);
    let decision = match (passed, unreadable && config.add_ons.kba) {
        (true, _) => Decision::Approve,
        (false, true) => Decision::Obligation(Step::Kba),
        (false, false) => Decision::Deny,
    };
    Ok(Answer { notes: vec![("document.type", submission.kind.name().to_owned())], ..Answer::new(decision, checks) })
}

/// Registers the session's browser and the phone that opened the SMS link against the
/// credential; the answer reports both (and the persistent ID, with that add-on).
fn bind_devices(config: &Config, tx: &Transaction, devices: &mut HashMap<String, Binding>) -> Vec<Value> {
    let mobile = match tx.link.as_ref().and_then(|l| l.opened.as_ref()) {
        Some(Opened::OnMobile { fingerprint }) => Some(fingerprint.clone()),
        _ => None,
    };
    let person = tx.persona.map(persistent_id);
    for fingerprint in [&tx.desktop_fingerprint, &mobile].into_iter().flatten() {
        devices.insert(fingerprint.clone(), Binding { persistent_id: person.clone() });
    }
    let mut acquired = vec![json!({
        "attributeType": "TrustedDevices",
        "values": {
            "credential": tx.credential,
            "desktopFingerprint": tx.desktop_fingerprint,
            "mobileFingerprint": mobile,
        },
    })];
    if let Some(id) = person.filter(|_| config.add_ons.persistent_id) {
        acquired.push(json!({ "attributeType": "PersistentID", "values": { "persistentId": id } }));
    }
    acquired
}

/// The same person gets the same identifier in every session, whichever path approved them.
fn persistent_id(persona: &Persona) -> String {
    let digest = Sha256::digest(format!("{} {} {}", persona.first_name, persona.last_name, persona.e164()));
    hex::encode(&digest[..12])
}
