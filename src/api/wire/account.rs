//! The account steps' JSON (Xpollens flow).

use super::{set, stringify, FromJson, Json};
use js_sys::{Object, Reflect};
use kyc_core::account::{AccountView, ActivationView, DiligenceView, IdentityMethod, TaxRequest, TransferView};
use wasm_bindgen::JsValue;

impl FromJson for AccountView {
    fn from_json(json: &Json) -> Option<Self> {
        let diligence = |d: &Json| Some(DiligenceView { kind: d.name("kind")?, state: d.name("state")? });
        let transfer = |t: &Json| {
            Some(TransferView {
                iban: t.string("iban")?,
                bic: t.string("bic")?,
                max_amount_cents: t.get("max_amount_cents").as_f64()? as u64,
            })
        };
        Some(AccountView {
            status: json.name("status")?,
            diligences: json.objects("diligences")?.iter().map(diligence).collect::<Option<_>>()?,
            identity: json.name("identity"),
            webview_url: json.string("webview_url"),
            transfer: json.object("transfer").as_ref().and_then(transfer),
            declaration_done: json.get("declaration_done").as_bool()?,
            tax_accepted: json.get("tax_accepted").as_bool(),
            terms_done: json.get("terms_done").as_bool()?,
            activation_ready: json.get("activation_ready").as_bool()?,
        })
    }
}

impl FromJson for ActivationView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(ActivationView { code: json.string("code")?, qr_svg: json.string("qr_svg")? })
    }
}

/// `IdentityRequest` as the proxy reads it.
pub(crate) fn identity_body(method: IdentityMethod) -> String {
    let object = Object::new();
    set(&object, "method", if method == IdentityMethod::Facial { "facial" } else { "transfer" });
    stringify(&object)
}

/// `TaxRequest` as the proxy reads it.
pub(crate) fn tax_body(request: &TaxRequest) -> String {
    let object = Object::new();
    let _ = Reflect::set(&object, &JsValue::from_str("us_person"), &JsValue::from_bool(request.us_person));
    set(&object, "country", &request.country);
    set(&object, "tin", &request.tin);
    stringify(&object)
}
