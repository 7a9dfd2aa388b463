//! Finding a team's sessions: newest first, a page at a time, by status, flow, creation time or
//! the team's own reference.

use super::{Optional, Store, StoreError};
use crate::params;

/// What a search keeps; `None` keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFilter {
    /// The identification's status (`none` for sessions without one).
    pub status: Option<String>,
    /// The flow's key.
    pub flow: Option<String>,
    /// Created at or after (a UTC timestamp as stored).
    pub created_after: Option<String>,
    /// Created before.
    pub created_before: Option<String>,
    /// The team's own reference.
    pub external_id: Option<String>,
    /// Only sessions older than this one (a public id): the cursor of the previous page.
    pub before: Option<String>,
}

/// One session as a search lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// Its public id.
    pub public_id: String,
    /// When it was created.
    pub created_at: String,
    /// Its flow's key.
    pub flow: String,
    /// The identification's status, if one started.
    pub status: Option<String>,
    /// The team's own reference.
    pub external_id: Option<String>,
}

impl Store {
    /// The team's sessions that `filter` keeps, newest first, at most `limit`.
    pub async fn sessions_search(
        &self,
        team: String,
        filter: SessionFilter,
        limit: u32,
    ) -> Result<Vec<SessionRow>, StoreError> {
        self.read(move |c| {
            // The cursor's row id; a cursor naming no session of the team matches nothing.
            let before = match &filter.before {
                Some(public_id) => Some(
                    c.query_row(
                        "SELECT id FROM sessions WHERE public_id = ?1 AND team_id = ?2",
                        params![public_id, team],
                        |r| r.get::<i64>(0),
                    )
                    .optional()?
                    .unwrap_or(0),
                ),
                None => None,
            };
            c.query_map(
                "SELECT s.public_id, s.created_at, s.flow, i.status, s.external_id FROM sessions s
                 LEFT JOIN identifications i ON i.session_id = s.id
                 WHERE s.team_id = ?1 AND s.public_id IS NOT NULL
                   AND (CAST(?2 AS BIGINT) IS NULL OR s.id < ?2)
                   AND (CAST(?3 AS TEXT) IS NULL OR COALESCE(i.status, 'none') = ?3)
                   AND (CAST(?4 AS TEXT) IS NULL OR s.flow = ?4)
                   AND (CAST(?5 AS TEXT) IS NULL OR s.created_at >= ?5)
                   AND (CAST(?6 AS TEXT) IS NULL OR s.created_at < ?6)
                   AND (CAST(?7 AS TEXT) IS NULL OR s.external_id = ?7)
                 ORDER BY s.id DESC LIMIT ?8",
                params![
                    team,
                    before,
                    filter.status,
                    filter.flow,
                    filter.created_after,
                    filter.created_before,
                    filter.external_id,
                    limit
                ],
                |r| {
                    Ok(SessionRow {
                        public_id: r.get(0)?,
                        created_at: r.get(1)?,
                        flow: r.get(2)?,
                        status: r.get(3)?,
                        external_id: r.get(4)?,
                    })
                },
            )
        })
        .await
    }
}
