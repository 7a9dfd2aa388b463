//! What the document and facial similarity reports say (the sandbox's predetermined results and
//! its triggers), and the completion of a check.

use super::store::{now_utc, Outcome};
use super::webhooks::Event;
use super::Sim;
use serde_json::{json, Value};

/// The documented document sub-results.
pub(crate) const SUB_RESULTS: &[&str] = &["clear", "rejected", "suspected", "caution"];

fn element(result: &str) -> Value {
    json!({ "result": result })
}

/// The document report: `clear` unless the check asks for `consider` or a sub-result; the
/// breakdown element that explains the sub-result is the one marked `consider`.
pub(crate) fn document(force_consider: bool, sub_result: Option<&'static str>, properties: Value) -> Outcome {
    let sub_result = match sub_result {
        Some("clear") | None if force_consider => "suspected",
        Some(sub) => sub,
        None => "clear",
    };
    let failing = match sub_result {
        "rejected" => Some("image_integrity"),
        "suspected" => Some("visual_authenticity"),
        "caution" => Some("data_validation"),
        _ => None,
    };
    let keys = ["data_comparison", "data_validation", "image_integrity", "visual_authenticity", "data_consistency"];
    let breakdown: serde_json::Map<String, Value> = keys
        .into_iter()
        .map(|k| (k.to_owned(), element(if Some(k) == failing { "consider" } else { "clear" })))
        .collect();
    let result = if sub_result == "clear" { "clear" } else { "consider" };
    Outcome { result, sub_result: Some(sub_result), breakdown: Value::Object(breakdown), properties }
}

/// The facial similarity report: a high face-match score, or a low one when `consider` is asked.
pub(crate) fn facial_similarity(force_consider: bool, document_id: &str) -> Outcome {
    let (result, score) = if force_consider { ("consider", 0.21) } else { ("clear", 0.93) };
    let breakdown = json!({
        "face_comparison": {
            "result": result,
            "breakdown": { "face_match": { "result": result, "properties": { "score": score, "document_id": document_id } } },
        },
        "image_integrity": {
            "result": "clear",
            "breakdown": { "face_detected": element("clear"), "source_integrity": element("clear") },
        },
        "visual_authenticity": {
            "result": "clear",
            "breakdown": { "spoofing_detection": { "result": "clear", "properties": { "score": 0.98 } } },
        },
    });
    Outcome { result, sub_result: None, breakdown, properties: json!({}) }
}

/// Marks the check and its reports complete and sends `report.completed` for each report, then
/// `check.completed`. Does nothing for a check that is already complete.
pub(crate) fn complete(sim: &Sim, check_id: &str) {
    let completed_at = now_utc();
    let public = sim.config.public_url.clone();
    let object = |kind: &str, id: &str| json!({ "id": id, "status": "complete", "completed_at_iso8601": completed_at, "href": format!("{public}/v3.6/{kind}/{id}") });
    let mut events = Vec::new();
    {
        let mut store = sim.store();
        let Some(check) = store.checks.get_mut(check_id) else { return };
        if check.complete {
            return;
        }
        check.complete = true;
        let report_ids = check.report_ids.clone();
        for id in &report_ids {
            if let Some(report) = store.reports.get_mut(id) {
                report.complete = true;
                events.push(Event::new("report", "report.completed", object("reports", id)));
            }
        }
    }
    events.push(Event::new("check", "check.completed", object("checks", check_id)));
    sim.deliveries.send(events);
}
