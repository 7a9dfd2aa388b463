//! QR codes drawn by the proxy as SVG, so the wasm carries no encoder.

use crate::error::AppError;
use qrcode::render::svg;
use qrcode::QrCode;

/// The link as an SVG QR code (no XML prolog: it is placed inside the page).
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    let code = QrCode::new(url.as_bytes()).map_err(|_| AppError::Internal)?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(220, 220)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(image.find("<svg").map_or(image.clone(), |start| image[start..].to_owned()))
}
