//! Turkish texts of the page frame and the text message (formal "siz").

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Kimlik doğrulama",
    language: "Dil (Language)",
    loading: "Yükleniyor…",
    load_failed: "Sayfa yüklenemedi.",
    load_slow: "Bu işlem normalden uzun sürüyor.",
    load_help: "İnternet bağlantınızı kontrol edin ve sayfayı yeniden yükleyin. Sayfa yine de yüklenmezse bu bağlantıyı başka bir tarayıcıda, örneğin Chrome, Firefox, Safari veya Edge’in güncel bir sürümünde açın.",
    reload: "Sayfayı yeniden yükle",
    step_of: |n, total| format!("Adım {n}/{total}"),
    step_name: |step| match step {
        Step::Risk => "Cihaz kontrolü",
        Step::PhoneCheck => "Telefonla onay",
        Step::BankLogin => "Banka girişi",
        Step::Capture => "Kimlik fotoğrafları",
        Step::PersonalData => "Kişisel bilgiler",
        Step::Consents => "Onay",
        Step::Identification => "Görüntülü kimlik tespiti",
        Step::Identity => "Kimlik",
        Step::Declaration => "Bilgileriniz",
        Step::Tax => "Vergi mukimliği",
        Step::Terms => "Hesap koşulları",
        Step::Status => "Sonuç",
    },
    person_title: "Kişisel bilgileriniz",
    person_intro: "Lütfen bilgilerinizi tam olarak kimlik belgenizde yazdığı gibi girin. İsteğe bağlı olarak işaretlenen alanlar boş bırakılabilir.",
    sms_handoff: |url| format!("Kimlik belgenizin fotoğraflarını çekmeye telefonunuzda devam edin: {url} (10 dakika geçerlidir)"),
    ident_ended: "Görüntülü görüşmeniz sona erdi",
    bank_finished: "Banka girişiniz tamamlandı",
    one_moment: "Lütfen bekleyin…",
    close_window: "Bu pencereyi kapatabilirsiniz.",
};
