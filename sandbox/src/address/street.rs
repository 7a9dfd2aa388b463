//! One street as the address simulator knows it, and the constructors its data files use.

/// One street of one city.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Street {
    /// ISO 3166-1 alpha-2, upper case.
    pub country: &'static str,
    /// Official spelling.
    pub name: &'static str,
    /// The street's postal codes in official format. For Ireland and Canada these are routing
    /// keys and FSAs: full codes starting with them belong to the street.
    pub postal_codes: &'static [&'static str],
    pub city: &'static str,
    /// Two-letter state (US) or province (CA) code; `None` elsewhere.
    pub state: Option<&'static str>,
    /// Lowest and highest house number.
    pub numbers: (u32, u32),
}

/// A street of a country without states.
pub(crate) const fn street(
    country: &'static str,
    name: &'static str,
    postal_codes: &'static [&'static str],
    city: &'static str,
    numbers: (u32, u32),
) -> Street {
    Street { country, name, postal_codes, city, state: None, numbers }
}

/// A street in a state or province.
pub(crate) const fn street_in(
    country: &'static str,
    name: &'static str,
    postal_codes: &'static [&'static str],
    city: &'static str,
    state: &'static str,
    numbers: (u32, u32),
) -> Street {
    Street { country, name, postal_codes, city, state: Some(state), numbers }
}
