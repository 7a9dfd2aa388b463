//! Sessions, their personal data and consents.

use super::{Store, StoreError};
use crate::params;
use crate::rules::Locked;
use crate::store::Optional;
use kyc_core::api::{AddressCheck, ConsentView};
use kyc_core::flow::FlowId;
use kyc_core::{ConsentKind, PersonalDataInput};

/// What a session was created with: its team, its flow and the values its team fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSettings {
    /// The product team it belongs to ([`crate::teams::DEPLOYMENT`] for the app's own).
    pub team: String,
    /// The flow.
    pub flow: FlowId,
    /// Prefilled values the user may not change.
    pub locked: Locked,
}

/// A live session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionRecord {
    /// Row id; never shown outside the proxy.
    pub id: i64,
}

impl Store {
    /// Creates a session identified by the hash of its bearer token, and known to the product
    /// team by `public_id`.
    pub async fn session_insert(
        &self,
        token_hash: String,
        public_id: String,
        created_at: String,
        expires_at_ms: i64,
        settings: &SessionSettings,
    ) -> Result<SessionRecord, StoreError> {
        let created = self.session_insert_referenced(token_hash, public_id, created_at, expires_at_ms, settings, None);
        Ok(created.await?.expect("a session without a reference is always created"))
    }

    /// [`Store::session_insert`] with the team's own reference; `None` (and nothing created)
    /// when another session of the team already has it.
    pub async fn session_insert_referenced(
        &self,
        token_hash: String,
        public_id: String,
        created_at: String,
        expires_at_ms: i64,
        settings: &SessionSettings,
        external_id: Option<String>,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let flow = settings.flow.key();
        let locked = zeroize::Zeroizing::new(serde_json::to_string(&settings.locked)?);
        let team = settings.team.clone();
        let active_at_ms = crate::clock::now().unix_millis();
        let keys = self.keys.clone();
        self.call(move |c| {
            if let Some(reference) = &external_id {
                let taken = c.query_row(
                    "SELECT COUNT(*) FROM sessions WHERE team_id = ?1 AND external_id = ?2",
                    params![team, reference],
                    |r| r.get::<i64>(0),
                )?;
                if taken > 0 {
                    return Ok(None);
                }
            }
            // The row's id binds its sealed values: the prefill is sealed once the row exists
            // (and an empty one, the app's own sessions, needs no key).
            let id: i64 = c.query_row(
                "INSERT INTO sessions (token_hash, public_id, created_at, expires_at_ms, flow, team_id, external_id,
                    active_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
                params![token_hash, public_id, created_at, expires_at_ms, flow, team, external_id, active_at_ms],
                |r| r.get(0),
            )?;
            if locked.as_str() != "{}" {
                let sealed = keys.seal_text(c, id, "sessions.locked", "", &locked)?;
                c.execute("UPDATE sessions SET locked = ?2 WHERE id = ?1", params![id, sealed])?;
            }
            Ok(Some(SessionRecord { id }))
        })
        .await
    }

