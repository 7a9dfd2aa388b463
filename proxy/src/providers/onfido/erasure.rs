//! Erasing a session at Onfido: the applicant, with its documents, live photos and reports
//! (`DELETE /applicants/{id}`; Onfido then deletes it, restorable only by its own API until
//! then). The session's progress names the applicant until the check; a decided one is found
//! through its check.

use super::flow::{Onfido, Progress, PROVIDER};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;

/// Deletes the session's applicant at Onfido, whatever stage the session reached; nothing when
/// it never had one. Onfido counts an applicant already gone as deleted, so this may run again.
pub async fn forget_any(ctx: &Ctx<Onfido>, session: SessionRecord) -> Result<(), AppError> {
    let applicant_id = match ctx.env.store.progress_load::<Progress>(session, PROVIDER).await? {
        None => return Ok(()),
        Some(
            Progress::Applicant { applicant_id }
            | Progress::Uploaded { applicant_id }
            | Progress::Checking { applicant_id, .. },
        ) => applicant_id,
        Some(Progress::Decided { check_id, .. }) => {
            match ctx.provider()?.client.check_show(&check_id).await?.applicant_id {
                Some(applicant_id) => applicant_id,
                None => return Ok(()),
            }
        }
    };
    ctx.provider()?.client.applicant_delete(&applicant_id).await?;
    tracing::info!(session = session.id, "onfido applicant deleted");
    Ok(())
}
