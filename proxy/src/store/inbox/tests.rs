use super::*;

const P: ProviderId = ProviderId::Onfido;

async fn kept(store: &Store, delivery: &str) -> bool {
    store.inbox_accept(P, delivery.into(), b"{}".to_vec(), "t".into(), 1_000).await.unwrap()
}

#[tokio::test]
async fn a_delivery_is_kept_once_and_leased_to_one_worker_at_a_time() {
    let store = Store::in_memory().unwrap();
    assert!(kept(&store, "d1").await);
    assert!(!kept(&store, "d1").await, "a redelivery is the same event");
    assert!(kept(&store, "d2").await);
    let first = store.inbox_lease(2_000, 30_000, 10).await.unwrap();
    assert_eq!(first.iter().map(|e| e.attempts).collect::<Vec<_>>(), [1, 1]);
    assert!(store.inbox_lease(2_001, 30_000, 10).await.unwrap().is_empty(), "both are held");
    // The worker died: once the lease runs out the events are due again.
    let again = store.inbox_lease(32_000, 30_000, 10).await.unwrap();
    assert_eq!(again.len(), 2);
    assert_eq!(again[0].attempts, 2);
}

#[tokio::test]
async fn outcomes_done_retry_park_release_and_requeue() {
    let store = Store::in_memory().unwrap();
    for d in ["a", "b", "c", "d"] {
        kept(&store, d).await;
    }
    let leased = store.inbox_lease(2_000, 30_000, 10).await.unwrap();
    store.inbox_done(leased[0].id, "t".into()).await.unwrap();
    store.inbox_retry(leased[1].id, 5_000, "provider down".into()).await.unwrap();
    store.inbox_park(leased[2].id, "still down".into(), "t".into()).await.unwrap();
    store.inbox_release(vec![leased[3].id]).await.unwrap();
    assert_eq!(store.inbox_counts().await.unwrap(), InboxCounts { pending: 2, failed: 1 });
    // Released at once (with its attempt given back); the retry only when it is due.
    let now = store.inbox_lease(2_001, 30_000, 10).await.unwrap();
    assert_eq!(now.iter().map(|e| (e.id, e.attempts)).collect::<Vec<_>>(), [(leased[3].id, 1)]);
    let later = store.inbox_lease(5_000, 30_000, 10).await.unwrap();
    assert_eq!(later.iter().map(|e| e.id).collect::<Vec<_>>(), [leased[1].id]);
    let failed = store.inbox_list("failed", 10).await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].last_error.as_deref(), Some("still down"));
    assert_eq!(store.inbox_state(P, "a".into()).await.unwrap().as_deref(), Some("done"));
    assert_eq!(store.inbox_requeue(None, 6_000).await.unwrap(), 1);
    let requeued = store.inbox_lease(6_000, 30_000, 10).await.unwrap();
    assert_eq!(requeued.iter().map(|e| e.id).collect::<Vec<_>>(), [leased[2].id]);
    assert_eq!(store.inbox_forget_finished("u".into()).await.unwrap(), 1, "the done one");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn workers_leasing_at_the_same_moment_never_get_the_same_event() {
    // On PostgreSQL each worker's lease runs on a connection of its own, as another instance's
    // would: the leases skip each other's rows instead of taking them twice.
    let store = Store::in_memory().unwrap();
    for n in 0..120 {
        kept(&store, &format!("e{n}")).await;
    }
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let leased = store.inbox_lease(2_000, 30_000, 7).await.unwrap();
                    if leased.is_empty() {
                        return mine;
                    }
                    mine.extend(leased.into_iter().map(|e| e.id));
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for worker in workers {
        all.extend(worker.await.unwrap());
    }
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!((count, all.len()), (120, 120), "every event leased exactly once");
}
