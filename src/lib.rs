//! kyc-onboarding in the browser: the shell (header, language switcher, progress, router)
//! around one component per step. Every rule comes from `kyc-core`; this crate renders the flow
//! and talks to the proxy, nothing more.
//!
//! It ships as two pages ([`Bundle`]): `src/main.rs` mounts [`start`], `src/bin/kyc-rest.rs`
//! mounts [`rest`]. Each binary links only its own steps.

// The modules form layers, each importing only from those below it (no loops), bottom first:
// `url`, `frame`, `api`, `device`; `router`, `i18n`, `session`; `countries`, `embed`;
// `components`; `steps`; this root, which ties the steps to the router.
mod api;
mod components;
mod countries;
mod device;
mod embed;
mod frame;
mod i18n;
mod page_frame;
mod prefetch;
mod router;
mod session;
mod steps;
mod url;

use components::problem::Problem;
use components::spinner::Spinner;
use components::step_heading::provide_heading_focus;
use i18n::{tr, use_i18n, Lang};
use kyc_core::{Bundle, Step};
use leptos::prelude::*;
use session::{use_session, Phase};

/// The allocator of the browser bundles. talc takes a few KB less of the download than Rust's
/// default for wasm (dlmalloc); the app is single-threaded, which its wasm allocator relies on.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Writes the app's main texts as one file per language into `dir` (the build's `dist/texts`).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_texts(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    i18n::write_all(dir)
}

/// Mounts the first page: the device check and the personal data.
pub fn start() {
    mount(Bundle::Start, i18n::START_PAGE, steps::start_page, || None);
}

/// Mounts the second page: consents, identification, capture, status; and the phone's page of a
/// capture hand-off.
pub fn rest() {
    mount(Bundle::Rest, i18n::REST_PAGE, steps::rest_page, steps::capture::phone_page);
}

/// The account opening's page ([`Bundle::Account`]): its consents, its own steps, its result.
pub fn account() {
    mount(Bundle::Account, i18n::ACCOUNT_PAGE, steps::account_page, || None);
}

fn mount(
    bundle: Bundle,
    texts: &'static [i18n::PartTable],
    page: fn(Step) -> AnyView,
    standalone: fn() -> Option<AnyView>,
) {
    console_error_panic_hook::set_once();
    // The texts come with the page; without them (a page of another build) the frame says the
    // page could not be loaded, with the link that reloads it.
    if let Err(refused) = i18n::from_page(texts) {
        leptos::logging::error!("the page's texts were not read: {refused:?}");
        page_frame::fail();
        return;
    }
    // The page frame the proxy wrote (kyc_core::shell) goes in the same task as the app's first
    // render comes, so no frame is painted without either. A frame showing the first step
    // stays until the app shows that step (the app's markup waits hidden behind it): the
    // step's text, painted with the page, remains its largest paint.
    if !page_frame::shows_step() {
        page_frame::remove();
    }
    leptos::mount::mount_to_body(move || App(AppProps { bundle, page, standalone }));
}

/// The app on the page of `bundle`: `page` renders its steps; `standalone` is a page that
/// replaces the whole flow when the URL asks for it (a phone opened from a hand-off link).
#[component]
fn App(bundle: Bundle, page: fn(Step) -> AnyView, standalone: fn() -> Option<AnyView>) -> impl IntoView {
    i18n::provide();
    if let Some(alone) = standalone() {
        page_frame::remove();
        return view! {
            <Header/>
            <main class="main">{alone}</main>
        }
        .into_any();
    }
    let session = session::provide();
    let router = router::provide(bundle, session);
    if bundle == Bundle::Start {
        // Once the flow is known, its next page is fetched ahead (not before: the flow picks it).
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(flow) = session.with(|v| v.flow.id) else { return false };
            prefetch::next_page_when_idle(Bundle::of_step(Step::Consents, flow));
            true
        });
    }
    provide_heading_focus();
    embed::provide(session, router);
    // What the main area shows, memoised so that a new session view rebuilds nothing (and loses
    // nothing typed) unless it changes the page.
    let shown = Memo::new(move |_| match session.phase() {
        Phase::Starting => Shown::Starting,
        Phase::Failed => Shown::Failed,
        // The URL's step while the user may be there; anything else is replaced below.
        Phase::Ready => match router.step().filter(|&step| session.reachable(step)) {
            Some(step) if router.renders(step) => Shown::Step(step),
            // A shared URL opened on the other flows' page (`/status` without `page=account`).
            Some(step) => Shown::OtherPage(step),
            None => Shown::Elsewhere,
        },
    });
    // The frame's step gives way once the app shows a step (the same one, in the same place, for
    // a new user) or why it cannot; not while it is about to go to another URL.
    Effect::new(move |_| {
        if matches!(shown.get(), Shown::Step(_) | Shown::Failed) {
            page_frame::remove();
        }
    });
    // `/`, an unknown path or a step beyond the furthest: the furthest step's URL takes its place
    // in the history, so that Back does not lead into a dead end.
    Effect::new(move |_| match shown.get() {
        Shown::Elsewhere => router.replace(session.furthest()),
        Shown::OtherPage(step) => router.replace(step),
        _ => {}
    });
    let body = move || match shown.get() {
        Shown::Starting => view! { <Spinner label=|l| crate::i18n::texts_of(l).loading/> }.into_any(),
        Shown::Failed => view! { <StartFailed/> }.into_any(),
        Shown::Step(step) => page(step),
        Shown::Elsewhere | Shown::OtherPage(_) => ().into_any(),
    };
    view! {
        <Header/>
        <main class="main">
            <Progress shown/>
            {body}
            <embed::ReturnLink/>
        </main>
    }
    .into_any()
}

