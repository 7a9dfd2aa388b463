//! Before the call: the documents the provider accepts, the user's choice, and the proof of
//! address when the chosen document does not show the address.

use super::choice::{issuing_countries, needs_proof, proof_reason, request, Answers, Problems};
use crate::components::select::Select;
use crate::components::text_field::{Control, TextField};
use crate::countries;
use crate::i18n::rest::trr;
use crate::i18n::{tr, use_i18n};
use kyc_core::api::{IdentificationRequest, SupportedDocument};
use kyc_core::document::{DocumentKind, ProofOfAddressType, ProofReason};
use leptos::prelude::*;

/// The form; `on_start` receives a complete request.
#[component]
pub(crate) fn DocumentForm(
    documents: RwSignal<Option<Vec<SupportedDocument>>>,
    nationality: String,
    /// The address service could not confirm the saved address: a proof is asked whatever the
    /// document.
    address_unconfirmed: bool,
    #[prop(into)] on_start: Callback<IdentificationRequest>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Plain string signals: a signal of a new type costs the wasm more than the conversions.
    let (kind, country) = (RwSignal::new(String::new()), RwSignal::new(nationality));
    let (proof_kind, proof_date) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let attempted = RwSignal::new(false);
    let today = crate::steps::personal_data::today;
    let answers = move || Answers {
        kind: kind.with(|k| DocumentKind::parse(k)),
        country: country.get(),
        proof_kind: proof_kind.with(|p| ProofOfAddressType::parse(p)),
        proof_date: proof_date.get(),
        address_unconfirmed,
    };
    let problems = move || {
        let docs = documents.get().unwrap_or_default();
        request(&answers(), &docs, today()).err().unwrap_or_default()
    };
    let shown = move |pick: fn(&Problems) -> Option<&'static str>| {
        Callback::new(move |()| {
            let code = attempted.get().then(|| pick(&problems())).flatten()?;
            Some(i18n.t().field_error.get(code).unwrap_or(i18n.t().check_field).to_owned())
        })
    };
    let all = Memo::new(move |_| countries::sorted(i18n.lang().code()));
    let allowed = Memo::new(move |_| {
        let codes = documents
            .with(|d| issuing_countries(d.as_deref().unwrap_or_default(), kind.with(|k| DocumentKind::parse(k))));
        all.with(|list| list.iter().filter(|(code, _)| codes.iter().any(|c| c == code)).cloned().collect::<Vec<_>>())
    });
    let country = Control {
        id: "issuing_country",
        label: Callback::new(move |()| i18n.rest().issuing_country),
        hint: None,
        value: Memo::new(move |_| country.get()),
        on_input: Callback::new(move |v: String| country.set(v)),
        error: shown(|p| p.country),
        required: true,
        locked: false,
    };
    let proof_date = Control {
        id: "proof_issued_at",
        label: Callback::new(move |()| i18n.rest().proof_issued_label),
        hint: None,
        value: Memo::new(move |_| proof_date.get()),
        on_input: Callback::new(move |v: String| proof_date.set(v)),
        error: shown(|p| p.proof_date),
        required: true,
        locked: false,
    };
    let kind_error = shown(|p| p.kind);
    let proof_kind_error = shown(|p| p.proof_kind);
    let radio = move |doc: DocumentKind| {
        let value = doc.as_str();
        let id = match doc {
            DocumentKind::IdCard => "document_id_card",
            DocumentKind::Passport => "document_passport",
            // Not offered for the video call (only the two radios below exist).
            DocumentKind::DriversLicense => "document_drivers_license",
        };
        view! {
            <div class="choice">
                <input type="radio" id=id name="document_kind" class="choice__input" value=value
                    prop:checked=move || kind.with(|k| k == value)
                    on:change=move |_| kind.set(value.to_owned())/>
                <label for=id class="choice__label">{move || i18n.rest().doc_kind.of(doc)}</label>
            </div>
        }
    };
    let proof_option = move |p: ProofOfAddressType| {
        let value = p.as_str();
        view! {
            <option value=value prop:selected=move || proof_kind.with(|k| k == value)>
                {move || i18n.rest().proof_type.of(p)}
            </option>
        }
    };
    let on_proof_kind = move |ev| proof_kind.set(event_target_value(&ev));
    let list = move || {
        documents.with(|docs| {
            docs.iter()
                .flatten()
                .map(|d| {
                    let (kind, n) = (d.kind, d.issuing_countries.len());
                    view! { <li>{move || i18n.rest().doc_kind.of(kind)} " — " {move || crate::i18n::counted(i18n.lang(), &i18n.rest().doc_countries, n as u64)}</li> }
                })
                .collect_view()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        let docs = documents.get().unwrap_or_default();
        if let Ok(request) = request(&answers(), &docs, today()) {
            on_start.run(request);
        }
    };
    view! {
        <h2 class="subheading">{trr(|t| t.docs_heading)}</h2>
        <ul class="checklist">{list}</ul>
        <form class="form" on:submit=submit novalidate=true>
            <fieldset class="group" aria-describedby="document_kind-error">
                <legend class="group__legend">{trr(|t| t.doc_choice_legend)}</legend>
                {radio(DocumentKind::IdCard)}
                {radio(DocumentKind::Passport)}
                <p class="field__error" id="document_kind-error" aria-live="polite">{move || kind_error.run(())}</p>
            </fieldset>
            <Select control=country options=allowed placeholder=Callback::new(move |()| i18n.t().choose_country)/>
            <fieldset class="group" hidden=move || !needs_proof(&answers())>
                <legend class="group__legend">{trr(|t| t.proof_legend)}</legend>
                <p class="field__hint">
                    {move || match proof_reason(&answers()) {
                        Some(ProofReason::AddressNotConfirmed) => i18n.rest().proof_intro_unconfirmed,
                        _ => i18n.rest().proof_intro,
                    }}
                </p>
                <div class="field">
                    <label class="field__label" for="proof_type">{trr(|t| t.proof_type_label)}</label>
                    <select id="proof_type" class="field__input field__select" on:change=on_proof_kind
                        aria-describedby="proof_type-error">
                        <option value="" prop:selected=move || proof_kind.with(String::is_empty)>
                            {tr(|t| t.choose_option)}
                        </option>
                        {ProofOfAddressType::ALL.map(proof_option).collect_view()}
                    </select>
                    <p class="field__error" id="proof_type-error" aria-live="polite">{move || proof_kind_error.run(())}</p>
                </div>
                <TextField control=proof_date input_type="date"/>
            </fieldset>
            <p class="actions">
                <button type="submit" class="button" disabled=move || busy.get()>{trr(|t| t.start_call)}</button>
            </p>
        </form>
    }
}
