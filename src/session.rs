//! The session: its token and the proxy's [`SessionView`], in one signal in context.
//!
//! The token is the only thing the app keeps in the browser (`sessionStorage`, so it dies with
//! the tab); personal data stays on the proxy. Every write to the proxy answers with the fresh
//! view, which replaces the old one; everything else in the app is derived from it. Writes go
//! through the session's [`Saves`], one at a time, so answers arrive in the order of the changes.

mod saves;

pub(crate) use saves::Saves;

use crate::api;
use kyc_core::api::SessionView;
use kyc_core::Step;
use leptos::prelude::*;
use leptos::task::spawn_local;

const TOKEN_KEY: &str = "kyc.session";

/// Where the session stands.
#[derive(Debug, Clone)]
enum State {
    Starting,
    Failed(api::Error),
    // Boxed: the view is large and the other states are not.
    Ready(Box<SessionView>),
}

/// [`State`] without its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    Starting,
    Failed,
    Ready,
}

/// The session context.
#[derive(Clone, Copy)]
pub(crate) struct Session {
    token: StoredValue<String>,
    state: RwSignal<State>,
    saves: Saves,
}

/// Creates the session context and starts (or resumes) the session.
pub(crate) fn provide() -> Session {
    let session =
        Session { token: StoredValue::new(String::new()), state: RwSignal::new(State::Starting), saves: Saves::new() };
    provide_context(session);
    session.start();
    session
}

pub(crate) fn use_session() -> Session {
    expect_context()
}

impl Session {
    /// Where the session stands; reading it tracks every change of the view, so callers memoise.
    pub(crate) fn phase(self) -> Phase {
        self.state.with(|s| match s {
            State::Starting => Phase::Starting,
            State::Failed(_) => Phase::Failed,
            State::Ready(_) => Phase::Ready,
        })
    }

    /// Why the session could not be started.
    pub(crate) fn start_error(self) -> Option<api::Error> {
        self.state.with(|s| match s {
            State::Failed(e) => Some(e.clone()),
            _ => None,
        })
    }

    /// Reads the view, tracking it; `None` before the session is ready.
    pub(crate) fn with<R>(self, f: impl FnOnce(&SessionView) -> R) -> Option<R> {
        self.state.with(|s| match s {
            State::Ready(view) => Some(f(view)),
            _ => None,
        })
    }

    /// Reads the view without tracking it, for initial values.
    pub(crate) fn with_untracked<R>(self, f: impl FnOnce(&SessionView) -> R) -> Option<R> {
        self.state.with_untracked(|s| match s {
            State::Ready(view) => Some(f(view)),
            _ => None,
        })
    }

    /// The furthest step the user may open.
    pub(crate) fn furthest(self) -> Step {
        self.with(|v| v.furthest_step).unwrap_or(Step::PersonalData)
    }

    /// The steps this user goes through, in order.
    pub(crate) fn steps(self) -> Vec<Step> {
        self.with(|v| v.path.clone()).unwrap_or_default()
    }

    /// The step after `step` in this session's flow (itself at the end).
    pub(crate) fn after(self, step: Step) -> Step {
        self.with_untracked(|v| v.flow.next(step)).flatten().unwrap_or(step)
    }

    /// The step before `step` in this session's flow (itself at the start).
    pub(crate) fn before(self, step: Step) -> Step {
        self.with_untracked(|v| v.flow.previous(step)).flatten().unwrap_or(step)
    }

    /// Whether the user, who may reach the furthest step, may open `step`.
    pub(crate) fn reachable(self, step: Step) -> bool {
        self.with(|v| v.flow.reachable(step, v.furthest_step)).unwrap_or(false)
    }

    /// The queue every change of the session's data goes through.
    pub(crate) fn saves(self) -> Saves {
        self.saves
    }

    pub(crate) fn token(self) -> String {
        self.token.get_value()
    }

