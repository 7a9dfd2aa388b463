//! The texts of the steps after the personal data (consents, identification, phone check,
//! status), one table per language like [`super::Texts`]. Kept apart because only the second
//! page of the app ([`kyc_core::Bundle::Rest`]) shows them: the first page's download leaves
//! them out.

mod de;
mod en;
mod fr;
mod nl;

use super::{use_i18n, I18n, Lang};
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::{ConsentKind, Plural};

/// Every text of the later steps in one language.
pub(crate) struct RestTexts {
    pub back: &'static str,
    pub phone_title: &'static str,
    /// "We sent a link to" the masked number.
    pub phone_sent: fn(&str) -> String,
    pub phone_how: &'static str,
    pub phone_waiting: &'static str,
    pub consents_title: &'static str,
    pub consents_intro: &'static str,
    pub consent_missing: fn(ConsentKind) -> &'static str,
    pub consent_save_failed: &'static str,
    /// When the consent was given: its date and time (UTC), written the language's way.
    pub given_at: fn(&str) -> String,
    pub ident_title: &'static str,
    pub ident_intro: &'static str,
    pub ident_ready: &'static str,
    pub ident_ready_items: [&'static str; 3],
    pub waiting_time: fn(Plural, &str) -> String,
    pub ident_frame_title: &'static str,
    pub ident_finished: &'static str,
    pub ident_starting: &'static str,
    pub ident_start_failed: &'static str,
    pub status_waiting: &'static str,
    pub status_waiting_lead: &'static str,
    pub status_verified: &'static str,
    pub status_verified_lead: &'static str,
    pub status_under_review_lead: &'static str,
    pub status_interrupted: &'static str,
    pub status_failed: &'static str,
    pub status_failed_lead: &'static str,
    pub status_expired: &'static str,
    pub status_expired_lead: &'static str,
    pub status_check_failed: &'static str,
    /// A referral: the product team looks at the application and contacts the user.
    pub status_referred: &'static str,
    pub status_referred_lead: &'static str,
    /// What the user can do meanwhile.
    pub status_referred_detail: &'static str,
    pub topic: fn(Topic) -> &'static str,
    pub guidance: fn(Guidance) -> &'static str,
    pub docs_heading: &'static str,
    pub docs_loading: &'static str,
    pub doc_kind: fn(DocumentKind) -> &'static str,
    pub doc_countries: fn(Plural, &str) -> String,
    pub doc_choice_legend: &'static str,
    /// The label of the document's issuing country.
    pub issuing_country: &'static str,
    pub proof_legend: &'static str,
    pub proof_intro: &'static str,
    /// The address could not be confirmed: the proof is asked whatever the document.
    pub proof_intro_unconfirmed: &'static str,
    pub proof_type_label: &'static str,
    pub proof_type: fn(ProofOfAddressType) -> &'static str,
    pub proof_issued_label: &'static str,
    pub start_call: &'static str,
    pub corrections_heading: &'static str,
    pub corrections_entered: &'static str,
    pub corrections_verified: &'static str,
    pub address_corrected: fn(&str) -> String,
    pub address_not_found: &'static str,
    pub bank_title: &'static str,
    /// How the login works, with the eID scheme's name (`iDIN`, `BankID`) or without one.
    pub bank_how: fn(Option<&str>) -> String,
    pub bank_go: &'static str,
    pub bank_canceled: &'static str,
    pub bank_failed: &'static str,
    /// Framed by a host page, the bank opens in a window of its own.
    pub bank_popup: &'static str,
    pub bank_popup_blocked: &'static str,
    pub checks_heading: &'static str,
    pub checks_field: &'static str,
    pub evidence: fn(Evidence) -> &'static str,
    pub agreement: fn(Agreement) -> &'static str,
}

impl Lang {
    /// The later steps' texts in this language.
    pub(crate) fn rest(self) -> &'static RestTexts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
            Lang::Fr => &fr::TEXTS,
            Lang::Nl => &nl::TEXTS,
        }
    }
}

impl I18n {
    /// The later steps' texts of the current language; reading them tracks the language.
    pub(crate) fn rest(self) -> &'static RestTexts {
        self.lang().rest()
    }
}

/// A later step's text of the current language, following language changes (see [`super::tr`]).
pub(crate) fn trr(
    pick: fn(&'static RestTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.rest())
}
