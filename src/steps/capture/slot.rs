//! One picture: the live camera with its frame guide (or the file fallback), the quality
//! checks, the preview with "Retake" and "Use this photo", and the upload with its progress.
//! The camera, its frame watch and its tracks are released when the component goes.

use super::camera;
use super::picture::{self, Source};
use super::upload::{self, UploadError};
use crate::i18n::capture::{trc, CameraProblem, FileProblem};
use crate::i18n::use_i18n;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;
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
        spawn_local(async move {
            let opened = camera::open(slot.facing()).await;
            let stream_now = match opened {
                Ok(s) => s,
                Err(p) => {
                    problem.try_set(Some(p));
                    return;
                }
            };
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
                        }
                    }
                },
                Duration::from_millis(150),
            );
            if let Ok(handle) = handle {
                own_handle.set(Some(handle));
                watch.try_set_value(Some(handle));
            }
        });
    };
    start_camera();
    on_cleanup(stop_camera);

    let review = move |taken: Option<()>| {
        let Some(canvas) = canvas.get_untracked() else { return };
        issues.set(if taken.is_some() { picture::issues(&canvas) } else { vec![QualityIssue::Blurred] });
        upload_error.set(None);
        stage.set(Stage::Review);
    };
    let shoot = move |_| {
        let (Some(v), Some(c)) = (video.get_untracked(), canvas.get_untracked()) else { return };
        review(picture::draw(&c, Source::Video(&v)));
    };
    let to_file = move |_| {
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
                    review(picture::draw(&c, Source::Bitmap(&bitmap)));
                    bitmap.close();
                }
                Err(p) => file_problem.set(Some(p)),
            }
        });
    };
    let retake = move |_| {
        issues.set(Vec::new());
        stage.set(Stage::Taking);
    };
    let use_photo = move |_| {
        stage.set(Stage::Uploading);
        progress.set(0);
        upload_error.set(None);
        spawn_local(async move {
            let Some(c) = canvas.get_untracked() else { return };
            let result = match picture::jpeg(&c).await {
                Some(blob) => {
                    let path = format!("/api/captures/{}", slot.as_str());
                    upload::put(&path, &token.get_value(), &blob, move |p| {
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

    let t = move || i18n.lang().capture();
    let live_hidden = move || origin.get() != Origin::Camera || stage.get() != Stage::Taking || problem.get().is_some();
    let problem_hidden = move || origin.get() != Origin::Camera || problem.get().is_none();
    let file_hidden = move || origin.get() != Origin::File || stage.get() != Stage::Taking;
    let review_hidden = move || stage.get() == Stage::Taking;
    let problem_title = move || problem.get().map(|p| (t().problem_title)(p)).unwrap_or_default();
    let problem_text = move || problem.get().map(|p| (t().problem_text)(p)).unwrap_or_default();
    let can_retry = move || matches!(problem.get(), Some(CameraProblem::Denied | CameraProblem::Busy));
    let file_error = move || file_problem.get().map(|p| (t().file_problem)(p)).unwrap_or_default();
    let issue_items = move || issues.get().into_iter().map(|i| view! { <li>{(t().issue)(i)}</li> }).collect_view();
    let upload_message = move || match (stage.get(), upload_error.get()) {
        (Stage::Uploading, _) => t().uploading,
        (_, Some(UploadError::Refused)) => t().upload_refused,
        (_, Some(UploadError::Unauthorized)) => t().phone_link_expired,
        (_, Some(UploadError::Failed)) => t().upload_failed,
        _ => "",
    };
    let selfie = slot == CaptureSlot::Selfie;
    let file_id = format!("capture-file-{}", slot.as_str());
    view! {
        <p class="lead">{move || (t().slot_instruction)(slot)}</p>
        <div class="capture__live" hidden=live_hidden>
            <div class="capture__viewfinder">
                <video
                    node_ref=video
                    class="capture__video"
                    class:capture__video--mirror=selfie
                    aria-label=trc(|t| t.camera_label)
                    autoplay
                    muted
                    playsinline
                ></video>
                <div class="capture__guide" class:capture__guide--face=selfie aria-hidden="true"></div>
            </div>
            <p class="capture__status" role="status">{move || if ready.get() { "" } else { t().camera_starting }}</p>
            <div class="actions">
                <button type="button" class="button" disabled=move || !ready.get() on:click=shoot>
                    {trc(|t| t.shutter)}
                </button>
                <button type="button" class="button button--secondary" on:click=to_file>{trc(|t| t.use_upload)}</button>
            </div>
        </div>
        <div class="problem" role="alert" hidden=problem_hidden>
            <h2 class="problem__lead">{problem_title}</h2>
            <p>{problem_text}</p>
            <div class="actions">
                <button type="button" class="button" on:click=to_file>{trc(|t| t.use_upload)}</button>
                <button type="button" class="button button--secondary" hidden=move || !can_retry() on:click=move |_| start_camera()>
                    {trc(|t| t.camera_retry)}
                </button>
            </div>
        </div>
        <div class="field" hidden=file_hidden>
            <label class="field__label" for=file_id.clone()>{trc(|t| t.file_label)}</label>
            <p class="field__hint" id="capture-file-hint">{trc(|t| t.file_hint)}</p>
            <input
                type="file"
                class="capture__file"
                id=file_id
                accept="image/jpeg,image/png"
                aria-describedby="capture-file-hint capture-file-error"
                on:change=on_file
            />
            <p class="field__error" id="capture-file-error" role="alert">{file_error}</p>
            <div class="actions" hidden=move || problem.get().is_some()>
                <button type="button" class="button button--secondary" on:click=to_camera>{trc(|t| t.use_camera)}</button>
            </div>
        </div>
        <div class="capture__review" hidden=review_hidden>
            <canvas node_ref=canvas class="capture__preview" role="img" aria-label=trc(|t| t.preview_label)></canvas>
            <div class="problem" role="alert" hidden=move || issues.with(Vec::is_empty)>
                <h2 class="problem__lead">{trc(|t| t.quality_refused)}</h2>
                <ul>{issue_items}</ul>
            </div>
            <p hidden=move || !issues.with(Vec::is_empty)>{trc(|t| t.looks_good)}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    disabled=move || !issues.with(Vec::is_empty) || stage.get() == Stage::Uploading
                    on:click=use_photo
                >
                    {trc(|t| t.use_photo)}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    disabled=move || stage.get() == Stage::Uploading
                    on:click=retake
                >
                    {trc(|t| t.retake)}
                </button>
            </div>
            <div class="capture__upload" role="status">
                <p>{upload_message}</p>
                <progress
                    class="capture__progress"
                    max="100"
                    prop:value=move || progress.get()
                    aria-label=trc(|t| t.uploading)
                    hidden=move || stage.get() != Stage::Uploading
                ></progress>
            </div>
        </div>
    }
}
