//! The page frame the proxy writes before the app runs (`proxy/src/shell.rs`): its removal once
//! the app shows a step, and what the user did in it meanwhile.
//!
//! For a user starting at the personal data the frame holds that step's form, typeable before
//! the wasm has arrived. When the frame goes, the step that asked ([`on_handover`]) takes what
//! was typed, and the focus and caret move to the app's own control of the same id, in the same
//! task: no keystroke falls between the two forms.

use leptos::prelude::{document, request_animation_frame};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The frame's id.
const SHELL_ID: &str = "kyc-shell";

/// What the user entered in the frame's form: each control's name and value.
pub(crate) type Typed = Vec<(String, String)>;

type Handover = Box<dyn FnOnce(Typed)>;

thread_local! {
    /// The step's taker of the frame's entries, until the frame goes.
    static HANDOVER: RefCell<Option<Handover>> = RefCell::new(None);
}

fn shell() -> Option<Element> {
    document().get_element_by_id(SHELL_ID)
}

/// Whether the frame is there with a form the user may have typed into.
pub(crate) fn has_form() -> bool {
    shell().is_some_and(|s| s.class_list().contains("shell--form"))
}

/// Whether the frame shows a step: it then stays until the app shows one (`src/lib.rs`).
pub(crate) fn shows_step() -> bool {
    shell().is_some_and(|s| s.class_list().contains("shell--step"))
}

/// Marks the frame as failed: it says the page could not be loaded, with the way on.
pub(crate) fn fail() {
    if let Some(shell) = shell() {
        let _ = shell.class_list().add_1("shell--failed");
    }
}

/// Has `take` called with the frame form's entries when the frame goes.
pub(crate) fn on_handover(take: impl FnOnce(Typed) + 'static) {
    HANDOVER.with(|h| *h.borrow_mut() = Some(Box::new(take)));
}

/// The inputs with a value, and the checked choices, of the frame's form.
fn typed(shell: &Element) -> Typed {
    let Ok(inputs) = shell.query_selector_all("input") else { return Vec::new() };
    (0..inputs.length())
        .filter_map(|i| inputs.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| if input.type_() == "radio" { input.checked() } else { !input.value().is_empty() })
        .map(|input| (input.name(), input.value()))
        .collect()
}

/// Removes the frame, if it is still there: its entries go to the step that asked for them,
/// and the focus (with the caret) to the app's control of the same id.
pub(crate) fn remove() {
    let Some(shell) = shell() else { return };
    let entries = typed(&shell);
    let focused = document().active_element().filter(|el| shell.contains(Some(el)) && !el.id().is_empty());
    let caret = focused.as_ref().and_then(|el| el.dyn_ref::<HtmlInputElement>()).and_then(|input| {
        let (start, end) = (input.selection_start().ok()??, input.selection_end().ok()??);
        Some((input.value(), start, end))
    });
    let focused = focused.map(|el| el.id());
    if let Some(take) = HANDOVER.with(|h| h.borrow_mut().take()) {
        take(entries);
    }
    shell.remove();
    let Some(id) = focused else { return };
    let Some(control) = document().get_element_by_id(&id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let _ = control.focus();
    // The app writes the value it took over after this task's updates, which puts the caret
    // at the end: it goes back where it was before the frame is painted again, unless the user
    // has typed on since.
    if let Some((value, start, end)) = caret {
        request_animation_frame(move || {
            let Ok(input) = control.dyn_into::<HtmlInputElement>() else { return };
            if input.value() == value && document().active_element().is_some_and(|el| el == **input) {
                let _ = input.set_selection_range(start, end);
            }
        });
    }
}
