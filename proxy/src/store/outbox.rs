//! The product teams' webhooks: their endpoints, and the events queued for them. An event is
//! queued in the same transaction as the change it reports ([`enqueue`]), so a change is never
//! stored without its event, nor an event sent for a change that was rolled back.

mod event;

pub use event::{EventData, EventType, WebhookEvent};

use super::{Conn, Optional, Store, StoreError};
use crate::params;

/// An endpoint as its team lists it (never with its secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Endpoint {
    /// `whe_…`.
    pub id: String,
    /// Where events go.
    pub url: String,
    /// The event types it receives.
    pub events: Vec<String>,
    /// When it was registered.
    pub created_at: String,
}

/// An event leased for delivery.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Its row.
    pub row: i64,
    /// The event's id (`webhook-id`).
    pub event_id: String,
    /// The endpoint's URL.
    pub url: String,
    /// The endpoint's secret, and the previous one while it is still honoured.
    pub secrets: Vec<String>,
    /// The JSON body.
    pub body: String,
    /// When the event was made.
    pub created_at_ms: i64,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// One event as the team lists its deliveries.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct DeliveryView {
    /// The event's id.
    pub event_id: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its session.
    pub session: String,
    /// `pending`, `delivered` or `failed` (given up after three days).
    pub state: String,
    /// When it was made.
    pub created_at: String,
    /// Each attempt: when, the answer's status (none when no answer came), the error.
    pub attempts: Vec<AttemptView>,
}

/// One attempt at a delivery.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct AttemptView {
    /// When.
    pub at: String,
    /// The receiver's HTTP status.
    pub status: Option<i64>,
    /// Why it failed, without the receiver's body.
    pub error: Option<String>,
    /// How long it took.
    pub duration_ms: i64,
}

