//! French IBANs for identification by incoming transfer: random account numbers with a correct
//! RIB key and IBAN check digits, so partners' validators accept them.

use rand::Rng;

/// The bank and branch codes of the simulated bank (made up).
const BANK: &str = "16598";
const BRANCH: &str = "00001";

/// `digits` modulo 97, for digit strings of any length.
fn mod97(digits: &str) -> u64 {
    digits.bytes().fold(0, |rest, b| (rest * 10 + u64::from(b - b'0')) % 97)
}

/// The French RIB key of bank, branch and an all-digit account number.
fn rib_key(bank: &str, branch: &str, account: &str) -> u64 {
    let n = |s: &str| s.parse::<u64>().unwrap_or_default();
    97 - (89 * n(bank) + 15 * n(branch) + 3 * (n(account) % 97)) % 97
}

/// ISO 13616 check digits for a French BBAN.
fn check_digits(bban: &str) -> u64 {
    // "FR00" moved to the end, letters as numbers (F = 15, R = 27).
    98 - mod97(&format!("{bban}152700"))
}

/// A new French IBAN, without spaces.
pub(crate) fn new_iban() -> String {
    let account: String = (0..11).map(|_| char::from(b'0' + rand::thread_rng().gen_range(0..10))).collect();
    let bban = format!("{BANK}{BRANCH}{account}{:02}", rib_key(BANK, BRANCH, &account));
    format!("FR{:02}{bban}", check_digits(&bban))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_french_iban_checks_out() {
        // The example IBAN of the French banking federation.
        let bban = "30006000011234567890189";
        assert_eq!(rib_key("30006", "00001", "12345678901"), 89);
        assert_eq!(check_digits(bban), 76);
    }

    #[test]
    fn new_ibans_pass_the_iso_check() {
        for _ in 0..20 {
            let iban = new_iban();
            assert_eq!(iban.len(), 27);
            let moved = format!("{}{}", &iban[4..], "1527");
            assert_eq!(mod97(&format!("{moved}{}", &iban[2..4])), 1, "{iban}");
        }
    }
}
