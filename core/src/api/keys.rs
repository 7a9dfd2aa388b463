//! The JSON keys of the wire types kyc-core defines outside this module (the account, the
//! captures, the flow, the person, the theme), for the SPA's reader (see `wire_keys!`). Inherent
//! constants may be declared anywhere in the crate; they are here so that every key the proxy
//! and the SPA exchange is named in one place.

use crate::account::{
    AccountView, ActivationView, DiligenceView, IdentityRequest, TaxRequest, TransferView, WebviewRequest,
};
use crate::capture::{CapturesView, DocumentChoice, HandoffView};
use crate::flow::Flow;
use crate::person::{FieldError, FieldRule, Residence};
use crate::theme::{Palette, Theme};

wire_keys!(AccountView {
    STATUS = "status",
    DILIGENCES = "diligences",
    IDENTITY = "identity",
    WEBVIEW_URL = "webview_url",
    TRANSFER = "transfer",
    DECLARATION_DONE = "declaration_done",
    TAX_ACCEPTED = "tax_accepted",
    TERMS_DONE = "terms_done",
    ACTIVATION_READY = "activation_ready",
});
wire_keys!(DiligenceView { KIND = "kind", STATE = "state" });
wire_keys!(TransferView { IBAN = "iban", BIC = "bic", MAX_AMOUNT_CENTS = "max_amount_cents" });
wire_keys!(ActivationView { CODE = "code", QR_SVG = "qr_svg" });
wire_keys!(IdentityRequest { METHOD = "method" });
wire_keys!(WebviewRequest { URL = "url" });
wire_keys!(TaxRequest { US_PERSON = "us_person", COUNTRY = "country", TIN = "tin" });

wire_keys!(CapturesView {
    REQUIRED = "required",
    DONE = "done",
    DOCUMENT = "document",
    CHOOSABLE = "choosable",
    OFFERED = "offered",
});
wire_keys!(DocumentChoice { KIND = "kind" });
wire_keys!(HandoffView { URL = "url", QR_SVG = "qr_svg", EXPIRES_AT = "expires_at" });

wire_keys!(Flow { ID = "id", STEPS = "steps", STEP_UPS = "step_ups", FIELDS = "fields" });
wire_keys!(FieldRule { FIELD = "field", REQUIRED = "required" });
wire_keys!(FieldError { FIELD = "field", CODE = "code", MESSAGE = "message" });
wire_keys!(Residence { COUNTRIES = "countries", PROVIDER = "provider" });

wire_keys!(Theme {
    COLORS = "colors",
    DARK_COLORS = "dark_colors",
    FONT = "font",
    RADIUS_PX = "radius_px",
    LOGO_URL = "logo_url",
    LOGO_ALT = "logo_alt",
});
wire_keys!(Palette { PRIMARY = "primary", ON_PRIMARY = "on_primary", TEXT = "text", BACKGROUND = "background" });