/// Queues the event `kind` about session `session_id` for every endpoint of the session's team
/// that receives it, inside the caller's transaction. `data` is the event's details without the
/// session's public id, which is added here.
pub fn enqueue(
    c: &mut Conn<'_>,
    session_id: i64,
    kind: EventType,
    mut data: EventData,
    now: &kyc_core::UtcTimestamp,
) -> Result<(), StoreError> {
    let (now_text, now_ms) = (now.to_string(), now.unix_millis());
    let Some((public_id, team)): Option<(String, String)> = c
        .query_row("SELECT public_id, team_id FROM sessions WHERE id = ?1", params![session_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
    else {
        return Ok(());
    };
    let subscribed = format!("%,{},%", kind.as_str());
    let endpoints: Vec<String> = c.query_map(
        "SELECT id FROM webhook_endpoints WHERE team_id = ?1 AND (events = ',*,' OR events LIKE ?2)",
        params![team, subscribed],
        |r| r.get(0),
    )?;
    if endpoints.is_empty() {
        return Ok(());
    }
    data.session = public_id.clone();
    let event =
        WebhookEvent { id: format!("msg_{}", crate::random::hex(12)), kind, created_at: now_text.clone(), data };
    let body =
        serde_json::to_string(&event).map_err(|_| StoreError::Config("an event that cannot be written".into()))?;
    let (event_id, kind) = (event.id, kind.as_str());
    for endpoint in endpoints {
        c.execute(
            "INSERT INTO webhook_events (event_id, endpoint_id, session_public_id, type, body, created_at, created_at_ms, next_at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![event_id, endpoint, public_id, kind, body, now_text, now_ms],
        )?;
    }
    Ok(())
}

impl Store {
    /// Registers an endpoint of `team`.
    pub async fn endpoint_insert(&self, team: String, endpoint: Endpoint, secret: String) -> Result<(), StoreError> {
        let events = format!(",{},", endpoint.events.join(","));
        self.call(move |c| {
            c.execute(
                "INSERT INTO webhook_endpoints (id, team_id, url, events, secret, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![endpoint.id, team, endpoint.url, events, secret, endpoint.created_at],
            )?;
            Ok(())
        })
        .await
    }

    /// The team's endpoints.
    pub async fn endpoints_list(&self, team: String) -> Result<Vec<Endpoint>, StoreError> {
        self.read(move |c| {
            c.query_map(
                "SELECT id, url, events, created_at FROM webhook_endpoints WHERE team_id = ?1 ORDER BY created_at, id",
                params![team],
                |r| {
                    let events: String = r.get(2)?;
                    Ok(Endpoint {
                        id: r.get(0)?,
                        url: r.get(1)?,
                        events: events.split(',').filter(|e| !e.is_empty()).map(str::to_owned).collect(),
                        created_at: r.get(3)?,
                    })
                },
            )
        })
        .await
    }

    /// Removes the team's endpoint, and with it (the foreign keys cascade) its queued events and
    /// their attempts; whether it existed.
    pub async fn endpoint_delete(&self, team: String, id: String) -> Result<bool, StoreError> {
        self.call(move |c| {
            Ok(c.execute("DELETE FROM webhook_endpoints WHERE id = ?1 AND team_id = ?2", params![id, team])? == 1)
        })
        .await
    }

    /// Gives the team's endpoint a new secret; the old one is still used to sign, beside the
    /// new one, until `overlap_until_ms`. Whether the endpoint exists.
    pub async fn endpoint_secret_rotate(
        &self,
        team: String,
        id: String,
        secret: String,
        overlap_until_ms: i64,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            Ok(c.execute(
                "UPDATE webhook_endpoints SET old_secret = secret, old_secret_until_ms = ?4, secret = ?3
                 WHERE id = ?1 AND team_id = ?2",
                params![id, team, secret, overlap_until_ms],
            )? == 1)
        })
        .await
    }

    /// Leases up to `limit` due events until `now_ms + lease_ms`, counting the attempt. Of the
    /// pending events of one session at one endpoint only the oldest is due: they arrive in order.
    pub async fn deliveries_lease(&self, now_ms: i64, lease_ms: i64, limit: u32) -> Result<Vec<Delivery>, StoreError> {
        self.call(move |c| {
            let sql = format!(
                "UPDATE webhook_events SET leased_until_ms = CAST(?1 AS BIGINT) + CAST(?2 AS BIGINT), attempts = attempts + 1
                 WHERE id IN (SELECT e.id FROM webhook_events e WHERE e.state = 'pending' AND e.next_at_ms <= ?1
                     AND (e.leased_until_ms IS NULL OR e.leased_until_ms <= ?1)
                     AND NOT EXISTS (SELECT 1 FROM webhook_events o WHERE o.endpoint_id = e.endpoint_id
                         AND o.session_public_id = e.session_public_id AND o.state = 'pending' AND o.id < e.id)
                     ORDER BY e.id LIMIT ?3{})
                 RETURNING id",
                c.skip_locked()
            );
            let rows: Vec<i64> = c.query_map(&sql, params![now_ms, lease_ms, limit], |r| r.get(0))?;
            let mut leased = Vec::with_capacity(rows.len());
            for row in rows {
                leased.push(c.query_row(
                    "SELECT e.id, e.event_id, w.url, w.secret, w.old_secret, w.old_secret_until_ms, e.body,
                            e.created_at_ms, e.attempts
                     FROM webhook_events e JOIN webhook_endpoints w ON w.id = e.endpoint_id WHERE e.id = ?1",
                    params![row],
                    |r| {
                        let mut secrets = vec![r.get::<String>(3)?];
                        let old: Option<String> = r.get(4)?;
                        let until: Option<i64> = r.get(5)?;
                        if let (Some(old), Some(until)) = (old, until) {
                            if until > now_ms {
                                secrets.push(old);
                            }
                        }
                        Ok(Delivery {
                            row: r.get(0)?,
                            event_id: r.get(1)?,
                            url: r.get(2)?,
                            secrets,
                            body: r.get(6)?,
                            created_at_ms: r.get(7)?,
                            attempts: r.get(8)?,
                        })
                    },
                )?);
            }
            leased.sort_by_key(|d| d.row);
            Ok(leased)
        })
        .await
    }

    /// Records one attempt and what follows: `next_at_ms` to try again, or `state`
    /// (`delivered`, `failed`) to stop.
    pub async fn delivery_record(
        &self,
        row: i64,
        attempt: AttemptView,
        outcome: Result<&'static str, i64>,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO webhook_attempts (event_row, at, status, error, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row, attempt.at, attempt.status, attempt.error, attempt.duration_ms],
            )?;
            match outcome {
                Ok(state) => c.execute(
                    "UPDATE webhook_events SET state = ?2, leased_until_ms = NULL WHERE id = ?1",
                    params![row, state],
                )?,
                Err(next_at_ms) => c.execute(
                    "UPDATE webhook_events SET next_at_ms = ?2, leased_until_ms = NULL WHERE id = ?1",
                    params![row, next_at_ms],
                )?,
            };
            Ok(())
        })
        .await
    }

    /// The endpoint's events, newest first (at most `limit`), with their attempts; `None` when
    /// the team has no such endpoint.
    pub async fn deliveries_list(
        &self,
        team: String,
        endpoint: String,
        limit: u32,
    ) -> Result<Option<Vec<DeliveryView>>, StoreError> {
        self.read(move |c| {
            let owned = c
                .query_row(
                    "SELECT 1 FROM webhook_endpoints WHERE id = ?1 AND team_id = ?2",
                    params![endpoint, team],
                    |_| Ok(()),
                )
                .optional()?;
            if owned.is_none() {
                return Ok(None);
            }
            let events: Vec<(i64, DeliveryView)> = c.query_map(
                "SELECT id, event_id, type, session_public_id, state, created_at FROM webhook_events
                 WHERE endpoint_id = ?1 ORDER BY id DESC LIMIT ?2",
                params![endpoint, limit],
                |r| {
                    Ok((
                        r.get(0)?,
                        DeliveryView {
                            event_id: r.get(1)?,
                            kind: r.get(2)?,
                            session: r.get(3)?,
                            state: r.get(4)?,
                            created_at: r.get(5)?,
                            attempts: Vec::new(),
                        },
                    ))
                },
            )?;
            let mut views = Vec::with_capacity(events.len());
            for (row, mut view) in events {
                view.attempts = c.query_map(
                    "SELECT at, status, error, duration_ms FROM webhook_attempts WHERE event_row = ?1 ORDER BY at",
                    params![row],
                    |r| Ok(AttemptView { at: r.get(0)?, status: r.get(1)?, error: r.get(2)?, duration_ms: r.get(3)? }),
                )?;
                views.push(view);
            }
            Ok(Some(views))
        })
        .await
    }

    /// Puts an event of the team's endpoint back in line at once (delivered or given up);
    /// whether there was one.
    pub async fn delivery_redeliver(
        &self,
        team: String,
        endpoint: String,
        event_id: String,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        self.call(move |c| {
            // The three days of retries start again from now.
            Ok(c.execute(
                "UPDATE webhook_events SET state = 'pending', next_at_ms = ?4, leased_until_ms = NULL, created_at_ms = ?4
                 WHERE event_id = ?3 AND endpoint_id = ?2
                   AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE team_id = ?1)",
                params![team, endpoint, event_id, now_ms],
            )? == 1)
        })
        .await
    }
}

