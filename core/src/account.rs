//! An account opened with a provider's modular KYC (Xpollens): what the SPA sends for each step
//! and what it is shown. Provider identifiers (appUserId, public user code) are not part of it.

use serde::{Deserialize, Serialize};

/// The account as a whole (the provider's overall status, callback 34).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// No step taken yet.
    NotStarted,
    /// Steps taken, not all clear yet.
    InProgress,
    /// Every step is clear: the account is open.
    Open,
    /// Refused by the provider's compliance.
    Refused,
}

/// What a piece of evidence was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiligenceKind {
    /// An ID card, passport or residence permit.
    IdDocument,
    /// The selfie video of the facial recognition.
    Selfie,
    /// An instant transfer from an account in the user's name.
    Transfer,
    /// Any other supporting document.
    Other,
}

/// Where one piece of evidence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiligenceState {
    /// Accepted.
    Validated,
    /// Refused: the account stays closed until the identity is proven again.
    Refused,
    /// A person at the provider is looking at it.
    InReview,
}

/// One checked piece of evidence (the provider's reason stays in the proxy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiligenceView {
    /// What it was.
    pub kind: DiligenceKind,
    /// Where it stands.
    pub state: DiligenceState,
}

/// How the user proves their identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdentityMethod {
    /// The provider's facial recognition (ID document and selfie video) in its webview.
    Facial,
    /// An instant transfer from an account in the user's name to an IBAN booked for them.
    Transfer,
}

/// Body of `POST /api/session/account/identity`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdentityRequest {
    /// The chosen method.
    pub method: IdentityMethod,
}

/// Body of `POST /api/session/account/identity/webview`: the facial recognition's webview URL,
/// as the product team's mobile app got it from Xpollens's SDK (`getIssuerData()`) and handed it
/// to the flow through the embed bridge.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebviewRequest {
    /// The webview's URL (`https://…`, on an origin the deployment lists).
    pub url: String,
}

/// Where to send the identifying transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransferView {
    /// IBAN booked for the user.
    pub iban: String,
    /// BIC of that account.
    pub bic: String,
    /// Larger transfers are rejected and identify nobody (euro cents).
    pub max_amount_cents: u64,
}

/// Body of `POST /api/session/account/tax`: the FATCA / automatic-exchange answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxRequest {
    /// Whether the user is a US citizen or US tax resident.
    pub us_person: bool,
    /// Country of tax residence (ISO 3166-1 alpha-2).
    pub country: String,
    /// Tax identification number there; empty when the country issues none.
    #[serde(default)]
    pub tin: String,
}

/// Answer of `GET /api/session/account`: the steps behind the user and the provider's verdicts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountView {
    /// The account as a whole.
    pub status: AccountStatus,
    /// The evidence of the identity step, as the provider last reported it.
    pub diligences: Vec<DiligenceView>,
    /// The chosen identity method, once chosen.
    pub identity: Option<IdentityMethod>,
    /// The facial recognition's webview, while the user has it to do.
    pub webview_url: Option<String>,
    /// The transfer's instructions, when that method was chosen.
    pub transfer: Option<TransferView>,
    /// The declarative data was sent.
    pub declaration_done: bool,
    /// The tax answers: `None` before, `Some(false)` when the provider needs documents.
    pub tax_accepted: Option<bool>,
    /// The terms were accepted.
    pub terms_done: bool,
    /// An activation code for the phone app is available (`GET /api/session/account/activation`).
    pub activation_ready: bool,
}

/// Answer of `GET /api/session/account/activation`: the code that binds the phone app, and the
/// same code as an SVG QR code to scan from the desktop.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivationView {
    /// The code, to type when scanning is not possible.
    pub code: String,
    /// An `<svg>` element.
    pub qr_svg: String,
}
