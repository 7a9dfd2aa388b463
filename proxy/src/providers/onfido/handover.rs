//! The two Onfido calls that create something, each announced before it is sent
//! ([`Env::intent`](crate::flow::Env::intent)) so that after a crash between the call and the
//! save of its result the retry adopts what the first attempt created. The caller saves the
//! result and then calls [`Env::intent_done`](crate::flow::Env::intent_done) with the step.

use super::ReportName;
use super::{Check, Onfido};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;

/// The reports a check runs: Identity Enhanced only where Onfido covers the address country.
pub(super) fn reports(identity_enhanced: bool) -> &'static [ReportName] {
    const ALL: [ReportName; 3] =
        [ReportName::Document, ReportName::FacialSimilarityPhoto, ReportName::IdentityEnhanced];
    if identity_enhanced {
        &ALL
    } else {
        &ALL[..2]
    }
}

/// The intent step of the applicant's creation.
pub const APPLICANT_STEP: &str = "onfido-applicant";
/// The intent step of the check's creation.
pub const CHECK_STEP: &str = "onfido-check";

/// How far before the announcement an applicant may have been created and still be the first
/// attempt's: Onfido's clock and ours may disagree a little.
const CLOCK_SKEW_MS: i64 = 60_000;

/// The session's applicant: the one an interrupted attempt created for the same person, else
/// a new one. Onfido's applicants take no reference of ours, so the earlier one is recognised
/// by name, date of birth, email and creation time.
pub(super) async fn applicant_once(
    ctx: &Ctx<Onfido>,
    onfido: &Onfido,
    session: SessionRecord,
) -> Result<String, AppError> {
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let intent = ctx.env.intent(session, APPLICANT_STEP).await?;
    if let Some(since) = intent.earlier_since_ms {
        if let Some(id) = onfido.client.applicant_find(&person, since - CLOCK_SKEW_MS).await? {
            tracing::info!(session = session.id, "onfido applicant of an interrupted attempt adopted");
            return Ok(id);
        }
    }
    Ok(onfido.client.applicant_create(&person, person.ssn.as_ref()).await?)
}

/// The applicant's check: the one an interrupted attempt created, recognised by the intent's
/// reference in its `tags`, else a new one carrying that tag. With it, the address country when
/// Onfido's Identity Enhanced does not cover it (the check then runs without that report).
pub(super) async fn check_once(
    ctx: &Ctx<Onfido>,
    onfido: &Onfido,
    session: SessionRecord,
    applicant_id: &str,
) -> Result<(Check, Option<&'static str>), AppError> {
    let person = crate::flow::consented_person(&ctx.env, session).await?;
    let uncovered = super::country::identity_enhanced_uncovered(person.address.country);
    let intent = ctx.env.intent(session, CHECK_STEP).await?;
    if intent.earlier_since_ms.is_some() {
        if let Some(check) = onfido.client.check_find_tagged(applicant_id, &intent.reference).await? {
            tracing::info!(session = session.id, "onfido check of an interrupted attempt adopted");
            return Ok((check, uncovered));
        }
    }
    let check = onfido.client.check_create(applicant_id, reports(uncovered.is_none()), &[&intent.reference]).await?;
    Ok((check, uncovered))
}