/// Queues what a status change tells the product team: `session.status_changed` always, then
/// `session.completed` (with the outcome) for a decision, or `session.referred`.
pub fn status_events(
    c: &mut Conn<'_>,
    session_id: i64,
    status: kyc_core::IdentificationStatus,
    now: &kyc_core::UtcTimestamp,
) -> Result<(), StoreError> {
    use kyc_core::IdentificationStatus::*;
    let data = EventData { status: Some(status.as_str()), ..EventData::default() };
    enqueue(c, session_id, EventType::StatusChanged, data.clone(), now)?;
    match status {
        Successful | Failed | Expired => {
            let data = EventData { outcome: Some(status.as_str()), ..data };
            enqueue(c, session_id, EventType::Completed, data, now)
        }
        Referred => enqueue(c, session_id, EventType::Referred, data, now),
        _ => Ok(()),
    }
}

impl Store {
    /// The session's user is past `completed` (step keys, in the flow's order): queues a
    /// `session.step_completed` for each one not reported before, once.
    pub async fn steps_completed(
        &self,
        session: super::SessionRecord,
        completed: Vec<&'static str>,
    ) -> Result<(), StoreError> {
        let known = |done: &str| completed.iter().all(|step| done.split(',').any(|d| d == *step));
        let done: Option<String> = self
            .read(move |c| {
                c.query_row("SELECT steps_done FROM sessions WHERE id = ?1", params![session.id], |r| r.get(0))
                    .optional()
            })
            .await?;
        // The common case, on the read path of every session view: nothing new.
        if done.as_deref().is_none_or(known) {
            return Ok(());
        }
        self.call(move |c| {
            let done: String =
                c.query_row("SELECT steps_done FROM sessions WHERE id = ?1", params![session.id], |r| r.get(0))?;
            let mut all: Vec<String> = done.split(',').filter(|d| !d.is_empty()).map(str::to_owned).collect();
            let now = crate::clock::now();
            for step in &completed {
                if !all.iter().any(|d| d == step) {
                    let data = EventData { step: Some(*step), ..EventData::default() };
                    enqueue(c, session.id, EventType::StepCompleted, data, &now)?;
                    all.push((*step).to_owned());
                }
            }
            c.execute("UPDATE sessions SET steps_done = ?2 WHERE id = ?1", params![session.id, all.join(",")])?;
            Ok(())
        })
        .await
    }
}
