//! Whether the app runs inside a host page's frame, and the note that the next page load is the
//! app's own move to its other page ([`kyc_core::Bundle`]).
//!
//! A leaf module: the router asks it before it adds history entries or loads the other page,
//! and the embedding (which follows the router) reads the note; keeping it apart from both is
//! what lets the embedding depend on the router and not the other way round.

use js_sys::Object;
use leptos::prelude::window;
use std::cell::Cell;

/// The parent frame, when this page is framed.
pub(crate) fn parent() -> Option<web_sys::Window> {
    let parent = window().parent().ok()??;
    (!Object::is(&parent, &window())).then_some(parent)
}

/// Whether the app runs inside another page's frame. The app then never adds history entries:
/// the host page's Back button must leave the host page's step, not ours.
pub(crate) fn framed() -> bool {
    parent().is_some()
}

/// The sessionStorage key marking that the app moved to its other page: the host saw one load,
/// so the second page does not announce `ready` again, and the user moved on a step, so the new
/// step's heading takes the focus as on any step change. A reload does neither.
const PAGE_SWITCH_KEY: &str = "kyc-page-switch";

thread_local! {
    /// The mark as this page load found it: it is removed at the first reading.
    static ARRIVED_BY_SWITCH: Cell<Option<bool>> = const { Cell::new(None) };
}

/// Notes that the app is about to load its other page.
pub(crate) fn note_page_switch() {
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.set_item(PAGE_SWITCH_KEY, "1");
    }
}

/// Whether this page was loaded by the app moving across from its other page. The mark is
/// taken out of the storage at the first call; later calls get the same answer.
pub(crate) fn arrived_by_page_switch() -> bool {
    ARRIVED_BY_SWITCH.with(|known| {
        if let Some(switched) = known.get() {
            return switched;
        }
        let switched = window().session_storage().ok().flatten().is_some_and(|storage| {
            let switched = storage.get_item(PAGE_SWITCH_KEY).ok().flatten().is_some();
            let _ = storage.remove_item(PAGE_SWITCH_KEY);
            switched
        });
        known.set(Some(switched));
        switched
    })
}
