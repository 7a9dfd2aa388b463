//! One example of every answer the SPA reads, with every optional part present and every list
//! filled, so that serialising it writes every key.
//!
//! For tests only, here and in the SPA: kyc-core checks that serde writes exactly the keys named
//! by `KEYS`, and the SPA that its reader reads back what serde wrote. Public rather than
//! `cfg(test)` because the SPA's tests are another crate; nothing calls it in a build, so none
//! of it reaches a binary.

use super::{
    AddressCheck, AddressSuggestion, Agreement, BankLogin, BankLoginView, ConsentView, Correction, ErrorBody,
    ErrorDetail, Evidence, FieldCheck, IdentificationView, PhoneCheckView, SessionCreated, SessionView, StatusView,
    SupportedDocument,
};
use crate::account::{
    AccountStatus, AccountView, ActivationView, DiligenceKind, DiligenceState, DiligenceView, IdentityMethod,
    TransferView,
};
use crate::capture::{CaptureSlot, CapturesView, HandoffView};
use crate::document::DocumentKind;
use crate::flow::FlowId;
use crate::theme::{Colour, Palette, Theme};
use crate::{ConsentKind, Field, FieldError, IdentificationStatus, PersonalDataInput, Step};

/// Answer to `POST /api/sessions`.
pub fn session_created() -> SessionCreated {
    SessionCreated { token: "tok_0123456789abcdef".into(), session: Some(session_view()) }
}

/// Personal data with every field filled in (its own wire key as its value, prefixed).
pub fn person(prefix: &str) -> PersonalDataInput {
    let mut input = PersonalDataInput::default();
    for &field in Field::ALL {
        *field.value_mut(&mut input) = format!("{prefix}{}", field.key());
    }
    input
}

/// A palette with every colour set.
fn palette(primary: &str) -> Palette {
    let colour = |hex| Colour::parse(hex);
    Palette {
        primary: colour(primary),
        on_primary: colour("#ffffff"),
        text: colour("#1a1c1f"),
        background: colour("#fafafa"),
    }
}

/// A theme with every part set.
pub fn theme() -> Theme {
    Theme {
        colors: palette("#0b5cad"),
        dark_colors: Some(palette("#8ab4f8")),
        font: Some("Inter, sans-serif".into()),
        radius_px: Some(8),
        logo_url: Some("https://example.com/logo.svg".into()),
        logo_alt: Some("Example Bank".into()),
    }
}

/// One consent.
pub fn consent() -> ConsentView {
    ConsentView {
        kind: ConsentKind::DataProcessing,
        given_at: "2025-01-02T03:04:05Z".into(),
        received_at: "2025-01-02T03:04:06Z".into(),
    }
}

/// A started identification.
pub fn identification() -> IdentificationView {
    IdentificationView {
        url: "https://go.example.com/ident/1".into(),
        status: IdentificationStatus::Pending,
        estimated_waiting_time: Some(90),
    }
}

/// Answer to `GET /api/session`, every part present.
pub fn session_view() -> SessionView {
    let mut flow = FlowId::IddatawebPhone.definition();
    // Never empty here, so that the sample holds a step-up whatever the flow's definition says.
    flow.step_ups = vec![Step::Capture];
    SessionView {
        flow,
        person: person(""),
        person_saved: true,
        draft: Some(person("draft ")),
        address_check: Some(address_check()),
        consents: vec![consent()],
        identification: Some(identification()),
        furthest_step: Step::Consents,
        path: vec![Step::Risk, Step::PersonalData, Step::Consents],
        locked: vec![Field::ALL[0]],
        device_recognised: true,
        theme: Some(theme()),
        residence: Some(crate::person::Residence { countries: vec!["DE".into(), "FR".into()], provider: true }),
    }
}

/// The address check's fullest verdict.
pub fn address_check() -> AddressCheck {
    AddressCheck::Corrected { street: "Hauptstraße 1".into(), postal_code: "10115".into(), city: "Berlin".into() }
}

/// Answer to `GET /api/session/phone-check`.
pub fn phone_check() -> PhoneCheckView {
    PhoneCheckView { done: true, phone: "+1 •••••• 0142".into() }
}

/// Answer to `POST /api/address/suggestions`.
pub fn address_suggestions() -> Vec<AddressSuggestion> {
    vec![AddressSuggestion {
        street: "Hauptstraße".into(),
        postal_code: "10115".into(),
        city: "Berlin".into(),
        country: "DE".into(),
    }]
}

/// Answer to `GET /api/session/identification/documents`.
pub fn supported_documents() -> Vec<SupportedDocument> {
    vec![SupportedDocument { kind: DocumentKind::IdCard, issuing_countries: vec!["DE".into(), "FR".into()] }]
}

/// Answer to `GET /api/session/status`, every part present.
pub fn status() -> StatusView {
    StatusView {
        status: IdentificationStatus::Successful,
        is_final: true,
        reason: Some("document_expired".into()),
        estimated_waiting_time: Some(30),
        corrections: vec![Correction { field: Field::ALL[0], entered: "Jane".into(), verified: "Jana".into() }],
        field_checks: vec![FieldCheck {
            field: Field::ALL[1],
            evidence: Evidence::Bank,
            agreement: Agreement::Similar,
        }],
    }
}

/// Answer of the bank-login endpoints, while pending.
pub fn bank_login() -> BankLoginView {
    BankLoginView {
        state: BankLogin::Pending,
        url: Some("https://bank.example.com/login".into()),
        eid: Some(crate::EidScheme::Idin),
    }
}

/// The one error shape, with a field error.
pub fn error() -> ErrorBody {
    ErrorBody {
        error: ErrorDetail {
            code: "validation_failed".into(),
            message: "Some fields are invalid".into(),
            fields: vec![FieldError {
                field: Field::ALL[0],
                code: "required".into(),
                message: "This field is required".into(),
            }],
        },
    }
}

/// Answer of `GET /api/captures`, every part present.
pub fn captures() -> CapturesView {
    CapturesView {
        required: vec![CaptureSlot::DocumentFront, CaptureSlot::DocumentBack, CaptureSlot::Selfie],
        done: vec![CaptureSlot::DocumentFront],
        document: Some(DocumentKind::IdCard),
        choosable: true,
        offered: vec![DocumentKind::IdCard, DocumentKind::Passport, DocumentKind::DriversLicense],
    }
}

/// Answer of `POST /api/handoffs`.
pub fn handoff() -> HandoffView {
    HandoffView {
        url: "https://kyc.example.com/?handoff=abc".into(),
        qr_svg: "<svg></svg>".into(),
        expires_at: "2025-01-02T03:14:05Z".into(),
    }
}

/// Answer of `GET /api/session/account`, every part present.
pub fn account() -> AccountView {
    AccountView {
        status: AccountStatus::InProgress,
        diligences: vec![DiligenceView { kind: DiligenceKind::IdDocument, state: DiligenceState::InReview }],
        identity: Some(IdentityMethod::Transfer),
        webview_url: Some("https://webview.example.com/1".into()),
        transfer: Some(TransferView {
            iban: "FR7630006000011234567890189".into(),
            bic: "AGRIFRPP".into(),
            max_amount_cents: 100,
        }),
        declaration_done: true,
        tax_accepted: Some(false),
        terms_done: true,
        activation_ready: true,
    }
}

/// Answer of `GET /api/session/account/activation`.
pub fn activation() -> ActivationView {
    ActivationView { code: "ABCD-1234".into(), qr_svg: "<svg></svg>".into() }
}
