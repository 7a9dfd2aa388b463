//! What an operator asks the store from the command line: the provider events parked as
//! failed (or still pending) with their reasons, and putting parked ones back in line once the
//! cause is fixed. No payload is printed: only ids, times, attempts and reasons.

use crate::config::Config;
use crate::startup::StartError;
use crate::store::Store;

/// Prints the inbox's events in `state`, oldest first (at most 500).
pub async fn events_list(config: &Config, state: &'static str) -> Result<(), StartError> {
    let store = Store::open(&config.database, config.database_pool, config.data_keys.keyring()?)?;
    let events = store.inbox_list(state, 500).await?;
    if events.is_empty() {
        println!("no {state} provider events");
    }
    for e in events {
        println!(
            "{}\t{}\t{}\treceived {}\t{} attempt(s)\t{}",
            e.id,
            e.provider,
            e.delivery_id,
            e.received_at,
            e.attempts,
            e.last_error.unwrap_or_default()
        );
    }
    Ok(())
}

/// Runs a `kyc-proxy teams` command.
pub async fn teams(config: &Config, command: crate::teams::operator::TeamsCommand) -> Result<(), StartError> {
    let store = Store::open(&config.database, config.database_pool, config.data_keys.keyring()?)?;
    crate::teams::operator::run(&store, command).await
}

/// Puts one parked event (or all of them) back in line; the running proxies pick them up.
pub async fn events_requeue(config: &Config, id: Option<i64>) -> Result<(), StartError> {
    let store = Store::open(&config.database, config.database_pool, config.data_keys.keyring()?)?;
    let count = store.inbox_requeue(id, crate::clock::now().unix_millis()).await?;
    println!("{count} parked event(s) put back in line");
    Ok(())
}

/// `kyc-proxy keys rewrap`: every session's data key wrapped by the current `KYC_DATA_KEY`
/// (the previous keys in `KYC_DATA_KEYS_PREVIOUS` unwrap the rest), and values stored before
/// encryption at rest sealed. Afterwards the previous keys can be removed.
pub async fn keys_rewrap(config: &Config) -> Result<(), StartError> {
    let store = Store::open(&config.database, config.database_pool, config.data_keys.keyring()?)?;
    let done = store.data_keys_rewrap().await?;
    println!("{} data key(s) re-wrapped, {} plaintext value(s) sealed", done.keys, done.values);
    Ok(())
}
