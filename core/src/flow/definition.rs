//! Flow definitions: the steps of each provider's onboarding and the fields it asks, as data.
//! The proxy picks one per session (by configuration, or the product team's choice) and sends
//! it to the SPA, which renders whatever it receives.

use super::Step;
use crate::document::DocumentKind;
use crate::person::{Field, FieldRule};
use serde::{Deserialize, Serialize};

/// The flows this product offers. The default is a deployment's flow when it names none
/// (`KYC_FLOW`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FlowId {
    /// Solaris: personal data and consents, then an IDnow video call, then the decision.
    #[default]
    SolarisIdnow,
    /// ID Dataweb: a silent session-risk check, then personal data matched against carrier
    /// records; a match is confirmed by an SMS link opened on the phone, anyone else steps up to
    /// an ID document and a selfie.
    IddatawebPhone,
    /// Onfido: personal data and consents, photos of the ID document and a selfie, then the
    /// document, facial similarity and Identity Enhanced reports and the product's rules.
    OnfidoDocuments,
    /// Signicat Assure, as its guide's bank example: personal data and consents, a login at the
    /// user's bank (iDIN), photos of the ID document and a selfie, then the typed data matched
    /// field by field against both, and the dossier deleted at the provider.
    SignicatBank,
    /// Xpollens: personal data and consents create the prospect; then proof of identity,
    /// declarative data, tax data and the account's terms in the order the product team
    /// chooses; the account opens when every step is clear.
    XpollensAccount,
}

impl FlowId {
    /// Every flow.
    pub const ALL: [FlowId; 5] = [
        FlowId::SolarisIdnow,
        FlowId::IddatawebPhone,
        FlowId::OnfidoDocuments,
        FlowId::SignicatBank,
        FlowId::XpollensAccount,
    ];

    /// The flow's key in configuration and on the wire.
    pub fn key(self) -> &'static str {
        match self {
            FlowId::SolarisIdnow => "solaris_idnow",
            FlowId::IddatawebPhone => "iddataweb_phone",
            FlowId::OnfidoDocuments => "onfido_documents",
            FlowId::SignicatBank => "signicat_bank",
            FlowId::XpollensAccount => "xpollens_account",
        }
    }

    /// The flow for a key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key.trim())
    }

    /// The page of the flow's steps after the personal data ([`super::Bundle`]): the account
    /// opening has its own, with its consents and result.
    pub fn later_page(self) -> super::Bundle {
        match self {
            FlowId::XpollensAccount => super::Bundle::Account,
            FlowId::SolarisIdnow | FlowId::IddatawebPhone | FlowId::OnfidoDocuments | FlowId::SignicatBank => {
                super::Bundle::Rest
            }
        }
    }

    /// The documents the flow's capture step offers, in the order shown (none without one). ID
    /// Dataweb's document step-up takes a passport, driver's licence or ID card (its guide);
    /// Onfido's document report takes driving licences too. Signicat's flow keeps the two
    /// documents its bank example uses.
    pub fn capture_documents(self) -> &'static [DocumentKind] {
        use DocumentKind::{DriversLicense, IdCard, Passport};
        match self {
            FlowId::IddatawebPhone | FlowId::OnfidoDocuments => &[IdCard, Passport, DriversLicense],
            FlowId::SignicatBank => &[IdCard, Passport],
            FlowId::SolarisIdnow | FlowId::XpollensAccount => &[],
        }
    }

    /// The flow's definition.
    pub fn definition(self) -> Flow {
        match self {
            FlowId::SolarisIdnow => Flow {
                id: self,
                steps: vec![Step::PersonalData, Step::Consents, Step::Identification, Step::Status],
                step_ups: Vec::new(),
                fields: solaris_fields(),
            },
            FlowId::IddatawebPhone => Flow {
                id: self,
                steps: vec![
                    Step::Risk,
                    Step::PersonalData,
                    Step::Consents,
                    Step::PhoneCheck,
                    Step::Capture,
                    Step::Status,
                ],
                step_ups: vec![Step::Capture],
                fields: iddataweb_fields(),
            },
            FlowId::OnfidoDocuments => Flow {
                id: self,
                steps: vec![Step::PersonalData, Step::Consents, Step::Capture, Step::Status],
                step_ups: Vec::new(),
                fields: onfido_fields(),
            },
            FlowId::SignicatBank => Flow {
                id: self,
                steps: vec![Step::PersonalData, Step::Consents, Step::BankLogin, Step::Capture, Step::Status],
                step_ups: Vec::new(),
                // What Assure's user data holds and matches: names, birth date, address.
                fields: crate::PersonalData::CORE.into_iter().map(FieldRule::required).collect(),
            },
            FlowId::XpollensAccount => {
                let mut steps = vec![Step::PersonalData, Step::Consents];
                steps.extend(self.reorderable());
                steps.push(Step::Status);
                Flow { id: self, steps, step_ups: Vec::new(), fields: xpollens_fields() }
            }
        }
    }
}

