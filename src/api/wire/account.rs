//! The account steps' JSON (Xpollens flow).

use super::bodies::{set, set_bool, stringify};
use super::value::Value;
use super::{FromJson, Json};
use js_sys::Object;
use kyc_core::account::{
    AccountView, ActivationView, DiligenceView, IdentityMethod, IdentityRequest, TaxRequest, TransferView,
    WebviewRequest,
};

impl FromJson for AccountView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let diligence = |d: &Json<V>| {
            Some(DiligenceView { kind: d.name(DiligenceView::KIND)?, state: d.name(DiligenceView::STATE)? })
        };
        let transfer = |t: &Json<V>| {
            Some(TransferView {
                iban: t.string(TransferView::IBAN)?,
                bic: t.string(TransferView::BIC)?,
                max_amount_cents: t.number(TransferView::MAX_AMOUNT_CENTS)? as u64,
            })
        };
        Some(AccountView {
            status: json.name(Self::STATUS)?,
            diligences: json.objects(Self::DILIGENCES)?.iter().map(diligence).collect::<Option<_>>()?,
            identity: json.name(Self::IDENTITY),
            webview_url: json.string(Self::WEBVIEW_URL),
            transfer: json.object(Self::TRANSFER).as_ref().and_then(transfer),
            declaration_done: json.bool(Self::DECLARATION_DONE)?,
            tax_accepted: json.bool(Self::TAX_ACCEPTED),
            terms_done: json.bool(Self::TERMS_DONE)?,
            activation_ready: json.bool(Self::ACTIVATION_READY)?,
        })
    }
}

impl FromJson for ActivationView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(ActivationView { code: json.string(Self::CODE)?, qr_svg: json.string(Self::QR_SVG)? })
    }
}

/// `IdentityRequest` as the proxy reads it.
pub(crate) fn identity_body(method: IdentityMethod) -> String {
    let object = Object::new();
    set(&object, IdentityRequest::METHOD, if method == IdentityMethod::Facial { "facial" } else { "transfer" });
    stringify(&object)
}

/// `WebviewRequest` as the proxy reads it.
pub(crate) fn webview_body(url: &str) -> String {
    let object = Object::new();
    set(&object, WebviewRequest::URL, url);
    stringify(&object)
}

/// `TaxRequest` as the proxy reads it.
pub(crate) fn tax_body(request: &TaxRequest) -> String {
    let object = Object::new();
    set_bool(&object, TaxRequest::US_PERSON, request.us_person);
    set(&object, TaxRequest::COUNTRY, &request.country);
    set(&object, TaxRequest::TIN, &request.tin);
    stringify(&object)
}
