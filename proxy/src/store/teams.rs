//! Product teams, their API keys (hashed) and their policy (a JSON document the proxy parses),
//! and the audit trail of what their keys and the operator did.

use super::{Optional, Store, StoreError};
use crate::params;

/// A team as the operator lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    /// Its id (`team_…`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its policy, as stored (JSON).
    pub policy: String,
    /// Its keys: id, creation time, revocation time.
    pub keys: Vec<(String, String, Option<String>)>,
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    /// When.
    pub at: String,
    /// The key id that acted, or `operator`.
    pub actor: String,
    /// What it did (`session.create`, `session.read`, `documents.read`, `link.renew`,
    /// `review.create`, `session.delete`, `key.add`, `key.revoke`, `policy.set`, …).
    pub action: String,
    /// The session it concerned, by its public id.
    pub session: Option<String>,
    /// A few words more (never personal data).
    pub detail: Option<String>,
}

impl Store {
    /// Adds a team.
    pub async fn team_insert(&self, id: String, name: String, now: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("INSERT INTO teams (id, name, created_at) VALUES (?1, ?2, ?3)", params![id, name, now])?;
            Ok(())
        })
        .await
    }

    /// Every team with its keys, oldest first.
    pub async fn teams_list(&self) -> Result<Vec<TeamRow>, StoreError> {
        self.read(|c| {
            let mut teams =
                c.query_map("SELECT id, name, policy FROM teams ORDER BY created_at, id", params![], |r| {
                    Ok(TeamRow { id: r.get(0)?, name: r.get(1)?, policy: r.get(2)?, keys: Vec::new() })
                })?;
            for team in &mut teams {
                team.keys = c.query_map(
                    "SELECT id, created_at, revoked_at FROM team_keys WHERE team_id = ?1 ORDER BY created_at, id",
                    params![team.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?;
            }
            Ok(teams)
        })
        .await
    }

    /// Whether the team exists.
    pub async fn team_exists(&self, id: String) -> Result<bool, StoreError> {
        self.read(move |c| c.query_row("SELECT 1 FROM teams WHERE id = ?1", params![id], |_| Ok(())).optional())
            .await
            .map(|found| found.is_some())
    }

    /// Adds a key (its SHA-256, hex) to a team.
    pub async fn team_key_insert(
        &self,
        team: String,
        key_id: String,
        key_hash: String,
        now: String,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO team_keys (id, team_id, key_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![key_id, team, key_hash, now],
            )?;
            Ok(())
        })
        .await
    }

    /// Revokes a key at once; its team, or `None` when no such key is valid.
    pub async fn team_key_revoke(&self, key_id: String, now: String) -> Result<Option<String>, StoreError> {
        self.call(move |c| {
            c.query_row(
                "UPDATE team_keys SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL RETURNING team_id",
                params![key_id, now],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    /// The team and key id of a valid key, by its SHA-256 (hex).
    pub async fn team_key_find(&self, key_hash: String) -> Result<Option<(String, String)>, StoreError> {
        self.read(move |c| {
            c.query_row(
                "SELECT team_id, id FROM team_keys WHERE key_hash = ?1 AND revoked_at IS NULL",
                params![key_hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
        })
        .await
    }

    /// The team's policy document, `None` for a team that does not exist.
    pub async fn team_policy_load(&self, team: String) -> Result<Option<String>, StoreError> {
        self.read(move |c| {
            c.query_row("SELECT policy FROM teams WHERE id = ?1", params![team], |r| r.get(0)).optional()
        })
        .await
    }

    /// Replaces the team's policy document.
    pub async fn team_policy_save(&self, team: String, policy: String) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute("UPDATE teams SET policy = ?2 WHERE id = ?1", params![team, policy])?;
            Ok(())
        })
        .await
    }

    /// Records one action in the team's audit trail.
    pub async fn audit_record(&self, team: String, entry: AuditEntry) -> Result<(), StoreError> {
        self.call(move |c| {
            c.execute(
                "INSERT INTO audit (team_id, actor, action, session_public_id, detail, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![team, entry.actor, entry.action, entry.session, entry.detail, entry.at],
            )?;
            Ok(())
        })
        .await
    }

    /// The team's audit trail, newest first, at most `limit` lines before the line `before`.
    pub async fn audit_list(
        &self,
        team: String,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<(i64, AuditEntry)>, StoreError> {
        self.read(move |c| {
            c.query_map(
                "SELECT id, at, actor, action, session_public_id, detail FROM audit
                 WHERE team_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
                params![team, before.unwrap_or(i64::MAX), limit],
                |r| {
                    Ok((
                        r.get(0)?,
                        AuditEntry {
                            at: r.get(1)?,
                            actor: r.get(2)?,
                            action: r.get(3)?,
                            session: r.get(4)?,
                            detail: r.get(5)?,
                        },
                    ))
                },
            )
        })
        .await
    }
}
