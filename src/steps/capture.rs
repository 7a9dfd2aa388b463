//! The capture step: photos of the ID document (front, and back where it has one) with the rear
//! camera and a selfie with the front one; quality checks in the browser, an upload fallback,
//! and on a desktop the offer to continue on a phone. Any flow can use it: it takes the slots to
//! capture, the token to upload with and what to do when every picture is in.

mod advice;
mod camera;
mod doctor;
mod document;
mod gate;
mod handoff;
mod live;
mod mrz_check;
mod mrz_gate;
mod mrz_worker;
mod noticed;
mod phone;
mod picture;
mod slot;
mod upload;

pub(crate) use gate::{CaptureFlowStep, CaptureGate};
pub(crate) use phone::phone_page;

use crate::components::step_heading::StepHeading;
use crate::i18n::use_i18n;
use kyc_core::capture::CaptureSlot;
use leptos::prelude::*;
use slot::SlotCapture;

/// Takes the pictures of `slots`, in order, uploading each with `token` (the session's, or a
/// phone's capture token); `on_done` once the last is in. With `handoff` (the session's own
/// token), a desktop also gets the offer to continue on a phone.
#[component]
pub(crate) fn CaptureStep(
    slots: Vec<CaptureSlot>,
    token: String,
    on_done: Callback<()>,
    #[prop(optional)] handoff: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // The MRZ reader's worker, for the document's pictures (not before this step).
    if slots.iter().any(|&s| s != CaptureSlot::Selfie) {
        mrz_worker::provide();
    }
    let total = slots.len();
    let slots = StoredValue::new(slots);
    let token = StoredValue::new(token);
    let index = RwSignal::new(0usize);
    let advance = Callback::new(move |()| {
        let next = index.get_untracked() + 1;
        if next >= total {
            on_done.run(());
        } else {
            index.set(next);
        }
    });
    // One component per picture, so that each has its own camera (rear, then front) and lets
    // it go when done.
    let current = move || {
        let n = index.get();
        slots.with_value(|s| s.get(n).copied()).map(|slot| {
            let title = move || i18n.capture().slot_title.of(slot);
            let count = move || i18n.capture().photo_of.fill(&[&(n + 1).to_string(), &total.to_string()]);
            view! {
                <StepHeading>{title}</StepHeading>
                <p class="capture__count">{count}</p>
                <SlotCapture which=slot token=token on_uploaded=advance/>
            }
        })
    };
    let offer_handoff = handoff && !handoff::is_touch_device();
    view! {
        <div class="capture">{current}</div>
        {offer_handoff.then(|| view! { <handoff::HandoffPanel token on_done/> })}
    }
}
