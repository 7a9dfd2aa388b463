//! How a product team presents a session: its language, theme, redirect URL and the origins
//! that may embed it. Found by session, or by the embed marker that the flow's URL carries.

use super::{SessionRecord, Store, StoreError};
use crate::params;
use crate::store::Optional;
use kyc_core::origin::Origin;
use kyc_core::theme::Theme;
use serde::{Deserialize, Serialize};

/// A partner session's presentation, stored as one JSON document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionOptions {
    /// `en`, `de`, `fr` or `nl`, for later links to the same session.
    pub language: Option<String>,
    /// Pages that may frame the flow (CSP `frame-ancestors`) and receive its events.
    pub allowed_origins: Vec<Origin>,
    /// Where the full-page flow returns at its end.
    pub redirect_url: Option<String>,
    /// Colours, font, radius, logo.
    pub theme: Option<Theme>,
}

/// The options found by an embed marker, with the session's public id (for the return URL).
#[derive(Debug, Clone)]
pub struct EmbedLookup {
    /// `ses_…`.
    pub public_id: String,
    /// The session's options.
    pub options: SessionOptions,
}

impl Store {
    /// Records the options of a new partner session under its embed marker.
    pub async fn session_options_insert(
        &self,
        session: SessionRecord,
        embed_id: String,
        options: &SessionOptions,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(options)?;
        self.call(move |c| {
            c.execute(
                "INSERT INTO session_options (session_id, embed_id, options) VALUES (?1, ?2, ?3)",
                params![session.id, embed_id, json],
            )?;
            Ok(())
        })
        .await
    }

    /// The options and embed marker of a session (none for sessions the browser started itself).
    pub async fn session_options_load(
        &self,
        session: SessionRecord,
    ) -> Result<Option<(String, SessionOptions)>, StoreError> {
        let row: Option<(String, String)> = self
            .read(move |c| {
                c.query_row(
                    "SELECT embed_id, options FROM session_options WHERE session_id = ?1",
                    params![session.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
            })
            .await?;
        row.map(|(id, json)| Ok((id, serde_json::from_str(&json)?))).transpose()
    }

    /// The options behind an embed marker.
    pub async fn session_options_by_embed(&self, embed_id: String) -> Result<Option<EmbedLookup>, StoreError> {
        let row: Option<(String, String)> = self
            .read(move |c| {
                c.query_row(
                    "SELECT s.public_id, o.options FROM session_options o JOIN sessions s ON s.id = o.session_id
                     WHERE o.embed_id = ?1",
                    params![embed_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
            })
            .await?;
        row.map(|(public_id, json)| Ok(EmbedLookup { public_id, options: serde_json::from_str(&json)? })).transpose()
    }
}
