//! The bank login page: one radio group, two buttons, readable without styles or scripts.

use super::AS_ENTERED;
use crate::signicat::personas::PERSONAS;
use crate::signicat::store::Scheme;

const STYLE: &str = "body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
main{max-width:36rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.5rem;line-height:1.25}\
fieldset{border:1px solid #555;border-radius:4px;margin:1rem 0;padding:.5rem 1rem}\
legend{font-weight:600;padding:0 .25rem}\
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0}\
.choice input{flex:none;width:1.5rem;height:1.5rem;margin:0}\
.hint{color:#4a4a4a;margin:.25rem 0}\
.error{color:#a4000f;font-weight:600}\
.actions{display:flex;gap:1rem;flex-wrap:wrap}\
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:4px;cursor:pointer}\
.primary{color:#fff;background:#0b4f9c;border:2px solid #0b4f9c}\
.secondary{color:#0b4f9c;background:#fff;border:2px solid #0b4f9c}\
:focus-visible{outline:3px solid #b35900;outline-offset:2px}";

fn escape(raw: &str) -> String {
    raw.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn layout(title: &str, content: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} – eID test bank</title>\
<style>{STYLE}</style></head><body><main>{content}</main></body></html>",
        title = escape(title),
    )
}

/// The login form of `scheme` posting to `action`, listing the personas of the scheme's country.
/// "As entered" is offered only when the dossier holds user data; `missing_choice` marks the
/// group after a submit without a choice.
pub(crate) fn login(scheme: Scheme, action: &str, has_user_data: bool, missing_choice: bool) -> String {
    let (error, invalid) = if missing_choice {
        ("<p class=\"error\" id=\"persona-error\">Choose whose bank account logs in.</p>", " aria-invalid=\"true\"")
    } else {
        ("", "")
    };
    let described = if missing_choice {
        " aria-describedby=\"persona-hint persona-error\""
    } else {
        " aria-describedby=\"persona-hint\""
    };
    let mut choices = String::new();
    let mut choice = |value: &str, label: &str, first: bool| {
        let focus = if first && missing_choice { " autofocus" } else { "" };
        choices.push_str(&format!(
            "<div class=\"choice\"><input type=\"radio\" id=\"persona-{value}\" name=\"persona\" value=\"{value}\"{invalid}{focus}>\
<label for=\"persona-{value}\">{label}</label></div>",
            value = escape(value),
            label = escape(label),
        ));
    };
    if has_user_data {
        choice(AS_ENTERED, "The person as entered on the website", true);
    }
    for (i, p) in PERSONAS.iter().filter(|p| p.country == scheme.country()).enumerate() {
        let label = format!("{} {}, born {}, {}", p.first_name, p.last_name, p.birth_date, p.address.3);
        choice(p.key, &label, i == 0 && !has_user_data);
    }
    let title = format!("Log in with {}", scheme.name());
    let content = format!(
        "<h1>{title}</h1>\
<p>This is a test bank of the Signicat sandbox. No real bank account is used.</p>\
<form method=\"post\" action=\"{action}\" novalidate>\
<fieldset{described}><legend>Whose bank account logs in?</legend>\
<p class=\"hint\" id=\"persona-hint\">The bank shares this person's name, birth date and address with the website.</p>\
{choices}{error}</fieldset>\
<div class=\"actions\"><button class=\"primary\" type=\"submit\" name=\"action\" value=\"login\">Log in and share</button>\
<button class=\"secondary\" type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></div></form>",
        action = escape(action),
        title = escape(&title),
    );
    layout(&title, &content)
}

/// A page with a heading and one paragraph.
pub(crate) fn notice(heading: &str, text: &str) -> String {
    layout(heading, &format!("<h1>{}</h1><p>{}</p>", escape(heading), escape(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_a_label_and_the_error_is_tied_to_the_group() {
        let page = login(Scheme::Idin, "https://sim/idin/1", true, true);
        let radios = page.matches("type=\"radio\"").count();
        assert_eq!(radios, PERSONAS.iter().filter(|p| p.country == "NL").count() + 1);
        assert_eq!(page.matches("<label for=\"persona-").count(), radios);
        assert!(page.contains("aria-describedby=\"persona-hint persona-error\""));
        assert!(page.contains("id=\"persona-error\""));
        assert!(!login(Scheme::Idin, "https://sim/idin/1", false, false).contains("persona-entered"));
    }

    #[test]
    fn the_norwegian_bank_page_says_bankid_and_lists_only_norwegians() {
        let page = login(Scheme::Nbid, "https://sim/nbid/1", false, false);
        assert!(page.contains("<h1>Log in with BankID</h1>") && page.contains("Ingrid Hansen"));
        assert!(!page.contains("Claire") && !page.contains("iDIN"));
        let dutch = login(Scheme::Idin, "https://sim/idin/1", false, false);
        assert!(dutch.contains("<h1>Log in with iDIN</h1>") && !dutch.contains("Ingrid"));
    }
}
