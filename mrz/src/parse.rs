//! The zone's text into [`MrzData`], through the `mrz` crate's parsers (fields, fillers,
//! dates); the centuries follow `today`.

use kyc_core::mrz::{MrzData, MrzFormat};
use kyc_core::CalendarDate;

/// The fields of `lines` in `format`, `None` when the text is no zone of that format (wrong
/// lengths, a character outside the set, a document code the format does not have) or names
/// days no calendar has: an expiry is always a date, a birth date a date or left unknown with
/// fillers (part 3, 4.8). Check digits cannot tell a 13th month; this can.
pub fn fields(format: MrzFormat, lines: &[String], today: CalendarDate) -> Option<MrzData> {
    let options = mrz::ParseOptions::default().with_pivot_yy((today.year() % 100) as u32);
    let parsed = match (format, lines) {
        (MrzFormat::Td1, [a, b, c]) => mrz::parse_td1_with(a, b, c, &options),
        (MrzFormat::Td2, [a, b]) => mrz::parse_td2_with(a, b, &options),
        (MrzFormat::Td3, [a, b]) => mrz::parse_td3_with(a, b, &options),
        _ => return None,
    }
    .ok()?;
    let date = |d: mrz::MrzDate| {
        d.calendar()
            .and_then(|d| CalendarDate::new(d.year, u8::try_from(d.month).ok()?, u8::try_from(d.day).ok()?).ok())
    };
    let sex = match lines[1].as_bytes()[if format == MrzFormat::Td1 { 7 } else { 20 }] {
        b'M' => 'M',
        b'F' => 'F',
        _ => 'X',
    };
    let birth_field = match format {
        MrzFormat::Td1 => &lines[1][0..6],
        _ => &lines[1][13..19],
    };
    let birth_date = date(parsed.date_of_birth);
    let expiry_date = date(parsed.date_of_expiry);
    if expiry_date.is_none() || (birth_date.is_none() && !birth_field.contains('<')) {
        return None;
    }
    Some(MrzData {
        format,
        document_code: lines[0][..2].trim_end_matches('<').to_owned(),
        issuing_state: parsed.issuing_country.trim_end_matches('<').to_owned(),
        document_number: parsed.full_document_number().trim_end_matches('<').to_owned(),
        surname: parsed.surname,
        given_names: parsed.given_names,
        nationality: parsed.nationality.trim_end_matches('<').to_owned(),
        birth_date,
        sex,
        expiry_date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 12, 7).expect("a date")
    }

    #[test]
    fn the_specimen_passport() {
        let lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
        let data = fields(MrzFormat::Td3, &lines.map(String::from), today()).expect("a passport");
        assert_eq!(data.document_code, "P");
        assert_eq!(data.issuing_state, "UTO");
        assert_eq!(data.document_number, "L898902C3");
        assert_eq!((data.surname.as_str(), data.given_names.as_str()), ("ERIKSSON", "ANNA MARIA"));
        assert_eq!(data.birth_date, CalendarDate::new(1974, 8, 12).ok());
        assert_eq!(data.expiry_date, CalendarDate::new(2012, 4, 15).ok());
        assert_eq!(data.sex, 'F');
    }

    #[test]
    fn a_german_id_card_with_a_one_letter_state() {
        let lines =
            ["IDD<<T220001293<<<<<<<<<<<<<<<", "6408125<2010315D<<<<<<<<<<<<<4", "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"];
        let data = fields(MrzFormat::Td1, &lines.map(String::from), today()).expect("an ID card");
        assert_eq!((data.document_code.as_str(), data.issuing_state.as_str()), ("ID", "D"));
        assert_eq!(data.nationality, "D");
        assert_eq!(data.document_number, "T22000129");
        assert_eq!(data.birth_date, CalendarDate::new(1964, 8, 12).ok());
        assert_eq!(data.sex, 'X');
        assert_eq!(data.surname, "MUSTERMANN");
    }

    #[test]
    fn a_birth_this_century_and_a_td2() {
        let lines = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO0408122F3204159<<<<<<<4"];
        let data = fields(MrzFormat::Td2, &lines.map(String::from), today()).expect("a TD2");
        assert_eq!(data.birth_date, CalendarDate::new(2004, 8, 12).ok());
        assert_eq!(data.expiry_date, CalendarDate::new(2032, 4, 15).ok());
    }

    #[test]
    fn a_thirteenth_month_is_no_zone_but_an_unknown_birth_day_is() {
        let l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
        let bad = "L898902C36UTO7413122F1204159ZE184226B<<<<<10";
        assert!(fields(MrzFormat::Td3, &[l1.into(), bad.into()], today()).is_none());
        let unknown = "L898902C36UTO74<<<<2F1204159ZE184226B<<<<<10";
        let data = fields(MrzFormat::Td3, &[l1.into(), unknown.into()], today()).expect("a passport");
        assert_eq!(data.birth_date, None);
    }

    #[test]
    fn a_wrong_length_is_no_zone() {
        assert!(fields(MrzFormat::Td3, &["P<UTO".into(), "L89".into()], today()).is_none());
    }
}
