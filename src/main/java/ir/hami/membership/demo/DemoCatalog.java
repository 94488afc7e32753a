package ir.hami.membership.demo;

import ir.hami.membership.CoverKind;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed vocabulary of the demo data: insurers, policyholders, the covers a plan is made of, cities with their
 * dialling codes and streets, banks, mobile operators' prefixes and the announcements. Persian text uses ی and ک.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    record InsurerEntry(String code, String name, int branch) {
    }

    /** The insurers; the first five are what every demo set has. */
    static final List<InsurerEntry> INSURERS = List.of(
            new InsurerEntry("ASMARI", "بیمه آسماری", 2),
            new InsurerEntry("NOVIN", "بیمه نوین", 3),
            new InsurerEntry("DANA", "بیمه دانا", 4),
            new InsurerEntry("MELLAT", "بیمه ملت", 5),
            new InsurerEntry("SAMAN", "بیمه سامان", 6));

    enum HolderKind { COMPANY, FUND, ASSOCIATION }

    record HolderEntry(String name, HolderKind kind) {
    }

    /** Policyholders; the first nine are those of the fixed contracts (see {@link ContractPlan#plans}). */
    static final List<HolderEntry> POLICYHOLDERS = List.of(
            new HolderEntry("شرکت ملی گاز ایران", HolderKind.COMPANY),
            new HolderEntry("صندوق بازنشستگی کشوری", HolderKind.FUND),
            new HolderEntry("شرکت مخابرات ایران", HolderKind.COMPANY),
            new HolderEntry("شرکت فولاد مبارکه اصفهان", HolderKind.COMPANY),
            new HolderEntry("صندوق بازنشستگی نفت", HolderKind.FUND),
            new HolderEntry("کانون وکلای دادگستری مرکز", HolderKind.ASSOCIATION),
            new HolderEntry("شرکت ایران خودرو", HolderKind.COMPANY),
            new HolderEntry("دانشگاه تهران", HolderKind.COMPANY),
            new HolderEntry("صندوق ذخیره فرهنگیان", HolderKind.FUND),
            new HolderEntry("شرکت ملی نفت ایران", HolderKind.COMPANY),
            new HolderEntry("شرکت ملی صنایع مس ایران", HolderKind.COMPANY),
            new HolderEntry("شرکت توزیع نیروی برق تهران بزرگ", HolderKind.COMPANY),
            new HolderEntry("شرکت راه‌آهن جمهوری اسلامی ایران", HolderKind.COMPANY),
            new HolderEntry("بانک کشاورزی", HolderKind.COMPANY),
            new HolderEntry("شرکت پتروشیمی بندر امام", HolderKind.COMPANY),
            new HolderEntry("شرکت آب و فاضلاب استان اصفهان", HolderKind.COMPANY),
            new HolderEntry("شهرداری مشهد", HolderKind.COMPANY),
            new HolderEntry("دانشگاه علوم پزشکی شیراز", HolderKind.COMPANY),
            new HolderEntry("شرکت سایپا", HolderKind.COMPANY),
            new HolderEntry("صندوق بازنشستگی فولاد", HolderKind.FUND),
            new HolderEntry("صندوق بازنشستگی کارکنان صنعت برق", HolderKind.FUND),
            new HolderEntry("صندوق بازنشستگی شرکت ملی صنایع مس ایران", HolderKind.FUND),
            new HolderEntry("سازمان نظام مهندسی ساختمان استان تهران", HolderKind.ASSOCIATION),
            new HolderEntry("سازمان نظام پرستاری", HolderKind.ASSOCIATION),
            new HolderEntry("کانون کارشناسان رسمی دادگستری", HolderKind.ASSOCIATION),
            new HolderEntry("انجمن صنفی روزنامه‌نگاران استان تهران", HolderKind.ASSOCIATION),
            new HolderEntry("اتحادیه صنف طلا و جواهر تهران", HolderKind.ASSOCIATION),
            new HolderEntry("شرکت هواپیمایی جمهوری اسلامی ایران (هما)", HolderKind.COMPANY));

    /**
     * A kind of cover: its title, the range of its annual ceiling in Rials and the franchises it may have; what it
     * pays for ({@link CoverKind}, from its title) and whether its ceiling is the family's together.
     */
    record CoverEntry(String title, long minCeiling, long maxCeiling, int[] franchises, boolean always,
                      boolean familyCeiling) {

        CoverEntry(String title, long minCeiling, long maxCeiling, int[] franchises, boolean always) {
            this(title, minCeiling, maxCeiling, franchises, always, false);
        }

        CoverKind kind() {
            return DemoCoverKinds.of(title);
        }

        long ceiling(SplittableRandom random) {
            long step = 5_000_000L;
            long steps = (maxCeiling - minCeiling) / step;
            return minCeiling + step * random.nextLong(steps + 1);
        }

        int franchise(SplittableRandom random) {
            return franchises[random.nextInt(franchises.length)];
        }
    }

    static final List<CoverEntry> COVERS = List.of(
            new CoverEntry("بستری و جراحی", 1_500_000_000L, 4_000_000_000L, new int[] {10, 10, 20}, true),
            new CoverEntry("اعمال جراحی مهم (قلب، مغز و اعصاب، پیوند اعضا)", 3_000_000_000L, 8_000_000_000L,
                    new int[] {10}, false),
            new CoverEntry("زایمان (طبیعی و سزارین)", 300_000_000L, 700_000_000L, new int[] {10, 20}, false),
            new CoverEntry("پاراکلینیکی (آزمایش، رادیولوژی، سونوگرافی)", 150_000_000L, 400_000_000L,
                    new int[] {20, 30}, true),
            new CoverEntry("دندانپزشکی", 80_000_000L, 250_000_000L, new int[] {20, 30}, false, true),
            new CoverEntry("عینک طبی و لنز", 15_000_000L, 40_000_000L, new int[] {20, 30}, false, true),
            new CoverEntry("داروی خارج از بیمارستان", 50_000_000L, 150_000_000L, new int[] {20, 30}, false),
            new CoverEntry("ویزیت", 20_000_000L, 60_000_000L, new int[] {30}, false),
            new CoverEntry("فیزیوتراپی", 30_000_000L, 80_000_000L, new int[] {20, 30}, false),
            new CoverEntry("سمعک", 20_000_000L, 50_000_000L, new int[] {20, 30}, false),
            new CoverEntry("آمبولانس و فوریت‌های پزشکی", 10_000_000L, 30_000_000L, new int[] {10, 20}, false));

    record City(String name, String dialCode, String[] streets) {
    }

    static final List<City> CITIES = List.of(
            new City("تهران", "021", new String[] {"خیابان ولیعصر", "خیابان شریعتی", "خیابان انقلاب", "خیابان آزادی",
                    "بلوار کشاورز", "خیابان پاسداران", "خیابان ستارخان", "خیابان دماوند", "بزرگراه ستاری"}),
            new City("اصفهان", "031", new String[] {"خیابان چهارباغ", "خیابان هشت بهشت", "خیابان کاوه",
                    "خیابان مشتاق"}),
            new City("مشهد", "051", new String[] {"بلوار وکیل‌آباد", "خیابان احمدآباد", "بلوار سجاد",
                    "خیابان امام رضا"}),
            new City("شیراز", "071", new String[] {"خیابان زند", "بلوار چمران", "خیابان قصردشت", "خیابان ملاصدرا"}),
            new City("تبریز", "041", new String[] {"خیابان امام", "خیابان ولیعصر", "خیابان ارتش", "خیابان منصور"}),
            new City("اهواز", "061", new String[] {"خیابان نادری", "کیانپارس", "خیابان سلمان فارسی"}),
            new City("کرج", "026", new String[] {"بلوار جمهوری", "خیابان بهشتی", "گوهردشت"}),
            new City("قم", "025", new String[] {"خیابان صفاییه", "بلوار امین", "خیابان باجک"}),
            new City("کرمانشاه", "083", new String[] {"خیابان مدرس", "بلوار طاق بستان"}),
            new City("رشت", "013", new String[] {"خیابان لاکانی", "بلوار گیلان", "خیابان سعدی"}),
            new City("یزد", "035", new String[] {"بلوار جمهوری", "خیابان کاشانی"}),
            new City("کرمان", "034", new String[] {"خیابان شریعتی", "بلوار جمهوری اسلامی"}),
            new City("همدان", "081", new String[] {"خیابان بوعلی", "خیابان اکباتان"}),
            new City("اراک", "086", new String[] {"خیابان شهید بهشتی", "خیابان جهرمی"}),
            new City("ساری", "011", new String[] {"خیابان فرهنگ", "خیابان قارن"}),
            new City("بندرعباس", "076", new String[] {"بلوار امام خمینی", "خیابان سید جمال‌الدین"}),
            new City("ارومیه", "044", new String[] {"خیابان خیام", "خیابان امام"}),
            new City("زنجان", "024", new String[] {"خیابان سعدی", "خیابان خرمشهر"}));

    /**
     * Three-digit bank codes of Iranian IBANs: ملی, ملت, صادرات, تجارت, سپه, کشاورزی, سامان, پارسیان, پاسارگاد,
     * آینده, اقتصاد نوین, رفاه.
     */
    static final String[] BANK_CODES = {"017", "012", "019", "018", "015", "016", "056", "054", "057", "062", "055",
            "013"};

    /** Mobile prefixes of the Iranian operators (همراه اول, ایرانسل, رایتل). */
    static final String[] MOBILE_PREFIXES = {"0912", "0912", "0913", "0914", "0915", "0916", "0917", "0918", "0919",
            "0910", "0911", "0991", "0990", "0935", "0936", "0937", "0938", "0939", "0930", "0933", "0901", "0902",
            "0903", "0905", "0921", "0922"};

    record AnnouncementEntry(String title, String body, Integer insurerIndex, int publishedDaysAgo,
                             Integer expiresInDays, boolean active) {
    }

    static final List<AnnouncementEntry> ANNOUNCEMENTS = List.of(
            new AnnouncementEntry("آغاز ثبت آنلاین خسارت",
                    "از این پس بیمه‌شدگان قراردادهای دارای خدمات الکترونیک می‌توانند درخواست پرداخت خسارت خود را "
                            + "بدون مراجعه حضوری در سامانه ثبت کنند و با کد رهگیری پیگیری نمایند.",
                    null, 12, null, true),
            new AnnouncementEntry("ساعات پاسخگویی واحد معرفی‌نامه",
                    "واحد صدور معرفی‌نامه شنبه تا چهارشنبه از ساعت 8 تا 16 و پنجشنبه‌ها از ساعت 8 تا 12 پاسخگوی "
                            + "درخواست‌ها است. در ساعات غیراداری برای موارد اورژانسی با مرکز تماس تماس بگیرید.",
                    null, 40, null, true),
            new AnnouncementEntry("ثبت شماره شبا برای واریز خسارت",
                    "برای واریز سریع‌تر خسارت‌ها، شماره شبای حساب خود را در بخش «ویرایش اطلاعات» ثبت کنید. "
                            + "حساب باید به نام بیمه‌شده اصلی باشد.",
                    null, 5, 60, true),
            new AnnouncementEntry("به‌روزرسانی فهرست مراکز درمانی طرف قرارداد",
                    "فهرست بیمارستان‌ها و مراکز تصویربرداری طرف قرارداد بیمه آسماری به‌روز شد. پیش از مراجعه، "
                            + "قرارداد مرکز را در بخش مراکز درمانی بررسی کنید.",
                    0, 20, null, true),
            new AnnouncementEntry("تمدید قرارداد صندوق بازنشستگی",
                    "قرارداد درمان تکمیلی بازنشستگان برای سال جدید تمدید شد و پوشش‌ها بدون وقفه ادامه دارد.",
                    2, 90, 30, false),
            new AnnouncementEntry("تعطیلات نوروز",
                    "در تعطیلات نوروز درخواست‌های معرفی‌نامه فقط برای موارد اورژانسی بررسی می‌شود.",
                    null, 200, -150, true));
}
