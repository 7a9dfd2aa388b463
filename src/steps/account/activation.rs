//! The desktop-to-phone hand-off of the Xpollens flow: the activation code of callback 35 as a
//! QR code (drawn by the proxy) for the phone app to scan, and as text to type. Asked for until
//! it is there, and again while shown: a failed identification kills the wallet and brings a
//! new code. Framed by a product team's app, the code also goes to the host
//! (`identity_webview_wanted`), which binds its wallet with it and hands in the webview.

use crate::api;
use crate::components::{every, in_groups};
use crate::embed;
use crate::i18n::account::tra;
use crate::session::use_session;
use kyc_core::account::ActivationView;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// The QR code and the code, or a note that it is on its way.
#[component]
pub(super) fn ActivationPanel() -> impl IntoView {
    let session = use_session();
    let shown = RwSignal::new(None::<ActivationView>);
    let fetch = move || {
        spawn_local(async move {
            // 404 until callback 35 arrived: the note stays and the next tick asks again.
            let Ok(view) = api::activation(&session.token()).await else { return };
            let new = shown.try_with_untracked(|s| s.as_ref().map(|s| s.code.clone())) != Some(Some(view.code.clone()));
            if new {
                embed::identity_webview_wanted(&view.code);
                shown.try_set(Some(view));
            }
        });
    };
    fetch();
    every(Duration::from_secs(3), fetch);
    let qr = move || shown.with(|s| s.as_ref().map(|s| s.qr_svg.clone()).unwrap_or_default());
    let code = move || shown.with(|s| s.as_ref().map(|s| s.code.clone()).unwrap_or_default());
    view! {
        <section class="handoff" aria-labelledby="activation-heading">
            <h2 id="activation-heading">{tra(|t| t.activation_heading)}</h2>
            <p>{tra(|t| t.activation_intro)}</p>
            <div hidden=move || shown.with(Option::is_none)>
                <div class="handoff__qr" role="img" aria-label=tra(|t| t.qr_label) inner_html=qr></div>
                <p>{tra(|t| t.activation_code)} ": " <code class="activation-code chunks">{move || in_groups(&code())}</code></p>
            </div>
            <div role="status">
                <p hidden=move || shown.with(Option::is_some)>{tra(|t| t.activation_waiting)}</p>
            </div>
        </section>
    }
}
