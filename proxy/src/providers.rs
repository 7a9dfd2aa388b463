//! The one place that knows every identity provider: each lives in its own folder (settings,
//! adapter, wire types, flow, decision, routes, webhook), and the rest of the proxy reaches them
//! only through [`Providers`] and [`ProviderSettings`]. Every `match` here is exhaustive over
//! [`ProviderId`]: a new provider does not compile until each operation has said what it does.

pub mod iddataweb;
pub mod onfido;
pub mod signicat;
pub mod solaris;
pub mod xpollens;

pub use iddataweb::SessionSignals;
pub use solaris::Document;

use crate::clients::ProviderError;
use crate::error::AppError;
use crate::flow::{steps_of, Ctx, Env, EventError, LaunchExtras, StepsState};
use crate::settings::{ConfigError, Lookup, Simulation};
use crate::store::{IdentificationRecord, SessionRecord};
use kyc_core::api::FieldCheck;
use kyc_core::flow::{Flow, FlowId, ProviderId};
use kyc_core::{Step, UtcTimestamp};
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;

/// Every provider's settings, each read by its own module; `None` where a provider is neither
/// configured nor simulated.
#[derive(Clone)]
pub struct ProviderSettings {
    /// Solaris (always there: required without the sandbox).
    pub solaris: Option<solaris::SolarisSettings>,
    /// ID Dataweb.
    pub iddataweb: Option<iddataweb::IdDatawebSettings>,
    /// Onfido.
    pub onfido: Option<onfido::OnfidoSettings>,
    /// Signicat Assure.
    pub signicat: Option<signicat::SignicatSettings>,
    /// Xpollens.
    pub xpollens: Option<xpollens::XpollensSettings>,
}

impl ProviderSettings {
    /// Reads each provider's variables.
    pub fn from_lookup(env: &Lookup<'_>) -> Result<Self, ConfigError> {
        Ok(Self {
            solaris: solaris::SolarisSettings::from_lookup(env)?,
            iddataweb: iddataweb::IdDatawebSettings::from_lookup(env)?,
            onfido: onfido::OnfidoSettings::from_lookup(env)?,
            signicat: signicat::SignicatSettings::from_lookup(env)?,
            xpollens: xpollens::XpollensSettings::from_lookup(env)?,
        })
    }

    /// The configured providers' adapters, each with the shared `env`.
    pub fn providers(&self, env: &Env) -> Result<Providers, ProviderError> {
        fn ctx<P>(env: &Env, provider: Option<P>) -> Ctx<P> {
            Ctx { provider: provider.map(std::sync::Arc::new), env: env.clone() }
        }
        Ok(Providers {
            env: env.clone(),
            solaris: ctx(env, self.solaris.as_ref().map(|s| s.provider()).transpose()?),
            iddataweb: ctx(env, self.iddataweb.as_ref().map(|s| s.provider()).transpose()?),
            onfido: ctx(env, self.onfido.as_ref().map(|s| s.provider()).transpose()?),
            signicat: ctx(env, self.signicat.as_ref().map(|s| s.provider()).transpose()?),
            xpollens: ctx(env, self.xpollens.as_ref().map(|s| s.provider()).transpose()?),
        })
    }

    /// Points the simulators at the proxy with the credentials the adapters use, as each real
    /// provider would be set up in its console.
    pub fn simulate(&self, sim: &mut kyc_sandbox::SandboxConfig, at: &Simulation<'_>) {
        if let Some(s) = &self.solaris {
            s.simulate(sim, at);
        }
        if let Some(s) = &self.iddataweb {
            s.simulate(sim, at);
        }
        if let Some(s) = &self.onfido {
            s.simulate(sim, at);
        }
        if let Some(s) = &self.signicat {
            s.simulate(sim, at);
        }
        if let Some(s) = &self.xpollens {
            s.simulate(sim, at);
        }
    }
}

