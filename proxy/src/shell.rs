//! The page frame written into the SPA's HTML ([`kyc_core::shell`]): the app's header and its
//! busy indicator in the user's language, painted before the wasm has run, and what to do when
//! it does not load. It mirrors the markup of the app's first render (`src/lib.rs`: `Header`,
//! `Spinner`), which replaces it in one task, so the page does not move when the app takes over.
//!
//! `boot.js` marks the frame `shell--failed` when the app's script or wasm cannot be loaded; a
//! browser that never runs it (no modules, the script blocked) shows the slow-loading advice after
//! a CSS delay.

mod form;

pub use form::{markup as form_markup, FormTexts};
use kyc_core::{Language, Step};

/// The personal-data step as the frame shows it, for a user known to start there: the steps of
/// their flow and, when the build wrote the form's texts, the form ([`form_markup`]) in the
/// page's language.
#[derive(Debug, Clone, Copy)]
pub struct PersonStep<'a> {
    /// The flow's steps, for the step list.
    pub steps: &'a [Step],
    /// The form's markup; without it the frame shows the heading and the introduction.
    pub form: Option<&'a str>,
}

/// `text` safe in HTML text and double-quoted attributes.
pub(crate) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The first screen of the personal-data step in a flow of `steps`: the step list, the heading
/// and the introduction, as the app renders them (`src/lib.rs`: `Progress`; the step's
/// `StepHeading` and lead). The introduction is the screen's largest text: painted here, it is
/// the page's largest paint, and the app's identical one later is not larger. Above a form,
/// `failed`: the advice when the app cannot load (hidden until then), where it is seen at once
/// and covers nothing.
fn person_step(language: Language, step: PersonStep, failed: &str) -> String {
    let PersonStep { steps, form } = step;
    let t = language.shell();
    let name = |step: Step| escaped((t.step_name)(step));
    let items: String = steps
        .iter()
        .map(|&step| {
            let current = if step == Step::PersonalData { r#" aria-current="step""# } else { "" };
            format!(r#"<li class="progress__step"{current}><span class="progress__name">{}</span></li>"#, name(step))
        })
        .collect();
    let number = steps.iter().position(|&s| s == Step::PersonalData).map_or(1, |i| i + 1);
    format!(
        concat!(
            r#"<div class="progress"><p class="progress__count">{count}"#,
            r#"<span class="progress__current" aria-hidden="true">{current}</span></p>"#,
            r#"<ol class="progress__steps">{items}</ol></div>"#,
            r#"<h1 id="step-heading" tabindex="-1">{title}</h1><p class="lead">{intro}</p>{form}"#
        ),
        count = escaped(&(t.step_of)(number, steps.len())),
        current = name(Step::PersonalData),
        items = items,
        title = escaped(t.person_title),
        intro = escaped(t.person_intro),
        form = form.map(|form| format!("{failed}{form}")).unwrap_or_default(),
    )
}

/// The frame's markup in `language`; with the personal-data step's first screen when the user
/// is known to start there.
fn frame(language: Language, step: Option<PersonStep>) -> String {
    let t = language.shell();
    let help = format!(
        r#"<p>{}</p><p><a class="button button--secondary" href="">{}</a></p>"#,
        escaped(t.load_help),
        escaped(t.reload)
    );
    let failed = format!(
        r#"<div class="problem shell__failed" role="alert"><p class="problem__lead">{}</p>{help}</div>"#,
        escaped(t.load_failed)
    );
    // The app keeps a frame showing a step until its own first screen is ready (`src/lib.rs`).
    // Below a form, the busy indicator and the slow-loading advice come after its button: they
    // would push the fields down, and move them again when the app takes over.
    let (class, failed_below) = match step {
        Some(PersonStep { form: Some(_), .. }) => (" shell--step shell--form", ""),
        Some(_) => (" shell--step", failed.as_str()),
        None => ("", failed.as_str()),
    };
    let step = step.map(|step| person_step(language, step, &failed)).unwrap_or_default();
    let options: String = Language::ALL
        .iter()
        .map(|&l| {
            let selected = if l == language { " selected" } else { "" };
            format!(r#"<option value="{0}" lang="{0}"{selected}>{1}</option>"#, l.code(), escaped(l.native_name()))
        })
        .collect();
    format!(
        concat!(
            r#"<div id="kyc-shell" class="shell{class}">"#,
            r#"<header class="header"><p class="header__name">{product}</p>"#,
            r#"<div class="header__language"><label for="language">{label}</label>"#,
            // Disabled until the app runs: it is the app that switches languages.
            r#"<select id="language" class="header__select" disabled>{options}</select></div></header>"#,
            r#"<main class="main">{step}"#,
            r#"<div class="spinner" role="status"><span class="spinner__icon" aria-hidden="true"></span><span>{loading}</span></div>"#,
            r#"{failed}<div class="problem shell__slow"><p class="problem__lead">{slow}</p>{help}</div>"#,
            r#"</main></div>"#
        ),
        class = class,
        step = step,
        product = escaped(t.product),
        label = escaped(t.language),
        options = options,
        loading = escaped(t.loading),
        failed = failed_below,
        slow = escaped(t.load_slow),
        help = help,
    )
}

/// The SPA page `html` (as trunk wrote it, in English, minified or not) for `language`: its
/// `lang`, its title, and the frame at the start of the body; with the personal-data step's
/// first screen when the user starts there.
pub fn localized(html: &str, language: Language, step: Option<PersonStep>) -> String {
    let product = escaped(language.shell().product);
    let code = language.code();
    // The direction with the language, so that a right-to-left page is painted mirrored at once.
    let dir = language.direction().attribute();
    let html = html
        .replacen(r#"<html lang="en">"#, &format!(r#"<html lang="{code}" dir="{dir}">"#), 1)
        .replacen("<html lang=en>", &format!("<html lang={code} dir={dir}>"), 1)
        .replacen("<title>Identity verification</title>", &format!("<title>{product}</title>"), 1);
    // A minifier may leave out the optional `<body>` tag; the body then starts after the head.
    let body = if html.contains("<body>") { "<body>" } else { "</head>" };
    html.replacen(body, &format!("{body}{}", frame(language, step)), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Identity verification</title></head><body><noscript>JS</noscript></body></html>"#;

    #[test]
    fn the_frame_speaks_the_language_and_selects_it() {
        let page = localized(PAGE, Language::De, None);
        assert!(page.starts_with(r#"<!DOCTYPE html><html lang="de" dir="ltr">"#));
        assert!(page.contains("<title>Identitätsprüfung</title>"));
        assert!(page.contains(r#"<body><div id="kyc-shell""#));
        assert!(page.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#));
        assert!(page.contains("Wird geladen …") && page.contains("Seite neu laden"));
        assert!(page.ends_with("<noscript>JS</noscript></body></html>"));
    }

    #[test]
    fn the_personal_data_step_shows_in_the_frame_when_the_user_starts_there() {
        let steps = [Step::PersonalData, Step::Consents, Step::Identification, Step::Status];
        let page = localized(PAGE, Language::De, Some(PersonStep { steps: &steps, form: None }));
        assert!(page.contains(r#"<div id="kyc-shell" class="shell shell--step">"#));
        assert!(page.contains(r#"<p class="progress__count">Schritt 1 von 4<span class="progress__current" aria-hidden="true">Persönliche Angaben</span></p>"#));
        assert!(page.contains(r#"<li class="progress__step" aria-current="step"><span class="progress__name">Persönliche Angaben</span></li><li class="progress__step"><span class="progress__name">Einwilligung</span></li>"#));
        assert!(page.contains(
            r#"<h1 id="step-heading" tabindex="-1">Ihre persönlichen Angaben</h1><p class="lead">Bitte geben Sie"#
        ));
        // The busy indicator stays, below the step's introduction.
        assert!(page.contains(r#"</p><div class="spinner" role="status">"#));
    }

    #[test]
    fn the_form_follows_the_introduction_and_the_busy_indicator_follows_the_form() {
        let steps = [Step::PersonalData, Step::Consents];
        let form = r#"<div class="form"><input id="first_name"></div>"#;
        let page = localized(PAGE, Language::Fr, Some(PersonStep { steps: &steps, form: Some(form) }));
        assert!(page.contains(r#"<div id="kyc-shell" class="shell shell--step shell--form">"#));
        // The advice when the app cannot load comes above the form, the busy indicator below it.
        assert!(page.contains(r#"</p><div class="problem shell__failed" role="alert"><p class="problem__lead">"#));
        assert!(page.contains(r#"</a></p></div><div class="form"><input id="first_name"></div><div class="spinner""#));
        assert_eq!(page.matches("shell__failed").count(), 1);
    }

    #[test]
    fn a_minified_page_gets_its_frame_too() {
        let minified =
            "<!doctype html><html lang=en><title>Identity verification</title></head><noscript>JS</noscript>";
        let page = localized(minified, Language::Fr, None);
        assert!(page.starts_with(
            "<!doctype html><html lang=fr dir=ltr><title>Vérification d’identité</title></head><div id=\"kyc-shell\""
        ));
    }

    #[test]
    fn the_frame_has_no_script_for_the_content_security_policy_to_refuse() {
        let steps = [Step::PersonalData, Step::Consents];
        let form = r#"<div class="form"><input id="first_name"></div>"#;
        let shown = [
            None,
            Some(PersonStep { steps: &steps, form: None }),
            Some(PersonStep { steps: &steps, form: Some(form) }),
        ];
        for (language, step) in Language::ALL.into_iter().flat_map(|l| shown.map(|s| (l, s))) {
            let frame = frame(language, step);
            assert!(!frame.contains("<script"));
            assert!(!frame.split(' ').any(|word| word.starts_with("on") && word.contains('=')), "no event handler");
        }
    }
}
