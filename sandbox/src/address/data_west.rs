//! Streets in France, the Benelux, the United Kingdom and Ireland.

use super::street::{street, Street};

/// The streets of FR, NL, BE, GB and IE.
pub(crate) const STREETS: &[Street] = &[
    // Rue de Rivoli runs through the 1st and the 4th arrondissement.
    street("FR", "Rue de Rivoli", &["75001", "75004"], "Paris", (1, 250)),
    street("FR", "Avenue des Champs-Élysées", &["75008"], "Paris", (1, 160)),
    street("FR", "Rue de la République", &["69002", "69001"], "Lyon", (1, 100)),
    street("FR", "La Canebière", &["13001"], "Marseille", (1, 150)),
    street("FR", "Rue Sainte-Catherine", &["33000"], "Bordeaux", (1, 250)),
    // Dutch codes name a stretch of one side of a street, hence the narrow ranges.
    street("NL", "Damrak", &["1012 LG"], "Amsterdam", (1, 99)),
    street("NL", "Prinsengracht", &["1016 GV"], "Amsterdam", (255, 277)),
    street("NL", "Museumstraat", &["1071 XX"], "Amsterdam", (1, 5)),
    street("NL", "Coolsingel", &["3011 AD"], "Rotterdam", (26, 50)),
    street("BE", "Rue Neuve", &["1000"], "Bruxelles", (1, 150)),
    street("BE", "Grand-Place", &["1000"], "Bruxelles", (1, 40)),
    street("BE", "Meir", &["2000"], "Antwerpen", (1, 120)),
    street("BE", "Veldstraat", &["9000"], "Gent", (1, 120)),
    // British postcodes cover a few houses each.
    street("GB", "Baker Street", &["NW1 6XE"], "London", (200, 250)),
    street("GB", "Downing Street", &["SW1A 2AA"], "London", (1, 12)),
    street("GB", "Abbey Road", &["NW8 9AY"], "London", (1, 10)),
    street("GB", "Oxford Street", &["W1A 1AB"], "London", (390, 410)),
    // Eircode routing keys: any full Eircode starting with the key is accepted.
    street("IE", "Grafton Street", &["D02"], "Dublin", (1, 120)),
    street("IE", "O'Connell Street Upper", &["D01"], "Dublin", (1, 70)),
    street("IE", "Shop Street", &["H91"], "Galway", (1, 50)),
    street("IE", "St Patrick's Street", &["T12"], "Cork", (1, 130)),
];
