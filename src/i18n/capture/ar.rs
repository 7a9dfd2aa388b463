//! Arabic texts of the capture step (Modern Standard Arabic, polite address).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "ما الوثيقة التي ستصوّرها؟",
    document_why: "تُصوَّر بطاقة الهوية من الوجهين، وجواز السفر من صفحة الصورة. يُرجى إبقاء الوثيقة في متناول يدك؛ ستلتقط بعدها صورة سيلفي.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "صوّر الوجه الأمامي لوثيقة هويتك",
        CaptureSlot::DocumentBack => "صوّر الوجه الخلفي لوثيقة هويتك",
        CaptureSlot::Selfie => "التقط صورة سيلفي",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "ضع الوثيقة على سطح داكن بلون واحد، واجعلها داخل الإطار. يجب أن تظهر الزوايا الأربع كلها."
        }
        CaptureSlot::Selfie => "انظر مباشرة إلى الكاميرا، بحيث يكون وجهك كله داخل الإطار دون أن يغطيه شيء.",
    },
    photo_of: |n, total| format!("الصورة {n} من {total}"),
    camera_starting: "جارٍ تشغيل الكاميرا…",
    camera_label: "صورة الكاميرا",
    shutter: "التقاط الصورة",
    preview_label: "صورتك",
    retake: "إعادة الالتقاط",
    use_photo: "استخدام هذه الصورة",
    looks_good: "تأكد من أن جميع التفاصيل واضحة ومقروءة، ثم استخدم الصورة.",
    quality_refused: "لا يمكن استخدام هذه الصورة",
    issue: |issue| match issue {
        QualityIssue::TooDark => "الصورة مظلمة جدًا. انتقل إلى مكان أكثر إضاءة أو شغّل ضوءًا، وتجنّب الظلال.",
        QualityIssue::Blurred => "الصورة غير واضحة. ثبّت الكاميرا وانتظر حتى يصبح النص واضحًا.",
        QualityIssue::Glare => "انعكاس ضوئي يخفي جزءًا من الصورة. أمِل الوثيقة قليلًا أو ابتعد عن الضوء المباشر.",
    },
    uploading: "جارٍ رفع الصورة",
    upload_failed: "تعذّر رفع الصورة. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.",
    upload_refused: "لم تُقبل الصورة. يُرجى التقاط صورة أخرى أو اختيارها.",
    problem_title: |p| match p {
        CameraProblem::Denied => "استخدام الكاميرا غير مسموح",
        CameraProblem::NoCamera => "لم يُعثر على كاميرا",
        CameraProblem::Busy => "الكاميرا قيد الاستخدام",
        CameraProblem::Insecure => "تحتاج الكاميرا إلى اتصال آمن",
        CameraProblem::Blocked => "لا يمكن لهذا الموقع استخدام الكاميرا هنا",
        CameraProblem::InAppBrowser => "لا يمكن لمتصفح هذا التطبيق استخدام الكاميرا",
        CameraProblem::Virtual => "تم اختيار كاميرا افتراضية",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "لم تسمح لهذه الصفحة باستخدام الكاميرا. اسمح بذلك من رمز الكاميرا في شريط العناوين ثم حاول مرة أخرى، أو ارفع صورة بدلًا من ذلك."
        }
        CameraProblem::NoCamera => "لا يحتوي هذا الجهاز على كاميرا يمكننا استخدامها. ارفع صورة، أو تابع على هاتفك.",
        CameraProblem::Busy => {
            "تطبيق آخر يستخدم الكاميرا، مثل مكالمة فيديو. أغلقه ثم حاول مرة أخرى، أو ارفع صورة."
        }
        CameraProblem::Insecure => {
            "لا تتيح المتصفحات الكاميرا إلا للصفحات ذات الاتصال الآمن (https). ارفع صورة، أو تابع على هاتفك."
        }
        CameraProblem::Blocked => {
            "الموقع الذي يعرض هذه الصفحة لا يسمح لها باستخدام الكاميرا. ارفع صورة، أو تابع على هاتفك."
        }
        CameraProblem::InAppBrowser => "فتحت هذه الصفحة داخل تطبيق آخر لا يعرض متصفحه المدمج صورة الكاميرا عادةً. افتحها في متصفحك (Chrome أو Safari أو Firefox…) عبر الرابط أدناه، أو ارفع صورة، أو تابع على هاتف آخر.",
        CameraProblem::Virtual => "يستخدم المتصفح كاميرا افتراضية (برنامجًا مثل OBS أو ManyCam) بدلًا من كاميرا حقيقية. اختر الكاميرا الحقيقية لجهازك في إعدادات المتصفح ثم حاول مرة أخرى، أو ارفع صورة.",
    }
    },
    camera_retry: "إعادة تجربة الكاميرا",
    use_upload: "رفع صورة بدلًا من ذلك",
    use_camera: "استخدام الكاميرا بدلًا من ذلك",
    file_label: "اختيار صورة",
    file_hint: "صورة بصيغة JPEG أو PNG، بحجم 25 ميغابايت كحد أقصى.",
    file_problem: |p| match p {
        FileProblem::WrongType => "هذا الملف ليس صورة بصيغة JPEG أو PNG. يُرجى اختيار صورة.",
        FileProblem::TooLarge => "حجم هذا الملف أكبر من 25 ميغابايت. يُرجى اختيار صورة أصغر.",
        FileProblem::Unreadable => "لا يمكن فتح هذا الملف كصورة. يُرجى اختيار صورة أخرى.",
    },
    handoff_heading: "المتابعة على هاتفك",
    handoff_intro: "التقط الصور بكاميرا هاتفك. ستنتقل هذه الصفحة تلقائيًا إلى الخطوة التالية بمجرد وصولها.",
    handoff_show: "عرض رمز QR لهاتفي",
    qr_label: "رمز QR يتضمن الرابط لهاتفك",
    handoff_once: "امسحه بكاميرا هاتفك. يعمل الرابط مرة واحدة، لمدة 10 دقائق.",
    sms_send: "إرسال الرابط إلى رقم هاتفي المحمول",
    sms_sent: "أُرسلت الرسالة النصية. افتح الرابط على هاتفك.",
    handoff_failed: "تعذّر إنشاء الرابط لهاتفك. يُرجى المحاولة مرة أخرى.",
    sms_limit: "لا يمكن إرسال مزيد من الرسائل النصية لهذه الجلسة اليوم. اعرض رمز QR وامسحه بهاتفك بدلًا من ذلك.",
    waiting_phone: "في انتظار الصور من هاتفك…",
    all_received: "تم استلام جميع الصور.",
    phone_title: "صور للتحقق من هويتك",
    phone_done: "يمكنك المتابعة على جهاز الكمبيوتر.",
    phone_link_expired: "انتهت صلاحية هذا الرابط أو سبق استخدامه. اعرض رمز QR جديدًا على جهاز الكمبيوتر.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "للسماح بذلك: انقر على رمز الكاميرا أو رمز الإعدادات في بداية شريط العناوين، واضبط الكاميرا على «السماح»، ثم حاول مرة أخرى.",
        BrowserFamily::ChromeAndroid => "للسماح بذلك: انقر على رمز الإعدادات في بداية شريط العناوين، ثم على «الأذونات»، وفعّل الكاميرا. ثم حاول مرة أخرى.",
        BrowserFamily::SafariIos => "للسماح بذلك: انقر على aA في شريط العناوين، ثم على «إعدادات موقع الويب»، واضبط الكاميرا على «السماح». إذا بقيت معطّلة، فافتح «الإعدادات» واختر متصفحك وفعّل الكاميرا.",
        BrowserFamily::SafariMac => "للسماح بذلك: اختر من قائمة Safari «إعدادات لموقع الويب هذا»، واضبط الكاميرا على «السماح»، ثم حاول مرة أخرى.",
        BrowserFamily::Firefox => "للسماح بذلك: انقر على رمز الكاميرا المشطوب في شريط العناوين، وأزل الحظر، ثم حاول مرة أخرى.",
        BrowserFamily::Other => "للسماح بذلك: افتح إعدادات متصفحك لهذا الموقع، واسمح باستخدام الكاميرا، ثم حاول مرة أخرى.",
    },
    browser_link: "الحصول على رابط لفتحه في متصفحي",
    browser_link_label: "رابط لمتصفحك",
    browser_link_hint: "انسخه وافتح متصفحك والصقه في شريط العناوين. يعمل مرة واحدة، لمدة 10 دقائق.",
    copy_link: "نسخ الرابط",
    link_copied: "تم نسخ الرابط.",
    open_in_chrome: "فتح في Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "ثبّت الوثيقة داخل الإطار.",
        Hold::Mrz => "أبقِ الوثيقة كاملة داخل الإطار، بما في ذلك الأسطر المكوّنة من الحروف وعلامات «<» في أسفلها.",
    },
    countdown_started: "لا تتحرك: ستُلتقط الصورة تلقائيًا بعد 3 ثوانٍ.",
    countdown: |n| format!("الصورة بعد {n}"),
    mrz_expired_title: "انتهت صلاحية هذه الوثيقة",
    mrz_expired_text: "انقضى تاريخ صلاحيتها، والوثائق منتهية الصلاحية غير مقبولة. يُرجى تصوير وثيقة هوية سارية.",
    mrz_differs_title: "الوثيقة لا تطابق بياناتك",
    mrz_differs_text: "ما تتضمنه الوثيقة يختلف عمّا كتبته في هذه الحقول. أعد التقاط الصورة إذا كانت غير واضحة، أو صحّح بياناتك.",
    mrz_field: |field| match field {
        MrzField::LastName => "اسم العائلة",
        MrzField::FirstName => "الأسماء الأولى",
        MrzField::BirthDate => "تاريخ الميلاد",
        MrzField::Nationality => "الجنسية",
        MrzField::DocumentNumber => "رقم الوثيقة",
    },
    correct_details: "تصحيح بياناتي",
};
