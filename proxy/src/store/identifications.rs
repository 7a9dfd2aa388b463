//! Identifications started at a provider, one per session.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::{Optional, Row};
use kyc_core::flow::ProviderId;
use kyc_core::{IdentificationStatus, UtcTimestamp};

/// What the proxy keeps about an identification. `provider_reference` (the IDnow token) stays
/// here: it is never part of any response to the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentificationRecord {
    /// Whose identification it is.
    pub provider: ProviderId,
    /// The provider's person id.
    pub provider_person_id: String,
    /// The provider's identification id.
    pub provider_identification_id: String,
    /// The IDnow reference; secret from the end user.
    pub provider_reference: Option<String>,
    /// The page of the video call.
    pub url: String,
    /// Last known status.
    pub status: IdentificationStatus,
    /// Reason for aborted or canceled.
    pub failure_reason: Option<String>,
    /// Expected wait for an agent, seconds.
    pub estimated_waiting_time: Option<u32>,
}

impl IdentificationRecord {
    /// Whether the call was requested; a merely prepared identification (to list the accepted
    /// documents) is invisible to the user and does not lock their data.
    pub fn started(&self) -> bool {
        self.status != IdentificationStatus::Created
    }
}

fn status_from_sql(raw: String) -> Result<IdentificationStatus, StoreError> {
    serde_json::from_value(serde_json::Value::String(raw)).map_err(|_| StoreError::Column(0, "not a status"))
}

pub(super) fn provider_from_sql(raw: String) -> Result<ProviderId, StoreError> {
    ProviderId::parse(&raw).map_err(|_| StoreError::Column(0, "not a provider"))
}

fn from_row(r: &Row) -> Result<IdentificationRecord, StoreError> {
    Ok(IdentificationRecord {
        provider: provider_from_sql(r.get(0)?)?,
        provider_person_id: r.get(1)?,
        provider_identification_id: r.get(2)?,
        provider_reference: r.get(3)?,
        url: r.get(4)?,
        status: status_from_sql(r.get(5)?)?,
        failure_reason: r.get(6)?,
        estimated_waiting_time: r.get(7)?,
    })
}

impl Store {
    /// The session's identification, if one was started.
    pub async fn identification_load(
        &self,
        session: SessionRecord,
    ) -> Result<Option<IdentificationRecord>, StoreError> {
        self.read(move |c| {
            // The status poll's read (prepared once per connection).
            c.query_row(
                "SELECT provider, provider_person_id, provider_identification_id, provider_reference, url, status,
                        failure_reason, estimated_waiting_time FROM identifications WHERE session_id = ?1",
                params![session.id],
                from_row,
            )
            .optional()
        })
        .await
    }

    /// The session that owns a provider's identification.
    pub async fn identification_owner(
        &self,
        provider: ProviderId,
        provider_identification_id: String,
    ) -> Result<Option<SessionRecord>, StoreError> {
        self.read(move |c| {
            c.query_row(
                "SELECT session_id FROM identifications WHERE provider = ?1 AND provider_identification_id = ?2",
                params![provider.key(), provider_identification_id],
                |r| Ok(SessionRecord { id: r.get(0)? }),
            )
            .optional()
        })
        .await
    }

    /// Whether the identification has been requested (not merely prepared); then the personal
    /// data and consents it was made with are locked. A prepared one is dropped instead, so that
    /// it is prepared again with the new data.
    pub async fn identification_started_or_drop_prepared(&self, session: SessionRecord) -> Result<bool, StoreError> {
        self.call(move |c| {
            let status: Option<String> = c
                .query_row("SELECT status FROM identifications WHERE session_id = ?1", params![session.id], |r| {
                    r.get(0)
                })
                .optional()?;
            match status.as_deref() {
                None => Ok(false),
                Some("created") => {
                    c.execute("DELETE FROM identifications WHERE session_id = ?1", params![session.id])?;
                    Ok(false)
                }
                Some(_) => Ok(true),
            }
        })
        .await
    }

    /// Stores the session's identification, replacing the prepared one.
    pub async fn identification_save(
        &self,
        session: SessionRecord,
        rec: IdentificationRecord,
        now: String,
    ) -> Result<(), StoreError> {
        let decided_at_ms = super::retention::decided(rec.status).then(|| crate::clock::now().unix_millis());
        self.call(move |c| {
            c.execute(
                "INSERT INTO identifications (session_id, provider, provider_person_id, provider_identification_id,
                    provider_reference, url, status, failure_reason, estimated_waiting_time, updated_at, decided_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (session_id) DO UPDATE SET provider = excluded.provider,
                    provider_person_id = excluded.provider_person_id,
                    provider_identification_id = excluded.provider_identification_id,
                    provider_reference = excluded.provider_reference, url = excluded.url, status = excluded.status,
                    failure_reason = excluded.failure_reason, estimated_waiting_time = excluded.estimated_waiting_time,
                    updated_at = excluded.updated_at, decided_at_ms = excluded.decided_at_ms",
                params![
                    session.id,
                    rec.provider.key(),
                    rec.provider_person_id,
                    rec.provider_identification_id,
                    rec.provider_reference,
                    rec.url,
                    rec.status.as_str(),
                    rec.failure_reason,
                    rec.estimated_waiting_time,
                    now,
                    decided_at_ms
                ],
            )?;
            Ok(())
        })
        .await
    }

