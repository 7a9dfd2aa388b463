//! What the retention job finds and deletes: pictures the provider has or that waited too long,
//! decided sessions whose personal data is due, sessions abandoned without a decision, and the
//! expired codes, tokens and old webhook rows. The times it goes by are recorded as sessions
//! live ([`touch`], the pictures' and decisions' times); each rule is one team's at a time, as
//! the team's policy may set its own periods.

use super::outbox::{enqueue, EventData, EventType};
use super::{Conn, Optional, SessionRecord, Store, StoreError};
use crate::params;
use kyc_core::flow::ProviderId;
use kyc_core::IdentificationStatus;

/// Statuses that decide a session: its personal data is due some days later. A referral is not
/// one of them (a person at the team still looks at the case), nor a status still moving.
const DECIDED: &str = "('successful', 'failed', 'expired')";

/// Text messages are counted over a day; older rows count for nothing.
const SMS_WINDOW_MS: i64 = 24 * 3_600_000;

/// Whether `status` is a decision the retention counts from.
pub(super) fn decided(status: IdentificationStatus) -> bool {
    use IdentificationStatus::*;
    matches!(status, Successful | Failed | Expired)
}

/// Records that the session was active just now (the user saved something, the provider's
/// flow moved on), inside the caller's transaction: an abandoned session is counted from here.
pub(super) fn touch(c: &mut Conn<'_>, session_id: i64) -> Result<(), StoreError> {
    let now_ms = crate::clock::now().unix_millis();
    c.execute("UPDATE sessions SET active_at_ms = ?2 WHERE id = ?1", params![session_id, now_ms])?;
    Ok(())
}

/// A sessions-of-the-team condition with no identification beyond a prepared one.
const UNDECIDED: &str =
    "NOT EXISTS (SELECT 1 FROM identifications i WHERE i.session_id = s.id AND i.status <> 'created')
    AND NOT EXISTS (SELECT 1 FROM prospects p WHERE p.session_id = s.id)";