/// Every provider with what its flow runs with ([`Ctx`]); an unconfigured one is there without
/// its adapter, so its routes answer that it is unavailable.
#[derive(Clone)]
pub struct Providers {
    /// What every flow shares; the dispatcher's own reads (a session's flow, its progress) go
    /// through it.
    pub env: Env,
    /// Solaris.
    pub solaris: Ctx<solaris::Solaris>,
    /// ID Dataweb.
    pub iddataweb: Ctx<iddataweb::IdDatawebClient>,
    /// Onfido.
    pub onfido: Ctx<onfido::Onfido>,
    /// Signicat Assure.
    pub signicat: Ctx<signicat::Signicat>,
    /// Xpollens.
    pub xpollens: Ctx<xpollens::Xpollens>,
}

/// What the product team sees of a session's provider beyond the shared record: one of these is
/// filled, for the session's provider; the others stay `null`.
#[derive(Serialize, Default, utoipa::ToSchema)]
pub struct ProviderDetail {
    /// Onfido sessions: the decision on the check, the Identity Enhanced breakdown by source and
    /// the rule that referred it.
    pub decision: Option<onfido::decision::DecisionDetail>,
    /// Signicat sessions: the decision on the dossier, the bank login, the document, face match
    /// and liveness, and every typed field against the bank's and the document's data.
    pub signicat: Option<signicat::decision::DecisionDetail>,
    /// Xpollens sessions: the account's state and each diligence, as last re-read from Xpollens,
    /// and the steps done.
    pub account: Option<kyc_core::account::AccountView>,
    /// ID Dataweb sessions: the verdict, the path to it, and for a referral the step the
    /// provider asked for that the flow does not run (e.g. KBA).
    pub iddataweb: Option<iddataweb::decision::DecisionDetail>,
}

/// A launch's provider-specific options, checked before the session exists.
pub struct LaunchPlan(Option<xpollens::AccountLaunch>);

impl Providers {
    /// The provider-specific routes under `/api`.
    pub fn api_routes(&self) -> OpenApiRouter {
        OpenApiRouter::new()
            .merge(solaris::api_routes(self.solaris.clone()))
            .merge(signicat::api_routes(self.signicat.clone()))
            .merge(xpollens::api_routes(self.xpollens.clone()))
    }

    /// The webhook routes, under `/webhooks` (ID Dataweb sends no events).
    pub fn webhook_routes(&self) -> OpenApiRouter {
        OpenApiRouter::new()
            .merge(solaris::webhook_routes(self.solaris.clone()))
            .merge(onfido::webhook_routes(self.onfido.clone()))
            .merge(signicat::webhook_routes(self.signicat.clone()))
            .merge(xpollens::webhook_routes(self.xpollens.clone()))
    }

    /// The session's flow, in the order its provider keeps for it (an account's steps in the
    /// product team's order).
    pub async fn flow(&self, session: SessionRecord, flow: FlowId) -> Result<Flow, AppError> {
        match Self::fixed_flow(flow) {
            Some(fixed) => Ok(fixed),
            None => xpollens::ordered_flow(&self.xpollens, session).await,
        }
    }

    /// The flow as its definition orders it, when every session of it has that order; `None`
    /// when its provider orders the steps per session (Xpollens: the product team's order).
    pub fn fixed_flow(flow: FlowId) -> Option<Flow> {
        match flow.provider() {
            ProviderId::Xpollens => None,
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Signicat => {
                Some(flow.definition())
            }
        }
    }

    /// The state of the provider-specific steps of `session`, whose flow is `flow`: one read of
    /// that provider's progress (this runs for every session view).
    pub async fn steps_state(&self, session: SessionRecord, flow: FlowId) -> Result<StepsState, AppError> {
        let store = &self.env.store;
        Ok(match flow.provider() {
            ProviderId::Iddataweb => steps_of::<iddataweb::Progress>(store, session).await?,
            ProviderId::Onfido => steps_of::<onfido::Progress>(store, session).await?,
            ProviderId::Signicat => steps_of::<signicat::Progress>(store, session).await?,
            ProviderId::Xpollens => steps_of::<xpollens::Progress>(store, session).await?,
            // The video call is the identification step itself: nothing to add.
            ProviderId::Solaris => StepsState::default(),
        })
    }

