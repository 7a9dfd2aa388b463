//! A product team's theme: colours, font, corner radius and logo, parsed once at the partner API
//! and checked against WCAG AA contrast. The SPA turns it into CSS custom properties.

use serde::{Deserialize, Serialize};

/// An sRGB colour, written `#rrggbb` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour([u8; 3]);

/// Why a theme was refused; the message names the offending key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("theme.{key}: {why}")]
pub struct ThemeError {
    /// The key, e.g. `colors.primary`.
    pub key: String,
    /// What is expected there.
    pub why: &'static str,
}

impl Colour {
    /// `#rrggbb` or `#rgb`, case-insensitive.
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.trim().strip_prefix('#')?.as_bytes();
        let d = |i: usize| (hex[i] as char).to_digit(16).map(|d| d as u8);
        match hex.len() {
            3 => Some(Self([d(0)? * 17, d(1)? * 17, d(2)? * 17])),
            6 => Some(Self([d(0)? * 16 + d(1)?, d(2)? * 16 + d(3)?, d(4)? * 16 + d(5)?])),
            _ => None,
        }
    }

    /// WCAG 2.x relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0[0]) + 0.7152 * channel(self.0[1]) + 0.0722 * channel(self.0[2])
    }

    /// The WCAG contrast ratio of two colours, from 1 to 21.
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

impl TryFrom<String> for Colour {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or("a colour like #0b5cad")
    }
}

impl From<Colour> for String {
    fn from(c: Colour) -> String {
        format!("#{:02x}{:02x}{:02x}", c.0[0], c.0[1], c.0[2])
    }
}

/// The four colours a theme may set for one colour scheme; unset ones keep the stylesheet's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Palette {
    /// Buttons, links and the progress marks.
    pub primary: Option<Colour>,
    /// Text on primary buttons.
    pub on_primary: Option<Colour>,
    /// Body text.
    pub text: Option<Colour>,
    /// Page background.
    pub background: Option<Colour>,
}

/// The stylesheet's own colours (style/main.css), against which a partial palette is checked.
const LIGHT: [&str; 4] = ["#0b5cad", "#ffffff", "#1a1c1f", "#ffffff"];
const DARK: [&str; 4] = ["#8ab4f8", "#0b1b33", "#ececec", "#121417"];

impl Palette {
    fn colours(&self, defaults: [&str; 4]) -> [Colour; 4] {
        let d = |i: usize| Colour::parse(defaults[i]).unwrap_or(Colour([0, 0, 0]));
        [
            self.primary.unwrap_or(d(0)),
            self.on_primary.unwrap_or(d(1)),
            self.text.unwrap_or(d(2)),
            self.background.unwrap_or(d(3)),
        ]
    }
}

/// A product team's theme, as accepted by the partner API and shown by the SPA.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Theme {
    /// Colours in the light scheme. The dark scheme keeps the stylesheet's own colours unless
    /// `dark_colors` is given: a brand colour chosen for white rarely reads well on black.
    pub colors: Palette,
    /// Colours when the user prefers a dark scheme.
    pub dark_colors: Option<Palette>,
    /// A CSS font-family list; only fonts installed on the device or served by the app apply.
    pub font: Option<String>,
    /// Corner radius of fields and buttons, 0 to 24 CSS pixels.
    pub radius_px: Option<u8>,
    /// Absolute http(s) URL of the logo shown in the header.
    pub logo_url: Option<String>,
    /// The logo's text alternative (the company's name); required with a logo.
    pub logo_alt: Option<String>,
}

/// A colour pair below WCAG AA, reported to the product team when it creates the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContrastWarning {
    /// Always `low_contrast`.
    pub code: String,
    /// `light` or `dark`.
    pub scheme: String,
    /// Which pair, e.g. `text/background`.
    pub pair: String,
    /// The pair's contrast ratio, two decimals.
    pub ratio: f64,
    /// The WCAG AA minimum for normal text, 4.5.
    pub minimum: f64,
}

/// WCAG 2.x AA for normal-size text.
const AA: f64 = 4.5;

