//! When the capture step shows: as a flow's own step ([`CaptureFlowStep`]), and before a
//! Solaris video call when the product team asked for pictures at launch (partner option
//! `capture_document`; [`CaptureGate`]). A flow whose product team left the document open
//! first asks which one the user has.

use super::document::DocumentChoice;
use super::CaptureStep;
use crate::api;
use crate::components::spinner::Spinner;
use crate::i18n::capture::trc;
use crate::session::use_session;
use kyc_core::capture::CapturesView;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Shows the capture step while pictures are missing, then `children`.
#[component]
pub(crate) fn CaptureGate(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let view = RwSignal::new(None::<CapturesView>);
    let received = RwSignal::new(false);
    spawn_local(async move {
        // An unreadable answer lets the user on: the pictures are an addition, not a gate keeper.
        let answer = api::captures(&session.token()).await;
        view.try_set(Some(answer.unwrap_or_else(|_| CapturesView::none())));
    });
    move || match view.get() {
        None => view! { <Spinner label=|l| crate::i18n::texts_of(l).loading/> }.into_any(),
        Some(v) if v.needs_choice() => {
            let on_chosen = Callback::new(move |chosen| view.set(Some(chosen)));
            view! { <DocumentChoice token=session.token() offered=v.offered on_chosen/> }.into_any()
        }
        Some(v) if !v.complete() => {
            let slots = v.required.iter().copied().filter(|s| !v.done.contains(s)).collect();
            let on_done = Callback::new(move |()| {
                received.set(true);
                view.set(Some(CapturesView::none()));
            });
            view! { <CaptureStep slots token=session.token() on_done handoff=true/> }.into_any()
        }
        Some(_) => view! {
            <p class="notice" role="status" hidden=move || !received.get()>{trc(|t| t.all_received)}</p>
            {children()}
        }
        .into_any(),
    }
}

/// The capture step of a flow definition (`Step::Capture`): the pictures the proxy asks for,
/// then the session is read again and the user goes on to the furthest step. Until the
/// provider's adapter has taken the pictures that may still be this step, which then only says
/// that every picture is in.
#[component]
pub(crate) fn CaptureFlowStep() -> impl IntoView {
    let session = use_session();
    let router = crate::router::use_router();
    let on = move || {
        spawn_local(async move {
            if session.refresh().await.is_ok() && session.furthest() != kyc_core::Step::Capture {
                router.go(session.furthest());
            }
        });
    };
    view! { <CaptureGate>{on()}</CaptureGate> }
}
