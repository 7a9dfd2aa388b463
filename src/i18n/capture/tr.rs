//! Turkish texts of the capture step (formal "siz"; buttons in the short imperative).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Hangi belgeyi fotoğraflayacaksınız?",
    document_why: "Kimlik kartının iki yüzü, pasaportun ise fotoğraflı sayfası fotoğraflanır. Belgenizi hazır bulundurun; ardından bir selfie çekeceksiniz.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Kimlik belgenizin ön yüzünü fotoğraflayın",
        CaptureSlot::DocumentBack => "Kimlik belgenizin arka yüzünü fotoğraflayın",
        CaptureSlot::Selfie => "Bir selfie çekin",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Belgeyi koyu renkli, düz bir yüzeye koyun ve çerçevenin içine sığdırın. Dört köşenin de görünmesi gerekir."
        }
        CaptureSlot::Selfie => {
            "Doğrudan kameraya bakın; yüzünüzün tamamı çerçevenin içinde olmalı ve hiçbir şey yüzünüzü kapatmamalı."
        }
    },
    photo_of: |n, total| format!("Fotoğraf {n}/{total}"),
    camera_starting: "Kamera başlatılıyor…",
    camera_label: "Kamera görüntüsü",
    shutter: "Fotoğraf çek",
    preview_label: "Fotoğrafınız",
    retake: "Yeniden çek",
    use_photo: "Bu fotoğrafı kullan",
    looks_good: "Tüm bilgilerin net ve okunaklı olduğunu kontrol edin, ardından fotoğrafı kullanın.",
    quality_refused: "Bu fotoğraf kullanılamıyor",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Görüntü çok karanlık. Daha aydınlık bir yere geçin veya bir ışık açın ve gölgelerden kaçının.",
        QualityIssue::Blurred => "Görüntü bulanık. Kamerayı sabit tutun ve yazı netleşene kadar bekleyin.",
        QualityIssue::Glare => {
            "Bir yansıma görüntünün bir kısmını kapatıyor. Belgeyi biraz eğin veya doğrudan gelen ışıktan uzaklaşın."
        }
    },
    uploading: "Fotoğraf yükleniyor",
    upload_failed: "Fotoğraf yüklenemedi. Lütfen bağlantınızı kontrol edip tekrar deneyin.",
    upload_refused: "Fotoğraf kabul edilmedi. Lütfen başka bir fotoğraf çekin veya seçin.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kameraya izin verilmedi",
        CameraProblem::NoCamera => "Kamera bulunamadı",
        CameraProblem::Busy => "Kamera kullanımda",
        CameraProblem::Insecure => "Kamera için güvenli bağlantı gerekiyor",
        CameraProblem::Blocked => "Bu web sitesi burada kamerayı kullanamıyor",
        CameraProblem::InAppBrowser => "Bu uygulamanın tarayıcısı kamerayı kullanamıyor",
        CameraProblem::Virtual => "Sanal bir kamera seçili",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Bu sayfanın kamerayı kullanmasına izin vermediniz. Adres çubuğundaki kamera simgesinden izin verip tekrar deneyin veya bunun yerine bir fotoğraf yükleyin."
        }
        CameraProblem::NoCamera => "Bu cihazda kullanabileceğimiz bir kamera yok. Bir fotoğraf yükleyin veya telefonunuzda devam edin.",
        CameraProblem::Busy => {
            "Kamerayı başka bir uygulama, örneğin bir görüntülü görüşme kullanıyor. Bu uygulamayı kapatıp tekrar deneyin veya bir fotoğraf yükleyin."
        }
        CameraProblem::Insecure => {
            "Tarayıcılar kameraya yalnızca güvenli (https) bağlantı kullanan sayfalarda erişim verir. Bir fotoğraf yükleyin veya telefonunuzda devam edin."
        }
        CameraProblem::Blocked => {
            "Bu sayfayı gösteren web sitesi, sayfanın kamerayı kullanmasına izin vermiyor. Bir fotoğraf yükleyin veya telefonunuzda devam edin."
        }
        CameraProblem::InAppBrowser => "Bu sayfayı başka bir uygulamanın içinde açtınız; bu uygulamanın yerleşik tarayıcısı genellikle kamera görüntüsü göstermez. Sayfayı aşağıdaki bağlantıyla kendi tarayıcınızda (Chrome, Safari, Firefox…) açın, bir fotoğraf yükleyin veya başka bir telefonda devam edin.",
        CameraProblem::Virtual => "Tarayıcı gerçek bir kamera yerine sanal bir kamera (OBS veya ManyCam gibi bir yazılım) kullanıyor. Tarayıcı ayarlarından cihazınızın gerçek kamerasını seçip tekrar deneyin veya bir fotoğraf yükleyin.",
    }
    },
    camera_retry: "Kamerayı tekrar dene",
    use_upload: "Bunun yerine fotoğraf yükle",
    use_camera: "Bunun yerine kamerayı kullan",
    file_label: "Fotoğraf seçin",
    file_hint: "En fazla 25 MB boyutunda bir JPEG veya PNG resmi.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Bu dosya bir JPEG veya PNG resmi değil. Lütfen bir fotoğraf seçin.",
        FileProblem::TooLarge => "Bu dosya 25 MB’tan büyük. Lütfen daha küçük bir fotoğraf seçin.",
        FileProblem::Unreadable => "Bu dosya resim olarak açılamıyor. Lütfen başka bir fotoğraf seçin.",
    },
    handoff_heading: "Telefonunuzda devam edin",
    handoff_intro: "Fotoğrafları telefonunuzun kamerasıyla çekin. Fotoğraflar ulaştığında bu sayfa kendiliğinden ilerler.",
    handoff_show: "Telefonum için QR kodu göster",
    qr_label: "Telefonunuz için bağlantıyı içeren QR kod",
    handoff_once: "Kodu telefonunuzun kamerasıyla tarayın. Bağlantı yalnızca bir kez ve 10 dakika boyunca çalışır.",
    sms_send: "Bağlantıyı cep telefonuma gönder",
    sms_sent: "SMS gönderildi. Bağlantıyı telefonunuzda açın.",
    handoff_failed: "Telefonunuz için bağlantı oluşturulamadı. Lütfen tekrar deneyin.",
    sms_limit: "Bu oturum için bugün başka SMS gönderilemez. Bunun yerine QR kodu gösterip telefonunuzla tarayın.",
    waiting_phone: "Telefonunuzdan fotoğraflar bekleniyor…",
    all_received: "Tüm fotoğraflar alındı.",
    phone_title: "Kimlik tespitiniz için fotoğraflar",
    phone_done: "Bilgisayarınızda devam edebilirsiniz.",
    phone_link_expired: "Bu bağlantının süresi dolmuş veya bağlantı daha önce kullanılmış. Bilgisayarınızda yeni bir QR kod gösterin.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "İzin vermek için: adres çubuğunun solundaki kamera veya ayarlar simgesini tıklayın, Kamera’yı “İzin ver” olarak ayarlayın ve tekrar deneyin.",
        BrowserFamily::ChromeAndroid => "İzin vermek için: adres çubuğunun solundaki ayarlar simgesine, ardından “İzinler”e dokunun ve Kamera’yı açın. Sonra tekrar deneyin.",
        BrowserFamily::SafariIos => "İzin vermek için: adres çubuğundaki aA’ya, ardından “Web Sitesi Ayarları”na dokunun ve Kamera’yı “İzin Ver” olarak ayarlayın. Kamera kapalı kalırsa Ayarlar’ı açın, tarayıcınızı seçin ve Kamera’yı açın.",
        BrowserFamily::SafariMac => "İzin vermek için: Safari menüsünde “Bu Web Sitesi İçin Ayarlar”ı seçin, Kamera’yı “İzin Ver” olarak ayarlayın ve tekrar deneyin.",
        BrowserFamily::Firefox => "İzin vermek için: adres çubuğundaki üstü çizili kamera simgesini tıklayın, engeli kaldırın ve tekrar deneyin.",
        BrowserFamily::Other => "İzin vermek için: tarayıcınızın bu web sitesine ait ayarlarını açın, kameraya izin verin ve tekrar deneyin.",
    },
    browser_link: "Tarayıcımda açmak için bağlantı al",
    browser_link_label: "Tarayıcınız için bağlantı",
    browser_link_hint: "Bağlantıyı kopyalayın, tarayıcınızı açın ve adres çubuğuna yapıştırın. Yalnızca bir kez ve 10 dakika boyunca çalışır.",
    copy_link: "Bağlantıyı kopyala",
    link_copied: "Bağlantı kopyalandı.",
    open_in_chrome: "Chrome’da aç",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Belgeyi çerçevenin içinde sabit tutun.",
        Hold::Mrz => "Alttaki harf ve “<” işaretlerinden oluşan satırlar dahil belgenin tamamını çerçevenin içinde tutun.",
    },
    countdown_started: "Kıpırdamayın: fotoğraf 3 saniye içinde otomatik olarak çekilecek.",
    countdown: |n| format!("Fotoğraf {n} saniye sonra"),
    mrz_expired_title: "Bu belgenin süresi dolmuş",
    mrz_expired_text: "Belgenin geçerlilik tarihi geçmiş ve süresi dolmuş belgeler kabul edilmiyor. Lütfen geçerli bir kimlik belgesinin fotoğrafını çekin.",
    mrz_differs_title: "Belge, bilgilerinizle eşleşmiyor",
    mrz_differs_text: "Belgedeki bilgiler, bu alanlara girdiklerinizden farklı. Fotoğraf net değilse yeniden çekin veya bilgilerinizi düzeltin.",
    mrz_field: |field| match field {
        MrzField::LastName => "Soyadı",
        MrzField::FirstName => "Adlar",
        MrzField::BirthDate => "Doğum tarihi",
        MrzField::Nationality => "Uyruk",
        MrzField::DocumentNumber => "Belge numarası",
    },
    correct_details: "Bilgilerimi düzelt",
};