    /// Replaces the view with the one the proxy just returned.
    pub(crate) fn replace(self, view: SessionView) {
        self.state.set(State::Ready(Box::new(view)));
    }

    /// Fetches the view again, after a call that changed the session without returning it.
    pub(crate) async fn refresh(self) -> Result<(), api::Error> {
        let view = api::session(&self.token()).await?;
        self.replace(view);
        Ok(())
    }

    /// Resumes the stored session, or creates one when there is none or it is gone.
    pub(crate) fn start(self) {
        self.state.set(State::Starting);
        spawn_local(async move {
            // A product team's link: its single-use code is traded for this tab's own token.
            if let Some(code) = launch_code() {
                forget_launch_code();
                let result = match api::launch_session(&code).await {
                    Ok(created) => adopt(created).await,
                    Err(e) => Err(e),
                };
                self.settle(result);
                return;
            }
            let stored = stored_token();
            let resumed = match stored {
                Some(token) => match api::session(&token).await {
                    Ok(view) => Ok(Some((token, view))),
                    Err(e) if e.is_session_gone() => Ok(None),
                    Err(e) => Err(e),
                },
                None => Ok(None),
            };
            let result = match resumed {
                Ok(Some(found)) => Ok(found),
                Ok(None) => create().await,
                Err(e) => Err(e),
            };
            self.settle(result);
        });
    }

    /// Replaces an expired session with a new one, leaving the current screen (and whatever is
    /// typed into it) in place until the new view arrives.
    pub(crate) fn restart(self) {
        spawn_local(async move {
            let result = create().await;
            self.settle(result);
        });
    }

    fn settle(self, result: Result<(String, SessionView), api::Error>) {
        match result {
            Ok((token, view)) => {
                self.token.set_value(token);
                self.replace(view);
            }
            Err(e) => self.state.set(State::Failed(e)),
        }
    }
}

async fn create() -> Result<(String, SessionView), api::Error> {
    adopt(api::create_session().await?).await
}

/// Keeps a new session's token, with the session the proxy sent beside it (or reads it).
async fn adopt(created: kyc_core::api::SessionCreated) -> Result<(String, SessionView), api::Error> {
    store_token(&created.token);
    let view = match created.session {
        Some(view) => view,
        None => api::session(&created.token).await?,
    };
    Ok((created.token, view))
}

/// The `launch` parameter of the address, if the page was opened from a product team's link.
fn launch_code() -> Option<String> {
    crate::url::query_param(&window().location().search().ok()?, "launch")
}

/// Takes the used code out of the address bar and history, keeping the other parameters.
fn forget_launch_code() {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> =
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("launch=")).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    let url = format!("{}{query}", location.pathname().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Throws in some privacy modes; the app then works for this page view only.
    window().session_storage().ok().flatten()
}

fn stored_token() -> Option<String> {
    storage()?.get_item(TOKEN_KEY).ok().flatten().filter(|t| !t.is_empty())
}

fn store_token(token: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(TOKEN_KEY, token);
    }
}

#[cfg(test)]
mod tests {
    /// The page's loader makes the app's first call ahead (`public/boot.js`): it must read the
    /// token where this module keeps it and call the paths `api.rs` calls, or the app would
    /// make the call again and a new user would get two sessions.
    #[test]
    fn the_loader_calls_ahead_what_the_app_calls_first() {
        let boot = include_str!("../public/boot.js");
        assert!(boot.contains(&format!(r#"sessionStorage.getItem("{}")"#, super::TOKEN_KEY)));
        let api = include_str!("api.rs");
        for (method, path) in [("GET", "/api/session"), ("POST", "/api/sessions")] {
            assert!(boot.contains(&format!(r#"method: "{method}", path: "{path}""#)), "{method} {path} in boot.js");
            assert!(api.contains(&format!(r#"method: "{method}", path: "{path}""#)), "{method} {path} in api.rs");
        }
    }
}
