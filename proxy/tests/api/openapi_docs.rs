//! `docs/api.md`, the API as a reader browses it, rendered from `/openapi.json`. The test fails
//! when the page is out of date; `KYC_BLESS=1 cargo test -p kyc-proxy --test api openapi_docs`
//! writes it anew.

use crate::helpers::TestApp;
use axum::http::Method;
use serde_json::Value;
use std::fmt::Write;

/// A schema in a word or two: its `$ref` name, an array of one, or its JSON type.
fn kind(schema: &Value) -> String {
    if let Some(name) = schema["$ref"].as_str() {
        let name = name.rsplit('/').next().unwrap_or(name);
        return format!("[`{name}`](#{})", name.to_lowercase());
    }
    if let Some(items) = schema.get("items") {
        return format!("array of {}", kind(items));
    }
    for key in ["oneOf", "allOf", "anyOf"] {
        if let Some(parts) = schema[key].as_array() {
            let named: Vec<String> = parts.iter().filter(|p| p["type"] != "null").map(kind).collect();
            return named.join(" and ");
        }
    }
    if let Some(values) = schema["enum"].as_array() {
        return values.iter().map(|v| format!("`{}`", v.as_str().unwrap_or_default())).collect::<Vec<_>>().join(", ");
    }
    match &schema["type"] {
        Value::Array(types) => {
            types.iter().filter(|t| *t != "null").map(|t| t.as_str().unwrap_or("").to_owned()).collect()
        }
        Value::String(t) => t.clone(),
        _ => "any".into(),
    }
}

fn one_line(text: &Value) -> String {
    text.as_str().unwrap_or_default().replace('\n', " ").replace('|', "\\|")
}

/// The error statuses with what each means, as every operation lists them.
fn error_codes(doc: &Value) -> String {
    let responses = &doc["paths"]["/api/session"]["get"]["responses"];
    let mut codes = Vec::new();
    for (status, response) in responses.as_object().unwrap() {
        if status.starts_with('4') || status.starts_with('5') {
            codes.push(format!("{status} {}", one_line(&response["description"])));
        }
    }
    codes.join("; ")
}

fn render(doc: &Value) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# API reference\n");
    let _ = writeln!(
        out,
        "Rendered from the proxy's OpenAPI 3.1 description (`GET /openapi.json` on any running proxy; \
         load it into any OpenAPI viewer for a browsable view). Do not edit: `KYC_BLESS=1 cargo test -p \
         kyc-proxy --test api openapi_docs` writes this page from the code.\n"
    );
    let _ = writeln!(out, "{}\n", doc["info"]["description"].as_str().unwrap_or_default());
    let _ = writeln!(out, "Errors, by status: {}.\n", error_codes(doc));
    let _ = writeln!(out, "## Operations\n");
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let _ = writeln!(out, "### `{} {path}`\n", method.to_uppercase());
            let tag = op["tags"][0].as_str().unwrap_or_default();
            let security: Vec<String> = op["security"]
                .as_array()
                .map(|s| s.iter().flat_map(|r| r.as_object().unwrap().keys().cloned()).collect())
                .unwrap_or_default();
            let auth = if security.is_empty() { "none".to_owned() } else { security.join(", ") };
            let _ = writeln!(out, "*{tag}* · authentication: {auth}\n");
            for key in ["summary", "description"] {
                if let Some(text) = op[key].as_str() {
                    let _ = writeln!(out, "{text}\n");
                }
            }
            if let Some(params) = op["parameters"].as_array() {
                for p in params {
                    let _ = writeln!(
                        out,
                        "- {} `{}` ({}): {}",
                        p["in"].as_str().unwrap_or_default(),
                        p["name"].as_str().unwrap_or_default(),
                        kind(&p["schema"]),
                        one_line(&p["description"])
                    );
                }
                out.push('\n');
            }
            if let Some(content) = op["requestBody"]["content"].as_object() {
                for (media, body) in content {
                    let _ = writeln!(out, "Body ({media}): {}\n", kind(&body["schema"]));
                }
            }
            let _ = writeln!(out, "| Status | Answer |\n|---|---|");
            let mut errors = Vec::new();
            for (status, response) in op["responses"].as_object().unwrap() {
                let schema =
                    response["content"].as_object().and_then(|c| c.values().next()).map(|c| kind(&c["schema"]));
                if schema.as_deref().is_some_and(|s| s.contains("`ErrorBody`")) {
                    errors.push(status.clone());
                    continue;
                }
                let body = schema.map(|s| format!(" {s}")).unwrap_or_default();
                let _ = writeln!(out, "| {status} | {}{body} |", one_line(&response["description"]));
            }
            if !errors.is_empty() {
                let _ = writeln!(out, "| {} | the one error shape, [`ErrorBody`](#errorbody) |", errors.join(", "));
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## Webhooks to a product team's endpoints\n");
    for name in doc["webhooks"].as_object().unwrap().keys() {
        let _ = writeln!(out, "- `{name}`: body [`WebhookEvent`](#webhookevent)");
    }
    let _ = writeln!(out, "\n## Schemas\n");
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let _ = writeln!(out, "### {name}\n");
        let _ = writeln!(out, "{}\n", schema["description"].as_str().unwrap_or_default());
        let mut fields = Vec::new();
        let required = |s: &Value, f: &str| s["required"].as_array().is_some_and(|r| r.iter().any(|x| x == f));
        let parts: Vec<&Value> = match schema["allOf"].as_array() {
            Some(parts) => parts.iter().collect(),
            None => vec![schema],
        };
        for part in parts {
            if let Some(props) = part["properties"].as_object() {
                for (field, s) in props {
                    fields.push(format!(
                        "| `{field}` | {} | {} | {} |",
                        kind(s),
                        if required(part, field) { "yes" } else { "" },
                        one_line(&s["description"])
                    ));
                }
            } else if part.get("$ref").is_some() {
                fields.push(format!("| (all of) | {} | | |", kind(part)));
            }
        }
        if fields.is_empty() {
            let _ = writeln!(out, "{}\n", kind(schema));
        } else {
            let _ = writeln!(out, "| Field | Type | Required | |\n|---|---|---|---|\n{}\n", fields.join("\n"));
        }
    }
    out
}

#[tokio::test]
async fn docs_api_md_is_the_rendered_description() {
    let app = TestApp::spawn().await;
    let (_, _, bytes) = app.raw(Method::GET, "/openapi.json", None).await;
    let rendered = render(&serde_json::from_slice(&bytes).unwrap());
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/api.md");
    if std::env::var_os("KYC_BLESS").is_some() {
        std::fs::write(&page, &rendered).unwrap();
    }
    let current = std::fs::read_to_string(&page).unwrap_or_default();
    assert!(
        current == rendered,
        "docs/api.md is out of date: KYC_BLESS=1 cargo test -p kyc-proxy --test api openapi_docs"
    );
}
