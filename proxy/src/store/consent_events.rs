//! Every consent given or withdrawn, in order: what a receipt states. The `consents` table
//! keeps what holds now (the flows read it); this history is what the product team can prove.

use super::{Optional, SessionRecord, Store, StoreError};
use crate::params;
use kyc_core::{ConsentKind, Language};
use serde::Serialize;

/// Whether a consent was given or withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentAction {
    /// The user ticked the box.
    Given,
    /// The user unticked it again, before the identification started.
    Withdrawn,
}

impl ConsentAction {
    fn key(self) -> &'static str {
        match self {
            Self::Given => "given",
            Self::Withdrawn => "withdrawn",
        }
    }
}

/// The text beside the box, as the consent names it: `version` and `language` find it in
/// `core/consent-texts/`, `sha256` (hex) is over that file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownText {
    /// The text's version.
    pub version: u32,
    /// Its language.
    pub language: Language,
    /// SHA-256 of the file, lowercase hex.
    pub sha256: String,
}

/// One consent given or withdrawn, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentEvent {
    /// Its row id: the order of the session's events.
    pub id: i64,
    /// Which consent.
    pub kind: ConsentKind,
    /// Given or withdrawn.
    pub action: ConsentAction,
    /// The text; `None` for consents given before the texts were versioned.
    pub text: Option<ShownText>,
    /// The browser's clock at the tick (UTC); `None` when a withdrawal came without it.
    pub browser_time: Option<String>,
    /// The proxy's clock when the request arrived (UTC).
    pub received_at: String,
}

type EventRow = (i64, String, String, Option<u32>, Option<String>, Option<String>, Option<String>, String);

impl Store {
    /// Records a consent with the text shown, the user's time and the proxy's receipt time.
    /// Giving it again while it holds changes nothing: the original moment is what must be proven.
    pub async fn consent_give(
        &self,
        session: SessionRecord,
        kind: ConsentKind,
        text: ShownText,
        browser_time: String,
        received_at: String,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            let added = c.execute(
                "INSERT INTO consents (session_id, kind, given_at, received_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (session_id, kind) DO NOTHING",
                params![session.id, kind.key(), browser_time, received_at],
            )?;
            if added == 1 {
                let event = (ConsentAction::Given, Some(&text), Some(&browser_time), &received_at);
                insert(c, session, kind, event)?;
            }
            super::retention::touch(c, session.id)
        })
        .await
    }

    /// Withdraws a consent, recorded with the text it had been given to.
    pub async fn consent_withdraw(
        &self,
        session: SessionRecord,
        kind: ConsentKind,
        browser_time: Option<String>,
        received_at: String,
    ) -> Result<(), StoreError> {
        self.call(move |c| {
            let removed =
                c.execute("DELETE FROM consents WHERE session_id = ?1 AND kind = ?2", params![session.id, kind.key()])?;
            if removed == 1 {
                let given: Option<(Option<u32>, Option<String>, Option<String>)> = c
                    .query_row(
                        "SELECT text_version, language, text_sha256 FROM consent_events
                         WHERE session_id = ?1 AND kind = ?2 AND action = 'given' ORDER BY id DESC LIMIT 1",
                        params![session.id, kind.key()],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                let text = given.and_then(|(v, l, h)| shown(v, l, h));
                insert(
                    c,
                    session,
                    kind,
                    (ConsentAction::Withdrawn, text.as_ref(), browser_time.as_ref(), &received_at),
                )?;
            }
            super::retention::touch(c, session.id)
        })
        .await
    }

    /// The session's consents given and withdrawn, oldest first.
    pub async fn consent_events_load(&self, session: SessionRecord) -> Result<Vec<ConsentEvent>, StoreError> {
        let rows: Vec<EventRow> = self
            .read(move |c| {
                c.query_map(
                    "SELECT id, kind, action, text_version, language, text_sha256, browser_time, received_at
                     FROM consent_events WHERE session_id = ?1 ORDER BY id",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
                )
            })
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, kind, action, version, language, sha256, browser_time, received_at)| {
                Some(ConsentEvent {
                    id,
                    kind: ConsentKind::from_key(&kind)?,
                    action: [ConsentAction::Given, ConsentAction::Withdrawn].into_iter().find(|a| a.key() == action)?,
                    text: shown(version, language, sha256),
                    browser_time,
                    received_at,
                })
            })
            .collect())
    }
}

/// The text of a row, when it has all three columns.
fn shown(version: Option<u32>, language: Option<String>, sha256: Option<String>) -> Option<ShownText> {
    Some(ShownText { version: version?, language: Language::from_code(&language?)?, sha256: sha256? })
}

fn insert(
    c: &mut super::Conn<'_>,
    session: SessionRecord,
    kind: ConsentKind,
    (action, text, browser_time, received_at): (ConsentAction, Option<&ShownText>, Option<&String>, &String),
) -> Result<(), StoreError> {
    c.execute(
        "INSERT INTO consent_events
         (session_id, kind, action, text_version, language, text_sha256, browser_time, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            session.id,
            kind.key(),
            action.key(),
            text.map(|t| t.version),
            text.map(|t| t.language.code()),
            text.map(|t| t.sha256.as_str()),
            browser_time,
            received_at
        ],
    )?;
    Ok(())
}
