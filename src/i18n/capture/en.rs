//! English texts of the capture step.

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Which document will you photograph?",
    document_why:
        "An ID card is photographed on both sides, a passport on its photo page. Have it at hand; a selfie follows.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Photograph the front of your ID document",
        CaptureSlot::DocumentBack => "Photograph the back of your ID document",
        CaptureSlot::Selfie => "Take a selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Lay the document on a dark, plain surface and fit it inside the frame. All four corners should be visible."
        }
        CaptureSlot::Selfie => {
            "Look straight into the camera, with your whole face inside the frame and nothing covering it."
        }
    },
    photo_of: |n, total| format!("Photo {n} of {total}"),
    camera_starting: "Starting the camera …",
    camera_label: "Camera image",
    shutter: "Take photo",
    preview_label: "Your photo",
    retake: "Retake",
    use_photo: "Use this photo",
    looks_good: "Check that every detail is sharp and readable, then use the photo.",
    quality_refused: "This photo cannot be used",
    issue: |issue| match issue {
        QualityIssue::TooDark => "It is too dark. Move to a brighter place or switch on a light, and avoid shadows.",
        QualityIssue::Blurred => "It is blurred. Hold the camera steady and wait until the text looks sharp.",
        QualityIssue::Glare => {
            "A reflection hides part of it. Tilt the document a little or move away from direct light."
        }
    },
    uploading: "Uploading the photo",
    upload_failed: "The photo could not be uploaded. Please check your connection and try again.",
    upload_refused: "The photo was not accepted. Please take or choose another one.",
    problem_title: |p| match p {
        CameraProblem::Denied => "The camera is not allowed",
        CameraProblem::NoCamera => "No camera found",
        CameraProblem::Busy => "The camera is in use",
        CameraProblem::Insecure => "The camera needs a secure connection",
        CameraProblem::Blocked => "This website may not use the camera here",
        CameraProblem::InAppBrowser => "This app's browser cannot use the camera",
        CameraProblem::Virtual => "A virtual camera is selected",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "You have not allowed this page to use the camera. Allow it with the camera symbol in the address bar and try again, or upload a photo instead."
        }
        CameraProblem::NoCamera => "This device has no camera we can use. Upload a photo, or continue on your phone.",
        CameraProblem::Busy => {
            "Another app is using the camera, for example a video call. Close it and try again, or upload a photo."
        }
        CameraProblem::Insecure => {
            "Browsers only give the camera to pages on a secure (https) connection. Upload a photo, or continue on your phone."
        }
        CameraProblem::Blocked => {
            "The website showing this page does not let it use the camera. Upload a photo, or continue on your phone."
        }
        CameraProblem::InAppBrowser => "You opened this page inside another app, whose built-in browser usually shows no camera picture. Open it in your browser (Chrome, Safari, Firefox …) with the link below, upload a photo, or continue on another phone.",
        CameraProblem::Virtual => "The browser is using a virtual camera (software such as OBS or ManyCam) instead of a real one. Choose your device's real camera in the browser's settings and try again, or upload a photo.",
    }
    },
    camera_retry: "Try the camera again",
    use_upload: "Upload a photo instead",
    use_camera: "Use the camera instead",
    file_label: "Choose a photo",
    file_hint: "A JPEG or PNG picture, at most 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "This file is not a JPEG or PNG picture. Please choose a photo.",
        FileProblem::TooLarge => "This file is larger than 25 MB. Please choose a smaller photo.",
        FileProblem::Unreadable => "This file cannot be opened as a picture. Please choose another photo.",
    },
    handoff_heading: "Continue on your phone",
    handoff_intro: "Take the photos with your phone's camera. This page moves on by itself once they are in.",
    handoff_show: "Show a QR code for my phone",
    qr_label: "QR code with the link for your phone",
    handoff_once: "Scan it with your phone's camera. The link works once, for 10 minutes.",
    sms_send: "Send the link to my mobile number",
    sms_sent: "Text message sent. Open the link on your phone.",
    handoff_failed: "The link for your phone could not be created. Please try again.",
    sms_limit: "No more text messages can be sent for this session today. Show the QR code and scan it with your phone instead.",
    waiting_phone: "Waiting for the photos from your phone …",
    all_received: "All photos received.",
    phone_title: "Photos for your identification",
    phone_done: "You can continue on your computer.",
    phone_link_expired: "This link has expired or was already used. Show a new QR code on your computer.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "To allow it: click the camera or settings symbol at the left of the address bar, set Camera to Allow, then try again.",
        BrowserFamily::ChromeAndroid => "To allow it: tap the settings symbol at the left of the address bar, then Permissions, and switch on Camera. Then try again.",
        BrowserFamily::SafariIos => "To allow it: tap aA in the address bar, then Website Settings, and set Camera to Allow. If it stays off, open Settings, choose your browser and switch on Camera.",
        BrowserFamily::SafariMac => "To allow it: in Safari's menu choose Settings for This Website, set Camera to Allow, then try again.",
        BrowserFamily::Firefox => "To allow it: click the crossed-out camera symbol in the address bar, remove the block, then try again.",
        BrowserFamily::Other => "To allow it: open your browser's settings for this website, allow the camera, then try again.",
    },
    browser_link: "Get a link to open in my browser",
    browser_link_label: "Link for your browser",
    browser_link_hint: "Copy it, open your browser and paste it into the address bar. It works once, for 10 minutes.",
    copy_link: "Copy the link",
    link_copied: "Link copied.",
    open_in_chrome: "Open in Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Hold the document still inside the frame.",
        Hold::Mrz => "Keep the whole document, including the lines of letters and chevrons at the bottom, inside the frame.",
    },
    countdown_started: "Hold still: the photo is taken automatically in 3 seconds.",
    countdown: |n| format!("Photo in {n}"),
    mrz_expired_title: "This document has expired",
    mrz_expired_text: "Its validity date has passed, and expired documents are not accepted. Please photograph a valid ID document.",
    mrz_differs_title: "The document does not match your details",
    mrz_differs_text: "What the document says differs from what you typed in these fields. Retake the photo if it is unclear, or correct your details.",
    mrz_field: |field| match field {
        MrzField::LastName => "Last name",
        MrzField::FirstName => "First names",
        MrzField::BirthDate => "Date of birth",
        MrzField::Nationality => "Nationality",
        MrzField::DocumentNumber => "Document number",
    },
    correct_details: "Correct my details",
};
