//! A prospect and the onboarding rules around it: which steps are done, what the KYC and the
//! overall status are, and when the account opens (only when every step is clear).

use super::profile::Profile;
use super::rules::FatcaResult;
use serde_json::{json, Value};

/// Status of one diligence, as callback 4 spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DiligenceStatus {
    Validated,
    Refused,
}

impl DiligenceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Validated => "Validated",
            Self::Refused => "Refused",
        }
    }
}

/// One checked piece of evidence (`ID_CARD`, `SELFIE`, `SCTIN`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Diligence {
    pub kind: &'static str,
    pub status: DiligenceStatus,
    pub reason: String,
}

impl Diligence {
    pub fn new(kind: &'static str, status: DiligenceStatus, reason: &str) -> Self {
        Self { kind, status, reason: reason.to_owned() }
    }

    fn to_json(&self) -> Value {
        json!({ "diligenceType": self.kind, "status": self.status.as_str(), "reason": self.reason })
    }
}

/// Where the identity step stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Identity {
    NotStarted,
    /// A facial recognition was completed and awaits the back office.
    InReview,
    /// The last attempt's diligences.
    Judged(Vec<Diligence>),
}

/// The identification webview issued for the current security wallet.
#[derive(Debug, Clone)]
pub(crate) struct Webview {
    pub technical_id: String,
    pub token: String,
    /// Finished once; a new wallet (activation code) brings a new webview.
    pub finished: bool,
}

/// Path of the webview, as in Xpollens's documented URLs.
pub(crate) const WEBVIEW_PATH: &str = "/pad/api/v2/static/dist/index.html";

impl Webview {
    /// The webview's URL at the simulator's `base_url`.
    pub(crate) fn url(&self, base_url: &str) -> String {
        format!(
            "{}{WEBVIEW_PATH}?technicalId={}&token={}",
            base_url.trim_end_matches('/'),
            self.technical_id,
            self.token
        )
    }
}

/// A prospect: created under the partner's `appUserId`.
#[derive(Debug, Clone)]
pub(crate) struct Prospect {
    pub app_user_id: String,
    /// Public code used with encrypted payloads; reported by callback 34.
    pub public_user_code: String,
    /// Wall-clock creation time, for the 90-day purge.
    pub created_at_ms: i64,
    pub profile: Profile,
    pub identity: Identity,
    /// Counts facial attempts, so a late review cannot judge a newer attempt.
    pub identity_attempt: u32,
    pub declarative_at: Option<String>,
    pub fatca: Option<FatcaResult>,
    pub cgu_accepted_at: Option<String>,
    /// Binds the user's security wallet; replaced when a failed identification kills it.
    pub activation_code: String,
    pub webview: Option<Webview>,
    /// IBAN booked for identification by incoming transfer.
    pub sct_in_iban: Option<String>,
}

/// What the callbacks report, compared before and after every change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Snapshot {
    pub record_status: &'static str,
    pub kyc_status: &'static str,
    pub diligences: Vec<Diligence>,
    pub activation_code: String,
}

impl Prospect {
    pub fn new(app_user_id: String, public_user_code: String, created_at_ms: i64, profile: Profile) -> Self {
        Self {
            app_user_id,
            public_user_code,
            created_at_ms,
            profile,
            identity: Identity::NotStarted,
            identity_attempt: 0,
            declarative_at: None,
            fatca: None,
            cgu_accepted_at: None,
            activation_code: String::new(),
            webview: None,
            sct_in_iban: None,
        }
    }

    pub fn diligences(&self) -> &[Diligence] {
        match &self.identity {
            Identity::Judged(diligences) => diligences,
            _ => &[],
        }
    }

    /// The KYC is validated: every diligence of the last attempt passed. From then on the
    /// identification data is locked.
    pub fn kyc_validated(&self) -> bool {
        let diligences = self.diligences();
        !diligences.is_empty() && diligences.iter().all(|d| d.status == DiligenceStatus::Validated)
    }

