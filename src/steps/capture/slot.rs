//! One picture: the live camera with its frame guide (or the file fallback), the quality
//! checks, the preview with "Retake" and "Use this photo", and the upload with its progress.
//! The camera, its frame watch and its tracks are released when the component goes.

use super::advice::CameraAdvice;
use super::camera;
use super::live::{LiveCheck, LiveView};
use super::mrz_check::{MrzVerdict, Verdict};
use super::mrz_gate::MrzGate;
use super::noticed;
use super::picture::{self, Source};
use super::upload::{self, UploadError};
use crate::i18n::capture::{CameraProblem, CaptureTexts, FileProblem};
use crate::i18n::use_i18n;
use kyc_core::capture::auto::ANALYSIS_INTERVAL_MS;
use kyc_core::capture::signals::{CaptureSignals, PictureSource};
use kyc_core::capture::{CaptureSlot, QualityIssue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;
use web_sys::{HtmlInputElement, MediaStream};

/// Where the picture comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Camera,
    File,
}

/// Where the picture stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Looking through the camera, or choosing a file.
    Taking,
    /// The picture is shown with its quality verdict.
    Review,
    /// On its way to the proxy.
    Uploading,
}

/// What the view of one picture depends on.
#[derive(Clone, Copy)]
struct Ui {
    slot: CaptureSlot,
    origin: Origin,
    stage: Stage,
    problem: Option<CameraProblem>,
    ready: bool,
    /// The picture passed the quality checks.
    good: bool,
    /// Nothing the document's zone says stands against it (expired, differing data).
    usable: bool,
    /// The auto-capture countdown runs.
    counting: bool,
    file_problem: Option<FileProblem>,
    upload_error: Option<UploadError>,
}

