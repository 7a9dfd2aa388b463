//! Streets in the United States and Canada, with their state or province.

use super::street::{street_in, Street};

/// The streets of US and CA.
pub(crate) const STREETS: &[Street] = &[
    street_in(
        "US",
        "Fifth Avenue",
        &["10001", "10010", "10011", "10016", "10017", "10022"],
        "New York",
        "NY",
        (1, 1100),
    ),
    street_in("US", "Pennsylvania Avenue NW", &["20500", "20004", "20006"], "Washington", "DC", (1, 2600)),
    street_in("US", "North Michigan Avenue", &["60601", "60611"], "Chicago", "IL", (1, 1000)),
    street_in("US", "Market Street", &["94102", "94103", "94105"], "San Francisco", "CA", (1, 2500)),
    street_in("US", "Hollywood Boulevard", &["90028"], "Los Angeles", "CA", (6100, 7100)),
    // Canadian entries hold forward sortation areas: any full code starting with one is accepted.
    street_in("CA", "Yonge Street", &["M5B", "M5C", "M5E", "M4Y"], "Toronto", "ON", (1, 800)),
    street_in("CA", "Rue Sainte-Catherine Ouest", &["H3B", "H3A", "H3G"], "Montréal", "QC", (1, 2000)),
    street_in("CA", "Robson Street", &["V6E", "V6Z", "V6B"], "Vancouver", "BC", (500, 1900)),
    street_in("CA", "Sparks Street", &["K1P"], "Ottawa", "ON", (1, 300)),
];
