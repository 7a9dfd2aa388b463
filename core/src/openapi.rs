//! The OpenAPI schemas of the types written as one string on the wire (`#rrggbb`, `DE`, a
//! date): described as the string they are, not as the Rust value inside.

use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::RefOr;

/// A string schema with an optional format or pattern and a description.
fn string(format: Option<SchemaFormat>, pattern: Option<&str>, description: &str) -> RefOr<Schema> {
    ObjectBuilder::new().schema_type(Type::String).format(format).pattern(pattern).description(Some(description)).into()
}

macro_rules! string_schema {
    ($ty:ty, $format:expr, $pattern:expr, $description:literal) => {
        impl utoipa::PartialSchema for $ty {
            fn schema() -> RefOr<Schema> {
                string($format, $pattern, $description)
            }
        }
        impl utoipa::ToSchema for $ty {}
    };
}

use utoipa::openapi::schema::KnownFormat;

string_schema!(crate::theme::Colour, None, Some("^#[0-9a-fA-F]{6}$"), "An sRGB colour, `#rrggbb`.");
string_schema!(crate::country::CountryCode, None, Some("^[A-Z]{2}$"), "ISO 3166-1 alpha-2 country code.");
string_schema!(
    crate::origin::Origin,
    Some(SchemaFormat::Custom("uri".into())),
    None,
    "A web origin, `https://host[:port]`."
);
string_schema!(
    crate::date::CalendarDate,
    Some(SchemaFormat::KnownFormat(KnownFormat::Date)),
    None,
    "A calendar date, `YYYY-MM-DD`."
);
string_schema!(
    crate::consent::UtcTimestamp,
    Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)),
    None,
    "A UTC time, RFC 3339."
);
