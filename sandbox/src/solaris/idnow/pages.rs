//! The bodies of the simulated IDnow pages: start form, call, automated run, notices.

use super::layout::{escape, layout};
use super::text::Texts;

/// What the user typed into the start form, kept when it is shown again with errors.
#[derive(Debug, Default)]
pub(crate) struct StartForm<'a> {
    pub mobile_number: &'a str,
    pub terms: bool,
    pub document: bool,
    pub mobile_invalid: bool,
    pub terms_missing: bool,
    pub document_missing: bool,
}

/// A paragraph with an error, and the attributes that tie it to its input.
fn error_parts(id: &str, message: &str, shown: bool, extra_described_by: &str) -> (String, String) {
    if !shown {
        let described = if extra_described_by.is_empty() {
            String::new()
        } else {
            format!(" aria-describedby=\"{extra_described_by}\"")
        };
        return (String::new(), described);
    }
    let described = format!("{extra_described_by} {id}").trim().to_owned();
    (
        format!("<p class=\"error\" id=\"{id}\">{message}</p>"),
        format!(" aria-invalid=\"true\" aria-describedby=\"{described}\""),
    )
}

/// The manual landing page: mobile number and the two confirmations.
pub(crate) fn start(t: &Texts, action: &str, form: &StartForm) -> String {
    let (mobile_error, mobile_attrs) = error_parts("mobile-error", t.mobile_error, form.mobile_invalid, "mobile-hint");
    let (terms_error, terms_attrs) = error_parts("terms-error", t.terms_error, form.terms_missing, "");
    let (doc_error, doc_attrs) = error_parts("document-error", t.document_error, form.document_missing, "");
    // Send the keyboard to the first field that needs fixing.
    let first_error = [form.mobile_invalid, form.terms_missing, form.document_missing].iter().position(|e| *e);
    let focus = |i: usize| {
        if first_error == Some(i) {
            " autofocus"
        } else {
            ""
        }
    };
    let checked = |on: bool| if on { " checked" } else { "" };
    let content = format!(
        "<h1>{heading}</h1><p>{intro}</p>\
<form method=\"post\" action=\"{action}\" novalidate>\
<div class=\"field\"><label for=\"mobile_number\">{mobile_label}</label>\
<p class=\"hint\" id=\"mobile-hint\">{mobile_hint}</p>\
<input type=\"tel\" id=\"mobile_number\" name=\"mobile_number\" autocomplete=\"tel\" required value=\"{mobile}\"{mobile_attrs}{f0}>\
{mobile_error}</div>\
<div class=\"check\"><input type=\"checkbox\" id=\"terms\" name=\"terms\" value=\"yes\" required{terms_checked}{terms_attrs}{f1}>\
<label for=\"terms\">{terms_label}</label></div>{terms_error}\
<div class=\"check\"><input type=\"checkbox\" id=\"document\" name=\"document\" value=\"yes\" required{doc_checked}{doc_attrs}{f2}>\
<label for=\"document\">{document_label}</label></div>{doc_error}\
<div class=\"field\"><button type=\"submit\">{start}</button></div></form>",
        heading = t.heading,
        intro = t.intro,
        action = escape(action),
        mobile_label = t.mobile_label,
        mobile_hint = t.mobile_hint,
        mobile = escape(form.mobile_number),
        f0 = focus(0),
        f1 = focus(1),
        f2 = focus(2),
        terms_checked = checked(form.terms),
        terms_label = t.terms_label,
        doc_checked = checked(form.document),
        document_label = t.document_label,
        start = t.start_button,
    );
    layout(t, t.heading, &content)
}

/// The simulated call, ending with the ident code.
pub(crate) fn call(t: &Texts, action: &str, code_invalid: bool) -> String {
    let (error, attrs) = error_parts("code-error", t.code_error, code_invalid, "code-hint");
    let steps: String = t.call_steps.iter().map(|s| format!("<li>{s}</li>")).collect();
    let content = format!(
        "<h1>{heading}</h1><ol>{steps}</ol>\
<form method=\"post\" action=\"{action}\" novalidate><div class=\"field\">\
<label for=\"ident_code\">{label}</label><p class=\"hint\" id=\"code-hint\">{hint}</p>\
<input type=\"text\" id=\"ident_code\" name=\"ident_code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus{attrs}>\
{error}</div><div class=\"field\"><button type=\"submit\">{confirm}</button></div></form>",
        heading = t.call_heading,
        action = escape(action),
        label = t.code_label,
        hint = t.code_hint,
        confirm = t.confirm_button,
    );
    layout(t, t.call_heading, &content)
}

/// The X-AUTOTEST page: says what is happening and submits itself after a second. The button
/// keeps it usable without JavaScript.
pub(crate) fn autotest(t: &Texts, action: &str) -> String {
    let content = format!(
        "<h1>{heading}</h1><p role=\"status\">{status} {progress}</p>\
<form id=\"finish-form\" method=\"post\" action=\"{action}\"><button type=\"submit\">{finish}</button></form>\
<script>setTimeout(function(){{document.getElementById(\"finish-form\").submit();}},1000);</script>",
        heading = t.heading,
        status = t.auto_status,
        progress = t.auto_progress,
        action = escape(action),
        finish = t.finish_button,
    );
    layout(t, t.heading, &content)
}

/// A page with a heading and one paragraph: finished, expired, not found.
pub(crate) fn notice(t: &Texts, heading: &str, text: &str) -> String {
    layout(t, heading, &format!("<h1>{heading}</h1><p>{text}</p>"))
}
