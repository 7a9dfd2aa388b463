//! Every language's files read back as exactly the texts its translators wrote, and say the
//! same things as the English ones: the same places for the same arguments on every line.

use super::declare::{Part, Table};
use super::files::encoded;
use super::kinds::{Codes, ErrorCodes, OptionKeys};
use super::{sources, Lang, Texts};
use kyc_core::person::{Field, Group};
use kyc_core::Step;

/// `lang`'s main file, decoded afresh (not the table the other tests share).
fn decoded(lang: Lang) -> Texts {
    let file = encoded(Part::Main, lang).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
    Texts::decode(Box::leak(file.into_boxed_str())).unwrap()
}

#[test]
fn every_text_reads_back_as_its_source_wrote_it() {
    for lang in Lang::ALL {
        let (source, texts) = (sources(lang), decoded(lang));
        assert_eq!(texts.lang, lang);
        assert_eq!((texts.product, texts.err_busy, texts.optional), (source.product, source.err_busy, source.optional));
        assert_eq!((texts.draft_saved, texts.person_intro), (source.draft_saved, source.person_intro));
        for step in Step::ALL {
            assert_eq!(texts.step_name.of(step), (source.step_name)(step));
        }
        for group in Group::ALL {
            assert_eq!(texts.group_legend.of(group), (source.group_legend)(group));
        }
        for &field in Field::ALL {
            assert_eq!(texts.field_label.of(field), (source.field_label)(field));
        }
        for key in OptionKeys::codes().into_iter().chain(["OTHER"]) {
            assert_eq!(texts.option_label.of(key), (source.option_label)(key), "{lang:?} {key}");
        }
        for code in ErrorCodes::codes().into_iter().chain(["email_mx"]) {
            assert_eq!(texts.field_error.get(code), (source.field_error)(code), "{lang:?} {code}");
        }
        for (n, total) in [(1, 4), (12, 3)] {
            assert_eq!(texts.step_of.fill(&[&n.to_string(), &total.to_string()]), (source.step_of)(n, total));
        }
        for allowed in ["Deutschland, Österreich", "{0} & <b>"] {
            assert_eq!(texts.country_not_allowed.fill(&[allowed]), (source.country_not_allowed)(allowed));
            assert_eq!(texts.residence_not_eligible.fill(&[allowed]), (source.residence_not_eligible)(allowed));
        }
    }
}

/// The places (`{0}`, `{1}`) of a line, sorted.
fn places(line: &str) -> Vec<&str> {
    let mut places = super::kinds::places(line);
    places.sort_unstable();
    places
}

#[test]
fn every_line_of_every_part_has_the_places_of_the_english_one() {
    for part in Part::ALL {
        let english = encoded(part, Lang::En).unwrap();
        for lang in Lang::ALL {
            let file = encoded(part, lang).unwrap_or_else(|e| panic!("{} {lang:?}: {e}", part.name()));
            assert_eq!(file.lines().count(), english.lines().count(), "{} {lang:?}", part.name());
            for (n, (mine, theirs)) in file.lines().zip(english.lines()).enumerate().skip(1) {
                assert_eq!(places(mine), places(theirs), "{} {lang:?} line {n}: {mine:?}", part.name());
            }
        }
    }
}

#[test]
fn no_file_has_an_empty_text_and_each_is_refused_when_cut_or_of_another_version_or_part() {
    for lang in Lang::ALL {
        let file = encoded(Part::Main, lang).unwrap();
        assert!(file.lines().skip(1).all(|text| !text.trim().is_empty()), "{lang:?}");
        let cut =
            file.rsplit_once("\n").map(|(head, _)| head).and_then(|f| f.rsplit_once('\n')).unwrap().0.to_owned() + "\n";
        assert!(Texts::decode(Box::leak(cut.into_boxed_str())).is_err(), "a text missing");
        let newer = file.replacen("kyc-texts 2 ", "kyc-texts 3 ", 1);
        assert!(Texts::decode(Box::leak(newer.into_boxed_str())).is_err(), "another version");
        let rest = encoded(Part::Rest, lang).unwrap();
        assert!(Texts::decode(Box::leak(rest.into_boxed_str())).is_err(), "another part");
    }
}

#[test]
fn the_file_names_carry_a_hash_of_their_content() {
    let name = super::files::name(Part::Rest.name(), Lang::De, "kyc-texts 2 rest de 0\n");
    assert!(
        name.starts_with("rest-de-") && name.ends_with(".txt") && name.len() == "rest-de-".len() + 16 + ".txt".len()
    );
    assert_ne!(name, super::files::name(Part::Rest.name(), Lang::De, "kyc-texts 2 rest de 1\nx\n"));
}

/// Texts that read the same in English and some other language: codes, titles, loanwords.
const SAME_AS_ENGLISH: [&str; 9] =
    ["IBAN", "BIC", "Prof.", "Dr.", "Prof. Dr.", "Magister", "No", "Selfie video", "(optional)"];

#[test]
fn no_language_leaves_a_text_in_english() {
    for part in Part::ALL {
        let english = encoded(part, Lang::En).unwrap();
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            let file = encoded(part, lang).unwrap();
            let untranslated: Vec<&str> = file
                .lines()
                .zip(english.lines())
                .skip(1)
                .filter(|(mine, theirs)| mine == theirs && !SAME_AS_ENGLISH.contains(&mine.trim()))
                .map(|(mine, _)| mine)
                .collect();
            assert!(untranslated.is_empty(), "{} {lang:?}: {untranslated:?}", part.name());
        }
    }
}
