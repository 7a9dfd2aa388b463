//! Finding what an interrupted attempt created at Assure, so that the retry adopts it instead
//! of creating a second dossier or process.

use super::{wire, DossierId, EidStart, Process, ProcessId, ProcessKind, ProcessStatus, SignicatClient};
use crate::clients::ProviderError;
use reqwest::Method;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListedDossier {
    dossier_id: String,
    #[serde(default)]
    external_reference: Option<String>,
}

impl SignicatClient {
    /// `GET /assure/dossiers` (documented as a listing; neither a filter nor the answer's
    /// shape is): the dossier created with `external_reference`, if any. The answer is read
    /// as the simulator gives it, an array of dossiers with their `externalReference`.
    pub async fn dossier_find(&self, external_reference: &str) -> Result<Option<DossierId>, ProviderError> {
        let list: Vec<ListedDossier> = self.send(Method::GET, "/dossiers", None).await?;
        let found = list.into_iter().find(|d| d.external_reference.as_deref() == Some(external_reference));
        found.map(|d| DossierId::parse(&d.dossier_id)).transpose()
    }

    /// The dossier's processes as `GET /assure/dossiers/{id}` shows them (all its contents,
    /// oldest first), each with the page it sends the browser to while pending.
    async fn processes(&self, dossier: &DossierId) -> Result<Vec<(Process, Option<String>)>, ProviderError> {
        let found: wire::DossierWire = self.send(Method::GET, &format!("/dossiers/{dossier}"), None).await?;
        let with_url = |p: wire::ProcessWire| {
            let url = p.redirect_url.clone();
            Process::try_from(p).map(|p| (p, url))
        };
        found.processes.into_iter().map(with_url).collect()
    }

    /// The newest pending process of `kind` in the dossier, with its page.
    async fn pending(
        &self,
        dossier: &DossierId,
        kind: ProcessKind,
    ) -> Result<Option<(Process, Option<String>)>, ProviderError> {
        let processes = self.processes(dossier).await?;
        Ok(processes.into_iter().rev().find(|(p, _)| p.kind == kind && p.status == ProcessStatus::Pending))
    }

    /// A pending eID process of `scheme` in the dossier (the newest), with its bank login page:
    /// one an interrupted attempt created and nobody used yet.
    pub async fn eid_process_find_pending(
        &self,
        dossier: &DossierId,
        scheme: kyc_core::EidScheme,
    ) -> Result<Option<EidStart>, ProviderError> {
        let found = self.pending(dossier, ProcessKind::Eid(scheme)).await?;
        Ok(found.and_then(|(p, url)| Some(EidStart { process: p.id, redirect_url: url? })))
    }

    /// A pending document-and-selfie process of the dossier (the newest): one an interrupted
    /// attempt created before any picture went up.
    pub async fn eidv_process_find_pending(&self, dossier: &DossierId) -> Result<Option<ProcessId>, ProviderError> {
        Ok(self.pending(dossier, ProcessKind::DocumentSelfie).await?.map(|(p, _)| p.id))
    }
}
