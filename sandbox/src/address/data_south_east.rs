//! Streets in Italy, Spain and Poland.

use super::street::{street, Street};

/// The streets of IT, ES and PL.
pub(crate) const STREETS: &[Street] = &[
    street("IT", "Via del Corso", &["00186", "00187"], "Roma", (1, 530)),
    street("IT", "Via Monte Napoleone", &["20121"], "Milano", (1, 30)),
    street("IT", "Via Toledo", &["80134", "80132"], "Napoli", (1, 430)),
    street("IT", "Via dei Calzaiuoli", &["50122"], "Firenze", (1, 120)),
    street("ES", "Gran Vía", &["28013", "28004", "28014"], "Madrid", (1, 90)),
    street("ES", "Calle de Alcalá", &["28014", "28009"], "Madrid", (1, 200)),
    street("ES", "Passeig de Gràcia", &["08007", "08008"], "Barcelona", (1, 132)),
    street("ES", "La Rambla", &["08002", "08001"], "Barcelona", (1, 140)),
    street("ES", "Calle Sierpes", &["41004"], "Sevilla", (1, 100)),
    street("PL", "Nowy Świat", &["00-497"], "Warszawa", (1, 72)),
    street("PL", "Rynek Główny", &["31-042"], "Kraków", (1, 47)),
    street("PL", "Floriańska", &["31-019"], "Kraków", (1, 55)),
    street("PL", "Długa", &["80-831"], "Gdańsk", (1, 90)),
];