    /// KYC status as callback 4 reports it.
    pub fn kyc_status(&self) -> &'static str {
        match &self.identity {
            Identity::NotStarted => "Initialized",
            Identity::InReview => "Pending",
            Identity::Judged(_) if self.kyc_validated() => "Complete",
            Identity::Judged(_) => "Incomplete",
        }
    }

    pub fn fatca_ok(&self) -> bool {
        self.fatca.as_ref().is_some_and(FatcaResult::ok)
    }

    /// Every step is clear: identity, declarative data, FATCA/EAI and terms.
    pub fn all_clear(&self) -> bool {
        self.kyc_validated() && self.declarative_at.is_some() && self.fatca_ok() && self.cgu_accepted_at.is_some()
    }

    /// `userRecordStatus`: `Validated` only when all is clear, `InProgress` once any step was
    /// taken.
    pub fn record_status(&self) -> &'static str {
        let started = self.identity != Identity::NotStarted
            || self.declarative_at.is_some()
            || self.fatca.is_some()
            || self.cgu_accepted_at.is_some();
        match (self.all_clear(), started) {
            (true, _) => "Validated",
            (false, true) => "InProgress",
            (false, false) => "Initialized",
        }
    }

    pub fn account_status(&self) -> &'static str {
        if self.all_clear() {
            "Activated"
        } else {
            "Initialized"
        }
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            record_status: self.record_status(),
            kyc_status: self.kyc_status(),
            diligences: self.diligences().to_vec(),
            activation_code: self.activation_code.clone(),
        }
    }

    /// The KYC demand as `GET …/kyc/demand` and callback 4 show it.
    pub fn kyc_json(&self) -> Value {
        let diligences: Vec<Value> = self.diligences().iter().map(Diligence::to_json).collect();
        json!({ "appUserId": self.app_user_id, "status": self.kyc_status(), "diligences": diligences })
    }

    /// The user as `GET /api/v1.1/users/{appUserId}` shows it.
    pub fn to_json(&self) -> Value {
        let fatca = self.fatca.as_ref().map(|f| {
            json!({
                "fatcaEaiStatus": if f.ok() { "OK" } else { "NOK" },
                "vraisemblanceStatus": if f.vraisemblance_ok { "OK" } else { "NOK" },
                "expectedDocuments": f.expected_documents,
            })
        });
        json!({
            "appUserId": self.app_user_id,
            "publicUserCode": self.public_user_code,
            "userRecordStatus": self.record_status(),
            "accountStatus": self.account_status(),
            "kycStatus": self.kyc_status(),
            "profile": self.profile,
            "steps": {
                "identity": self.kyc_status(),
                "declarativeReceivedAt": self.declarative_at,
                "fatcaEai": fatca,
                "cguAcceptedAt": self.cgu_accepted_at,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules::FatcaResult;
    use super::*;

    fn prospect() -> Prospect {
        Prospect::new("u1".into(), "PUB1".into(), 0, Profile::default())
    }

    fn passed() -> Identity {
        Identity::Judged(vec![
            Diligence::new("ID_CARD", DiligenceStatus::Validated, ""),
            Diligence::new("SELFIE", DiligenceStatus::Validated, ""),
        ])
    }

    fn fatca(ok: bool) -> Option<FatcaResult> {
        let expected_documents = if ok { vec![] } else { vec!["W9"] };
        Some(FatcaResult { vraisemblance_ok: true, expected_documents })
    }

    type Step = fn(&mut Prospect);

    const STEPS: [Step; 4] = [
        |p| p.identity = passed(),
        |p| p.declarative_at = Some("2026-01-01T00:00:00.000Z".into()),
        |p| p.fatca = fatca(true),
        |p| p.cgu_accepted_at = Some("2026-01-01T00:00:00.000Z".into()),
    ];

    #[test]
    fn every_order_of_the_steps_opens_the_account_only_after_the_last_one() {
        // All 24 orders of the four steps.
        let mut orders: Vec<Vec<usize>> = vec![vec![]];
        for _ in 0..4 {
            let mut longer = Vec::new();
            for order in &orders {
                for step in (0..4).filter(|s| !order.contains(s)) {
                    longer.push([order.as_slice(), &[step]].concat());
                }
            }
            orders = longer;
        }
        assert_eq!(orders.len(), 24);
        for order in orders {
            let mut p = prospect();
            assert_eq!(p.record_status(), "Initialized");
            for (n, &step) in order.iter().enumerate() {
                STEPS[step](&mut p);
                let expected = if n == 3 { "Validated" } else { "InProgress" };
                assert_eq!(p.record_status(), expected, "order {order:?} after {} steps", n + 1);
                assert_eq!(p.account_status() == "Activated", n == 3);
            }
        }
    }

    #[test]
    fn a_refused_diligence_or_fatca_answer_keeps_the_account_closed() {
        let mut p = prospect();
        STEPS.iter().for_each(|step| step(&mut p));
        p.identity = Identity::Judged(vec![
            Diligence::new("ID_CARD", DiligenceStatus::Validated, ""),
            Diligence::new("SELFIE", DiligenceStatus::Refused, "Fraud suspicion"),
        ]);
        assert_eq!(
            (p.record_status(), p.kyc_status(), p.account_status()),
            ("InProgress", "Incomplete", "Initialized")
        );
        p.identity = passed();
        p.fatca = fatca(false);
        assert_eq!((p.record_status(), p.kyc_status()), ("InProgress", "Complete"));
        p.fatca = fatca(true);
        assert_eq!(p.record_status(), "Validated");
    }

    #[test]
    fn a_pending_review_is_not_a_validated_kyc() {
        let mut p = prospect();
        p.identity = Identity::InReview;
        assert_eq!((p.kyc_status(), p.kyc_validated(), p.record_status()), ("Pending", false, "InProgress"));
    }
}
