//! Autosave: what the user types goes to the proxy (never to browser storage) a moment after
//! they stop typing, so a reload, a crashed tab or another device loses nothing.

use crate::api;
use crate::session::Session;
use kyc_core::PersonalDataInput;
use leptos::prelude::*;
use std::time::Duration;

/// Quiet time after the last keystroke before the draft is sent.
const DEBOUNCE: Duration = Duration::from_millis(700);

/// A callback to run after every edit: it (re)starts the quiet period and then saves `input`.
/// Earlier timers see a newer edit count and do nothing, so no handle has to be kept.
pub(super) fn autosave(session: Session, input: RwSignal<PersonalDataInput>) -> Callback<()> {
    let edits = StoredValue::new(0_u32);
    Callback::new(move |()| {
        edits.update_value(|n| *n = n.wrapping_add(1));
        let mine = edits.get_value();
        set_timeout(
            move || {
                // The page may be gone (the user moved on): then there is nothing to save.
                if edits.try_get_value() != Some(mine) {
                    return;
                }
                let Some(draft) = input.try_get_untracked() else { return };
                // Best effort: a failed autosave is retried by the next keystroke, and the
                // real save on "Continue" reports its own errors. Queued, so that it cannot
                // overtake (or be overtaken by) that save.
                session.saves().push(async move {
                    let _ = api::save_draft(&session.token(), &draft).await;
                });
            },
            DEBOUNCE,
        );
    })
}