    /// Moves the stored status on to what the provider answered just now, unless that would move
    /// it backwards (a late or replayed update never undoes a final decision). A move is stored
    /// with its confirmation time in one statement, so nobody sees the new status without it
    /// (an unchanged status is confirmed by [`crate::flow::refresh`]). Returns the status now
    /// stored.
    pub async fn identification_update(
        &self,
        session: SessionRecord,
        status: IdentificationStatus,
        failure_reason: Option<String>,
        estimated_waiting_time: Option<u32>,
        now: UtcTimestamp,
    ) -> Result<Option<IdentificationStatus>, StoreError> {
        self.call(move |c| {
            let current: Option<String> = c
                .query_row("SELECT status FROM identifications WHERE session_id = ?1", params![session.id], |r| {
                    r.get(0)
                })
                .optional()?;
            let Some(current) = current.map(status_from_sql).transpose()? else { return Ok(None) };
            if current == status || !current.may_become(status) {
                return Ok(Some(current));
            }
            c.execute(
                "UPDATE identifications SET status = ?2, failure_reason = ?3, estimated_waiting_time = ?4,
                    updated_at = ?5, confirmed_at = ?5, confirmed_at_ms = ?6, check_backoff_ms = NULL,
                    check_leased_until_ms = NULL, decided_at_ms = ?7
                 WHERE session_id = ?1",
                params![
                    session.id,
                    status.as_str(),
                    failure_reason,
                    estimated_waiting_time,
                    now.to_string(),
                    now.unix_millis(),
                    super::retention::decided(status).then_some(now.unix_millis())
                ],
            )?;
            super::outbox::status_events(c, session.id, status, &now)?;
            Ok(Some(status))
        })
        .await
    }
}

impl Store {
    /// Settles a referral with the product team's review: moves the status from `referred` to
    /// `next` in one statement, so that two reviews at once cannot both apply. Returns whether
    /// it did (false: the identification is not, or no longer, referred).
    pub async fn identification_review(
        &self,
        session: SessionRecord,
        next: IdentificationStatus,
        now: UtcTimestamp,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            let changed = c.execute(
                "UPDATE identifications SET status = ?2, updated_at = ?3, decided_at_ms = ?5
                 WHERE session_id = ?1 AND status = ?4",
                params![
                    session.id,
                    next.as_str(),
                    now.to_string(),
                    IdentificationStatus::Referred.as_str(),
                    super::retention::decided(next).then_some(now.unix_millis())
                ],
            )?;
            if changed == 1 {
                let data = super::outbox::EventData { status: Some(next.as_str()), ..Default::default() };
                super::outbox::enqueue(c, session.id, super::outbox::EventType::ReviewSettled, data, &now)?;
                super::outbox::status_events(c, session.id, next, &now)?;
            }
            Ok(changed == 1)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Any flow: storage treats them all alike.
    const FLOW: kyc_core::flow::FlowId = kyc_core::flow::FlowId::ALL[0];

    fn record(status: IdentificationStatus) -> IdentificationRecord {
        IdentificationRecord {
            provider: FLOW.provider(),
            provider_person_id: "p".into(),
            provider_identification_id: "i".into(),
            provider_reference: Some("TST-ABCDE".into()),
            url: "http://sim/i".into(),
            status,
            failure_reason: None,
            estimated_waiting_time: None,
        }
    }

    async fn session(store: &Store) -> SessionRecord {
        let settings =
            crate::store::SessionSettings { team: "deployment".into(), flow: FLOW, locked: Default::default() };
        store
            .session_insert("hash".into(), "ses_1".into(), "2026-01-01T00:00:00.000Z".into(), i64::MAX, &settings)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn late_or_out_of_order_updates_never_move_a_final_status_backwards() {
        let store = Store::in_memory().unwrap();
        let s = session(&store).await;
        store.identification_save(s, record(IdentificationStatus::Pending), "t0".into()).await.unwrap();
        let update = |status| store.identification_update(s, status, None, None, crate::clock::now());
        assert_eq!(
            update(IdentificationStatus::PendingSuccessful).await.unwrap(),
            Some(IdentificationStatus::PendingSuccessful)
        );
        assert_eq!(update(IdentificationStatus::Successful).await.unwrap(), Some(IdentificationStatus::Successful));
        // A replayed "pending" and a late "pending_successful" arrive after the decision.
        assert_eq!(update(IdentificationStatus::Pending).await.unwrap(), Some(IdentificationStatus::Successful));
        assert_eq!(
            update(IdentificationStatus::PendingSuccessful).await.unwrap(),
            Some(IdentificationStatus::Successful)
        );
        assert_eq!(store.identification_load(s).await.unwrap().unwrap().status, IdentificationStatus::Successful);
    }

    #[tokio::test]
    async fn a_status_the_provider_reported_is_never_stored_without_its_confirmation_time() {
        let store = Store::in_memory().unwrap();
        let s = session(&store).await;
        store.identification_save(s, record(IdentificationStatus::Pending), "t0".into()).await.unwrap();
        assert_eq!(store.identification_confirmed_at(s).await.unwrap(), None);
        let now = crate::clock::now();
        store.identification_update(s, IdentificationStatus::Successful, None, None, now.clone()).await.unwrap();
        assert_eq!(store.identification_confirmed_at(s).await.unwrap(), Some(now.to_string()));
    }
}