/// What Xpollens's prospect and declarative data take: identity, residence and contact, and
/// the birth country its tax plausibility check compares with the tax countries.
fn xpollens_fields() -> Vec<FieldRule> {
    crate::PersonalData::CORE.into_iter().chain([Field::BirthCountry]).map(FieldRule::required).collect()
}

/// What the Solaris person resource takes (the guide's mandatory data points and the optional
/// ones it documents), plus the self-declarations its onboarding asks.
fn solaris_fields() -> Vec<FieldRule> {
    use Field::*;
    let optional = [Salutation, Title, BirthName];
    let required = [
        FirstName,
        LastName,
        BirthDate,
        BirthCity,
        BirthCountry,
        Nationality,
        Street,
        HouseNumber,
        PostalCode,
        City,
        Country,
        State,
        MobileNumber,
        Email,
        TaxResidency,
        FatcaRelevant,
        Pep,
    ];
    optional.into_iter().map(FieldRule::optional).chain(required.into_iter().map(FieldRule::required)).collect()
}

/// What ID Dataweb's PII validation matches against carrier records: name, address with its
/// state or province (the phone path covers the US, the UK and Canada), phone and birth date.
fn iddataweb_fields() -> Vec<FieldRule> {
    crate::PersonalData::CORE.into_iter().chain([Field::State]).map(FieldRule::required).collect()
}

/// What Onfido's applicant and Identity Enhanced report use: name, birth date and current
/// address with contact; the state or province where the address has one (US, Canada), and a
/// US resident's Social Security Number, which only tightens the US report, so it stays optional.
fn onfido_fields() -> Vec<FieldRule> {
    let required = crate::PersonalData::CORE.into_iter().chain([Field::State]).map(FieldRule::required);
    required.chain([FieldRule::optional(Field::Ssn)]).collect()
}

/// A flow: its steps in order and the fields of its personal-data step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Flow {
    /// Which flow.
    pub id: FlowId,
    /// The steps, in order; the last one shows the decision.
    pub steps: Vec<Step>,
    /// Steps only some users take: the provider's answer to the step before sends them there
    /// (ID Dataweb's document step-up after a failed phone match); the others skip them.
    pub step_ups: Vec<Step>,
    /// The fields the personal-data step asks, each required or optional.
    pub fields: Vec<FieldRule>,
}

impl Flow {
    fn position(&self, step: Step) -> Option<usize> {
        self.steps.iter().position(|&s| s == step)
    }

    /// The step after `step`.
    pub fn next(&self, step: Step) -> Option<Step> {
        self.position(step).and_then(|i| self.steps.get(i + 1)).copied()
    }

    /// The step before `step`.
    pub fn previous(&self, step: Step) -> Option<Step> {
        self.position(step).and_then(|i| i.checked_sub(1)).map(|i| self.steps[i])
    }

    /// Position in the flow, from 1, for "step 2 of 4".
    pub fn number(&self, step: Step) -> usize {
        self.position(step).map_or(1, |i| i + 1)
    }

    /// The first step that is neither done nor skipped, or the last step: where a returning
    /// user resumes. A step-up is skipped unless `taken` says the provider sent the user there.
    pub fn furthest(&self, done: impl Fn(Step) -> bool, taken: impl Fn(Step) -> bool) -> Step {
        let last = self.steps.last().copied().unwrap_or(Step::Status);
        let skipped = |s: Step| self.step_ups.contains(&s) && !taken(s);
        self.steps.iter().copied().find(|&s| !done(s) && !skipped(s)).unwrap_or(last)
    }

