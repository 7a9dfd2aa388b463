//! Greek texts of the page frame and the text message (formal plural of politeness).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Επαλήθευση ταυτότητας",
    language: "Γλώσσα (Language)",
    loading: "Φόρτωση…",
    load_failed: "Δεν ήταν δυνατή η φόρτωση της σελίδας.",
    load_slow: "Η φόρτωση διαρκεί περισσότερο από το αναμενόμενο.",
    load_help: "Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και φορτώστε ξανά τη σελίδα. Αν εξακολουθεί να μη φορτώνει, ανοίξτε αυτόν τον σύνδεσμο σε άλλο πρόγραμμα περιήγησης, για παράδειγμα σε μια πρόσφατη έκδοση του Chrome, του Firefox, του Safari ή του Edge.",
    reload: "Επαναφόρτωση σελίδας",
    step_of: |n, total| format!("Βήμα {n} από {total}"),
    step_name: |step| match step {
        Step::Risk => "Έλεγχος συσκευής",
        Step::PhoneCheck => "Επιβεβαίωση με κινητό",
        Step::BankLogin => "Σύνδεση στην τράπεζα",
        Step::Capture => "Φωτογραφίες εγγράφου",
        Step::PersonalData => "Προσωπικά στοιχεία",
        Step::Consents => "Συγκατάθεση",
        Step::Identification => "Ταυτοποίηση με βίντεο",
        Step::Identity => "Ταυτότητα",
        Step::Declaration => "Τα στοιχεία σας",
        Step::Tax => "Φορολογική κατοικία",
        Step::Terms => "Όροι λογαριασμού",
        Step::Status => "Αποτέλεσμα",
    },
    person_title: "Τα προσωπικά σας στοιχεία",
    person_intro: "Συμπληρώστε τα στοιχεία σας ακριβώς όπως αναγράφονται στο έγγραφο ταυτοποίησής σας. Τα πεδία με την ένδειξη «προαιρετικό» μπορούν να μείνουν κενά.",
    sms_handoff: |url| format!("Συνεχίστε τη φωτογράφιση του εγγράφου ταυτότητάς σας στο κινητό σας: {url} (ισχύει για 10 λεπτά)"),
    ident_ended: "Η βιντεοκλήση σας ολοκληρώθηκε",
    bank_finished: "Η σύνδεσή σας στην τράπεζα ολοκληρώθηκε",
    one_moment: "Μια στιγμή…",
    close_window: "Μπορείτε να κλείσετε αυτό το παράθυρο.",
};
