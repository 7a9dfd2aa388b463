//! One consent's changes on their way to the proxy, through the session's queue of saves.

use crate::api;
use crate::session::Session;
use kyc_core::api::ConsentRequest;
use kyc_core::{ConsentText, UtcTimestamp};
use leptos::prelude::*;

/// One consent's changes: what the user last asked for, and the last failure.
#[derive(Clone, Copy)]
pub(super) struct Saving {
    session: Session,
    /// The state the user last gave the box; `None` before any change on this page.
    pub(super) wanted: RwSignal<Option<bool>>,
    /// Why the last save failed, until the next change or a later save goes through.
    pub(super) failed: RwSignal<Option<api::Error>>,
}

impl Saving {
    pub(super) fn new(session: Session) -> Self {
        Saving { session, wanted: RwSignal::new(None), failed: RwSignal::new(None) }
    }

    /// Gives (`true`) or withdraws (`false`) the consent once the session's earlier saves have
    /// answered; the proxy's answer replaces the session.
    ///
    /// `text` is the text shown beside the box: its version and language go with the consent.
    pub(super) fn send(self, text: &'static ConsentText, give: bool) {
        let session = self.session;
        let kind = text.kind;
        self.wanted.set(Some(give));
        self.failed.set(None);
        // The moment of consent is the tick, not the moment the queue gets to it.
        let now = UtcTimestamp::from_unix_millis(js_sys::Date::now() as i64).to_string();
        let request = ConsentRequest { given_at: now.clone(), text_version: text.version, language: text.language };
        session.saves().push(async move {
            let token = session.token();
            let result = if give {
                api::give_consent(&token, kind, &request).await
            } else {
                api::withdraw_consent(&token, kind, &now).await
            };
            match result {
                Ok(view) => {
                    session.replace(view);
                    // A later change that went through makes an earlier failure moot.
                    self.failed.set(None);
                }
                Err(error) => self.failed.set(Some(error)),
            }
        });
    }
}
