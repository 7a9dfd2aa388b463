//! The texts of the account steps (Xpollens flow: identity, declaration, tax, terms and the
//! account's status), one table per language like [`super::Texts`].

mod de;
mod en;
mod fr;
mod nl;

use super::{use_i18n, Lang};
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

/// Every text of the account steps in one language.
pub(crate) struct AccountTexts {
    pub identity_title: &'static str,
    pub identity_intro: &'static str,
    pub method_legend: &'static str,
    pub method_facial: &'static str,
    pub method_facial_hint: &'static str,
    pub method_transfer: &'static str,
    pub method_transfer_hint: &'static str,
    pub frame_title: &'static str,
    pub frame_closed: &'static str,
    pub transfer_intro: &'static str,
    pub iban: &'static str,
    pub bic: &'static str,
    pub max_amount: fn(Plural, &str) -> String,
    pub activation_heading: &'static str,
    pub activation_intro: &'static str,
    pub qr_label: &'static str,
    pub activation_code: &'static str,
    pub activation_waiting: &'static str,
    pub declaration_title: &'static str,
    pub declaration_intro: &'static str,
    pub declaration_send: &'static str,
    pub tax_title: &'static str,
    pub tax_intro: &'static str,
    pub us_person: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub tax_country: &'static str,
    pub tin: &'static str,
    pub tin_hint: &'static str,
    pub tin_required: &'static str,
    pub tax_send: &'static str,
    pub terms_title: &'static str,
    pub terms_intro: &'static str,
    pub terms_checkbox: &'static str,
    pub terms_accept: &'static str,
    pub terms_required: &'static str,
    pub status_title: &'static str,
    pub status_lead: fn(AccountStatus) -> &'static str,
    pub status_name: fn(AccountStatus) -> &'static str,
    pub overall: &'static str,
    pub diligences_heading: &'static str,
    pub diligences_none: &'static str,
    pub diligence_kind: fn(DiligenceKind) -> &'static str,
    pub diligence_state: fn(DiligenceState) -> &'static str,
    pub steps_heading: &'static str,
    pub step_done: &'static str,
    pub step_open: &'static str,
    pub tax_documents: &'static str,
    pub identity_again: &'static str,
    pub identity_checking: &'static str,
    pub identity_validated: &'static str,
    pub identity_refused: &'static str,
    pub sca_tax: &'static str,
    pub sca_terms: &'static str,
}

impl Lang {
    /// The account steps' texts in this language.
    pub(crate) fn account(self) -> &'static AccountTexts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::De => &de::TEXTS,
            Lang::Fr => &fr::TEXTS,
            Lang::Nl => &nl::TEXTS,
        }
    }
}

/// An account text of the current language, following language changes (see [`super::tr`]).
pub(crate) fn tra(
    pick: fn(&'static AccountTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.lang().account())
}
