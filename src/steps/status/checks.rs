//! The typed details compared with the bank's and the ID document's, field by field: what the
//! decision was made from, shown so the user knows which detail did not agree. Names only; the
//! values are deleted by the time the result shows.

use crate::i18n::rest::trr;
use crate::i18n::use_i18n;
use kyc_core::api::{Agreement, Evidence, FieldCheck};
use kyc_core::person::Field;
use leptos::prelude::*;

/// One row: a field and how it agreed with the bank and with the document (`None`: not compared).
type Row = (Field, Option<Agreement>, Option<Agreement>);

/// Each field once, in the order compared.
fn rows(checks: &[FieldCheck]) -> Vec<Row> {
    let mut fields: Vec<Field> = Vec::new();
    for check in checks {
        if !fields.contains(&check.field) {
            fields.push(check.field);
        }
    }
    let of = |field, evidence| checks.iter().find(|c| c.field == field && c.evidence == evidence).map(|c| c.agreement);
    fields.into_iter().map(|f| (f, of(f, Evidence::Bank), of(f, Evidence::Document))).collect()
}

/// The comparison as a table; hidden while there is none.
#[component]
pub(super) fn FieldChecks(checks: Signal<Vec<FieldCheck>>) -> impl IntoView {
    let i18n = use_i18n();
    let r = move || i18n.rest();
    let cell = move |agreement: Option<Agreement>| {
        let class = match agreement {
            Some(Agreement::Mismatch) => "checks__cell checks__cell--mismatch",
            _ => "checks__cell",
        };
        view! { <td class=class>{move || agreement.map(|a| r().agreement.of(a))}</td> }
    };
    let row = move |(field, bank, document): Row| {
        view! { <tr><th scope="row">{move || i18n.t().field_label.of(field)}</th>{cell(bank)}{cell(document)}</tr> }
    };
    view! {
        <section class="checks" hidden=move || checks.with(Vec::is_empty)>
            <h2 class="subheading" id="checks-heading">{trr(|t| t.checks_heading)}</h2>
            <table class="checks__table" aria-labelledby="checks-heading">
                <thead>
                    <tr>
                        <th scope="col">{trr(|t| t.checks_field)}</th>
                        <th scope="col">{move || r().evidence.of(Evidence::Bank)}</th>
                        <th scope="col">{move || r().evidence.of(Evidence::Document)}</th>
                    </tr>
                </thead>
                <tbody>{move || checks.with(|c| rows(c)).into_iter().map(row).collect_view()}</tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_is_one_row_with_a_cell_per_source() {
        let check = |field, evidence, agreement| FieldCheck { field, evidence, agreement };
        let checks = [
            check(Field::LastName, Evidence::Bank, Agreement::Match),
            check(Field::City, Evidence::Bank, Agreement::Match),
            check(Field::LastName, Evidence::Document, Agreement::Mismatch),
        ];
        assert_eq!(
            rows(&checks),
            [
                (Field::LastName, Some(Agreement::Match), Some(Agreement::Mismatch)),
                (Field::City, Some(Agreement::Match), None)
            ]
        );
    }
}