impl Store {
    /// Starts the clocks of rows stored before their times were recorded: they count from now.
    pub async fn retention_clocks_start(&self, now_ms: i64) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("UPDATE sessions SET active_at_ms = ?1 WHERE active_at_ms IS NULL", params![now_ms])?;
            c.execute("UPDATE captures SET stored_at_ms = ?1 WHERE stored_at_ms IS NULL", params![now_ms])?;
            let decided = format!(
                "UPDATE identifications SET decided_at_ms = ?1 WHERE decided_at_ms IS NULL AND status IN {DECIDED}"
            );
            c.execute(&decided, params![now_ms])?;
            Ok(())
        })
        .await
    }

    /// Deletes the pictures of `team`'s sessions that a provider has accepted (the
    /// identification they were sent for started) or that were taken at or before `cutoff_ms`.
    /// Returns how many went.
    pub async fn pictures_forget(&self, team: String, cutoff_ms: i64) -> Result<usize, StoreError> {
        self.call(move |c| {
            c.execute(
                "DELETE FROM captures WHERE session_id IN (SELECT id FROM sessions WHERE team_id = ?1)
                   AND (stored_at_ms <= ?2
                        OR session_id IN (SELECT session_id FROM identifications WHERE status <> 'created'))",
                params![team, cutoff_ms],
            )
        })
        .await
    }

    /// Up to `limit` of `team`'s sessions decided at or before `cutoff_ms` that still have their
    /// personal data, the oldest decision first.
    pub async fn sessions_decided_before(
        &self,
        team: String,
        cutoff_ms: i64,
        limit: u32,
    ) -> Result<Vec<SessionRecord>, StoreError> {
        let sql = format!(
            "SELECT s.id FROM sessions s JOIN identifications i ON i.session_id = s.id
             WHERE s.team_id = ?1 AND s.erased_at IS NULL AND i.status IN {DECIDED} AND i.decided_at_ms <= ?2
             ORDER BY i.decided_at_ms LIMIT ?3"
        );
        self.read(move |c| c.query_map(&sql, params![team, cutoff_ms, limit], |r| Ok(SessionRecord { id: r.get(0)? })))
            .await
    }

    /// Deletes the proofs of `team`'s sessions decided at or before `cutoff_ms` (a referral
    /// counts from its review); how many went.
    pub async fn evidence_forget(&self, team: String, cutoff_ms: i64) -> Result<usize, StoreError> {
        let sql = format!(
            "DELETE FROM evidence WHERE session_id IN (SELECT s.id FROM sessions s JOIN identifications i
                ON i.session_id = s.id WHERE s.team_id = ?1 AND i.status IN {DECIDED} AND i.decided_at_ms <= ?2)"
        );
        self.call(move |c| c.execute(&sql, params![team, cutoff_ms])).await
    }

    /// Up to `limit` of `team`'s sessions without a decision (nothing started at a provider;
    /// an account provider's prospects have their own purge), last active at or before
    /// `cutoff_ms`.
    pub async fn sessions_abandoned(
        &self,
        team: String,
        cutoff_ms: i64,
        limit: u32,
    ) -> Result<Vec<SessionRecord>, StoreError> {
        let sql = format!(
            "SELECT s.id FROM sessions s WHERE s.team_id = ?1 AND s.active_at_ms <= ?2 AND {UNDECIDED}
             ORDER BY s.active_at_ms LIMIT ?3"
        );
        self.read(move |c| c.query_map(&sql, params![team, cutoff_ms, limit], |r| Ok(SessionRecord { id: r.get(0)? })))
            .await
    }

    /// Up to `limit` sessions in `provider`'s flow without a started identification, last active
    /// at or before `cutoff_ms`, with their stored progress (a provider's own, shorter period for
    /// what it keeps of unfinished users).
    pub async fn progress_stale(
        &self,
        provider: ProviderId,
        cutoff_ms: i64,
        limit: u32,
    ) -> Result<Vec<(SessionRecord, String)>, StoreError> {
        let sql = format!(
            "SELECT s.id, p.state FROM sessions s JOIN progress p ON p.session_id = s.id
             WHERE p.provider = ?1 AND s.active_at_ms <= ?2 AND {UNDECIDED} ORDER BY s.active_at_ms LIMIT ?3"
        );
        self.read(move |c| {
            c.query_map(&sql, params![provider.key(), cutoff_ms, limit], |r| {
                Ok((SessionRecord { id: r.get(0)? }, r.get(1)?))
            })
        })
        .await
    }

    /// Replaces the session's progress by `to` (drops it for `None`) if it still is `from` and
    /// the session is still inactive since `cutoff_ms` with nothing started; whether it did. Not
    /// an activity of the session.
    pub async fn progress_swap(
        &self,
        session: SessionRecord,
        from: String,
        to: Option<String>,
        cutoff_ms: i64,
    ) -> Result<bool, StoreError> {
        let still = format!("SELECT 1 FROM sessions s WHERE s.id = ?1 AND s.active_at_ms <= ?2 AND {UNDECIDED}");
        self.call(move |c| {
            if c.query_row(&still, params![session.id, cutoff_ms], |_| Ok(())).optional()?.is_none() {
                return Ok(false);
            }
            let changed = match &to {
                Some(to) => c.execute(
                    "UPDATE progress SET state = ?3 WHERE session_id = ?1 AND state = ?2",
                    params![session.id, from, to],
                )?,
                None => {
                    c.execute("DELETE FROM progress WHERE session_id = ?1 AND state = ?2", params![session.id, from])?
                }
            };
            Ok(changed > 0)
        })
        .await
    }

    /// Deletes an abandoned session and everything kept with it, and tells its team
    /// (`session.data_deleted`), unless it came back to life since it was found. Whether it went.
    pub async fn session_forget(&self, session: SessionRecord, cutoff_ms: i64) -> Result<bool, StoreError> {
        let still = format!("SELECT 1 FROM sessions s WHERE s.id = ?1 AND s.active_at_ms <= ?2 AND {UNDECIDED}");
        self.call(move |c| {
            if c.query_row(&still, params![session.id, cutoff_ms], |_| Ok(())).optional()?.is_none() {
                return Ok(false);
            }
            // Queued first: the event names the session by its public id, read from its row.
            enqueue(c, session.id, EventType::DataDeleted, EventData::default(), &crate::clock::now())?;
            c.execute("DELETE FROM sessions WHERE id = ?1", params![session.id])?;
            Ok(true)
        })
        .await
    }

    /// Deletes single-use codes expired at or before `codes_cutoff_ms`, capture tokens expired by
    /// `now_ms`, text-message counts older than their day, and webhooks to the teams delivered
    /// or given up and made at or before `deliveries_cutoff_ms`. Returns how many rows went.
    pub async fn leftovers_forget(
        &self,
        now_ms: i64,
        codes_cutoff_ms: i64,
        deliveries_cutoff_ms: i64,
    ) -> Result<usize, StoreError> {
        self.call(move |c| {
            let mut gone =
                c.execute("DELETE FROM single_use_codes WHERE expires_at_ms <= ?1", params![codes_cutoff_ms])?;
            gone += c.execute("DELETE FROM capture_tokens WHERE expires_at_ms <= ?1", params![now_ms])?;
            gone += c.execute("DELETE FROM sms_sends WHERE sent_at_ms <= ?1", params![now_ms - SMS_WINDOW_MS])?;
            let old = "SELECT id FROM webhook_events WHERE state <> 'pending' AND created_at_ms <= ?1";
            c.execute(
                &format!("DELETE FROM webhook_attempts WHERE event_row IN ({old})"),
                params![deliveries_cutoff_ms],
            )?;
            gone += c.execute(
                "DELETE FROM webhook_events WHERE state <> 'pending' AND created_at_ms <= ?1",
                params![deliveries_cutoff_ms],
            )?;
            Ok(gone)
        })
        .await
    }
}
