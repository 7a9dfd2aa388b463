//! The desktop-to-phone hand-off of the Xpollens flow: the activation code of callback 35 as a
//! QR code (drawn by the proxy) for the phone app to scan, and as text to type.

use crate::api;
use crate::i18n::account::tra;
use crate::session::use_session;
use kyc_core::account::ActivationView;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that shows the code; asked again, it shows the current one (a failed
/// identification replaces it).
#[component]
pub(super) fn ActivationPanel() -> impl IntoView {
    let session = use_session();
    let shown = RwSignal::new(None::<ActivationView>);
    let waiting = RwSignal::new(false);
    let show = move |_| {
        waiting.set(false);
        spawn_local(async move {
            match api::activation(&session.token()).await {
                Ok(view) => {
                    shown.try_set(Some(view));
                }
                Err(_) => {
                    waiting.try_set(true);
                }
            }
        });
    };
    let qr = move || shown.with(|s| s.as_ref().map(|s| s.qr_svg.clone()).unwrap_or_default());
    let code = move || shown.with(|s| s.as_ref().map(|s| s.code.clone()).unwrap_or_default());
    view! {
        <section class="handoff" aria-labelledby="activation-heading">
            <h2 id="activation-heading">{tra(|t| t.activation_heading)}</h2>
            <p>{tra(|t| t.activation_intro)}</p>
            <div class="actions">
                <button type="button" class="button button--secondary" on:click=show>{tra(|t| t.activation_show)}</button>
            </div>
            <div hidden=move || shown.with(Option::is_none)>
                <div class="handoff__qr" role="img" aria-label=tra(|t| t.qr_label) inner_html=qr></div>
                <p>{tra(|t| t.activation_code)} ": " <code class="activation-code">{code}</code></p>
            </div>
            <div role="status">
                <p hidden=move || !waiting.get()>{tra(|t| t.activation_waiting)}</p>
            </div>
        </section>
    }
}
