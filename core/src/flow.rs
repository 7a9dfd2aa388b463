//! The kinds of step an onboarding is made of. Which steps a flow has, in which order, and what
//! its personal-data step asks, is data: a [`Flow`] (see [`definition`]). The URL names the
//! current step, so each kind has a path segment.

mod definition;
mod order;
mod provider;

pub use definition::{Flow, FlowId};
pub use order::StepOrderError;
pub use provider::{ProviderId, UnknownProvider};

use serde::{Deserialize, Serialize};

/// A step of the onboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// A silent check of the device and network before anything is asked (ID Dataweb's
    /// session risk); a high-risk session ends here.
    Risk,
    /// Name, birth date, nationality, address, contact.
    PersonalData,
    /// Terms and conditions, data processing.
    Consents,
    /// The provider's video call.
    Identification,
    /// The phone number matched: a link sent by SMS must be opened on that phone.
    PhoneCheck,
    /// Logging in at the user's own bank (Signicat's iDIN eID): the bank confirms who they are.
    BankLogin,
    /// Photos of the ID document and a selfie, from the camera or a file, here or on a phone.
    Capture,
    /// Proof of identity for an account (Xpollens): facial recognition in the provider's
    /// webview, or an instant transfer from an account in the user's name.
    Identity,
    /// The data the user declares to the account provider (contact and residence).
    Declaration,
    /// Tax residence and US-person status (FATCA / automatic exchange of information).
    Tax,
    /// Acceptance of the account's terms and conditions.
    Terms,
    /// Waiting for and showing the decision.
    Status,
}

impl Step {
    /// Every kind of step, in no particular flow.
    pub const ALL: [Step; 12] = [
        Step::Risk,
        Step::PersonalData,
        Step::Consents,
        Step::Identification,
        Step::PhoneCheck,
        Step::BankLogin,
        Step::Capture,
        Step::Identity,
        Step::Declaration,
        Step::Tax,
        Step::Terms,
        Step::Status,
    ];

    /// The step's path segment in the SPA's URL.
    pub fn path(self) -> &'static str {
        match self {
            Step::Risk => "check",
            Step::PersonalData => "personal-data",
            Step::Consents => "consents",
            Step::Identification => "identification",
            Step::PhoneCheck => "phone",
            Step::BankLogin => "bank-login",
            Step::Capture => "capture",
            Step::Identity => "identity",
            Step::Declaration => "declaration",
            Step::Tax => "tax",
            Step::Terms => "terms",
            Step::Status => "status",
        }
    }

    /// The step's name on the wire (its serde name), for events to a host page.
    pub fn key(self) -> &'static str {
        match self {
            Step::Risk => "risk",
            Step::PersonalData => "personal_data",
            Step::Consents => "consents",
            Step::Identification => "identification",
            Step::PhoneCheck => "phone_check",
            Step::BankLogin => "bank_login",
            Step::Capture => "capture",
            Step::Identity => "identity",
            Step::Declaration => "declaration",
            Step::Tax => "tax",
            Step::Terms => "terms",
            Step::Status => "status",
        }
    }

    /// The step for a key (its wire name), e.g. from a product team's configuration.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key.trim())
    }

    /// The step for a path segment.
    pub fn from_path(segment: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.path() == segment)
    }

    /// The page a step's URL is served with: [`Bundle::Account`] for the account opening's own
    /// steps, which no other flow has. Consents and the result are shared: see [`Bundle::of_step`].
    pub fn bundle(self) -> Bundle {
        match self {
            Step::Risk | Step::PersonalData => Bundle::Start,
            Step::Identity | Step::Declaration | Step::Tax | Step::Terms => Bundle::Account,
            Step::Consents
            | Step::Identification
            | Step::PhoneCheck
            | Step::BankLogin
            | Step::Capture
            | Step::Status => Bundle::Rest,
        }
    }
}

/// The browser app ships as pages, each with its own wasm, so that a user downloads only what
/// their flow shows: the first page (the personal data) for everyone, then the identification
/// flows' page (the camera, the video call, the bank login, the status polling) or the account
/// opening's. The proxy serves a step's URL with its page; the app loads another page when the
/// user moves across.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The device check and the personal-data form: where every flow starts.
    Start,
    /// The identification flows' later steps.
    Rest,
    /// The account opening's later steps (Xpollens), consents and result included.
    Account,
}