    /// The user saved changed personal data (under the session's lock): a provider that keeps
    /// its own copy gets the change first (Xpollens's `PUT` user, while the identity is not
    /// validated); the save fails if it is refused.
    pub async fn person_changed(
        &self,
        session: SessionRecord,
        flow: FlowId,
        person: &kyc_core::PersonalData,
    ) -> Result<(), AppError> {
        match flow.provider() {
            ProviderId::Xpollens => xpollens::person_changed(&self.xpollens, session, person).await,
            // The others receive the data once, when their step begins.
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Signicat => Ok(()),
        }
    }

    /// Hands the pictures to the session's provider once the capture step has all it asked for.
    /// Idempotent: a retake after that changes nothing at the provider. One at a time per
    /// session: the flows' stored stages make retries safe, the lock makes simultaneous ones so.
    pub async fn captures_complete(&self, session: SessionRecord) -> Result<(), AppError> {
        let provider = self.provider_of(session).await?;
        // Should this process die half-way, a worker finishes the hand-over (see flow::handover).
        self.env.handover_begin(provider, session).await?;
        let result = self.captures_handover(provider, session).await;
        match &result {
            Err(AppError::ProviderUnavailable) => self.env.handover_later(provider, session).await?,
            _ => self.env.handover_end(provider, session).await?,
        }
        result
    }

    /// The hand-over itself, for the session's `provider` (looked up once by the caller).
    async fn captures_handover(&self, provider: ProviderId, session: SessionRecord) -> Result<(), AppError> {
        let _one_at_a_time = self.env.handovers.lock(session).await?;
        match provider {
            ProviderId::Iddataweb => iddataweb::documents_submit(&self.iddataweb, session).await,
            ProviderId::Onfido => onfido::submit(&self.onfido, session).await,
            ProviderId::Signicat => signicat::submit(&self.signicat, session).await,
            // The pictures of a video call go with the call (the partner's option); an account
            // takes none.
            ProviderId::Solaris | ProviderId::Xpollens => Ok(()),
        }
    }

    /// Asks the identification's provider for the current status and stores it; `rec` then
    /// holds what is stored.
    pub async fn refresh(&self, session: SessionRecord, rec: &mut IdentificationRecord) -> Result<(), AppError> {
        match rec.provider {
            ProviderId::Solaris => crate::flow::refresh(&self.solaris, session, rec).await,
            ProviderId::Onfido => crate::flow::refresh(&self.onfido, session, rec).await,
            ProviderId::Signicat => crate::flow::refresh(&self.signicat, session, rec).await,
            // ID Dataweb decides within the browser's calls, and an account has no
            // identification record: what is stored is settled.
            ProviderId::Iddataweb | ProviderId::Xpollens => Ok(()),
        }
    }

    /// Applies a provider's event kept in the inbox.
    pub async fn event_apply(&self, provider: ProviderId, payload: &[u8]) -> Result<(), EventError> {
        if let Some(session) = crate::flow::handover_of(payload) {
            return Ok(self.captures_handover(provider, session).await?);
        }
        match provider {
            ProviderId::Solaris => solaris::solaris_event_apply(&self.solaris, payload).await,
            ProviderId::Onfido => onfido::onfido_event_apply(&self.onfido, payload).await,
            ProviderId::Signicat => signicat::signicat_event_apply(&self.signicat, payload).await,
            ProviderId::Xpollens => xpollens::xpollens_event_apply(&self.xpollens, payload).await,
            // Its decisions come back in the browser's own calls.
            ProviderId::Iddataweb => Err(EventError::Invalid("ID Dataweb sends no events".into())),
        }
    }