    /// The team, the flow and the locked values of a session.
    pub async fn session_settings(&self, session: SessionRecord) -> Result<SessionSettings, StoreError> {
        let keys = self.keys.clone();
        let (team, flow, locked): (String, String, String) = self
            .read(move |c| {
                let (team, flow, locked) = c.query_row(
                    "SELECT team_id, flow, locked FROM sessions WHERE id = ?1",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get::<String>(2)?)),
                )?;
                let locked = match keys.open_text(c, session.id, "sessions.locked", "", locked) {
                    // Erased since the row was read: the erasure leaves nothing locked.
                    Err(StoreError::Erased) => "{}".to_owned(),
                    opened => opened?,
                };
                Ok((team, flow, locked))
            })
            .await?;
        // A flow removed from this build since the session began falls back to the first one.
        let flow = FlowId::from_key(&flow).unwrap_or(FlowId::ALL[0]);
        Ok(SessionSettings { team, flow, locked: serde_json::from_str(&locked)? })
    }

    /// The session for a token hash, unless it has expired by `now_ms`.
    pub async fn session_find(&self, token_hash: String, now_ms: i64) -> Result<Option<SessionRecord>, StoreError> {
        self.read(move |c| {
            // Every request of the app asks this: the statement is prepared once per connection.
            c.query_row(
                "SELECT id FROM sessions WHERE token_hash = ?1 AND expires_at_ms > ?2",
                params![token_hash, now_ms],
                |row| Ok(SessionRecord { id: row.get(0)? }),
            )
            .optional()
        })
        .await
    }

    /// The session `team` names by its public id (expired ones included: the team may still
    /// fetch results); another team's session is not found.
    pub async fn session_by_public_id(
        &self,
        team: String,
        public_id: String,
    ) -> Result<Option<SessionRecord>, StoreError> {
        self.read(move |c| {
            c.query_row(
                "SELECT id FROM sessions WHERE public_id = ?1 AND team_id = ?2",
                params![public_id, team],
                |row| Ok(SessionRecord { id: row.get(0)? }),
            )
            .optional()
        })
        .await
    }

    /// The saved personal data of a session.
    pub async fn person_load(&self, session: SessionRecord) -> Result<Option<PersonalDataInput>, StoreError> {
        self.json_load("SELECT data FROM persons WHERE session_id = ?1", "persons.data", session).await
    }

    /// When the personal data (with its self-declarations) was last saved.
    pub async fn person_saved_at(&self, session: SessionRecord) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            c.query_row("SELECT saved_at FROM persons WHERE session_id = ?1", params![session.id], |r| r.get(0))
                .optional()
        })
        .await
    }

    /// Saves (replacing) the personal data of a session. The provider's id for the person stays:
    /// its adapter brings that person up to date when it next needs it.
    pub async fn person_save(
        &self,
        session: SessionRecord,
        person: &PersonalDataInput,
        saved_at: String,
    ) -> Result<(), StoreError> {
        let json = zeroize::Zeroizing::new(serde_json::to_string(person)?);
        let keys = self.keys.clone();
        self.call(move |c| {
            let json = keys.seal_text(c, session.id, "persons.data", "", &json)?;
            c.execute(
                "INSERT INTO persons (session_id, data, saved_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
                params![session.id, json, saved_at],
            )?;
            super::retention::touch(c, session.id)
        })
        .await
    }

    /// What the address check said about the saved address.
    pub async fn address_check_load(&self, session: SessionRecord) -> Result<Option<AddressCheck>, StoreError> {
        self.json_load("SELECT address_check FROM persons WHERE session_id = ?1", "persons.address_check", session)
            .await
    }

    /// Records the address check of the saved address (`None` when the service could not be asked).
    pub async fn address_check_save(
        &self,
        session: SessionRecord,
        check: Option<&AddressCheck>,
    ) -> Result<(), StoreError> {
        self.json_store(
            "UPDATE persons SET address_check = ?2 WHERE session_id = ?1",
            "persons.address_check",
            session,
            check,
        )
        .await
    }

    /// The provider's id for the session's person, once created there.
    pub async fn provider_person_load(&self, session: SessionRecord) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            let id: Option<Option<String>> = c
                .query_row("SELECT provider_person_id FROM persons WHERE session_id = ?1", params![session.id], |r| {
                    r.get(0)
                })
                .optional()?;
            Ok(id.flatten())
        })
        .await
    }

    /// Remembers the provider's id for the session's person.
    pub async fn provider_person_save(&self, session: SessionRecord, id: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("UPDATE persons SET provider_person_id = ?2 WHERE session_id = ?1", params![session.id, id])?;
            Ok(())
        })
        .await
    }

    /// The personal data as the provider verified it, once known.
    pub async fn person_verified_load(&self, session: SessionRecord) -> Result<Option<PersonalDataInput>, StoreError> {
        self.json_load("SELECT verified_data FROM persons WHERE session_id = ?1", "persons.verified_data", session)
            .await
    }

    /// Stores the personal data as the provider verified it.
    pub async fn person_verified_save(
        &self,
        session: SessionRecord,
        person: &PersonalDataInput,
    ) -> Result<(), StoreError> {
        self.json_store(
            "UPDATE persons SET verified_data = ?2 WHERE session_id = ?1",
            "persons.verified_data",
            session,
            Some(person),
        )
        .await
    }

    /// Consents given in a session, in page order.
    pub async fn consents_load(&self, session: SessionRecord) -> Result<Vec<ConsentView>, StoreError> {
        let rows: Vec<(String, String, String)> = self
            .call(move |c| {
                c.query_map(
                    "SELECT kind, given_at, received_at FROM consents WHERE session_id = ?1",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
            })
            .await?;
        let mut views: Vec<ConsentView> = rows
            .into_iter()
            .filter_map(|(kind, given_at, received_at)| {
                Some(ConsentView { kind: ConsentKind::from_key(&kind)?, given_at, received_at })
            })
            .collect();
        views.sort_by_key(|v| ConsentKind::ALL.iter().position(|k| *k == v.kind));
        Ok(views)
    }
}
