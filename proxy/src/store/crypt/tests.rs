//! Encryption at rest through the store, on SQLite or (with `KYC_TEST_POSTGRES`) PostgreSQL:
//! rotation, wrong keys, erasure and values written before encryption.

use crate::params;
use crate::store::{Kek, Keyring, SessionRecord, SessionSettings, Store, StoreError, StoredPicture};
use kyc_core::capture::CaptureSlot;
use kyc_core::{Field, PersonalDataInput};

fn person() -> PersonalDataInput {
    PersonalDataInput { first_name: "Zyxwvutsrq".into(), last_name: "Qrstuvwxyz".into(), ..Default::default() }
}

fn picture() -> StoredPicture {
    StoredPicture { content_type: "image/jpeg".into(), width: 2, height: 2, bytes: vec![0xFF, 0xD8, 7, 7, 7] }
}

fn keys(current: u8, previous: &[u8]) -> Keyring {
    Keyring::new(Kek::from_bytes([current; 32]), previous.iter().map(|p| Kek::from_bytes([*p; 32])).collect())
}

/// A session with a prefill, personal data, a draft and a picture, written under `store`'s keys.
async fn filled(store: &Store) -> SessionRecord {
    let locked = [(Field::LastName, "Qrstuvwxyz".to_owned())].into_iter().collect();
    let settings = SessionSettings { team: "deployment".into(), flow: kyc_core::flow::FlowId::ALL[0], locked };
    let s = store.session_insert("h".into(), "ses_c".into(), "t0".into(), i64::MAX, &settings).await.unwrap();
    store.person_save(s, &person(), "t1".into()).await.unwrap();
    store.draft_save(s, &person(), "t1".into()).await.unwrap();
    store.capture_save(s, CaptureSlot::ALL[0], picture(), "t1".into()).await.unwrap();
    s
}

/// Whether every value of the session reads back as written.
async fn reads(store: &Store, s: SessionRecord) -> bool {
    store.person_load(s).await.ok().flatten() == Some(person())
        && store.draft_load(s).await.ok().flatten() == Some(person())
        && store.capture_load(s, CaptureSlot::ALL[0]).await.ok().flatten() == Some(picture())
        && store.session_settings(s).await.is_ok_and(|t| t.locked.contains_key(&Field::LastName))
}

#[tokio::test]
async fn a_rotated_key_reads_everything_and_after_a_rewrap_the_old_key_can_go() {
    let a = Store::in_memory().unwrap().with_keys(keys(1, &[]));
    let s = filled(&a).await;
    let b_with_a = a.with_keys(keys(2, &[1]));
    assert!(reads(&b_with_a, s).await, "the new key with the old one as previous");
    let done = b_with_a.data_keys_rewrap().await.unwrap();
    assert_eq!((done.keys, done.values), (1, 0));
    assert!(reads(&a.with_keys(keys(2, &[])), s).await, "the old key removed");
    assert!(!reads(&a, s).await, "the old key alone no longer unwraps");
}

#[tokio::test]
async fn a_wrong_key_reads_nothing() {
    let store = Store::in_memory().unwrap().with_keys(keys(1, &[]));
    let s = filled(&store).await;
    let wrong = store.with_keys(keys(3, &[4]));
    assert!(matches!(wrong.person_load(s).await, Err(StoreError::Crypt(_))));
    assert!(matches!(wrong.capture_load(s, CaptureSlot::ALL[0]).await, Err(StoreError::Crypt(_))));
    assert!(!reads(&wrong, s).await);
    assert!(reads(&store, s).await);
}

#[tokio::test]
async fn erasing_a_session_destroys_its_data_key_so_a_restored_copy_stays_sealed() {
    let store = Store::in_memory().unwrap();
    let s = filled(&store).await;
    let backup: String = store
        .read(move |c| c.query_row("SELECT data FROM persons WHERE session_id = ?1", params![s.id], |r| r.get(0)))
        .await
        .unwrap();
    assert!(!backup.contains("Zyxwvutsrq"));
    store.personal_data_erase(s).await.unwrap();
    let keys: i64 = store
        .read(move |c| {
            c.query_row("SELECT COUNT(*) FROM session_keys WHERE session_id = ?1", params![s.id], |r| r.get(0))
        })
        .await
        .unwrap();
    assert_eq!(keys, 0);
    // The backup's row put back: nothing can open it any more.
    store
        .call(move |c| {
            c.execute("INSERT INTO persons (session_id, data, saved_at) VALUES (?1, ?2, 't')", params![s.id, backup])
        })
        .await
        .unwrap();
    // Nothing opens it: it reads as the erasure left it, absent.
    assert_eq!(store.person_load(s).await.unwrap(), None);
}

#[tokio::test]
async fn a_read_that_sees_the_rows_before_an_erasure_and_the_key_after_it_reads_them_as_erased() {
    // A read on PostgreSQL is no single snapshot: its statement for the row can come before an
    // erasure's commit and its statement for the key after. Deleting the key alone leaves the
    // store as that second statement sees it.
    let store = Store::in_memory().unwrap();
    let s = filled(&store).await;
    store.call(move |c| c.execute("DELETE FROM session_keys WHERE session_id = ?1", params![s.id])).await.unwrap();
    assert_eq!(store.person_load(s).await.unwrap(), None);
    assert_eq!(store.draft_load(s).await.unwrap(), None);
    assert_eq!(store.capture_load(s, CaptureSlot::ALL[0]).await.unwrap(), None);
    let settings = store.session_settings(s).await.unwrap();
    assert!(settings.locked.is_empty(), "nothing locked, as the erasure leaves it");
}

#[tokio::test]
async fn values_written_before_encryption_read_and_are_sealed_by_the_rewrap() {
    let store = Store::in_memory().unwrap();
    let settings =
        SessionSettings { team: "deployment".into(), flow: kyc_core::flow::FlowId::ALL[0], locked: Default::default() };
    let s = store.session_insert("h".into(), "ses_p".into(), "t0".into(), i64::MAX, &settings).await.unwrap();
    let plain = serde_json::to_string(&person()).unwrap();
    let bytes = picture().bytes;
    store
        .call(move |c| {
            c.execute("INSERT INTO persons (session_id, data, saved_at) VALUES (?1, ?2, 't')", params![s.id, plain])?;
            c.execute(
                "INSERT INTO captures (session_id, slot, content_type, width, height, bytes, stored_at)
                 VALUES (?1, ?2, 'image/jpeg', 2, 2, ?3, 't')",
                params![s.id, CaptureSlot::ALL[0].as_str(), bytes],
            )
        })
        .await
        .unwrap();
    assert_eq!(store.person_load(s).await.unwrap(), Some(person()));
    assert_eq!(store.data_keys_rewrap().await.unwrap().values, 2);
    let raw: String = store
        .read(move |c| c.query_row("SELECT data FROM persons WHERE session_id = ?1", params![s.id], |r| r.get(0)))
        .await
        .unwrap();
    assert!(super::is_sealed_text(&raw) && !raw.contains("Zyxwvutsrq"));
    assert_eq!(store.person_load(s).await.unwrap(), Some(person()));
    assert_eq!(store.capture_load(s, CaptureSlot::ALL[0]).await.unwrap(), Some(picture()));
    assert_eq!(store.data_keys_rewrap().await.unwrap().values, 0, "nothing left in plaintext");
}
