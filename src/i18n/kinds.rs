//! The shapes of the texts that are more than one line: texts per key of a domain enum
//! ([`Keyed`]), per string code ([`Coded`]) and with arguments ([`Template`]).

use kyc_core::person::{ChoiceList, Field, Group, Widget};
use kyc_core::{Plural, Step};
use std::marker::PhantomData;

/// A domain enum whose every value has a text, in the order of `ALL`.
pub(crate) trait Key: Copy + PartialEq + 'static {
    /// Every value, in the order of the file's lines.
    fn all() -> &'static [Self];
}

impl Key for Step {
    fn all() -> &'static [Self] {
        &Step::ALL
    }
}

impl Key for Group {
    fn all() -> &'static [Self] {
        &Group::ALL
    }
}

impl Key for Field {
    fn all() -> &'static [Self] {
        Field::ALL
    }
}

/// Keys listed by the domain itself.
macro_rules! listed {
    ($($key:ty),* $(,)?) => {
        $( impl Key for $key {
            fn all() -> &'static [Self] {
                &<$key>::ALL
            }
        } )*
    };
}

/// Keys the domain does not list: their order here is their files' order. The translators'
/// tables match over every value, so a new value is a compile error there; one missing here
/// would read the text of the first value, which the round-trip test catches.
macro_rules! keys {
    ($($key:ty: [$($value:expr),* $(,)?];)*) => {
        $( impl Key for $key {
            fn all() -> &'static [Self] {
                &[$($value),*]
            }
        } )*
    };
}

use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::api::{Agreement, Evidence};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::mrz::MrzField;
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;

listed!(ConsentKind, DocumentKind, ProofOfAddressType, CaptureSlot);

keys! {
    Topic: [Topic::DataMismatch, Topic::Document, Topic::Video, Topic::Audio, Topic::Connection, Topic::IdentCode, Topic::UserEnded, Topic::Timeout, Topic::Technical, Topic::Other];
    Guidance: [Guidance::RetryNow, Guidance::RetryOtherDocument, Guidance::ContactSupport];
    Evidence: [Evidence::Bank, Evidence::Document];
    Agreement: [Agreement::Mismatch, Agreement::Similar, Agreement::Match];
    QualityIssue: [QualityIssue::TooDark, QualityIssue::Blurred, QualityIssue::Glare];
    BrowserFamily: [BrowserFamily::ChromiumDesktop, BrowserFamily::ChromeAndroid, BrowserFamily::SafariIos, BrowserFamily::SafariMac, BrowserFamily::Firefox, BrowserFamily::Other];
    Hold: [Hold::Quality(QualityIssue::TooDark), Hold::Quality(QualityIssue::Blurred), Hold::Quality(QualityIssue::Glare), Hold::Still, Hold::Mrz];
    MrzField: [MrzField::LastName, MrzField::FirstName, MrzField::BirthDate, MrzField::Nationality, MrzField::DocumentNumber];
    AccountStatus: [AccountStatus::NotStarted, AccountStatus::InProgress, AccountStatus::Open, AccountStatus::Refused];
    DiligenceKind: [DiligenceKind::IdDocument, DiligenceKind::Selfie, DiligenceKind::Transfer, DiligenceKind::Other];
    DiligenceState: [DiligenceState::Validated, DiligenceState::Refused, DiligenceState::InReview];
}

/// One text per value of `K`.
pub(crate) struct Keyed<K> {
    pub(super) texts: Vec<&'static str>,
    pub(super) key: PhantomData<K>,
}

impl<K: Key> Keyed<K> {
    /// The text for `key`.
    pub(crate) fn of(&self, key: K) -> &'static str {
        let at = K::all().iter().position(|&k| k == key).unwrap_or_default();
        self.texts.get(at).copied().unwrap_or_default()
    }
}

/// A list of string codes, each with a text.
pub(crate) trait Codes: 'static {
    /// Every code, in the order of the file's lines.
    fn codes() -> Vec<&'static str>;
}

/// The wire values of every option a field's widget offers, and `""` for "no choice" first.
/// States keep their official names and are not translated.
pub(crate) struct OptionKeys;