    /// One round of the accounts' reconciliation (the account providers' prospects that wait
    /// for a decision); how many were re-read.
    pub async fn accounts_reconcile(
        &self,
        pace: crate::flow::Pace,
        limit: u32,
    ) -> Result<usize, crate::store::StoreError> {
        xpollens::reconcile_round(&self.xpollens, pace, limit).await
    }

    /// Each typed field of a decided identification and how its sources agreed, where the
    /// provider matched them one by one (the values are deleted by then).
    pub async fn field_checks(
        &self,
        session: SessionRecord,
        rec: &IdentificationRecord,
    ) -> Result<Vec<FieldCheck>, AppError> {
        if !rec.status.is_final() {
            return Ok(Vec::new());
        }
        Ok(match rec.provider {
            ProviderId::Signicat => {
                signicat::decision(&self.signicat, session).await?.map(|d| d.field_checks).unwrap_or_default()
            }
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Xpollens => Vec::new(),
        })
    }

    /// What the product team sees of the session's provider.
    pub async fn detail(&self, session: SessionRecord, flow: FlowId) -> Result<ProviderDetail, AppError> {
        let mut detail = ProviderDetail::default();
        match flow.provider() {
            ProviderId::Onfido => detail.decision = onfido::decision(&self.onfido, session).await?,
            ProviderId::Signicat => detail.signicat = signicat::decision(&self.signicat, session).await?,
            ProviderId::Xpollens => detail.account = xpollens::account_detail(&self.xpollens, session).await?,
            ProviderId::Iddataweb => detail.iddataweb = iddataweb::decision(&self.iddataweb, session).await?,
            ProviderId::Solaris => {}
        }
        Ok(detail)
    }

    /// What a flow does before the product team's review settles a referral: Signicat's dossier
    /// and the proxy's personal data, kept for that review, are deleted first (a failure leaves
    /// the referral open, so the product team can try again).
    pub async fn before_review(&self, session: SessionRecord, flow: FlowId) -> Result<(), AppError> {
        match flow.provider() {
            ProviderId::Signicat => signicat::forget(&self.signicat, session).await,
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Xpollens => Ok(()),
        }
    }

    /// Erases the session's personal data now: at the provider first where it keeps them and
    /// its API offers their deletion (Signicat's dossier, Onfido's applicant), then in the proxy,
    /// which tells the team (`session.data_deleted`). Solaris, ID Dataweb and Xpollens document no
    /// deletion the proxy could ask for (Xpollens purges prospects itself): for these only the
    /// proxy's copies go. The decision, its status, reasons and provider references stay.
    pub async fn personal_data_erase(&self, session: SessionRecord) -> Result<(), AppError> {
        self.provider_data_erase(session).await?;
        Ok(self.env.store.personal_data_erase(session).await?)
    }

    /// The provider's part of [`Providers::personal_data_erase`], on its own (before a session is
    /// deleted whole).
    pub async fn provider_data_erase(&self, session: SessionRecord) -> Result<(), AppError> {
        match self.provider_of(session).await? {
            ProviderId::Signicat => signicat::forget_any(&self.signicat, session).await,
            ProviderId::Onfido => onfido::forget_any(&self.onfido, session).await,
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Xpollens => Ok(()),
        }
    }

    /// Deletes at the providers what users left unfinished for longer than the provider's own
    /// period (Signicat's dossiers), as of `now_ms`; how many. Run by the retention job.
    pub async fn provider_abandoned_erase(&self, now_ms: i64) -> Result<usize, AppError> {
        signicat::abandoned_dossiers_delete(&self.signicat, now_ms).await
    }

