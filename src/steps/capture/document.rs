//! The first question of a capture step whose product team left the document open: which
//! document the user will photograph, among those the flow offers. An ID card or a driver's
//! licence takes its back too, a passport only its photo page, so the pictures asked for follow
//! from the answer.

use crate::api;
use crate::components::problem::Problem;
use crate::components::step_heading::StepHeading;
use crate::i18n::capture::trc;
use crate::i18n::use_i18n;
use kyc_core::capture::CapturesView;
use kyc_core::document::DocumentKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One button per document the flow offers; the proxy's answer (the pictures now asked for)
/// goes to `on_chosen`.
#[component]
pub(crate) fn DocumentChoice(
    token: String,
    offered: Vec<DocumentKind>,
    on_chosen: Callback<CapturesView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<api::Error>);
    let last = RwSignal::new(DocumentKind::IdCard);
    let token = StoredValue::new(token);
    let choose = move |kind: DocumentKind| {
        last.set(kind);
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match api::choose_document(&token.get_value(), kind).await {
                Ok(view) => on_chosen.run(view),
                Err(error) => {
                    failure.try_set(Some(error));
                    busy.try_set(false);
                }
            }
        });
    };
    let button = move |kind: DocumentKind| {
        view! {
            <button type="button" class="button button--secondary" disabled=move || busy.get() on:click=move |_| choose(kind)>
                {move || i18n.rest().doc_kind.of(kind)}
            </button>
        }
    };
    view! {
        <StepHeading>{trc(|t| t.document_question)}</StepHeading>
        <p class="lead">{trc(|t| t.document_why)}</p>
        <div class="actions">{offered.into_iter().map(button).collect_view()}</div>
        <Problem error=failure retry=move |()| choose(last.get_untracked())/>
    }
}