/// The line under the preview: the upload on its way, or why it failed.
fn upload_message(ui: Ui, t: &'static CaptureTexts) -> &'static str {
    match (ui.stage, ui.upload_error) {
        (Stage::Uploading, _) => t.uploading,
        (_, Some(UploadError::Refused)) => t.upload_refused,
        (_, Some(UploadError::Unauthorized)) => t.phone_link_expired,
        (_, Some(UploadError::Failed)) => t.upload_failed,
        _ => "",
    }
}

/// Takes, checks and uploads the picture `which` with `token`; `on_uploaded` when it is in.
#[component]
pub(super) fn SlotCapture(which: CaptureSlot, token: StoredValue<String>, on_uploaded: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    // `slot` is a keyword of `view!` (component slots): the prop has another name.
    let slot = which;
    let origin = RwSignal::new(Origin::Camera);
    let stage = RwSignal::new(Stage::Taking);
    let problem = RwSignal::new(None::<CameraProblem>);
    let ready = RwSignal::new(false);
    let issues = RwSignal::new(Vec::<QualityIssue>::new());
    let file_problem = RwSignal::new(None::<FileProblem>);
    let progress = RwSignal::new(0u32);
    let upload_error = RwSignal::new(None::<UploadError>);
    let video = NodeRef::<leptos::html::Video>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let stream = StoredValue::new_local(None::<MediaStream>);
    let watch = StoredValue::new(None::<IntervalHandle>);
    let mrz = MrzGate::in_context().filter(|_| slot != CaptureSlot::Selfie);
    let live_view = LiveView { hold: RwSignal::new(None), countdown: RwSignal::new(None), analysed: RwSignal::new(0) };
    let live = StoredValue::new_local(Rc::new(RefCell::new(LiveCheck::new(live_view))));
    // What is sent beside the picture: the camera's track, then how the picture was taken.
    let noticed = StoredValue::new(CaptureSignals::file());
    // Auto-capture is for documents; a selfie is the user's own moment.
    let auto = slot != CaptureSlot::Selfie;
    let shutter_at = StoredValue::new_local(None::<Rc<dyn Fn(PictureSource)>>);

    let stop_camera = move || {
        if let Some(handle) = watch.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            camera::stop(&stream);
        }
        ready.try_set(false);
    };
    let start_camera = move || {
        stop_camera();
        problem.set(None);
        live.with_value(|l| l.borrow_mut().reset());
        spawn_local(async move {
            let opened = camera::open(slot.facing()).await;
            let stream_now = match opened {
                Ok(s) => s,
                Err(p) => {
                    problem.try_set(Some(p));
                    return;
                }
            };
            let track = noticed::track_signals(&stream_now, slot.facing());
            noticed.try_update_value(|n| n.track = track);
            if track.is_some_and(|t| t.virtual_camera) {
                camera::stop(&stream_now);
                problem.try_set(Some(CameraProblem::Virtual));
                return;
            }
            // The user may have left while the browser asked: then the camera goes straight off.
            // (`Clone::clone`: `MediaStream::clone` would be the JS method, a second stream.)
            if let Some(Some(orphan)) = stream.try_set_value(Some(Clone::clone(&stream_now))) {
                camera::stop(&orphan);
                return;
            }
            let Some(element) = video.get_untracked() else { return };
            element.set_src_object(Some(&stream_now));
            let _ = element.play();
            // One watch per stream: it enables the shutter once frames really show, and lets the
            // camera go as soon as the video is no longer in the page, whatever removed it (the
            // owner's cleanup below does too; this does not depend on it).
            let own_handle = Rc::new(Cell::new(None::<IntervalHandle>));
            let handle = set_interval_with_handle(
                {
                    let own_handle = own_handle.clone();
                    move || {
                        if !element.is_connected() {
                            camera::stop(&stream_now);
                            if let Some(handle) = own_handle.take() {
                                handle.clear();
                            }
                        } else if camera::showing_frames(&element) {
                            ready.try_set(true);
                            if stage.try_get_untracked() == Some(Stage::Taking) {
                                let fire = live.try_with_value(|l| l.borrow_mut().tick(&element, auto, mrz));
                                if fire == Some(true) {
                                    if let Some(Some(shoot)) = shutter_at.try_get_value() {
                                        shoot(PictureSource::AutoCapture);
                                    }
                                }
                            }
                        }
                    }
                },
                Duration::from_millis(u64::from(ANALYSIS_INTERVAL_MS)),
            );
            if let Ok(handle) = handle {
                own_handle.set(Some(handle));
                watch.try_set_value(Some(handle));
            }
        });
    };
    start_camera();
    on_cleanup(stop_camera);

    let review = move |taken: Option<()>, source: PictureSource| {
        let Some(canvas) = canvas.get_untracked() else { return };
        issues.set(if taken.is_some() { picture::issues(&canvas) } else { vec![QualityIssue::Blurred] });
        let timing = live.with_value(|l| l.borrow().signals);
        noticed.update_value(|n| {
            n.source = source;
            (n.frames_analysed, n.frame_gaps, n.longest_gap_ms) = match source {
                PictureSource::File => (0, 0, 0),
                _ => (timing.frames_analysed, timing.frame_gaps, timing.longest_gap_ms),
            };
        });
        if let Some(gate) = mrz {
            gate.with(|reader| reader.offer_picture(&canvas));
        }
        upload_error.set(None);
        stage.set(Stage::Review);
    };
    let take = move |source: PictureSource| {
        let (Some(v), Some(c)) = (video.get_untracked(), canvas.get_untracked()) else { return };
        review(picture::draw(&c, Source::Video(&v)), source);
    };
    shutter_at.set_value(Some(Rc::new(take)));
    let shoot = move |_| take(PictureSource::Camera);
    let to_file = move || {
        stop_camera();
        origin.set(Origin::File);
    };
    let to_camera = move |_| {
        origin.set(Origin::Camera);
        start_camera();
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            match picture::decode(&file).await {
                Ok(bitmap) => {
                    file_problem.set(None);
                    let Some(c) = canvas.get_untracked() else { return };
                    review(picture::draw(&c, Source::Bitmap(&bitmap)), PictureSource::File);
                    bitmap.close();
                }
                Err(p) => file_problem.set(Some(p)),
            }
        });
    };
    let retake = move || {
        issues.set(Vec::new());
        if let Some(gate) = mrz {
            gate.with(|reader| reader.forget_picture());
        }
        live.with_value(|l| l.borrow_mut().reset());
        stage.set(Stage::Taking);
    };
    // The zone read on the picture (once a reader is plugged in), against the typed data.
    let verdict = Memo::new(move |_| {
        let zone = mrz.and_then(|gate| gate.with(|reader| reader.picture_zone()).flatten());
        zone.map_or(Verdict::Clear, |zone| super::mrz_check::verdict(&zone))
    });
    let use_photo = move |_| {
        stage.set(Stage::Uploading);
        progress.set(0);
        upload_error.set(None);
        spawn_local(async move {
            let Some(c) = canvas.get_untracked() else { return };
            let result = match picture::jpeg(&c).await {
                Some(blob) => {
                    let path = format!("/api/captures/{}", slot.as_str());
                    let signals = noticed.get_value().to_header();
                    upload::put(&path, &token.get_value(), &blob, &signals, move |p| {
                        progress.try_set(p);
                    })
                    .await
                }
                None => Err(UploadError::Failed),
            };
            match result {
                Ok(()) => {
                    stop_camera();
                    on_uploaded.run(());
                }
                Err(e) => {
                    upload_error.try_set(Some(e));
                    stage.try_set(Stage::Review);
                }
            }
        });
    };

    // Everything the view shows follows from this snapshot; the closures below all have one of
    // two types (`when`, `say`), so the renderer is compiled twice rather than once per closure.
    let ui = move || Ui {
        slot,
        origin: origin.get(),
        stage: stage.get(),
        problem: problem.get(),
        ready: ready.get(),
        good: issues.with(Vec::is_empty),
        usable: verdict.with(Verdict::usable),
        counting: live_view.countdown.with(Option::is_some),
        file_problem: file_problem.get(),
        upload_error: upload_error.get(),
    };
    let when = move |f: fn(Ui) -> bool| move || f(ui());
    let say = move |f: fn(Ui, &'static CaptureTexts) -> &'static str| move || f(ui(), i18n.capture());
    let issue_items = move || {
        let t = i18n.capture();
        issues.get().into_iter().map(|i| view! { <li>{t.issue.of(i)}</li> }).collect_view()
    };
    let countdown = move || live_view.countdown.get().map(|n| i18n.capture().countdown.fill(&[&n.to_string()]));
    let hint = move || {
        let t = i18n.capture();
        live_view.hold.get().filter(|_| auto).map(|hold| t.hold.of(hold))
    };
    let selfie = slot == CaptureSlot::Selfie;
    let file_id = format!("capture-file-{}", slot.as_str());
    view! {
        <p class="lead">{say(|u, t| t.slot_instruction.of(u.slot))}</p>
        <div class="capture__live" hidden=when(|u| u.origin != Origin::Camera || u.stage != Stage::Taking || u.problem.is_some())>
            <div class="capture__viewfinder" data-analysed=move || live_view.analysed.get()>
                <video
                    node_ref=video
                    class="capture__video"
                    class:capture__video--mirror=selfie
                    aria-label=say(|_, t| t.camera_label)
                    autoplay
                    muted
                    playsinline
                ></video>
                <div class="capture__guide" class:capture__guide--face=selfie aria-hidden="true"></div>
                // Announced once by the status below; the number is for the eyes.
                <p class="capture__countdown" aria-hidden="true" hidden=when(|u| !u.counting)>{countdown}</p>
            </div>
            <p class="capture__hint" hidden=when(|u| !u.ready || u.counting)>{hint}</p>
            <p class="capture__status" role="status">
                {say(|u, t| if !u.ready { t.camera_starting } else if u.counting { t.countdown_started } else { "" })}
            </p>
            <div class="actions">
                <button type="button" class="button" disabled=when(|u| !u.ready) on:click=shoot>
                    {say(|_, t| t.shutter)}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| to_file()>{say(|_, t| t.use_upload)}</button>
            </div>
        </div>
        <CameraAdvice
            problem=Signal::derive(move || problem.get().filter(|_| origin.get() == Origin::Camera))
            token
            to_file=Callback::new(move |()| to_file())
            retry=Callback::new(move |()| start_camera())
        />
        <div class="field" hidden=when(|u| u.origin != Origin::File || u.stage != Stage::Taking)>
            <label class="field__label" for=file_id.clone()>{say(|_, t| t.file_label)}</label>
            <p class="field__hint" id="capture-file-hint">{say(|_, t| t.file_hint)}</p>
            <input
                type="file"
                class="capture__file"
                id=file_id
                accept="image/jpeg,image/png"
                aria-describedby="capture-file-hint capture-file-error"
                on:change=on_file
            />
            <p class="field__error" id="capture-file-error" role="alert">{say(|u, t| u.file_problem.map_or("", |p| t.file_problem.of(p)))}</p>
            <div class="actions" hidden=when(|u| u.problem.is_some())>
                <button type="button" class="button button--secondary" on:click=to_camera>{say(|_, t| t.use_camera)}</button>
            </div>
        </div>
        <div class="capture__review" hidden=when(|u| u.stage == Stage::Taking)>
            <canvas node_ref=canvas class="capture__preview" role="img" aria-label=say(|_, t| t.preview_label)></canvas>
            <div class="problem" role="alert" hidden=when(|u| u.good)>
                <h2 class="problem__lead">{say(|_, t| t.quality_refused)}</h2>
                <ul>{issue_items}</ul>
            </div>
            <MrzVerdict verdict=verdict.into() retake=Callback::new(move |()| retake())/>
            <p hidden=when(|u| !u.good || !u.usable)>{say(|_, t| t.looks_good)}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    disabled=when(|u| !u.good || !u.usable || u.stage == Stage::Uploading)
                    on:click=use_photo
                >
                    {say(|_, t| t.use_photo)}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    disabled=when(|u| u.stage == Stage::Uploading)
                    on:click=move |_| retake()
                >
                    {say(|_, t| t.retake)}
                </button>
            </div>
            <div class="capture__upload" role="status">
                <p>{say(upload_message)}</p>
                <progress
                    class="capture__progress"
                    max="100"
                    prop:value=move || progress.get()
                    aria-label=say(|_, t| t.uploading)
                    hidden=when(|u| u.stage != Stage::Uploading)
                ></progress>
            </div>
        </div>
    }
}