    /// The silent device check of a flow that opens with one ([`Step::Risk`]).
    pub async fn risk(&self, session: SessionRecord, signals: SessionSignals) -> Result<(), AppError> {
        let _one_at_a_time = self.env.handovers.lock(session).await?;
        match self.provider_of(session).await? {
            ProviderId::Iddataweb => iddataweb::risk(&self.iddataweb, session, signals).await,
            _ => Err(not_in_flow(Step::Risk)),
        }
    }

    /// Starts the phone check of a flow that has one ([`Step::PhoneCheck`]).
    pub async fn phone_check_start(&self, session: SessionRecord) -> Result<(), AppError> {
        let _one_at_a_time = self.env.handovers.lock(session).await?;
        match self.provider_of(session).await? {
            ProviderId::Iddataweb => iddataweb::phone_check_start(&self.iddataweb, session).await,
            _ => Err(not_in_flow(Step::PhoneCheck)),
        }
    }

    /// Whether the phone check is over.
    pub async fn phone_check_poll(&self, session: SessionRecord) -> Result<bool, AppError> {
        match self.provider_of(session).await? {
            ProviderId::Iddataweb => iddataweb::phone_check_poll(&self.iddataweb, session).await,
            _ => Err(not_in_flow(Step::PhoneCheck)),
        }
    }

    /// Checks a launch's provider-specific options before the session exists: only the account
    /// flow takes a prospect id and a step order.
    pub async fn launch_plan(&self, flow: FlowId, extras: LaunchExtras) -> Result<LaunchPlan, AppError> {
        match flow.provider() {
            ProviderId::Xpollens => Ok(LaunchPlan(Some(xpollens::launch_options(&self.xpollens, extras).await?))),
            ProviderId::Solaris | ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Signicat => {
                if extras.app_user_id.is_some() || extras.steps.is_some() {
                    return Err(AppError::BadRequest(format!(
                        "app_user_id and steps belong to the {} flow",
                        FlowId::XpollensAccount.key()
                    )));
                }
                Ok(LaunchPlan(None))
            }
        }
    }

    /// Records what [`Providers::launch_plan`] checked, once the session exists.
    pub async fn launched(&self, session: SessionRecord, plan: LaunchPlan) -> Result<(), AppError> {
        match plan.0 {
            Some(account) => xpollens::launch(&self.xpollens, session, account).await,
            None => Ok(()),
        }
    }

    /// The KYC report and the other documents of a successful identification, from providers
    /// that keep them (Solaris); none from the others.
    pub async fn documents(&self, rec: &IdentificationRecord) -> Result<Vec<Document>, AppError> {
        match rec.provider {
            ProviderId::Solaris => solaris::documents(&self.solaris, rec).await,
            ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Signicat | ProviderId::Xpollens => Ok(Vec::new()),
        }
    }

    /// One of those documents: its content type and bytes.
    pub async fn document_file(
        &self,
        rec: &IdentificationRecord,
        document_id: &str,
    ) -> Result<(String, axum::body::Bytes), AppError> {
        match rec.provider {
            ProviderId::Solaris => solaris::document_file(&self.solaris, document_id).await,
            ProviderId::Iddataweb | ProviderId::Onfido | ProviderId::Signicat | ProviderId::Xpollens => {
                Err(AppError::NotFound)
            }
        }
    }

    /// The hourly housekeeping each provider asks for: Xpollens purges prospects after 90 days,
    /// and the proxy's copies go with them. Returns how many sessions were purged.
    pub async fn hourly(&self, now: UtcTimestamp) -> Result<usize, AppError> {
        xpollens::purge(&self.env.store, now).await
    }

    async fn provider_of(&self, session: SessionRecord) -> Result<ProviderId, AppError> {
        Ok(self.env.store.session_settings(session).await?.flow.provider())
    }
}

/// A step asked of a session whose flow does not have it.
fn not_in_flow(step: Step) -> AppError {
    AppError::Conflict(format!("This session's flow has no {} step.", step.key()))
}
