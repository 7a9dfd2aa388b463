//! Finnish texts of the capture step (informal "sinä", as Finnish banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Minkä asiakirjan kuvaat?",
    document_why: "Henkilökortista kuvataan molemmat puolet, passista kuvasivu. Pidä asiakirja käden ulottuvilla; sen jälkeen otat selfien.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Kuvaa henkilöllisyystodistuksesi etupuoli",
        CaptureSlot::DocumentBack => "Kuvaa henkilöllisyystodistuksesi takapuoli",
        CaptureSlot::Selfie => "Ota selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Aseta asiakirja tummalle, yksiväriselle alustalle ja sovita se kehykseen. Kaikkien neljän kulman on näyttävä."
        }
        CaptureSlot::Selfie => {
            "Katso suoraan kameraan niin, että koko kasvosi ovat kehyksen sisällä eikä mikään peitä niitä."
        }
    },
    photo_of: |n, total| format!("Kuva {n}/{total}"),
    camera_starting: "Kamera käynnistyy…",
    camera_label: "Kameran kuva",
    shutter: "Ota kuva",
    preview_label: "Kuvasi",
    retake: "Ota uudelleen",
    use_photo: "Käytä tätä kuvaa",
    looks_good: "Tarkista, että kaikki tiedot ovat teräviä ja luettavia, ja käytä sitten kuvaa.",
    quality_refused: "Tätä kuvaa ei voi käyttää",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Kuva on liian tumma. Siirry valoisampaan paikkaan tai sytytä valo ja vältä varjoja.",
        QualityIssue::Blurred => "Kuva on epätarkka. Pidä kamera vakaana ja odota, kunnes teksti näyttää terävältä.",
        QualityIssue::Glare => {
            "Heijastus peittää osan kuvasta. Kallista asiakirjaa hieman tai siirry pois suorasta valosta."
        }
    },
    uploading: "Kuvaa ladataan",
    upload_failed: "Kuvaa ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.",
    upload_refused: "Kuvaa ei hyväksytty. Ota tai valitse toinen kuva.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kameran käyttöä ei ole sallittu",
        CameraProblem::NoCamera => "Kameraa ei löytynyt",
        CameraProblem::Busy => "Kamera on käytössä",
        CameraProblem::Insecure => "Kamera vaatii suojatun yhteyden",
        CameraProblem::Blocked => "Tämä sivusto ei saa käyttää kameraa tässä",
        CameraProblem::InAppBrowser => "Tämän sovelluksen selain ei voi käyttää kameraa",
        CameraProblem::Virtual => "Virtuaalikamera on valittuna",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Et ole sallinut tämän sivun käyttää kameraa. Salli se osoiterivin kamerakuvakkeesta ja yritä uudelleen, tai lataa kuva sen sijaan."
        }
        CameraProblem::NoCamera => "Tässä laitteessa ei ole kameraa, jota voisimme käyttää. Lataa kuva tai jatka puhelimellasi.",
        CameraProblem::Busy => {
            "Toinen sovellus käyttää kameraa, esimerkiksi videopuhelu. Sulje se ja yritä uudelleen, tai lataa kuva."
        }
        CameraProblem::Insecure => {
            "Selaimet antavat kameran käyttöön vain sivuille, joilla on suojattu (https) yhteys. Lataa kuva tai jatka puhelimellasi."
        }
        CameraProblem::Blocked => {
            "Verkkosivusto, jolla tämä sivu näkyy, ei anna sen käyttää kameraa. Lataa kuva tai jatka puhelimellasi."
        }
        CameraProblem::InAppBrowser => "Avasit tämän sivun toisessa sovelluksessa, jonka sisäänrakennettu selain ei yleensä näytä kameran kuvaa. Avaa sivu selaimessasi (Chrome, Safari, Firefox …) alla olevalla linkillä, lataa kuva tai jatka toisella puhelimella.",
        CameraProblem::Virtual => "Selain käyttää oikean kameran sijaan virtuaalikameraa (esimerkiksi OBS- tai ManyCam-ohjelmistoa). Valitse laitteesi oikea kamera selaimen asetuksista ja yritä uudelleen, tai lataa kuva.",
    }
    },
    camera_retry: "Kokeile kameraa uudelleen",
    use_upload: "Lataa kuva sen sijaan",
    use_camera: "Käytä kameraa sen sijaan",
    file_label: "Valitse kuva",
    file_hint: "JPEG- tai PNG-kuva, enintään 25 Mt.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Tiedosto ei ole JPEG- tai PNG-kuva. Valitse kuva.",
        FileProblem::TooLarge => "Tiedosto on yli 25 Mt. Valitse pienempi kuva.",
        FileProblem::Unreadable => "Tiedostoa ei voi avata kuvana. Valitse toinen kuva.",
    },
    handoff_heading: "Jatka puhelimella",
    handoff_intro: "Ota kuvat puhelimesi kameralla. Tämä sivu siirtyy eteenpäin itsestään, kun kuvat ovat perillä.",
    handoff_show: "Näytä QR-koodi puhelintani varten",
    qr_label: "QR-koodi, jossa on linkki puhelimeesi",
    handoff_once: "Skannaa se puhelimesi kameralla. Linkki toimii kerran, 10 minuutin ajan.",
    sms_send: "Lähetä linkki matkapuhelinnumerooni",
    sms_sent: "Tekstiviesti lähetetty. Avaa linkki puhelimellasi.",
    handoff_failed: "Linkkiä puhelintasi varten ei voitu luoda. Yritä uudelleen.",
    sms_limit: "Tälle istunnolle ei voi enää tänään lähettää tekstiviestejä. Näytä QR-koodi ja skannaa se puhelimellasi.",
    waiting_phone: "Odotetaan kuvia puhelimestasi…",
    all_received: "Kaikki kuvat on vastaanotettu.",
    phone_title: "Kuvat tunnistustasi varten",
    phone_done: "Voit jatkaa tietokoneellasi.",
    phone_link_expired: "Tämä linkki on vanhentunut tai jo käytetty. Näytä uusi QR-koodi tietokoneellasi.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Näin sallit sen: napsauta osoiterivin vasemmassa reunassa olevaa kamera- tai asetuskuvaketta, valitse Kamera-kohtaan Salli ja yritä uudelleen.",
        BrowserFamily::ChromeAndroid => "Näin sallit sen: napauta osoiterivin vasemmassa reunassa olevaa asetuskuvaketta, sitten Luvat, ja ota Kamera käyttöön. Yritä sitten uudelleen.",
        BrowserFamily::SafariIos => "Näin sallit sen: napauta osoiterivillä aA, sitten Verkkosivuston asetukset, ja valitse Kamera-kohtaan Salli. Jos kamera pysyy pois päältä, avaa Asetukset, valitse selaimesi ja ota Kamera käyttöön.",
        BrowserFamily::SafariMac => "Näin sallit sen: valitse Safari-valikosta Tämän verkkosivuston asetukset, valitse Kamera-kohtaan Salli ja yritä uudelleen.",
        BrowserFamily::Firefox => "Näin sallit sen: napsauta osoiterivillä yliviivattua kamerakuvaketta, poista esto ja yritä uudelleen.",
        BrowserFamily::Other => "Näin sallit sen: avaa selaimesi asetukset tälle verkkosivustolle, salli kamera ja yritä uudelleen.",
    },
    browser_link: "Hae linkki, jonka voin avata selaimessani",
    browser_link_label: "Linkki selaintasi varten",
    browser_link_hint: "Kopioi linkki, avaa selaimesi ja liitä se osoiteriville. Se toimii kerran, 10 minuutin ajan.",
    copy_link: "Kopioi linkki",
    link_copied: "Linkki kopioitu.",
    open_in_chrome: "Avaa Chromessa",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Pidä asiakirja paikallaan kehyksen sisällä.",
        Hold::Mrz => "Pidä koko asiakirja kehyksen sisällä, myös alareunan kirjain- ja kulmamerkkirivit.",
    },
    countdown_started: "Pysy paikallasi: kuva otetaan automaattisesti 3 sekunnin kuluttua.",
    countdown: |n| format!("Kuva {n} sekunnin kuluttua"),
    mrz_expired_title: "Asiakirja on vanhentunut",
    mrz_expired_text: "Sen voimassaoloaika on päättynyt, eikä vanhentuneita asiakirjoja hyväksytä. Kuvaa voimassa oleva henkilöllisyystodistus.",
    mrz_differs_title: "Asiakirja ei vastaa tietojasi",
    mrz_differs_text: "Asiakirjan tiedot poikkeavat siitä, mitä kirjoitit näihin kenttiin. Ota kuva uudelleen, jos se on epäselvä, tai korjaa tietosi.",
    mrz_field: |field| match field {
        MrzField::LastName => "Sukunimi",
        MrzField::FirstName => "Etunimet",
        MrzField::BirthDate => "Syntymäaika",
        MrzField::Nationality => "Kansalaisuus",
        MrzField::DocumentNumber => "Asiakirjan numero",
    },
    correct_details: "Korjaa tietoni",
};
