//! Xpollens's flow: the prospect is created under the product team's `appUserId` once the
//! consents are given, then identity, declarative data, tax data and terms in the product team's
//! order; the account opens when the provider says all are clear (callbacks 34 and 4, re-read
//! from its API). The `appUserId` and the provider's public code stay here.

use super::{CallbackCredentials, XpollensClient};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::flow::{Staged, StepsState};
use crate::store::SessionRecord;
use kyc_core::account::{AccountStatus, AccountView, DiligenceState, DiligenceView, IdentityMethod, TransferView};
use kyc_core::flow::ProviderId;
use kyc_core::Step;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use std::sync::Arc;

/// The provider name in storage.
pub const PROVIDER: ProviderId = ProviderId::Xpollens;

/// The adapter and what this deployment agreed with Xpollens.
pub struct Xpollens {
    /// The API client.
    pub client: XpollensClient,
    /// The HTTP Basic credentials Xpollens presents with its callbacks.
    pub callback_credentials: CallbackCredentials,
    /// Addresses callbacks may come from (Xpollens's documented egress); others are refused.
    pub callback_sources: Vec<IpAddr>,
    /// The deployment's order of the account steps, when a session's launch names none.
    pub default_order: Option<Vec<Step>>,
    /// Origins a webview URL handed in by a product team's app may have.
    pub webview_origins: Vec<String>,
}

/// Where a session's account stands, as the proxy keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The product team's order of the account steps, chosen at launch.
    pub order: Option<Vec<Step>>,
    /// The prospect exists at Xpollens.
    pub created: bool,
    /// Overall status, as last re-read.
    pub status: Option<AccountStatus>,
    /// The identity's evidence, as last re-read.
    pub diligences: Vec<DiligenceView>,
    /// The identity method chosen.
    pub identity: Option<IdentityMethod>,
    /// The webview still to be done.
    pub webview_url: Option<String>,
    /// Where the identifying transfer goes.
    pub transfer: Option<TransferView>,
    /// The declarative data went out.
    pub declaration_done: bool,
    /// The tax answers' verdict.
    pub tax_accepted: Option<bool>,
    /// The terms were accepted.
    pub terms_done: bool,
    /// The current activation code of the user's security wallet (callback 35).
    pub activation_code: Option<String>,
    /// What the last applied callback 4 said (its [`super::Callback::delivery_key`]), to drop
    /// the same one delivered again.
    pub last_kyc_callback: Option<String>,
}

impl Staged for Progress {
    const PROVIDER: ProviderId = PROVIDER;

    fn steps_state(&self) -> StepsState {
        StepsState {
            // The guide lets the user go on while the identity is checked (3 to 6 minutes).
            identity_done: self.identity.is_some(),
            declaration_done: self.declaration_done,
            tax_done: self.tax_accepted.is_some(),
            terms_done: self.terms_done,
            person_locked: self.identity_validated(),
            ..StepsState::default()
        }
    }
}

impl Progress {
    /// Every piece of evidence validated: the identification data is locked.
    pub fn identity_validated(&self) -> bool {
        !self.diligences.is_empty() && self.diligences.iter().all(|d| d.state == DiligenceState::Validated)
    }

    /// What the browser may see.
    pub fn view(&self) -> AccountView {
        AccountView {
            status: self.status.unwrap_or(AccountStatus::NotStarted),
            diligences: self.diligences.clone(),
            identity: self.identity,
            webview_url: self.webview_url.clone(),
            transfer: self.transfer.clone(),
            declaration_done: self.declaration_done,
            tax_accepted: self.tax_accepted,
            terms_done: self.terms_done,
            activation_ready: self.activation_code.is_some(),
        }
    }
}

pub(crate) fn adapter(ctx: &Ctx<Xpollens>) -> Result<&Arc<Xpollens>, AppError> {
    ctx.provider.as_ref().ok_or(AppError::NotConfigured)
}

/// The account as the product team sees it; `None` for sessions of other flows.
pub async fn account_detail(
    ctx: &Ctx<Xpollens>,
    session: SessionRecord,
) -> Result<Option<kyc_core::account::AccountView>, AppError> {
    Ok(ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?.map(|p| p.view()))
}

/// The session's progress (empty before anything happened).
pub async fn progress(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<Progress, AppError> {
    Ok(ctx.env.store.progress_load(session, PROVIDER).await?.unwrap_or_default())
}

/// Applies `f` to the stored progress under the lock, and returns its result.
pub async fn update<R>(
    ctx: &Ctx<Xpollens>,
    session: SessionRecord,
    f: impl FnOnce(&mut Progress) -> R,
) -> Result<R, AppError> {
    adapter(ctx)?;
    // Callbacks and the user's steps arrive together: one read-modify-write at a time.
    let _guard = ctx.env.handovers.lock(session).await?;
    let mut p = progress(ctx, session).await?;
    let result = f(&mut p);
    let now = crate::clock::now();
    ctx.env.store.progress_save(session, PROVIDER, &p, now.to_string()).await?;
    // The user's part is done: the reconciliation watches for the decision until it comes.
    let awaiting = p.terms_done && undecided(p.status);
    ctx.env.store.prospect_awaiting(session, awaiting, now.unix_millis()).await?;
    Ok(result)
}

/// Whether a stored account status still waits for Xpollens's decision.
pub fn undecided(status: Option<kyc_core::account::AccountStatus>) -> bool {
    use kyc_core::account::AccountStatus;
    !matches!(status, Some(AccountStatus::Open | AccountStatus::Refused))
}
