//! The simulated eIDV provider (document and selfie): reads "the passport" of the persona
//! whose name is in the dossier's user data and scores the selfie as that persona is scripted.

use super::notifications::Notification;
use super::personas::{Biometrics, Persona};
use super::store::{Outcome, Status};
use super::user_data::Identity;
use super::Sim;
use serde_json::{json, Value};

/// What the provider concluded.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub errors: Vec<(&'static str, &'static str)>,
}

fn biometrics(face_match: bool, live: bool) -> Value {
    let result = |pass: bool| if pass { "pass" } else { "fail" };
    json!({
        "faceMatch": { "result": result(face_match), "score": if face_match { 0.96 } else { 0.12 } },
        "liveness": { "result": result(live) },
    })
}

/// The document facts of the persona's passport.
fn passport(persona: &Persona) -> Value {
    json!({
        "documentType": "passport",
        "documentNumber": persona.document_number,
        "issuingCountry": persona.passport_country(),
        "nationality": persona.passport_country(),
        "dateOfExpiry": "2033-06-30",
    })
}

/// Decides the outcome for a dossier's user data (see the persona table in
/// [`super::personas`]). Without a persona the passport shows what was typed; without user
/// data there is nothing the simulated document could say, so the process is inconclusive.
pub(crate) fn decide(user_data: Option<&Identity>) -> Decision {
    let persona = user_data.and_then(|u| Persona::by_name(&u.first_name, &u.last_name));
    let accepted = |identity: Identity, document: Value| Decision {
        status: Status::Accepted,
        outcome: Some(Outcome { identity, document: Some(document), biometrics: Some(biometrics(true, true)) }),
        errors: Vec::new(),
    };
    let Some(persona) = persona else {
        return match user_data {
            Some(typed) => {
                let identity = Identity { address: None, ..typed.clone() };
                accepted(identity, json!({"documentType": "passport", "documentNumber": "SIM000000"}))
            }
            None => Decision {
                status: Status::Inconclusive,
                outcome: None,
                errors: vec![("document_unreadable", "The document could not be read.")],
            },
        };
    };
    let read = |face_match, live| {
        Some(Outcome {
            identity: persona.passport_identity(),
            document: Some(passport(persona)),
            biometrics: Some(biometrics(face_match, live)),
        })
    };
    match persona.biometrics {
        Biometrics::Pass => accepted(persona.passport_identity(), passport(persona)),
        Biometrics::LivenessFailed => Decision {
            status: Status::Rejected,
            outcome: read(true, false),
            errors: vec![("liveness_failed", "The selfie was not taken of a live person.")],
        },
        Biometrics::FaceMismatch => Decision {
            status: Status::Rejected,
            outcome: read(false, true),
            errors: vec![("face_mismatch", "The selfie does not show the document holder.")],
        },
        Biometrics::Unreadable => Decision {
            status: Status::Inconclusive,
            outcome: None,
            errors: vec![("mrz_missing", "The machine-readable zone of the document could not be read.")],
        },
        Biometrics::ProviderFailure => Decision {
            status: Status::Failed,
            outcome: None,
            errors: vec![("provider_failure", "The verification provider could not complete the verification.")],
        },
    }
}

/// After the decision delay, settles a `processing` process and notifies. A dossier or
/// process deleted in the meantime stays deleted.
pub(crate) fn finish_later(sim: Sim, dossier_id: String, process_id: String) {
    tokio::spawn(async move {
        tokio::time::sleep(sim.config.decision_delay).await;
        let notification = {
            let mut store = sim.store();
            let Some(dossier) = store.dossiers.get_mut(&dossier_id) else { return };
            let decision = decide(dossier.user_data.as_ref());
            let Some(process) = dossier.process_mut(&process_id) else { return };
            if process.status != Status::Processing {
                return;
            }
            process.result = decision.outcome;
            process.errors = decision.errors;
            process.set_status(decision.status);
            process.notification.clone().map(|target| Notification {
                target,
                dossier_id: dossier_id.clone(),
                process_id: process_id.clone(),
                status: decision.status.as_str(),
            })
        };
        if let Some(notification) = notification {
            sim.deliveries.send(notification);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(first: &str, last: &str, birth: &str) -> Identity {
        Identity { first_name: first.into(), last_name: last.into(), date_of_birth: birth.into(), address: None }
    }

    #[test]
    fn each_persona_ends_as_the_table_says() {
        let status = |first, last| decide(Some(&typed(first, last, "1990-01-01"))).status;
        assert_eq!(status("Claire", "de Vries"), Status::Accepted);
        assert_eq!(status("Bram", "Bakker"), Status::Accepted);
        assert_eq!(status("Lotte", "Smit"), Status::Rejected);
        assert_eq!(status("Daan", "Mulder"), Status::Rejected);
        assert_eq!(status("Noor", "de Jong"), Status::Inconclusive);
        assert_eq!(status("Sem", "de Boer"), Status::Failed);
        assert_eq!(decide(None).status, Status::Inconclusive);
    }

    #[test]
    fn a_failed_liveness_is_reported_next_to_a_matching_face() {
        let decision = decide(Some(&typed("Lotte", "Smit", "1988-07-01")));
        let biometrics = decision.outcome.unwrap().biometrics.unwrap();
        assert_eq!(biometrics["faceMatch"]["result"], "pass");
        assert_eq!(biometrics["liveness"]["result"], "fail");
        assert_eq!(decision.errors[0].0, "liveness_failed");
    }

    #[test]
    fn an_unknown_person_gets_a_passport_showing_what_was_typed() {
        let decision = decide(Some(&typed("Jane", "Doe", "1992-12-11")));
        assert_eq!(decision.status, Status::Accepted);
        assert_eq!(decision.outcome.unwrap().identity, typed("Jane", "Doe", "1992-12-11"));
    }
}
