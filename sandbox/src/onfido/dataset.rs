//! The database records the Identity Enhanced report is run against: a few made-up people in the
//! UK, Germany and the US, each known to some sources, so that every branch of the report logic
//! has a persona.
//!
//! | Persona (enter as) | Country | On file | Result |
//! | --- | --- | --- | --- |
//! | Catherine Stanley, 1985-03-14, 26 Rowland Close, OX2 9PL | GBR | address in credit agencies (with date of birth), voting register, telephone database | clear (3 sources) |
//! | Oliver Bennett, 1979-07-02, 8 Kingsley Road, LS6 2BE | GBR | address in credit agencies only, no date of birth | consider (one match) |
//! | Priya Shah, 1990-11-23, 14 Elm Grove, BS7 8AB | GBR | address in voting register and telephone database, no date of birth | clear (two sources) |
//! | Arthur Penrose, 1941-05-09, 3 Mill Lane, NR2 4AA | GBR | address and date of birth in two sources, and the register of deaths | consider (mortality) |
//! | anyone else | GBR | nothing | consider |
//! | Jana Becker, 1988-02-17, Amrumer Straße 14, 13353 | DEU | address and date of birth in credit agencies | clear |
//! | Lukas Wagner, 1995-09-30, Schönhauser Allee 80, 10439 | DEU | date of birth, at an earlier address | consider |
//! | anyone else | any country but GBR and USA | nothing | unidentified |
//! | Emily Carter, 1987-06-05, 1420 Maple Avenue, 62704, SSN 536-22-4817 | USA | address, date of birth and SSN in credit agencies, address in government | clear with SSN `4817` or the full number; consider with another; clear without one |
//! | Marcus Reed, 1975-12-01, 77 Harbor Street, 02110, SSN 401-33-5562 | USA | date of birth and SSN, at an earlier address | consider with or without SSN |
//!
//! Names and addresses are matched fuzzily ([`super::matching`]): "Kate Stanley" at
//! "1/26 Rowland Close" is Catherine Stanley.

use kyc_identity_enhanced::Source;

/// An address as a source holds it.
pub(crate) struct FileAddress {
    pub number: &'static str,
    pub street: &'static str,
    pub postcode: &'static str,
}

/// One record of one source.
pub(crate) struct Record {
    /// ISO 3166-1 alpha-3.
    pub country: &'static str,
    pub source: Source,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub dob: Option<&'static str>,
    pub address: Option<FileAddress>,
    pub ssn: Option<&'static str>,
}

/// An entry of the UK register of deaths.
pub(crate) struct Death {
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub dob: &'static str,
}

const fn at(number: &'static str, street: &'static str, postcode: &'static str) -> Option<FileAddress> {
    Some(FileAddress { number, street, postcode })
}

const fn record(
    country: &'static str,
    source: Source,
    (first_name, last_name): (&'static str, &'static str),
    dob: Option<&'static str>,
    address: Option<FileAddress>,
    ssn: Option<&'static str>,
) -> Record {
    Record { country, source, first_name, last_name, dob, address, ssn }
}

const CATHERINE: (&str, &str) = ("Catherine", "Stanley");
const OLIVER: (&str, &str) = ("Oliver", "Bennett");
const PRIYA: (&str, &str) = ("Priya", "Shah");
const ARTHUR: (&str, &str) = ("Arthur", "Penrose");
const JANA: (&str, &str) = ("Jana", "Becker");
const LUKAS: (&str, &str) = ("Lukas", "Wagner");
const EMILY: (&str, &str) = ("Emily", "Carter");
const MARCUS: (&str, &str) = ("Marcus", "Reed");

use Source::{CreditAgencies, Government, TelephoneDatabase, VotingRegister};

/// Every record of every source.
pub(crate) const RECORDS: &[Record] = &[
    record("GBR", CreditAgencies, CATHERINE, Some("1985-03-14"), at("26", "Rowland Close", "OX2 9PL"), None),
    record("GBR", VotingRegister, CATHERINE, None, at("26", "Rowland Close", "OX2 9PL"), None),
    record("GBR", TelephoneDatabase, CATHERINE, None, at("26", "Rowland Close", "OX2 9PL"), None),
    record("GBR", CreditAgencies, OLIVER, None, at("8", "Kingsley Road", "LS6 2BE"), None),
    record("GBR", VotingRegister, PRIYA, None, at("14", "Elm Grove", "BS7 8AB"), None),
    record("GBR", TelephoneDatabase, PRIYA, None, at("14", "Elm Grove", "BS7 8AB"), None),
    record("GBR", CreditAgencies, ARTHUR, Some("1941-05-09"), at("3", "Mill Lane", "NR2 4AA"), None),
    record("GBR", VotingRegister, ARTHUR, None, at("3", "Mill Lane", "NR2 4AA"), None),
    record("DEU", CreditAgencies, JANA, Some("1988-02-17"), at("14", "Amrumer Straße", "13353"), None),
    // Lukas moved; the agency still has him at his earlier address.
    record("DEU", CreditAgencies, LUKAS, Some("1995-09-30"), at("5", "Karl-Marx-Allee", "10243"), None),
    record("USA", CreditAgencies, EMILY, Some("1987-06-05"), at("1420", "Maple Avenue", "62704"), Some("536-22-4817")),
    record("USA", Government, EMILY, None, at("1420", "Maple Avenue", "62704"), None),
    record("USA", CreditAgencies, MARCUS, Some("1975-12-01"), at("12", "Beacon Street", "02108"), Some("401-33-5562")),
];

/// The UK register of deaths.
pub(crate) const DEATHS: &[Death] = &[Death { first_name: "Arthur", last_name: "Penrose", dob: "1941-05-09" }];
