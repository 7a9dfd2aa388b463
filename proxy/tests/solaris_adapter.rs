//! The Solaris adapter against the simulator over real HTTP: credentials, errors, outages, and
//! the lookups that find an interrupted attempt's person and identification; and against the
//! guide's example payloads (`examples`).

use kyc_core::document::{ProofOfAddress, ProofOfAddressType};
use kyc_core::flow::FlowId;
use kyc_core::{CalendarDate, PersonalData, PersonalDataInput};
use kyc_proxy::clients::ProviderError;
use kyc_proxy::providers::solaris::{ConsentTimes, SolarisClient, SolarisConfig};
use std::time::Duration;

async fn simulator() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let sim = kyc_sandbox::SandboxConfig::local(&url, "http://127.0.0.1:1/return?t={transactionnumber}");
    tokio::spawn(async move { axum::serve(listener, kyc_sandbox::app(sim)).await.unwrap() });
    url
}

mod common;
#[path = "solaris_adapter/examples.rs"]
mod examples;

fn client(base: &str, secret: &str) -> SolarisClient {
    SolarisClient::new(SolarisConfig {
        base_url: base.into(),
        token_url: format!("{base}/oauth2/token"),
        client_id: "sandbox-client".into(),
        client_secret: secret.to_owned().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn jane() -> PersonalData {
    named("X-AUTOTEST-HAPPYPATH")
}

fn named(first_name: &str) -> PersonalData {
    let input = PersonalDataInput {
        first_name: first_name.into(),
        last_name: "Doe".into(),
        birth_date: "1992-12-11".into(),
        nationality: "DE".into(),
        street: "Amrumer Straße".into(),
        house_number: "14".into(),
        postal_code: "13353".into(),
        city: "Berlin".into(),
        country: "DE".into(),
        mobile_number: "+49301234567".into(),
        email: "jane@example.com".into(),
        salutation: "MS".into(),
        birth_city: "Köln".into(),
        birth_country: "DE".into(),
        tax_residency: "DE".into(),
        fatca_relevant: "no".into(),
        pep: "no".into(),
        ..Default::default()
    };
    let fields = FlowId::SolarisIdnow.definition().fields;
    PersonalData::parse(&input, &fields, CalendarDate::new(2026, 11, 21).unwrap()).unwrap()
}

fn consents() -> ConsentTimes {
    ConsentTimes {
        terms_conditions: "2026-01-01T10:00:00.000Z".into(),
        data_processing: "2026-01-01T10:00:05.000Z".into(),
        declarations: "2026-01-01T09:59:00.000Z".into(),
    }
}

#[tokio::test]
async fn person_identification_and_request_follow_the_documented_sequence() {
    let base = simulator().await;
    let solaris = client(&base, "sandbox-secret");
    let person_id = solaris.person_create(&jane(), &consents()).await.unwrap();
    assert!(person_id.ends_with("cper"), "{person_id}");
    let created = solaris.identification_create(&person_id, Some("EN"), None).await.unwrap();
    assert_eq!(created.status, kyc_core::IdentificationStatus::Created);
    assert!(created.url.is_none());
    let requested = solaris.identification_request(&person_id, &created.id).await.unwrap();
    assert_eq!(requested.status, kyc_core::IdentificationStatus::Pending);
    assert!(requested.reference.is_some_and(|r| r.starts_with("TST-")));
    assert!(requested.url.is_some_and(|u| u.starts_with(&base)));
    let shown = solaris.identification_show(&person_id, &created.id).await.unwrap();
    assert_eq!(shown.status, kyc_core::IdentificationStatus::Pending);
}

#[tokio::test]
async fn wrong_credentials_are_an_unexpected_answer_not_an_outage() {
    let base = simulator().await;
    let err = client(&base, "wrong").person_create(&jane(), &consents()).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable() {
    // Bind and drop to get a loopback port with nobody listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = client(&format!("http://127.0.0.1:{port}"), "x").person_create(&jane(), &consents()).await.unwrap_err();
    assert!(matches!(err, ProviderError::Unavailable(_)), "{err:?}");
}

#[tokio::test]
async fn an_unknown_identification_is_not_mistaken_for_a_status() {
    let base = simulator().await;
    let solaris = client(&base, "sandbox-secret");
    let person_id = solaris.person_create(&jane(), &consents()).await.unwrap();
    let err = solaris.identification_show(&person_id, "0000cidt").await.unwrap_err();
    assert!(matches!(err, ProviderError::Unexpected(_)), "{err:?}");
}

#[tokio::test]
async fn an_interrupted_attempts_person_is_found_by_its_data_and_terms_acceptance_time() {
    let base = simulator().await;
    let solaris = client(&base, "sandbox-secret");
    let person_id = solaris.person_create(&jane(), &consents()).await.unwrap();
    assert_eq!(solaris.person_find(&jane(), &consents()).await.unwrap(), Some(person_id));
    let another_session = ConsentTimes { terms_conditions: "2025-05-05T10:00:00Z".into(), ..consents() };
    assert_eq!(solaris.person_find(&jane(), &another_session).await.unwrap(), None);
}

/// The id [`SolarisClient::identification_find_usable`] finds.
async fn usable(
    solaris: &SolarisClient,
    person_id: &str,
    replacing: Option<&str>,
    proof: Option<&ProofOfAddress>,
) -> Option<String> {
    solaris.identification_find_usable(person_id, replacing, proof).await.unwrap().map(|i| i.id)
}

#[tokio::test]
async fn an_interrupted_attempts_identification_is_found_with_the_same_proof_and_never_the_replaced_one() {
    let base = simulator().await;
    let solaris = client(&base, "sandbox-secret");
    let person_id = solaris.person_create(&jane(), &consents()).await.unwrap();
    let today = kyc_proxy::clock::now().date();
    let proof = |kind| ProofOfAddress::parse(kind, &today.to_string(), today).unwrap();
    let plain = solaris.identification_create(&person_id, None, None).await.unwrap();
    let gas = solaris.identification_create(&person_id, None, Some(&proof(ProofOfAddressType::GasBill))).await.unwrap();
    assert_eq!(usable(&solaris, &person_id, None, None).await, Some(plain.id.clone()), "the newest without a proof");
    assert_eq!(
        usable(&solaris, &person_id, None, Some(&proof(ProofOfAddressType::GasBill))).await,
        Some(gas.id.clone())
    );
    assert_eq!(
        usable(&solaris, &person_id, None, Some(&proof(ProofOfAddressType::WaterBill))).await,
        None,
        "another proof"
    );
    assert_eq!(usable(&solaris, &person_id, Some(&plain.id), None).await, None, "the one being replaced");
    solaris.identification_request(&person_id, &plain.id).await.unwrap();
    assert_eq!(usable(&solaris, &person_id, None, None).await, Some(plain.id), "a pending one is still usable");
}