impl Codes for OptionKeys {
    fn codes() -> Vec<&'static str> {
        use kyc_core::person::{keys, Salutation, Title};
        let mut codes = vec![""];
        for field in Field::ALL {
            let options = match field.widget() {
                Widget::Choice(ChoiceList::Salutation) => keys::<Salutation>(),
                Widget::Choice(ChoiceList::Title) => keys::<Title>(),
                Widget::YesNo => keys::<bool>(),
                _ => Vec::new(),
            };
            for option in options {
                if !codes.contains(&option) {
                    codes.push(option);
                }
            }
        }
        codes
    }
}

/// Every field error code ([`kyc_core::person::FIELD_ERROR_CODES`]).
pub(crate) struct ErrorCodes;

impl Codes for ErrorCodes {
    fn codes() -> Vec<&'static str> {
        kyc_core::person::FIELD_ERROR_CODES.to_vec()
    }
}

/// One text per code of `C`.
pub(crate) struct Coded<C> {
    pub(super) codes: Vec<&'static str>,
    pub(super) texts: Vec<&'static str>,
    pub(super) list: PhantomData<C>,
}

impl<C: Codes> Coded<C> {
    /// The text for `code`, if the list has it.
    pub(crate) fn get(&self, code: &str) -> Option<&'static str> {
        let at = self.codes.iter().position(|&c| c == code)?;
        self.texts.get(at).copied()
    }

    /// The text for `code`, else the one for the empty code (an option's "no choice").
    pub(crate) fn of(&self, code: &str) -> &'static str {
        self.get(code).or_else(|| self.get("")).unwrap_or_default()
    }
}

/// A counted text: a template per plural category (in [`Plural::ALL`]'s order), the count at `{0}`.
pub(crate) struct Counted(pub(super) [&'static str; 6]);

impl Counted {
    /// The text for the count `n` (already written as a number) of category `plural`.
    pub(crate) fn of(&self, plural: Plural, n: &str) -> String {
        let at = Plural::ALL.iter().position(|&p| p == plural).unwrap_or(5);
        Template(self.0[at]).fill(&[n])
    }
}

/// A text that names something when there is a name (`{0}`), and reads well without one.
pub(crate) struct WithOrWithout {
    pub(super) without: &'static str,
    pub(super) with: Template,
}

impl WithOrWithout {
    /// The text naming `name`, if any.
    pub(crate) fn of(&self, name: Option<&str>) -> String {
        match name {
            Some(name) => self.with.fill(&[name]),
            None => self.without.to_owned(),
        }
    }
}

/// The places (`{0}`, `{x}`) of a text, in the order they appear.
#[cfg(test)]
pub(crate) fn places(text: &str) -> Vec<&str> {
    text.match_indices('{').filter_map(|(at, _)| Some(&text[at..at + text[at..].find('}')? + 1])).collect()
}

/// A text with numbered places for its arguments: `{0}`, `{1}`.
pub(crate) struct Template(pub(super) &'static str);

impl Template {
    /// The text with each `{n}` replaced by `args[n]` (an argument's own braces stay as they are).
    pub(crate) fn fill(&self, args: &[&str]) -> String {
        let mut out = String::with_capacity(self.0.len());
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let arg = after.find('}').and_then(|close| Some((close, args.get(after[..close].parse::<usize>().ok()?)?)));
            match arg {
                Some((close, arg)) => {
                    out.push_str(arg);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The numbers of its places, in the order they appear.
    #[cfg(test)]
    pub(crate) fn places(&self) -> Vec<&'static str> {
        places(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_fills_its_places_in_any_order_once() {
        let template = Template("{1} of {0}, {x} {2}");
        assert_eq!(template.fill(&["a", "{1}"]), "{1} of a, {x} {2}");
        assert_eq!(template.places(), ["{1}", "{0}", "{x}", "{2}"]);
    }

    #[test]
    fn options_are_listed_once_with_no_choice_first() {
        assert_eq!(OptionKeys::codes(), ["", "MR", "MS", "DR", "MAGISTER", "PROF", "PROF_DR", "yes", "no"]);
    }
}