impl Bundle {
    /// Every page, the first first.
    pub const ALL: [Bundle; 3] = [Bundle::Start, Bundle::Rest, Bundle::Account];

    /// The query parameter that asks for the account opening's page on a URL the flows share
    /// (`/consents?page=account`); the app keeps it in the URL, so a reload gets the same page.
    pub const PAGE_PARAM: &'static str = "page";

    /// The page's folder in the build and under the site's root (`rest` for `dist/rest/` and
    /// `/rest/…`); empty for the first page, at the root.
    pub fn dir(self) -> &'static str {
        match self {
            Bundle::Start => "",
            Bundle::Rest => "rest",
            Bundle::Account => "account",
        }
    }

    /// The parts of the app's texts the page shows (the build's `texts/<part>-<lang>-….txt`):
    /// the page carries them in its language and names every language's for a switch.
    pub fn text_parts(self) -> &'static [&'static str] {
        match self {
            Bundle::Start => &["main"],
            Bundle::Rest => &["main", "rest", "capture"],
            Bundle::Account => &["main", "rest", "account"],
        }
    }

    /// The value of [`Bundle::PAGE_PARAM`] that names this page, if a URL needs one.
    pub fn param(self) -> Option<&'static str> {
        (self == Bundle::Account).then(|| self.dir())
    }

    /// The bundle of the page at `path` (`/consents`, a trailing slash allowed); [`Bundle::Start`]
    /// for `/` and any path that names no step, where the app finds the user's step itself.
    pub fn of_path(path: &str) -> Bundle {
        let segment = path.trim_matches('/');
        Step::from_path(segment).map_or(Bundle::Start, Step::bundle)
    }

    /// The page for a request of `path` with `query` (without its `?`): [`Bundle::of_path`],
    /// unless `page=account` asks for the account opening's page on a shared step.
    pub fn of_request(path: &str, query: Option<&str>) -> Bundle {
        let bundle = Self::of_path(path);
        let param = query.and_then(|q| crate::query::param(q, Self::PAGE_PARAM));
        match (bundle, param) {
            (Bundle::Rest, Some(value)) if Some(value) == Bundle::Account.param() => Bundle::Account,
            _ => bundle,
        }
    }

    /// The page that renders `step` in `flow`: the flow's own later page for the steps flows
    /// share (the consents, the result), the URL's page for the others.
    pub fn of_step(step: Step, flow: FlowId) -> Bundle {
        match step.bundle() {
            Bundle::Rest => flow.later_page(),
            bundle => bundle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_opening_has_a_page_of_its_own_and_keeps_it_on_shared_urls() {
        assert_eq!(Bundle::of_request("/consents", None), Bundle::Rest);
        assert_eq!(Bundle::of_request("/consents", Some("lang=de&page=account")), Bundle::Account);
        assert_eq!(Bundle::of_request("/status/", Some("page=account")), Bundle::Account);
        assert_eq!(Bundle::of_request("/personal-data", Some("page=account")), Bundle::Start);
        assert_eq!(Bundle::of_request("/identity", None), Bundle::Account);
        assert_eq!(Bundle::of_request("/consents", Some("subpage=account&page=other")), Bundle::Rest);
        for step in FlowId::XpollensAccount.definition().steps {
            let expected = if step == Step::PersonalData { Bundle::Start } else { Bundle::Account };
            assert_eq!(Bundle::of_step(step, FlowId::XpollensAccount), expected, "{step:?}");
        }
        for flow in [FlowId::SolarisIdnow, FlowId::OnfidoDocuments, FlowId::IddatawebPhone, FlowId::SignicatBank] {
            for step in flow.definition().steps {
                assert_ne!(Bundle::of_step(step, flow), Bundle::Account, "{flow:?} {step:?}");
            }
        }
    }

    #[test]
    fn paths_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_path(step.path()), Some(step));
        }
        assert_eq!(Step::from_path("nowhere"), None);
        assert_eq!(Bundle::of_path("/"), Bundle::Start);
        assert_eq!(Bundle::of_path("/personal-data/"), Bundle::Start);
        assert_eq!(Bundle::of_path("/status"), Bundle::Rest);
        assert_eq!(Bundle::of_path("/rest/anything"), Bundle::Start);
        assert_eq!(Bundle::of_path("/tax"), Bundle::Account);
        for step in Step::ALL {
            assert_eq!(serde_json::to_value(step).unwrap(), step.key());
            assert_eq!(Step::from_key(step.key()), Some(step));
        }
    }
}
