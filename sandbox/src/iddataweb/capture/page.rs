//! The page the capture link opens on the phone, and the states that close it.

use crate::iddataweb::decision::Step;
use crate::iddataweb::html::{notice, page};
use crate::iddataweb::Sim;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

/// The capture page's form. The script reads the chosen pictures and sends them as base64 JSON,
/// so the simulator needs no multipart parser.
const FORM: &str = r#"<p>Take a picture of your document and one of your face.</p>
<form id="capture"><label for="documentType">Document</label>
<select id="documentType"><option value="passport">Passport</option><option value="driversLicense">Driver's license</option><option value="idCard">ID card</option></select>
<label for="front">Photo page or front</label><input id="front" type="file" accept="image/jpeg,image/png" capture="environment" required>
<label for="back">Back (driver's license and ID card)</label><input id="back" type="file" accept="image/jpeg,image/png" capture="environment">
<label for="selfie">Selfie</label><input id="selfie" type="file" accept="image/jpeg,image/png" capture="user" required>
<button type="submit">Send pictures</button><p id="status" role="status"></p></form>
<script>
const read = (id) => new Promise((done) => { const file = document.getElementById(id).files[0];
  if (!file) return done(null); const r = new FileReader(); r.onload = () => done(r.result.split(',')[1]); r.readAsDataURL(file); });
document.getElementById('capture').addEventListener('submit', async (event) => { event.preventDefault();
  const status = document.getElementById('status'); status.textContent = 'Sending…';
  const body = { documentType: document.getElementById('documentType').value, front: await read('front'), back: await read('back'), selfie: await read('selfie') };
  const answer = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  status.textContent = (await answer.json()).message; });
</script>"#;

/// Why a capture link can no longer be used.
pub(super) enum Closed {
    Unknown,
    Received,
    Expired,
}

impl Closed {
    /// The page the phone shows instead of the form.
    fn page(self) -> Response {
        match self {
            Self::Unknown => notice(
                StatusCode::NOT_FOUND,
                "Link not valid",
                "This link is not valid or was replaced by a newer one.",
            ),
            Self::Received => notice(
                StatusCode::CONFLICT,
                "Pictures received",
                "Your pictures were already received. You can close this page.",
            ),
            Self::Expired => {
                notice(StatusCode::GONE, "Link expired", "This link has expired. Go back to where you started.")
            }
        }
    }
}

/// The transaction (`asi`) of a capture link that can still take pictures.
pub(super) fn open_capture(sim: &Sim, code: &str) -> Result<String, Closed> {
    let store = sim.store();
    let tx = store.captures.get(code).and_then(|asi| store.transactions.get(asi));
    let Some((tx, capture)) = tx.and_then(|tx| Some((tx, tx.capture.as_ref().filter(|c| c.code == code)?))) else {
        return Err(Closed::Unknown);
    };
    if capture.captured.is_some() {
        return Err(Closed::Received);
    }
    if tx.next != Some(Step::Document) || capture.sent_at.elapsed() > sim.config.capture_timeout {
        return Err(Closed::Expired);
    }
    Ok(tx.asi.clone())
}

/// `GET /capture/{code}`: the page the phone opens.
pub(crate) async fn form(State(sim): State<Sim>, Path(code): Path<String>) -> Response {
    match open_capture(&sim, &code) {
        Ok(_) => page(StatusCode::OK, "Verify your ID", FORM),
        Err(closed) => closed.page(),
    }
}
