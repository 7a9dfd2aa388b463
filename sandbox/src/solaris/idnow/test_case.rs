//! Which test scenario a person asks for: a first or last name starting with
//! `X-AUTOTEST-<CASE>` or `X-MANUALTEST-<CASE>`.

use super::scenario::Scenario;

/// Who drives the simulated call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `X-AUTOTEST`: user and agent are both automated; the page finishes by itself.
    Auto,
    /// `X-MANUALTEST` (and persons without a test name): the user clicks through the page.
    Manual,
}

/// Scenario names, longest first where one is a prefix of another.
const NAMES: &[(&str, Scenario)] = &[
    ("HAPPYPATH", Scenario::HappyPath),
    ("CHANGEALLREVIEW", Scenario::ChangeAllReview),
    ("CHANGEALL", Scenario::ChangeAll),
    ("ABORTIDENT", Scenario::AbortIdent),
    ("FRAUDIDENT", Scenario::FraudIdent),
    ("FRAUDREVIEW", Scenario::FraudReview),
    ("FRAUDOK", Scenario::FraudOk),
    ("CANCELLED", Scenario::Canceled),
    ("CANCELED", Scenario::Canceled),
    ("LONGREVIEW", Scenario::LongReview),
    ("HOLDCERTIFICATE", Scenario::HoldCertificate),
];

/// A scenario and who drives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestCase {
    /// Automated or manual.
    pub mode: Mode,
    /// The scripted outcome.
    pub scenario: Scenario,
}

impl TestCase {
    /// What a person without a test name gets: a manual call that succeeds.
    pub const DEFAULT: TestCase = TestCase { mode: Mode::Manual, scenario: Scenario::HappyPath };

    /// The test case named by the first name, else by the last name, else [`TestCase::DEFAULT`].
    /// Matching ignores ASCII case and anything after the scenario name.
    pub fn from_names(first_name: &str, last_name: &str) -> Self {
        [first_name, last_name].into_iter().find_map(Self::from_name).unwrap_or(Self::DEFAULT)
    }

    fn from_name(name: &str) -> Option<Self> {
        let upper = name.to_ascii_uppercase();
        let (mode, rest) = [("X-AUTOTEST-", Mode::Auto), ("X-MANUALTEST-", Mode::Manual)]
            .into_iter()
            .find_map(|(prefix, mode)| Some((mode, upper.strip_prefix(prefix)?.to_owned())))?;
        let scenario = NAMES.iter().find(|(n, _)| rest.starts_with(n)).map(|(_, s)| *s)?;
        Some(Self { mode, scenario })
    }
}
