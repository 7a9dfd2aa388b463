//! Callbacks 34, 4 and 35. Xpollens documents no signature for them: a callback is accepted
//! only from a configured source address with the agreed Basic credentials, and even then it is
//! only a hint: the status and diligences are re-read from the API before they are believed.

use super::flow::{adapter, update};
use super::Xpollens;
use super::{Callback, DiligenceStatus, KycDemand, UserRecordStatus};
use crate::error::AppError;
use crate::flow::Ctx;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState, DiligenceView};
use std::net::IpAddr;

/// What became of a callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackOutcome {
    /// Applied to a session.
    Applied,
    /// About no prospect of ours (e.g. purged), or of a type the flow does not use: acknowledged.
    Ignored,
}

pub(crate) fn account_status(status: UserRecordStatus) -> AccountStatus {
    match status {
        UserRecordStatus::Initialized => AccountStatus::NotStarted,
        UserRecordStatus::InProgress | UserRecordStatus::WithoutKyc => AccountStatus::InProgress,
        UserRecordStatus::Validated => AccountStatus::Open,
        UserRecordStatus::Refused => AccountStatus::Refused,
    }
}

fn diligences(demand: &KycDemand) -> Vec<DiligenceView> {
    let kind = |k: &str| match k {
        "SELFIE" => DiligenceKind::Selfie,
        "SCTIN" => DiligenceKind::Transfer,
        "ID_CARD" | "PASSPORT" | "RES_CARD" | "VETERAN_CARD" | "MILITARY_ID" => DiligenceKind::IdDocument,
        _ => DiligenceKind::Other,
    };
    let state = |s| match s {
        DiligenceStatus::Validated => DiligenceState::Validated,
        DiligenceStatus::Refused => DiligenceState::Refused,
        DiligenceStatus::ToReviewManually => DiligenceState::InReview,
    };
    demand.diligences.iter().map(|d| DiligenceView { kind: kind(&d.kind), state: state(d.status) }).collect()
}

/// Whether a callback may be heard at all: from a configured source, with the credentials.
pub fn callback_authentic(ctx: &Ctx<Xpollens>, source: Option<IpAddr>, authorization: Option<&str>) -> bool {
    let Ok(xp) = adapter(ctx) else { return false };
    let from_source = source.is_some_and(|ip| xp.callback_sources.iter().any(|allowed| *allowed == ip.to_canonical()));
    from_source && xp.callback_credentials.accepts(authorization)
}

/// Applies an authentic callback: 35 stores the activation code it carries (the API has no
/// read of it); 34 and 4 re-read the overall status and the KYC demand from the API.
pub async fn callback_handle(ctx: &Ctx<Xpollens>, callback: Callback) -> Result<CallbackOutcome, AppError> {
    let id = callback.app_user_id().clone();
    let Some(session) = ctx.env.store.prospect_session(id.as_str().to_owned()).await? else {
        return Ok(CallbackOutcome::Ignored);
    };
    match callback {
        Callback::ActivationCode { code: Ok(code), .. } => {
            let code = code.as_str().to_owned();
            update(ctx, session, |p| p.activation_code = Some(code)).await?;
        }
        Callback::ActivationCode { code: Err(reason), .. } => {
            tracing::warn!(%reason, "Xpollens reported no activation code");
            update(ctx, session, |p| p.activation_code = None).await?;
        }
        Callback::Kyc { .. } => {
            // The same KYC callback again (a redelivery): nothing to do.
            let key = callback.delivery_key();
            let repeated = update(ctx, session, |p| p.last_kyc_callback.replace(key.clone()) == Some(key)).await?;
            if repeated {
                return Ok(CallbackOutcome::Ignored);
            }
            account_reread(ctx, session, &id).await?;
        }
        Callback::UserStatus { .. } => {
            account_reread(ctx, session, &id).await?;
        }
    }
    Ok(CallbackOutcome::Applied)
}

/// Re-reads the prospect's overall status and KYC demand from the API and stores them (what
/// callbacks 34 and 4 ask for, and what the reconciliation does when they stay away); the
/// status now stored.
pub async fn account_reread(
    ctx: &Ctx<Xpollens>,
    session: crate::store::SessionRecord,
    id: &super::AppUserId,
) -> Result<AccountStatus, AppError> {
    let client = &adapter(ctx)?.client;
    let prospect = client.prospect_show(id).await?;
    let demand = client.kyc_status(id).await?;
    let status = account_status(prospect.status);
    update(ctx, session, |p| {
        p.status = Some(status);
        p.diligences = diligences(&demand);
    })
    .await?;
    if status == AccountStatus::Open {
        ctx.env.store.prospect_mark_customer(session).await?;
    }
    Ok(status)
}
