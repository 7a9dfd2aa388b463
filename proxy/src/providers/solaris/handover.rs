//! The Solaris calls that create something, each announced before it is sent
//! ([`Env::intent`](crate::flow::Env::intent)) so that after a crash between the call and the
//! save of its result the retry adopts what the first attempt created. Neither creation takes
//! a reference of ours that Solaris keeps (an identification's `reference` becomes the IDnow
//! token), so the first attempt's result is recognised by what was sent.

use super::{ConsentTimes, Identification, Solaris};
use crate::error::AppError;
use crate::flow::Ctx;
use crate::store::SessionRecord;
use kyc_core::document::ProofOfAddress;
use kyc_core::PersonalData;

/// The intent step of the person's creation.
pub const PERSON_STEP: &str = "solaris-person";
/// The intent step of an identification's creation (the first one, or a replacement).
pub const IDENTIFICATION_STEP: &str = "solaris-identification";

/// The session's person at Solaris: the stored id, brought up to date with the saved data
/// ([`person_sync`](super::person_sync)); else the person an interrupted attempt
/// created with the same data; else a new one. The id is stored before this returns.
pub(super) async fn person_once(
    ctx: &Ctx<Solaris>,
    session: SessionRecord,
    person: &PersonalData,
    times: &ConsentTimes,
) -> Result<String, AppError> {
    let client = &ctx.provider()?.client;
    if let Some(id) = ctx.env.store.provider_person_load(session).await? {
        if brought_up_to_date(client, &id, person, times).await? {
            return Ok(id);
        }
        tracing::info!(
            session = session.id,
            "solaris person re-created: a re-save changed what only a new one can hold"
        );
    }
    let intent = ctx.env.intent(session, PERSON_STEP).await?;
    let found = match intent.earlier_since_ms {
        Some(_) => client.person_find(person, times).await?,
        None => None,
    };
    let id = match found {
        Some(id) => {
            tracing::info!(session = session.id, "solaris person of an interrupted attempt adopted");
            id
        }
        None => client.person_create(person, times).await?,
    };
    ctx.env.store.provider_person_save(session, id.clone()).await?;
    ctx.env.intent_done(session, PERSON_STEP).await?;
    Ok(id)
}

/// A new identification of the person, carrying `proof` and replacing `replacing` (`None`
/// for the session's first one): the one an interrupted attempt created, else a new one.
/// The caller stores it, then calls `intent_done` with [`IDENTIFICATION_STEP`].
pub(super) async fn identification_once(
    ctx: &Ctx<Solaris>,
    session: SessionRecord,
    person_id: &str,
    replacing: Option<&str>,
    proof: Option<&ProofOfAddress>,
    language: &'static str,
) -> Result<Identification, AppError> {
    let client = &ctx.provider()?.client;
    let intent = ctx.env.intent(session, IDENTIFICATION_STEP).await?;
    if intent.earlier_since_ms.is_some() {
        if let Some(found) = client.identification_find_usable(person_id, replacing, proof).await? {
            tracing::info!(session = session.id, "solaris identification of an interrupted attempt adopted");
            return Ok(found);
        }
    }
    Ok(client.identification_create(person_id, Some(language), proof).await?)
}

/// Whether the person `id` holds `person` now: already, or after an update of the fields the
/// guide lets `PATCH` change. `false`: a new person is needed.
async fn brought_up_to_date(
    client: &super::SolarisClient,
    id: &str,
    person: &PersonalData,
    times: &ConsentTimes,
) -> Result<bool, AppError> {
    let held = client.person_raw(id).await?;
    Ok(match super::person_sync::plan(&held, &super::wire::person_body(person, times)) {
        super::person_sync::Plan::Unchanged => true,
        super::person_sync::Plan::Update(changes) => {
            client.person_update(id, &changes).await? == super::PersonUpdate::Updated
        }
        super::person_sync::Plan::Recreate => false,
    })
}
