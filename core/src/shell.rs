//! The page frame the proxy writes into the HTML, in the user's language, so that something is on
//! screen before the app's wasm has run: the header, the busy indicator, and what to do when the
//! app does not load. The app shows the same texts (one source), so its first render replaces the
//! frame without a visible change.

use crate::{Language, Step};

/// The texts of the page frame in one language.
#[derive(Debug, Clone, Copy)]
pub struct ShellTexts {
    /// The product's name in the header.
    pub product: &'static str,
    /// The language switcher's label.
    pub language: &'static str,
    /// Said while the app or the session loads.
    pub loading: &'static str,
    /// The app's script or wasm could not be loaded.
    pub load_failed: &'static str,
    /// Still loading long after it should have ended (or the browser cannot run the app).
    pub load_slow: &'static str,
    /// What to do in both cases.
    pub load_help: &'static str,
    /// The link that loads the page again.
    pub reload: &'static str,
    /// "Step 1 of 4", over the step list.
    pub step_of: fn(usize, usize) -> String,
    /// A step's name in the step list.
    pub step_name: fn(Step) -> &'static str,
    /// The personal-data step's heading: the first screen of most flows, which the frame shows
    /// when the proxy knows the user starts there.
    pub person_title: &'static str,
    /// The personal-data step's introduction (the first screen's largest text).
    pub person_intro: &'static str,
    /// The text message with the link that moves the capture to the user's phone.
    pub sms_handoff: fn(&str) -> String,
    /// The heading of the page a provider's video call ends on (`ident-return.html`).
    pub ident_ended: &'static str,
    /// The heading of the page the bank login's window ends on (`bank-return.html`).
    pub bank_finished: &'static str,
    /// Said on a return page while the app moves on.
    pub one_moment: &'static str,
    /// Said on a return page opened on its own, with nothing left to do there.
    pub close_window: &'static str,
}

macro_rules! declare {
    ( ; $( $code:ident $variant:ident $name:literal $direction:ident, )* ) => {
        $( mod $code; )*

        impl Language {
            /// The page frame's texts in this language.
            pub const fn shell(self) -> &'static ShellTexts {
                match self {
                    $( Language::$variant => &$code::TEXTS, )*
                }
            }
        }
    };
}

crate::with_languages!(declare {});
