//! The audit trail: one line per partner action and operator change, with the key that acted,
//! the time and the session (by its public id); never personal data.

use crate::error::AppError;
use crate::store::{AuditEntry, Store};

/// Records that `actor` (a key id, or `operator`) of `team` did `action` on `session`.
pub async fn record(
    store: &Store,
    team: &str,
    actor: &str,
    action: &str,
    session: Option<&str>,
    detail: Option<String>,
) -> Result<(), AppError> {
    let entry = AuditEntry {
        at: crate::clock::now().to_string(),
        actor: actor.to_owned(),
        action: action.to_owned(),
        session: session.map(str::to_owned),
        detail,
    };
    store.audit_record(team.to_owned(), entry).await?;
    Ok(())
}