/// What the main area shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    Starting,
    Failed,
    Step(Step),
    /// A step another page renders (a shared URL opened on the other flows' page): that page
    /// is loaded.
    OtherPage(Step),
    /// A URL the user may not be on; about to be replaced.
    Elsewhere,
}

/// The product name and the language switcher.
#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let select = NodeRef::<leptos::html::Select>::new();
    let on_change = move |ev| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n.set(lang);
        }
    };
    // A switch whose texts could not be fetched leaves the language: the list shows it again.
    Effect::new(move |_| {
        if i18n.switch_failed() {
            if let Some(select) = select.get_untracked() {
                select.set_value(i18n.lang().code());
            }
        }
    });
    let option = move |lang: Lang| {
        view! {
            <option value=lang.code() lang=lang.code() prop:selected=move || i18n.lang() == lang>
                {lang.native_name()}
            </option>
        }
    };
    view! {
        <header class="header">
            <p class="header__name"><embed::Logo/>{tr(|t| t.product)}</p>
            <div class="header__language">
                <label for="language">{tr(|t| t.language)}</label>
                <select id="language" class="header__select" node_ref=select on:change=on_change>
                    {Lang::ALL.map(option).collect_view()}
                </select>
                {move || i18n.switch_failed().then(|| view! {
                    <p class="header__failed" role="alert">{i18n.t().err_network}</p>
                })}
            </div>
        </header>
    }
}

/// "Step N of 4" and the step names, the current one marked for assistive technology.
#[component]
fn Progress(shown: Memo<Shown>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = move || match shown.get() {
        Shown::Step(step) => Some(step),
        _ => None,
    };
    // Positions in this session's flow, from 1.
    let number = move |step: Step| session.steps().iter().position(|&s| s == step).map_or(0, |i| i + 1);
    let count = move || {
        current()
            .map(|s| i18n.t().step_of.fill(&[&number(s).to_string(), &session.steps().len().to_string()]))
            .unwrap_or_default()
    };
    let item = move |step: Step| {
        view! {
            <li
                class="progress__step"
                class:progress__step--done=move || current().is_some_and(|c| number(step) < number(c))
                aria-current=move || (current() == Some(step)).then_some("step")
            >
                <span class="progress__name">{move || i18n.t().step_name.of(step)}</span>
            </li>
        }
    };
    // On a narrow screen the list shows bars only (names would break inside words, as German's
    // "Video-Identifizierung" does at 390 px): the current step is named after the count. Screen
    // readers keep the list's names, so this repetition is hidden from them.
    let current_name = move || current().map(|s| i18n.t().step_name.of(s)).unwrap_or_default();
    view! {
        <div class="progress" hidden=move || current().is_none()>
            <p class="progress__count">
                {count}
                <span class="progress__current" aria-hidden="true">{current_name}</span>
            </p>
            <ol class="progress__steps">{move || session.steps().into_iter().map(item).collect_view()}</ol>
        </div>
    }
}

/// The page when no session could be started.
#[component]
fn StartFailed() -> impl IntoView {
    let session = use_session();
    view! {
        <h1 tabindex="-1">{tr(|t| t.start_failed_title)}</h1>
        <Problem error=RwSignal::new(session.start_error()) retry=move |()| session.start()/>
    }
}