    /// The steps this user goes through: step-ups only when `taken`.
    pub fn path(&self, taken: impl Fn(Step) -> bool) -> Vec<Step> {
        self.steps.iter().copied().filter(|&s| !self.step_ups.contains(&s) || taken(s)).collect()
    }

    /// Whether a user who may reach `furthest` may open `step`: no skipping ahead.
    pub fn reachable(&self, step: Step, furthest: Step) -> bool {
        let (Some(at), Some(limit)) = (self.position(step), self.position(furthest)) else {
            return false;
        };
        // The video call and the decision are one stage: the call stays open for retries.
        at <= limit || (step == Step::Identification && self.next(step) == Some(furthest))
    }

    /// Whether the personal-data step asks for `field`.
    pub fn asks(&self, field: Field) -> bool {
        self.fields.iter().any(|r| r.field == field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PersonalData;

    #[test]
    fn every_flow_asks_the_identity_fields_and_ends_on_the_decision() {
        for id in FlowId::ALL {
            let flow = id.definition();
            assert_eq!(FlowId::from_key(id.key()), Some(id));
            assert_eq!(flow.steps.last(), Some(&Step::Status), "{id:?}");
            for field in PersonalData::CORE {
                assert!(flow.fields.iter().any(|r| r.field == field && r.required), "{id:?} {field:?}");
            }
        }
    }

    #[test]
    fn the_order_comes_from_the_definition() {
        let flow = FlowId::SolarisIdnow.definition();
        assert_eq!(flow.next(Step::PersonalData), Some(Step::Consents));
        assert_eq!(flow.next(Step::Status), None);
        assert_eq!(flow.previous(Step::PersonalData), None);
        assert_eq!(flow.number(Step::Status), 4);
    }

    #[test]
    fn a_user_resumes_where_the_stored_data_ends_and_cannot_skip_ahead() {
        let flow = FlowId::SolarisIdnow.definition();
        assert_eq!(flow.furthest(|_| false, |_| false), Step::PersonalData);
        assert_eq!(flow.furthest(|s| s == Step::PersonalData, |_| false), Step::Consents);
        assert_eq!(flow.furthest(|s| s != Step::Status, |_| false), Step::Status);
        assert!(!flow.reachable(Step::Identification, Step::Consents));
        assert!(flow.reachable(Step::PersonalData, Step::Status));
        assert!(flow.reachable(Step::Identification, Step::Status));
    }

    #[test]
    fn a_step_up_is_taken_only_when_the_provider_sends_the_user_there() {
        let flow = FlowId::IddatawebPhone.definition();
        let through_phone = |s: Step| matches!(s, Step::Risk | Step::PersonalData | Step::Consents | Step::PhoneCheck);
        assert_eq!(flow.furthest(through_phone, |_| false), Step::Status);
        assert_eq!(flow.furthest(through_phone, |s| s == Step::Capture), Step::Capture);
        assert_eq!(flow.furthest(|s| s == Step::Risk, |_| false), Step::PersonalData);
        assert!(!flow.path(|_| false).contains(&Step::Capture));
        assert_eq!(flow.path(|_| true), flow.steps);
    }

    #[test]
    fn the_onfido_flow_takes_pictures_and_asks_the_ssn_without_requiring_it() {
        let flow = FlowId::from_key("onfido_documents").unwrap().definition();
        assert_eq!(flow.steps, [Step::PersonalData, Step::Consents, Step::Capture, Step::Status]);
        assert_eq!(flow.furthest(|s| s != Step::Capture && s != Step::Status, |_| false), Step::Capture);
        let rule = |field| flow.fields.iter().find(|r| r.field == field).map(|r| r.required);
        assert_eq!(rule(Field::State), Some(true));
        assert_eq!(rule(Field::Ssn), Some(false));
        assert_eq!(rule(Field::BirthCity), None, "only what Onfido takes is asked");
    }

    #[test]
    fn the_signicat_flow_logs_in_at_the_bank_before_the_pictures() {
        let flow = FlowId::from_key("signicat_bank").unwrap().definition();
        assert_eq!(flow.next(Step::Consents), Some(Step::BankLogin));
        assert_eq!(flow.next(Step::BankLogin), Some(Step::Capture));
        assert_eq!(flow.furthest(|s| matches!(s, Step::PersonalData | Step::Consents), |_| false), Step::BankLogin);
    }
}
