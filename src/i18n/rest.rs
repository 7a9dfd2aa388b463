//! The texts of the steps after the personal data (consents, identification, phone check,
//! status), one table per language like [`super::Texts`]. Kept apart because only the second
//! page of the app ([`kyc_core::Bundle::Rest`]) shows them: the first page's download leaves
//! them out.

use super::declare::{sources, texts, Part};
use super::kinds::{Counted, Keyed, Template, WithOrWithout};
use super::{use_i18n, I18n, Lang};
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
#[cfg(not(target_arch = "wasm32"))]
use kyc_core::Plural;

kyc_core::with_languages!(sources { RestTextsSource });

texts! {
    /// Every text of the later steps in one language.
    table RestTexts, source RestTextsSource, part Part::Rest, sources sources;
    plain {
        back,
        phone_title,
        phone_how,
        phone_waiting,
        consents_title,
        consents_intro,
        consent_save_failed,
        ident_title,
        ident_intro,
        ident_ready,
        ident_frame_title,
        ident_finished,
        ident_starting,
        ident_start_failed,
        status_waiting,
        status_waiting_lead,
        status_verified,
        status_verified_lead,
        status_under_review_lead,
        status_interrupted,
        status_failed,
        status_failed_lead,
        status_expired,
        status_expired_lead,
        status_check_failed,
        /// A referral: the product team looks at the application and contacts the user.
        status_referred,
        status_referred_lead,
        /// What the user can do meanwhile.
        status_referred_detail,
        docs_heading,
        docs_loading,
        doc_choice_legend,
        /// The label of the document's issuing country.
        issuing_country,
        proof_legend,
        proof_intro,
        /// The address could not be confirmed: the proof is asked whatever the document.
        proof_intro_unconfirmed,
        proof_type_label,
        proof_issued_label,
        start_call,
        corrections_heading,
        corrections_entered,
        corrections_verified,
        address_not_found,
        bank_title,
        bank_go,
        bank_canceled,
        bank_failed,
        /// Framed by a host page, the bank opens in a window of its own.
        bank_popup,
        bank_popup_blocked,
        checks_heading,
        checks_field,
    }
    rich {
        /// "We sent a link to" the masked number.
        phone_sent: Template = fn(&str) -> String,
        consent_missing: Keyed<ConsentKind> = fn(ConsentKind) -> &'static str,
        /// When the consent was given: its date and time (UTC), written the language's way.
        given_at: Template = fn(&str) -> String,
        ident_ready_items: [&'static str; 3] = [&'static str; 3],
        waiting_time: Counted = fn(Plural, &str) -> String,
        topic: Keyed<Topic> = fn(Topic) -> &'static str,
        guidance: Keyed<Guidance> = fn(Guidance) -> &'static str,
        doc_kind: Keyed<DocumentKind> = fn(DocumentKind) -> &'static str,
        doc_countries: Counted = fn(Plural, &str) -> String,
        proof_type: Keyed<ProofOfAddressType> = fn(ProofOfAddressType) -> &'static str,
        address_corrected: Template = fn(&str) -> String,
        /// How the login works, with the eID scheme's name (`iDIN`, `BankID`) or without one.
        bank_how: WithOrWithout = fn(Option<&str>) -> String,
        evidence: Keyed<Evidence> = fn(Evidence) -> &'static str,
        agreement: Keyed<Agreement> = fn(Agreement) -> &'static str,
    }
}

impl I18n {
    /// The later steps' texts of the current language; reading them tracks the language.
    pub(crate) fn rest(self) -> &'static RestTexts {
        rest_of(self.lang())
    }
}

/// The later steps' texts of `lang` (loaded: the page's language, or one switched to).
pub(crate) fn rest_of(lang: Lang) -> &'static RestTexts {
    super::loaded::table(lang)
}

/// A later step's text of the current language, following language changes (see [`super::tr`]).
pub(crate) fn trr(
    pick: fn(&'static RestTexts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || pick(i18n.rest())
}
