//! Streets in Germany, Austria and Switzerland.

use super::street::{street, Street};

/// The streets of DE, AT and CH.
pub(crate) const STREETS: &[Street] = &[
    street("DE", "Amrumer Straße", &["13353"], "Berlin", (1, 40)),
    street("DE", "Unter den Linden", &["10117"], "Berlin", (1, 80)),
    street("DE", "Marienplatz", &["80331"], "München", (1, 30)),
    street("DE", "Mönckebergstraße", &["20095"], "Hamburg", (1, 31)),
    street("DE", "Königsallee", &["40212"], "Düsseldorf", (1, 110)),
    street("AT", "Kärntner Straße", &["1010"], "Wien", (1, 61)),
    street("AT", "Graben", &["1010"], "Wien", (1, 31)),
    // The street is the border of the 6th and the 7th district, each with its own code.
    street("AT", "Mariahilfer Straße", &["1060", "1070"], "Wien", (1, 200)),
    street("AT", "Getreidegasse", &["5020"], "Salzburg", (1, 50)),
    street("AT", "Herrengasse", &["8010"], "Graz", (1, 30)),
    // Swiss spelling has no ß.
    street("CH", "Bahnhofstrasse", &["8001"], "Zürich", (1, 110)),
    street("CH", "Marktgasse", &["3011"], "Bern", (1, 70)),
    street("CH", "Rue du Rhône", &["1204"], "Genève", (1, 120)),
    street("CH", "Freie Strasse", &["4001"], "Basel", (1, 110)),
];
