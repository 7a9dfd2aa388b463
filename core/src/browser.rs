//! What a user agent string tells the capture step before it asks for the camera: whether the
//! page runs inside an app's own browser (where the camera usually shows black or is never
//! offered), and which browser it is, so that a refused camera is explained with that browser's
//! way to allow it again. Read from the string alone, so it is tested with real ones.

/// An app that shows web pages in its own view instead of the user's browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InAppBrowser {
    /// Instagram's in-app browser.
    Instagram,
    /// Facebook's or Messenger's (`FBAN`, `FBAV`).
    Facebook,
    /// TikTok's (`musical_ly`, `BytedanceWebview`).
    TikTok,
    /// LinkedIn's (`LinkedInApp`).
    LinkedIn,
    /// Any other Android app's WebView (`; wv)`).
    AndroidWebView,
}

/// The browser families whose camera settings differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserFamily {
    /// Chrome, Edge, Opera or another Chromium on a computer.
    ChromiumDesktop,
    /// Chrome (or another Chromium) on Android.
    ChromeAndroid,
    /// Any browser on an iPhone or iPad: all are Safari underneath, with iOS's settings.
    SafariIos,
    /// Safari on a Mac.
    SafariMac,
    /// Firefox, on a computer or Android.
    Firefox,
    /// Anything else.
    Other,
}

/// What a user agent string says about the camera's chances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserAgent {
    /// The app whose browser this is, if it is one.
    pub in_app: Option<InAppBrowser>,
    /// The browser underneath.
    pub family: BrowserFamily,
    /// Android: an `intent://` link can open the page in Chrome.
    pub android: bool,
}

impl UserAgent {
    /// Reads `ua` (`navigator.userAgent`).
    pub fn parse(ua: &str) -> Self {
        let has = |needle: &str| ua.contains(needle);
        let android = has("Android");
        let ios = has("iPhone") || has("iPad") || has("iPod");
        let in_app = if has("Instagram") {
            Some(InAppBrowser::Instagram)
        } else if has("FBAN") || has("FBAV") || has("FB_IAB") {
            Some(InAppBrowser::Facebook)
        } else if has("musical_ly") || has("BytedanceWebview") || has("TikTok") {
            Some(InAppBrowser::TikTok)
        } else if has("LinkedInApp") {
            Some(InAppBrowser::LinkedIn)
        } else if android && has("; wv)") {
            Some(InAppBrowser::AndroidWebView)
        } else {
            None
        };
        let family = if ios {
            BrowserFamily::SafariIos
        } else if has("Firefox/") {
            BrowserFamily::Firefox
        } else if has("Chrome/") || has("Chromium/") {
            if android {
                BrowserFamily::ChromeAndroid
            } else {
                BrowserFamily::ChromiumDesktop
            }
        } else if has("Macintosh") && has("Safari/") {
            BrowserFamily::SafariMac
        } else {
            BrowserFamily::Other
        };
        Self { in_app, family, android }
    }
}

/// Camera names of the usual virtual cameras (lower case): software that feeds any video it
/// likes to the page instead of a lens.
const VIRTUAL_CAMERA_NAMES: [&str; 9] =
    ["virtual", "obs ", "obs-", "manycam", "snap camera", "xsplit", "camtwist", "mmhmm", "splitcam"];

/// Whether a camera's label (`MediaDeviceInfo.label`, `MediaStreamTrack.label`) names a
/// virtual camera.
pub fn is_virtual_camera(label: &str) -> bool {
    // The names are ASCII; Unicode's case tables would cost the app's download more.
    let label = label.to_ascii_lowercase();
    VIRTUAL_CAMERA_NAMES.iter().any(|name| label.contains(name)) || label == "obs"
}

#[cfg(test)]
mod tests {
    use super::*;

    const INSTAGRAM: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 326.0.3.30.91 (iPhone14,5; iOS 17_4; en_US; en; scale=3.00; 1170x2532; 587440170)";
    const FACEBOOK: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/de_DE;FBOP/5]";
    const FACEBOOK_ANDROID: &str = "Mozilla/5.0 (Linux; Android 13; SM-S911B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/446.0.0.34.108;]";
    const TIKTOK: &str = "Mozilla/5.0 (Linux; Android 12; Pixel 6 Build/SQ3A.220705.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/103.0.5060.129 Mobile Safari/537.36 trill_2022709040 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/27.9.4 ByteLocale/en ByteFullLocale/en Region/US BytedanceWebview/d8a21c6";
    const LINKEDIN: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6621";
    const WEBVIEW: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.101 Mobile Safari/537.36";
    const CHROME_WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    const EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
    const CHROME_ANDROID: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
    const SAFARI_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";
    const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1";
    const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15";
    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
    const FIREFOX_ANDROID: &str = "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0";

    #[test]
    fn the_apps_own_browsers_are_recognised() {
        assert_eq!(UserAgent::parse(INSTAGRAM).in_app, Some(InAppBrowser::Instagram));
        assert_eq!(UserAgent::parse(FACEBOOK).in_app, Some(InAppBrowser::Facebook));
        assert_eq!(UserAgent::parse(FACEBOOK_ANDROID).in_app, Some(InAppBrowser::Facebook));
        assert_eq!(UserAgent::parse(TIKTOK).in_app, Some(InAppBrowser::TikTok));
        assert_eq!(UserAgent::parse(LINKEDIN).in_app, Some(InAppBrowser::LinkedIn));
        assert_eq!(UserAgent::parse(WEBVIEW).in_app, Some(InAppBrowser::AndroidWebView));
        assert!(UserAgent::parse(TIKTOK).android);
        assert!(!UserAgent::parse(INSTAGRAM).android);
    }

    #[test]
    fn real_browsers_are_not_taken_for_apps_and_their_family_is_known() {
        let cases = [
            (CHROME_WINDOWS, BrowserFamily::ChromiumDesktop),
            (EDGE, BrowserFamily::ChromiumDesktop),
            (CHROME_ANDROID, BrowserFamily::ChromeAndroid),
            (SAFARI_IOS, BrowserFamily::SafariIos),
            (CHROME_IOS, BrowserFamily::SafariIos),
            (SAFARI_MAC, BrowserFamily::SafariMac),
            (FIREFOX, BrowserFamily::Firefox),
            (FIREFOX_ANDROID, BrowserFamily::Firefox),
        ];
        for (ua, family) in cases {
            let parsed = UserAgent::parse(ua);
            assert_eq!(parsed.in_app, None, "{ua}");
            assert_eq!(parsed.family, family, "{ua}");
        }
        assert_eq!(UserAgent::parse("curl/8.5.0").family, BrowserFamily::Other);
    }

    #[test]
    fn virtual_cameras_are_told_by_their_label() {
        for label in ["OBS Virtual Camera", "ManyCam Virtual Webcam", "Snap Camera", "XSplit VCam", "mmhmm"] {
            assert!(is_virtual_camera(label), "{label}");
        }
        for label in ["FaceTime HD Camera", "Integrated Webcam (0c45:6a09)", "OBSBOT Tiny 2", "fake_device_0", ""] {
            assert!(!is_virtual_camera(label), "{label}");
        }
    }
}