impl Theme {
    /// Checks the free-text parts (colours are checked by their type).
    pub fn parse(self) -> Result<Theme, ThemeError> {
        let err = |key: &str, why| Err(ThemeError { key: key.into(), why });
        if let Some(font) = &self.font {
            let ok = |c: char| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\'' | '_');
            if font.trim().is_empty() || font.len() > 200 || !font.chars().all(ok) {
                return err("font", "a font-family list: letters, digits, spaces, commas, quotes, hyphens");
            }
        }
        if self.radius_px.is_some_and(|r| r > 24) {
            return err("radius_px", "a whole number from 0 to 24");
        }
        if let Some(url) = &self.logo_url {
            if crate::origin::Origin::of_url(url).is_none() || url.len() > 500 {
                return err("logo_url", "an absolute http(s) URL of at most 500 characters");
            }
            if self.logo_alt.as_deref().is_none_or(|a| a.trim().is_empty() || a.len() > 100) {
                return err("logo_alt", "the logo's text alternative (1 to 100 characters) is required with a logo");
            }
        }
        Ok(self)
    }

    /// Every colour pair of the theme below WCAG AA: text on background, links (primary) on
    /// background and button text on primary, in each scheme the theme sets colours for.
    pub fn contrast_warnings(&self) -> Vec<ContrastWarning> {
        let mut warnings = Vec::new();
        let schemes = [("light", Some(&self.colors), LIGHT), ("dark", self.dark_colors.as_ref(), DARK)];
        for (scheme, palette, defaults) in schemes {
            let Some(palette) = palette.filter(|p| **p != Palette::default()) else { continue };
            let [primary, on_primary, text, background] = palette.colours(defaults);
            for (pair, a, b) in [
                ("text/background", text, background),
                ("primary/background", primary, background),
                ("on_primary/primary", on_primary, primary),
            ] {
                let ratio = a.contrast(b);
                if ratio < AA {
                    warnings.push(ContrastWarning {
                        code: "low_contrast".into(),
                        scheme: scheme.into(),
                        pair: pair.into(),
                        ratio: (ratio * 100.0).floor() / 100.0,
                        minimum: AA,
                    });
                }
            }
        }
        warnings
    }

    /// The CSS custom properties that apply the theme (style/main.css reads `--kyc-brand-*`).
    pub fn css_properties(&self) -> Vec<(String, String)> {
        let mut props = Vec::new();
        for (prefix, palette) in
            [("--kyc-brand-", Some(&self.colors)), ("--kyc-brand-dark-", self.dark_colors.as_ref())]
        {
            let Some(p) = palette else { continue };
            for (name, colour) in
                [("primary", p.primary), ("on-primary", p.on_primary), ("text", p.text), ("background", p.background)]
            {
                if let Some(c) = colour {
                    props.push((format!("{prefix}{name}"), String::from(c)));
                }
            }
        }
        if let Some(font) = &self.font {
            props.push(("--kyc-font".into(), font.clone()));
        }
        if let Some(r) = self.radius_px {
            props.push(("--kyc-radius".into(), format!("{r}px")));
        }
        props
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colour(s: &str) -> Option<Colour> {
        Colour::parse(s)
    }

    #[test]
    fn colours_are_hex_and_contrast_follows_wcag() {
        assert_eq!(colour("#FFF"), colour("#ffffff"));
        assert!(colour("red").is_none() && colour("#12345").is_none() && colour("#gggggg").is_none());
        let ratio = colour("#000").unwrap().contrast(colour("#fff").unwrap());
        assert!((ratio - 21.0).abs() < 1e-9);
        // #767676 on white is the classic AA threshold (4.54).
        let grey = colour("#767676").unwrap().contrast(colour("#ffffff").unwrap());
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }

    #[test]
    fn a_pale_button_is_reported_and_a_partial_palette_is_checked_against_the_defaults() {
        let theme =
            Theme { colors: Palette { primary: colour("#ffcc00"), ..Default::default() }, ..Default::default() };
        let pairs: Vec<_> = theme.contrast_warnings().into_iter().map(|w| w.pair).collect();
        // Yellow on white fails as a link, white on yellow as a button; the default text passes.
        assert_eq!(pairs, ["primary/background", "on_primary/primary"]);
        assert!(Theme::default().contrast_warnings().is_empty());
    }

    #[test]
    fn free_text_parts_are_refused_when_they_could_break_out_of_css() {
        let bad = Theme { font: Some("x; } body { display:none".into()), ..Default::default() };
        assert_eq!(bad.parse().unwrap_err().key, "font");
        let no_alt = Theme { logo_url: Some("https://bank.example/logo.svg".into()), ..Default::default() };
        assert_eq!(no_alt.parse().unwrap_err().key, "logo_alt");
        assert_eq!(Theme { radius_px: Some(30), ..Default::default() }.parse().unwrap_err().key, "radius_px");
    }
}
