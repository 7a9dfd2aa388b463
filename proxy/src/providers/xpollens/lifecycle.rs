//! A prospect's life in the proxy: recorded at launch with its appUserId and step order, its
//! flow read with that order, and purged with the provider's prospects after 90 days.

use super::AppUserId;
use super::{Progress, Xpollens, PROVIDER};
use crate::error::AppError;
use crate::flow::{Ctx, LaunchExtras};
use crate::store::SessionRecord;
use kyc_core::flow::{Flow, FlowId};
use kyc_core::Step;

/// The session's flow with its account steps in the chosen order: the launch's, else the
/// deployment's, else the default.
pub async fn flow(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<Flow, AppError> {
    let launch = ctx.env.store.progress_load::<Progress>(session, PROVIDER).await?.and_then(|p| p.order);
    let order = launch.or_else(|| ctx.provider.as_ref().and_then(|x| x.default_order.clone()));
    Ok(match order {
        Some(order) => FlowId::XpollensAccount.ordered(&order).unwrap_or_else(|_| FlowId::XpollensAccount.definition()),
        None => FlowId::XpollensAccount.definition(),
    })
}

/// A launch's prospect id and its order of the account steps (the deployment's when `None`).
pub struct AccountLaunch {
    app_user_id: AppUserId,
    order: Option<Vec<Step>>,
}

/// The launch's options, checked: the prospect's id (one is made up when absent; 409 when it is
/// already another session's) and the step order.
pub async fn launch_options(ctx: &Ctx<Xpollens>, extras: LaunchExtras) -> Result<AccountLaunch, AppError> {
    let app_user_id = match extras.app_user_id {
        Some(raw) => AppUserId::parse(&raw).map_err(|e| AppError::BadRequest(format!("app_user_id: {e}")))?,
        None => AppUserId::parse(&crate::auth::public_id().replace('_', "")).map_err(|_| AppError::Internal)?,
    };
    let order = extras
        .steps
        .map(|keys| {
            let steps = keys
                .iter()
                .map(|k| Step::from_key(k).ok_or_else(|| AppError::BadRequest(format!("steps: unknown step {k:?}"))))
                .collect::<Result<Vec<_>, _>>()?;
            FlowId::XpollensAccount.ordered(&steps).map_err(|e| AppError::BadRequest(format!("steps: {e}")))?;
            Ok::<_, AppError>(steps)
        })
        .transpose()?;
    if ctx.env.store.prospect_session(app_user_id.as_str().to_owned()).await?.is_some() {
        return Err(AppError::Conflict("app_user_id: another session already uses this appUserId".into()));
    }
    Ok(AccountLaunch { app_user_id, order })
}

/// Records a partner session's prospect and step order at launch; 409 when the `appUserId` was
/// taken by another session meanwhile.
pub async fn launch(ctx: &Ctx<Xpollens>, session: SessionRecord, account: AccountLaunch) -> Result<(), AppError> {
    let AccountLaunch { app_user_id, order } = account;
    let now = crate::clock::now();
    if !ctx.env.store.prospect_insert(session, app_user_id.as_str().to_owned(), now.unix_millis()).await? {
        return Err(AppError::Conflict("app_user_id: another session already uses this appUserId".into()));
    }
    let progress = Progress { order, ..Progress::default() };
    ctx.env.store.progress_save(session, PROVIDER, &progress, now.to_string()).await?;
    Ok(())
}

/// Removes the prospects (and everything kept about them) that the provider purges: begun 90
/// days before `now` and never customers.
/// `now` comes from [`crate::clock::now`].
pub async fn purge(store: &crate::store::Store, now: kyc_core::UtcTimestamp) -> Result<usize, AppError> {
    Ok(store.prospects_purge(now.unix_millis()).await?)
}
