//! The texts of the account steps (Xpollens flow: identity, declaration, tax, terms and the
//! account's status), one table per language like [`super::Texts`].

use super::declare::{sources, texts, Part};
use super::kinds::{Counted, Keyed};
use super::use_i18n;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
#[cfg(not(target_arch = "wasm32"))]
use kyc_core::Plural;

kyc_core::with_languages!(sources { AccountTextsSource });

texts! {
    /// Every text of the account steps in one language.
    table AccountTexts, source AccountTextsSource, part Part::Account, sources sources;
    plain {
        identity_title,
        identity_intro,
        method_legend,
        method_facial,
        method_facial_hint,
        method_transfer,
        method_transfer_hint,
        frame_title,
        frame_closed,
        transfer_intro,
        iban,
        bic,
        activation_heading,
        activation_intro,
        qr_label,
        activation_code,
        activation_waiting,
        declaration_title,
        declaration_intro,
        declaration_send,
        tax_title,
        tax_intro,
        us_person,
        yes,
        no,
        tax_country,
        tin,
        tin_hint,
        tin_required,
        tax_send,
        terms_title,
        terms_intro,
        terms_checkbox,
        terms_accept,
        terms_required,
        status_title,
        overall,
        diligences_heading,
        diligences_none,
        steps_heading,
        step_done,
        step_open,
        tax_documents,
        identity_again,
        identity_checking,
        identity_validated,
        identity_refused,
        sca_tax,
        sca_terms,
    }
    rich {
        max_amount: Counted = fn(Plural, &str) -> String,
        status_lead: Keyed<AccountStatus> = fn(AccountStatus) -> &'static str,
        status_name: Keyed<AccountStatus> = fn(AccountStatus) -> &'static str,
        diligence_kind: Keyed<DiligenceKind> = fn(DiligenceKind) -> &'static str,
        diligence_state: Keyed<DiligenceState> = fn(DiligenceState) -> &'static str,
    }
}

/// An account text of the current language, following language changes (see [`super::tr`]).
impl super::I18n {
    /// The account steps' texts of the current language; reading them tracks the language.
    pub(crate) fn account(self) -> &'static AccountTexts {
        super::loaded::table(self.lang())
    }
}

pub(crate) fn tra(
    pick: fn(&'static AccountTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.account())
}
