//! The retention: what the proxy keeps of a session, and for how long. Pictures go once the
//! provider has them (or after hours if never sent), personal data and a provider's proof kept
//! as evidence some days after the decision (an open referral keeps them), sessions abandoned
//! without a decision some days after their last activity (what a provider keeps of them
//! sooner, by its own setting), and expired codes, tokens and old webhook rows on schedule. Each team's
//! policy may set its own periods ([`crate::teams::Retention`]). The decision stays as the
//! bank's record: status, reasons, times, provider references.
//!
//! The job is a row of the store (`job_runs`): whichever instance finds it due takes its lease
//! and runs it, so it runs once per period however many instances there are, and a crash
//! only delays it until the lease runs out.

use super::{stopped, JobSettings};
use crate::clock;
use crate::error::AppError;
use crate::providers::Providers;
use crate::teams::{Retention, TeamPolicy, DEPLOYMENT};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// The job's row in `job_runs`.
pub const JOB: &str = "retention";
/// Sessions taken at once by one rule.
const BATCH: u32 = 64;
/// How long a run may take before another instance may start one (provider calls included).
const LEASE_MS: i64 = 15 * 60_000;

/// What one run deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    /// Pictures.
    pub pictures: usize,
    /// Decided sessions whose personal data was erased.
    pub erased: usize,
    /// Abandoned sessions deleted whole.
    pub abandoned: usize,
    /// Providers' proofs kept as evidence whose period ended.
    pub evidence: usize,
    /// Unfinished users' data deleted at the providers (Signicat's dossiers), before the
    /// session itself is due.
    pub provider_abandoned: usize,
    /// Expired codes and tokens, old text-message counts and webhook rows.
    pub leftovers: usize,
}

/// Runs the retention whenever it is due, until `stop`.
pub async fn run(providers: Arc<Providers>, settings: JobSettings, mut stop: watch::Receiver<bool>) {
    // Another instance may hold the job: looking again within a minute is often enough.
    let look_every = settings.retention_every.min(Duration::from_secs(60));
    while !*stop.borrow() {
        match round(&providers, &settings, clock::now().unix_millis()).await {
            Ok(Some(swept)) if swept != Swept::default() => tracing::info!(?swept, "retention ran"),
            Ok(_) => {}
            Err(err) => tracing::error!(error = %err, "retention failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(look_every) => {}
            _ = stopped(&mut stop) => {}
        }
    }
}

/// One run as of `now_ms`, if the job is due and no other instance holds it (`None`
/// otherwise). Tests pass a later `now_ms` to move time forward.
pub async fn round(providers: &Providers, settings: &JobSettings, now_ms: i64) -> Result<Option<Swept>, AppError> {
    let store = &providers.env.store;
    if !store.job_lease(JOB, now_ms, LEASE_MS).await? {
        return Ok(None);
    }
    let swept = sweep(providers, settings, now_ms).await;
    // Due again after the period, whether or not this run got through: what failed is tried then.
    store.job_done(JOB, now_ms + settings.retention_every.as_millis() as i64).await?;
    swept.map(Some)
}

async fn sweep(providers: &Providers, settings: &JobSettings, now_ms: i64) -> Result<Swept, AppError> {
    let store = &providers.env.store;
    store.retention_clocks_start(now_ms).await?;
    let mut swept = Swept::default();
    for (team, retention) in teams(providers, settings.retention).await? {
        swept.pictures += store.pictures_forget(team.clone(), now_ms - retention.pictures_ms()).await?;
        let cutoff = now_ms - retention.personal_data_ms();
        loop {
            let due = store.sessions_decided_before(team.clone(), cutoff, BATCH).await?;
            let mut done = 0;
            for session in &due {
                match providers.personal_data_erase(*session).await {
                    Ok(()) => done += 1,
                    Err(err) => tracing::warn!(session = session.id, error = %err, "personal data not erased yet"),
                }
            }
            swept.erased += done;
            if due.len() < BATCH as usize || done == 0 {
                break;
            }
        }
        swept.evidence += store.evidence_forget(team.clone(), cutoff).await?;
        let cutoff = now_ms - retention.abandoned_ms();
        loop {
            let due = store.sessions_abandoned(team.clone(), cutoff, BATCH).await?;
            let mut done = 0;
            for session in &due {
                // The provider's copy first: once the session is gone, nothing names it any more.
                let forgotten = match providers.provider_data_erase(*session).await {
                    Ok(()) => store.session_forget(*session, cutoff).await.map_err(AppError::from),
                    Err(err) => Err(err),
                };
                match forgotten {
                    Ok(gone) => done += usize::from(gone),
                    Err(err) => tracing::warn!(session = session.id, error = %err, "abandoned session not deleted yet"),
                }
            }
            swept.abandoned += done;
            if due.len() < BATCH as usize || done == 0 {
                break;
            }
        }
    }
    match providers.provider_abandoned_erase(now_ms).await {
        Ok(n) => swept.provider_abandoned = n,
        Err(err) => tracing::warn!(error = %err, "unfinished users' data not deleted at the providers yet"),
    }
    let codes_cutoff = now_ms - settings.codes_kept.as_millis() as i64;
    let deliveries_cutoff = now_ms - settings.deliveries_kept.as_millis() as i64;
    swept.leftovers = store.leftovers_forget(now_ms, codes_cutoff, deliveries_cutoff).await?;
    Ok(swept)
}

/// Every team with its retention: the deployment's own, and each team's policy over it.
async fn teams(providers: &Providers, base: Retention) -> Result<Vec<(String, Retention)>, AppError> {
    let mut teams = vec![(DEPLOYMENT.to_owned(), base)];
    for team in providers.env.store.teams_list().await? {
        let policy = if team.policy.is_empty() { "{}" } else { &team.policy };
        let retention = match serde_json::from_str::<TeamPolicy>(policy) {
            Ok(policy) => policy.retention(base),
            Err(err) => {
                // The deployment's periods rather than none: data must not stay for ever.
                tracing::error!(team = team.id, error = %err, "stored team policy does not parse");
                base
            }
        };
        if team.id != DEPLOYMENT {
            teams.push((team.id, retention));
        }
    }
    Ok(teams)
}
