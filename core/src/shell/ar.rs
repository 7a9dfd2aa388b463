//! Arabic texts of the page frame and the text message (Modern Standard Arabic, polite address).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "التحقق من الهوية",
    language: "اللغة (Language)",
    loading: "جارٍ التحميل…",
    load_failed: "تعذّر تحميل الصفحة.",
    load_slow: "يستغرق التحميل وقتًا أطول من المعتاد.",
    load_help: "يُرجى التحقق من اتصالك بالإنترنت وإعادة تحميل الصفحة. إذا استمر تعذّر التحميل، فافتح هذا الرابط في متصفح آخر، مثل إصدار حديث من Chrome أو Firefox أو Safari أو Edge.",
    reload: "إعادة تحميل الصفحة",
    step_of: |n, total| format!("الخطوة {n} من {total}"),
    step_name: |step| match step {
        Step::Risk => "فحص الجهاز",
        Step::PhoneCheck => "التأكيد عبر الهاتف",
        Step::BankLogin => "الدخول إلى البنك",
        Step::Capture => "صور الوثيقة",
        Step::PersonalData => "البيانات الشخصية",
        Step::Consents => "الموافقة",
        Step::Identification => "التحقق عبر الفيديو",
        Step::Identity => "الهوية",
        Step::Declaration => "بياناتك",
        Step::Tax => "الإقامة الضريبية",
        Step::Terms => "شروط الحساب",
        Step::Status => "النتيجة",
    },
    person_title: "بياناتك الشخصية",
    person_intro: "يُرجى إدخال بياناتك تمامًا كما تظهر في وثيقة هويتك. يمكن ترك الحقول المشار إليها بأنها اختيارية فارغة.",
    sms_handoff: |url| format!("تابِع التقاط صور وثيقة هويتك على هاتفك: {url} (الرابط صالح لمدة 10 دقائق)"),
    ident_ended: "انتهت مكالمة الفيديو",
    bank_finished: "اكتمل تسجيل الدخول إلى بنكك",
    one_moment: "لحظة من فضلك…",
    close_window: "يمكنك إغلاق هذه النافذة.",
};
