//! The page frame the proxy writes before the app runs (`proxy/src/shell.rs`): its removal once
//! the app shows a step, and what the user did in it meanwhile.
//!
//! For a user starting at the personal data the frame holds that step's form, typeable before
//! the wasm has arrived. The page's loader (`public/boot.js`, `kycTakeFrame`) removes the frame,
//! moves the focus and caret to the app's control of the same id and hands over what was typed;
//! the step that asked ([`on_handover`]) puts it into its own form in the same task, so no
//! keystroke falls between the two forms. In the loader, because the browser's DOM calls it
//! needs cost the wasm more than the handful of lines of script.

use leptos::prelude::{document, window};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The frame's id.
const SHELL_ID: &str = "kyc-shell";
/// The loader's function that takes the frame away (`public/boot.js`).
const TAKE: &str = "kycTakeFrame";

/// What the user entered in the frame's form: each control's name and value.
pub(crate) type Typed = Vec<(String, String)>;

type Handover = Box<dyn FnOnce(Typed)>;

thread_local! {
    /// The step's taker of the frame's entries, until the frame goes.
    static HANDOVER: RefCell<Option<Handover>> = RefCell::new(None);
    /// The entries of a frame that went before a step asked for them (the session could not be
    /// started: the app said so, with a retry), for the step that comes after the retry.
    static LEFT: RefCell<Option<Typed>> = const { RefCell::new(None) };
}

fn shell() -> Option<web_sys::Element> {
    document().get_element_by_id(SHELL_ID)
}

/// Whether the frame is there with class `class`.
fn frame_is(class: &str) -> bool {
    shell().is_some_and(|s| s.class_list().contains(class))
}

/// Whether the frame is there with a form the user may have typed into.
pub(crate) fn has_form() -> bool {
    frame_is("shell--form")
}

/// Whether the frame shows a step: it then stays until the app shows one (`src/lib.rs`).
pub(crate) fn shows_step() -> bool {
    frame_is("shell--step")
}

/// Marks the frame as failed: it says the page could not be loaded, with the way on.
pub(crate) fn fail() {
    if let Some(shell) = shell() {
        let _ = shell.class_list().add_1("shell--failed");
    }
}

/// Has `take` called with the frame form's entries: when the frame goes, or now if it went
/// before with entries nobody took. Nothing when there is no frame form and nothing left.
pub(crate) fn on_handover(take: impl FnOnce(Typed) + 'static) {
    if let Some(left) = LEFT.with(|l| l.borrow_mut().take()) {
        take(left);
    } else if has_form() {
        HANDOVER.with(|h| *h.borrow_mut() = Some(Box::new(take)));
    }
}

/// The loader's list of entries, `name U+001F value` joined by U+001E.
fn entries(list: &str) -> Typed {
    list.split('\u{1e}')
        .filter_map(|entry| entry.split_once('\u{1f}'))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect()
}

/// Removes the frame, if it is still there: its entries go to the step that asked for them,
/// and the focus (with the caret) to the app's control of the same id.
pub(crate) fn remove() {
    let Some(shell) = shell() else { return };
    let window: JsValue = window().into();
    let take = js_sys::Reflect::get(&window, &JsValue::from_str(TAKE))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    // Without the loader's function (a page of another build) the frame just goes.
    let Some(list) = take.and_then(|take| take.call0(&window).ok()).and_then(|list| list.as_string()) else {
        shell.remove();
        return;
    };
    let typed = entries(&list);
    match HANDOVER.with(|h| h.borrow_mut().take()) {
        Some(handover) => handover(typed),
        None if !typed.is_empty() => LEFT.with(|l| *l.borrow_mut() = Some(typed)),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loaders_list_is_read_as_it_writes_it() {
        let boot = include_str!("../public/boot.js");
        assert!(boot.contains(&format!("window.{TAKE} = ")), "the loader defines {TAKE}");
        assert!(boot.contains(r"`${input.name}\u001f${input.value}`") && boot.contains(r#"entries.join("\u001e")"#));
        assert_eq!(
            entries("first_name\u{1f}Erika\u{1e}pep\u{1f}no\u{1e}street\u{1f}Unter den Linden 1"),
            [
                ("first_name".into(), "Erika".into()),
                ("pep".into(), "no".into()),
                ("street".into(), "Unter den Linden 1".into())
            ]
        );
        assert_eq!(entries(""), []);
    }
}
