//! "Continue on your phone", on a desktop: a QR code of a single-use link, or the link by text
//! message; then the page watches for the phone's pictures and moves on by itself.

use crate::api;
use crate::i18n::capture::trc;
use crate::i18n::use_i18n;
use kyc_core::capture::HandoffView;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// Whether the main pointer is a finger: a phone or tablet, which takes its own pictures.
pub(super) fn is_touch_device() -> bool {
    window().match_media("(pointer: coarse)").ok().flatten().is_some_and(|m| m.matches())
}

/// The hand-off offer; `on_done` once every picture is in, whichever device took it.
#[component]
pub(super) fn HandoffPanel(token: StoredValue<String>, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(None::<HandoffView>);
    let sms_sent = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // The session's text messages for today are used up; the QR code is the way on.
    let sms_limited = RwSignal::new(false);
    let watch = StoredValue::new(None::<IntervalHandle>);
    // Polls only once a link exists: before, no phone can be sending anything.
    let start_watching = move || {
        if watch.with_value(Option::is_some) {
            return;
        }
        let poll = move || {
            spawn_local(async move {
                if api::captures(&token.get_value()).await.is_ok_and(|v| v.complete()) {
                    if let Some(handle) = watch.try_update_value(Option::take).flatten() {
                        handle.clear();
                        on_done.run(());
                    }
                }
            })
        };
        if let Ok(handle) = set_interval_with_handle(poll, Duration::from_secs(2)) {
            watch.set_value(Some(handle));
        }
    };
    on_cleanup(move || {
        if let Some(handle) = watch.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });
    let show = move |_| {
        failed.set(false);
        spawn_local(async move {
            match api::create_handoff(&token.get_value(), i18n.lang().code()).await {
                Ok(view) => {
                    link.try_set(Some(view));
                    start_watching();
                }
                Err(_) => {
                    failed.try_set(true);
                }
            }
        });
    };
    let send_sms = move |_| {
        failed.set(false);
        sms_limited.set(false);
        sms_sent.set(false);
        spawn_local(async move {
            match api::send_handoff_sms(&token.get_value(), i18n.lang().code()).await {
                Ok(()) => {
                    sms_sent.try_set(true);
                    start_watching();
                }
                Err(err) if err.code() == "too_many_requests" => {
                    sms_limited.try_set(true);
                }
                Err(_) => {
                    failed.try_set(true);
                }
            }
        });
    };
    let qr = move || link.with(|l| l.as_ref().map(|l| l.qr_svg.clone()).unwrap_or_default());
    let t = move || i18n.capture();
    let status = move || {
        if sms_limited.get() {
            t().sms_limit
        } else if failed.get() {
            t().handoff_failed
        } else if sms_sent.get() {
            t().sms_sent
        } else {
            ""
        }
    };
    view! {
        <section class="handoff" aria-labelledby="handoff-heading">
            <h2 id="handoff-heading">{trc(|t| t.handoff_heading)}</h2>
            <p>{trc(|t| t.handoff_intro)}</p>
            <div class="actions">
                <button type="button" class="button button--secondary" on:click=show>{trc(|t| t.handoff_show)}</button>
                <button type="button" class="button button--secondary" on:click=send_sms>{trc(|t| t.sms_send)}</button>
            </div>
            <div hidden=move || link.with(Option::is_none)>
                <div class="handoff__qr" role="img" aria-label=trc(|t| t.qr_label) inner_html=qr></div>
                <p>{trc(|t| t.handoff_once)}</p>
            </div>
            <div role="status">
                <p>{status}</p>
                <p hidden=move || watch.with_value(Option::is_none) && link.with(Option::is_none)>
                    {trc(|t| t.waiting_phone)}
                </p>
            </div>
        </section>
    }
}
