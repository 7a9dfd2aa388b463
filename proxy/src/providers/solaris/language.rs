//! The language of the video call. Solaris takes `EN` or `DE` when the identification is created
//! (its guide: "the customer's preferred language for the identification process"): German for a
//! user who sees the app in German, English for everyone else (French and Dutch included: English
//! is the call language a French or Dutch speaker is likelier to share with the agent).

use kyc_core::Language;

/// Solaris' `language` for a user who sees the app in `ui` (`en`, `de`, `fr`, `nl`; none: English).
pub fn call_language(ui: Option<&str>) -> &'static str {
    match ui.and_then(Language::from_code) {
        Some(Language::De) => "DE",
        _ => "EN",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_for_german_english_for_everyone_else() {
        assert_eq!(call_language(Some("de")), "DE");
        assert_eq!(call_language(Some("en")), "EN");
        assert_eq!(call_language(Some("fr")), "EN");
        assert_eq!(call_language(Some("nl")), "EN");
        assert_eq!(call_language(None), "EN");
    }
}
