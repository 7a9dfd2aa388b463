//! TEMPORARY HOOK (capture branch, until flows are data; the lead rewires it as a
//! `Step::Capture` of a flow definition). A session created by a product team with the partner
//! option `capture_document` takes its pictures first when it reaches the identification step;
//! every other session passes straight through.

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
        view.try_set(Some(answer.unwrap_or(CapturesView { required: Vec::new(), done: Vec::new() })));
    });
    move || match view.get() {
        None => view! { <Spinner label=|l| l.texts().loading/> }.into_any(),
        Some(v) if !v.complete() => {
            let slots = v.required.iter().copied().filter(|s| !v.done.contains(s)).collect();
            let on_done = Callback::new(move |()| {
                received.set(true);
                view.set(Some(CapturesView { required: Vec::new(), done: Vec::new() }));
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
