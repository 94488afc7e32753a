package ir.hami.network.demo;

import ir.hami.network.CenterNameIndex;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.persistence.IdSequence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes demo treatment centres with plain JDBC: names such as «بیمارستان شفا»، «آزمایشگاه پاستور»، «کلینیک
 * دندانپزشکی مهر»، «داروخانه دکتر احمدی» in the reference cities (a third in provincial capitals), with services,
 * physicians (medical council codes), the insurers found in the database, referral flags (some online) and a location
 * near the city. Cities have no coordinates in the reference data: a city is placed at a fixed, seeded offset of up to
 * half a degree from its province's capital, which is close enough for a demo map. Also gives every insurer without
 * one the referral unit's lines, and writes the centres' rows of the name index. Ids come from {@link IdSequence} in blocks; the caller commits.
 */
public final class CenterGenerator {

    public static final int SMALL = 300;

    /** Approximate coordinates of each province's capital, by province code. */
    private static final Map<String, double[]> CAPITALS = new HashMap<>();

    static {
        String[] rows = {"01 38.08 46.29", "02 37.55 45.07", "03 38.25 48.29", "04 32.65 51.67", "05 35.83 50.99",
            "06 33.64 46.42", "07 28.97 50.84", "08 35.69 51.39", "09 32.33 50.86", "10 32.87 59.22", "11 36.30 59.60",
            "12 37.47 57.33", "13 31.32 48.67", "14 36.68 48.48", "15 35.57 53.39", "16 29.50 60.86", "17 29.59 52.58",
            "18 36.27 50.00", "19 34.64 50.88", "20 35.31 46.99", "21 30.28 57.08", "22 34.31 47.07", "23 30.67 51.59",
            "24 36.84 54.43", "25 37.28 49.58", "26 33.49 48.36", "27 36.56 53.06", "28 34.09 49.69", "29 27.18 56.27",
            "30 34.80 48.51", "31 31.90 54.37"};
        for (String row : rows) {
            String[] p = row.split(" ");
            CAPITALS.put(p[0], new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2])});
        }
    }

    private static final String[] GOOD_NAMES = {"شفا", "مهر", "امید", "سینا", "رازی", "پارس", "کوثر", "نور", "آتیه",
        "میلاد", "بهار", "ایرانیان", "سلامت", "آرمان", "دی", "تندیس", "البرز", "حکیم", "ابن‌سینا", "فارابی", "مادر",
        "کیان", "آسیا", "نیکان", "پاستور", "مهرگان", "ارم", "صدرا", "بوعلی", "الغدیر"};
    private static final String[] DOCTOR_FIRST = {"علی", "محمد", "رضا", "حسین", "مریم", "زهرا", "فاطمه", "سارا",
        "مهدی", "امیر", "نرگس", "لیلا", "حمید", "سعید", "مینا", "پریسا"};
    private static final String[] DOCTOR_LAST = {"احمدی", "محمدی", "رضایی", "حسینی", "کریمی", "موسوی", "جعفری",
        "صادقی", "رحیمی", "نوری", "کاظمی", "عباسی", "قاسمی", "یزدانی", "شریفی", "اکبری", "طاهری", "فرهادی"};
    private static final String[] STREETS = {"خیابان امام خمینی", "بلوار کشاورز", "خیابان آزادی", "خیابان ۷ تیر",
        "بلوار جمهوری", "خیابان ولیعصر", "بلوار استاد مطهری", "خیابان فردوسی", "خیابان انقلاب", "بلوار بهشتی"};

    private record Kind(String type, String prefix, String[] services, String[] specialties, boolean doctorName) {
    }

    private static final Kind[] KINDS = {
        new Kind("PRIVATE_HOSPITAL", "بیمارستان", new String[] {"بستری", "جراحی عمومی", "اورژانس", "سی‌تی‌اسکن",
            "آنژیوگرافی", "زایمان"}, new String[] {"جراحی عمومی", "قلب و عروق", "زنان و زایمان", "ارتوپدی",
            "داخلی"}, false),
        new Kind("PUBLIC_HOSPITAL", "بیمارستان", new String[] {"بستری", "اورژانس", "دیالیز", "جراحی عمومی", "ICU"},
            new String[] {"داخلی", "جراحی عمومی", "بیهوشی", "اطفال"}, false),
        new Kind("CHARITY_HOSPITAL", "بیمارستان خیریه", new String[] {"بستری", "جراحی چشم", "اورژانس"},
            new String[] {"چشم‌پزشکی", "داخلی"}, false),
        new Kind("CLINIC", "درمانگاه", new String[] {"ویزیت عمومی", "تزریقات", "پانسمان", "نوار قلب"},
            new String[] {"پزشک عمومی", "داخلی"}, false),
        new Kind("LABORATORY", "آزمایشگاه", new String[] {"آزمایش خون", "آزمایش ادرار", "پاتولوژی", "ژنتیک"},
            new String[] {"آسیب‌شناسی"}, false),
        new Kind("IMAGING", "مرکز تصویربرداری", new String[] {"رادیولوژی", "سونوگرافی", "ام‌آر‌آی", "سی‌تی‌اسکن",
            "ماموگرافی"}, new String[] {"رادیولوژی"}, false),
        new Kind("PHARMACY", "داروخانه دکتر", new String[] {"نسخه‌پیچی", "داروهای خاص"}, new String[] {"داروسازی"},
            true),
        new Kind("PHYSIOTHERAPY", "کلینیک فیزیوتراپی", new String[] {"فیزیوتراپی", "کاردرمانی", "طب فیزیکی"},
            new String[] {"طب فیزیکی و توانبخشی"}, false),
        new Kind("DENTISTRY", "کلینیک دندانپزشکی", new String[] {"ترمیم", "عصب‌کشی", "جرم‌گیری", "ایمپلنت",
            "ارتودنسی"}, new String[] {"دندانپزشکی عمومی", "ارتودنسی", "جراحی فک و صورت"}, false),
        new Kind("OPTICS", "عینک‌سازی", new String[] {"عینک طبی", "لنز تماسی", "بینایی‌سنجی"},
            new String[] {"بینایی‌سنجی"}, false),
    };

    private record Place(long cityId, long provinceId, String cityName, double lat, double lng, boolean capital) {
    }

    private CenterGenerator() {
    }

    /** Writes {@code count} centres on {@code writes} (not committed); ids are reserved on {@code ids}. */
    public static int generate(Connection writes, Connection ids, int count, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> places = places(writes, new SplittableRandom(seed + 1));
        List<Place> capitals = places.stream().filter(Place::capital).toList();
        List<Long> insurers = new ArrayList<>();
        try (Statement s = writes.createStatement(); ResultSet rs = s.executeQuery("select id from insurer order by id")) {
            while (rs.next()) {
                insurers.add(rs.getLong(1));
            }
        }
        IdSequence.Block centerIds = new IdSequence.Block(ids, "treatment_center", Math.min(count, 5_000));
        IdSequence.Block serviceIds = new IdSequence.Block(ids, "center_service", 5_000);
        IdSequence.Block physicianIds = new IdSequence.Block(ids, "physician", 5_000);
        try (PreparedStatement center = writes.prepareStatement("insert into treatment_center (id, code, name,"
                + " search_name, center_type, contract_type, province_id, city_id, address, phone, fax, website,"
                + " latitude, longitude, issues_referrals, online_referrals, active, version)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
             PreparedStatement insurer = writes.prepareStatement(
                     "insert into center_insurer (center_id, insurer_id) values (?,?)");
             PreparedStatement service = writes.prepareStatement(
                     "insert into center_service (id, center_id, title) values (?,?,?)");
             PreparedStatement physician = writes.prepareStatement(
                     "insert into physician (id, center_id, name, specialty, council_code) values (?,?,?,?,?)");
             PreparedStatement tokens = writes.prepareStatement(CenterNameIndex.INSERT)) {
            for (int i = 0; i < count; i++) {
                Place place = random.nextInt(3) == 0 ? pick(random, capitals) : pick(random, places);
                Kind kind = KINDS[weightedKind(random)];
                long id = centerIds.next();
                String name = kind.prefix() + " " + (kind.doctorName() ? pick(random, DOCTOR_LAST)
                        : pick(random, GOOD_NAMES)) + " (" + place.cityName() + ")";
                boolean issues = random.nextInt(10) < 7;
                boolean online = issues && random.nextInt(10) < 4;
                String area = String.format("%03d", 11 + (int) (place.provinceId() * 7 % 80));
                center.setLong(1, id);
                center.setString(2, "TC" + id);
                center.setString(3, name);
                center.setString(4, TreatmentCenter.searchForm(name));
                center.setString(5, kind.type());
                center.setString(6, random.nextInt(4) == 0 ? "THROUGH_INSURER" : "DIRECT");
                center.setLong(7, place.provinceId());
                center.setLong(8, place.cityId());
                center.setString(9, pick(random, STREETS) + "، پلاک " + (1 + random.nextInt(300)));
                center.setString(10, "0" + area + "-" + (30_000_000 + random.nextInt(60_000_000)));
                center.setString(11, random.nextInt(2) == 0 ? null : "0" + area + "-" + (30_000_000 + random.nextInt(60_000_000)));
                center.setString(12, random.nextInt(3) == 0 ? "https://center" + id + ".example.ir" : null);
                center.setBigDecimal(13, coordinate(place.lat() + (random.nextDouble() - 0.5) * 0.06));
                center.setBigDecimal(14, coordinate(place.lng() + (random.nextDouble() - 0.5) * 0.06));
                center.setBoolean(15, issues);
                center.setBoolean(16, online);
                center.setBoolean(17, true);
                center.addBatch();
                CenterNameIndex.add(tokens, id, name);
                for (long insurerId : insurers) {
                    if (random.nextInt(3) != 0) {
                        insurer.setLong(1, id);
                        insurer.setLong(2, insurerId);
                        insurer.addBatch();
                    }
                }
                int services = 1 + random.nextInt(Math.min(4, kind.services().length));
                int start = random.nextInt(kind.services().length);
                for (int k = 0; k < services; k++) {
                    service.setLong(1, serviceIds.next());
                    service.setLong(2, id);
                    service.setString(3, kind.services()[(start + k) % kind.services().length]);
                    service.addBatch();
                }
                int doctors = kind.type().endsWith("HOSPITAL") ? 2 + random.nextInt(4) : random.nextInt(3);
                for (int k = 0; k < doctors; k++) {
                    physician.setLong(1, physicianIds.next());
                    physician.setLong(2, id);
                    physician.setString(3, "دکتر " + pick(random, DOCTOR_FIRST) + " " + pick(random, DOCTOR_LAST));
                    physician.setString(4, pick(random, kind.specialties()));
                    physician.setString(5, String.valueOf(10_000 + random.nextInt(190_000)));
                    physician.addBatch();
                }
                if ((i + 1) % 1_000 == 0) {
                    flush(center, insurer, service, physician, tokens);
                }
            }
            flush(center, insurer, service, physician, tokens);
        }
        writeReferralContacts(writes, ids);
        return count;
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    /** The lines of seed 004's referral unit for every insurer that has none yet. */
    private static void writeReferralContacts(Connection writes, Connection ids) throws SQLException {
        List<Long> without = new ArrayList<>();
        try (Statement s = writes.createStatement(); ResultSet rs = s.executeQuery("select i.id from insurer i where"
                + " not exists (select 1 from referral_contact r where r.insurer_id = i.id) order by i.id")) {
            while (rs.next()) {
                without.add(rs.getLong(1));
            }
        }
        try (PreparedStatement s = writes.prepareStatement("insert into referral_contact (id, insurer_id,"
                + " office_hours, office_phones, office_extensions, after_hours_phones, after_hours_extensions,"
                + " version) values (?,?,?,?,?,?,?,0)")) {
            for (long insurerId : without) {
                s.setLong(1, IdSequence.reserve(ids, "referral_contact", 1));
                s.setLong(2, insurerId);
                s.setString(3, "۷:۳۰ تا ۱۶:۳۰");
                s.setString(4, "021-88648421-39");
                s.setString(5, "0271، 0200، 0680، 0156، 0223، 0217، 0219");
                s.setString(6, "021-88648421-39");
                s.setString(7, "0149، 0357، 0360");
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<Place> places(Connection c, SplittableRandom random) throws SQLException {
        List<Place> places = new ArrayList<>();
        Map<Long, Long> firstCity = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.id, c.province_id, c.name,"
                + " p.code from city c join province p on p.id = c.province_id order by c.id")) {
            while (rs.next()) {
                long cityId = rs.getLong(1);
                long provinceId = rs.getLong(2);
                double[] capital = CAPITALS.getOrDefault(rs.getString(4), new double[] {32.4, 53.7});
                boolean isCapital = firstCity.putIfAbsent(provinceId, cityId) == null;
                double dLat = isCapital ? 0 : (random.nextDouble() - 0.5);
                double dLng = isCapital ? 0 : (random.nextDouble() - 0.5);
                places.add(new Place(cityId, provinceId, rs.getString(3), capital[0] + dLat, capital[1] + dLng,
                        isCapital));
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("No cities: the network reference data (V3) is missing");
        }
        return places;
    }

    /** Pharmacies, clinics and laboratories are the most common; charity hospitals and optics the rarest. */
    private static int weightedKind(SplittableRandom random) {
        int[] weights = {8, 6, 2, 14, 14, 8, 20, 6, 12, 4};
        int r = random.nextInt(94);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
