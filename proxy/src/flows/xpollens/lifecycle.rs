//! A prospect's life in the proxy: recorded at launch with its appUserId and step order, its
//! flow read with that order, and purged with the provider's prospects after 90 days.

use super::{Progress, PROVIDER};
use crate::error::AppError;
use crate::providers::xpollens::AppUserId;
use crate::state::AppState;
use crate::store::SessionRecord;
use kyc_core::flow::{Flow, FlowId};
use kyc_core::Step;

/// The session's flow with its account steps in the chosen order: the launch's, else the
/// deployment's, else the default.
pub async fn flow(state: &AppState, session: SessionRecord) -> Result<Flow, AppError> {
    let launch = state.store.progress_load::<Progress>(session, PROVIDER).await?.and_then(|p| p.order);
    let order = launch.or_else(|| state.xpollens.as_ref().and_then(|x| x.default_order.clone()));
    Ok(match order {
        Some(order) => FlowId::XpollensAccount.ordered(&order).unwrap_or_else(|_| FlowId::XpollensAccount.definition()),
        None => FlowId::XpollensAccount.definition(),
    })
}

/// Records a partner session's prospect and step order at launch; 409 when the `appUserId` is
/// already another session's.
pub async fn launch(
    state: &AppState,
    session: SessionRecord,
    app_user_id: AppUserId,
    order: Option<Vec<Step>>,
) -> Result<(), AppError> {
    let now = crate::clock::now();
    if !state.store.prospect_insert(session, app_user_id.as_str().to_owned(), now.unix_millis()).await? {
        return Err(AppError::Conflict("app_user_id: another session already uses this appUserId".into()));
    }
    let progress = Progress { order, ..Progress::default() };
    state.store.progress_save(session, PROVIDER, &progress, now.to_string()).await?;
    Ok(())
}

/// Removes the prospects (and everything kept about them) that the provider purges: begun 90
/// days before `now` and never customers.
/// `now` comes from [`crate::clock::now`].
pub async fn purge(store: &crate::store::Store, now: kyc_core::UtcTimestamp) -> Result<usize, AppError> {
    Ok(store.prospects_purge(now.unix_millis()).await?)
}
