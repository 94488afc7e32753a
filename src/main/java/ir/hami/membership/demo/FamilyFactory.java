package ir.hami.membership.demo;

import ir.hami.membership.Gender;
import ir.hami.membership.MembershipType;
import ir.hami.membership.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes believable Iranian families: a main member and up to five dependents whose ages, genders and names fit
 * their relation. Children carry their father's family name and first name as father's name; a wife keeps her own
 * family name; the main member's father, when covered, is the one named as their father; funds cover many retirees.
 * People born since 1369 (March 1990) have their national ID as birth certificate number, as in Iran.
 */
final class FamilyFactory {

    static final int MAX_DEPENDENTS = 5;
    /** Birth certificate numbers equal the national ID for births from 1 Farvardin 1369 on. */
    static final LocalDate CERTIFICATE_IS_NATIONAL_ID_FROM = LocalDate.of(1990, 3, 21);

    /** One person of a family, in the order the generator writes them (the main member first). */
    record Member(Relation relation, String nationalId, String firstName, String lastName, String fatherName,
                  Gender gender, LocalDate birthDate, String birthCertificateNo, String mobile, String phone,
                  String address, String postalCode, String iban) {

        Member withMobile(String value) {
            return new Member(relation, nationalId, firstName, lastName, fatherName, gender, birthDate,
                    birthCertificateNo, value, phone, address, postalCode, iban);
        }
    }

    private final PersianNames names;
    private final NationalIdSequence nationalIds;
    private final LocalDate today;

    FamilyFactory(PersianNames names, NationalIdSequence nationalIds, LocalDate today) {
        this.names = names;
        this.nationalIds = nationalIds;
        this.today = today;
    }

    /** A family of at most {@code maxSize} persons (1 to 6). */
    List<Member> family(SplittableRandom random, MembershipType type, int maxSize) {
        int budget = Math.min(MAX_DEPENDENTS, maxSize - 1);
        boolean retiree = type == MembershipType.FUND && random.nextInt(100) < 45;
        int mainAge = retiree ? 55 + random.nextInt(26) : 23 + random.nextInt(38);
        Gender gender = random.nextInt(100) < (retiree ? 80 : 70) ? Gender.MALE : Gender.FEMALE;
        int marriedPercent = mainAge < 25 ? 25 : mainAge < 30 ? 60 : 85;
        boolean married = random.nextInt(100) < marriedPercent;
        boolean spouseCovered = married && (gender == Gender.MALE || random.nextInt(100) < 40);

        LocalDate mainBirth = birthDate(mainAge, random);
        String familyName = names.last(random);
        int partnerAge = gender == Gender.MALE
                ? Math.max(18, mainAge - random.nextInt(9))
                : Math.min(95, mainAge + random.nextInt(9));
        LocalDate partnerBirth = birthDate(partnerAge, random);
        Gender partnerGender = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        String partnerFirst = names.first(partnerGender, partnerBirth.getYear(), random);
        String partnerLast = names.lastOtherThan(familyName, random);

        int childCount = 0;
        if (married) {
            int roll = random.nextInt(100);
            childCount = roll < 20 ? 0 : roll < 50 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
        } else if (mainAge > 30 && random.nextInt(100) < 4) {
            childCount = 1 + random.nextInt(2);
        }
        int motherAge = gender == Gender.FEMALE ? mainAge : partnerAge;
        int fatherAge = gender == Gender.MALE ? mainAge : partnerAge;
        int[] childAges = childAges(childCount, motherAge, fatherAge, random);

        boolean withParents = mainAge <= 52 && random.nextInt(100) < 8;
        int parentRoll = random.nextInt(100);
        boolean withFather = withParents && parentRoll < 70;
        boolean withMother = withParents && parentRoll >= 20;

        String fatherFirst = names.first(Gender.MALE, mainBirth.getYear() - 30, random);
        List<Member> family = new ArrayList<>(6);
        String mainFirst = names.first(gender, mainBirth.getYear(), random);
        family.add(person(Relation.SELF, mainFirst, familyName, fatherFirst, gender, mainBirth, random)
                .withMobile(random.nextInt(100) < 90 ? mobile(random) : null));
        addMainContacts(family, random);

        if (spouseCovered && family.size() <= budget) {
            family.add(person(Relation.SPOUSE, partnerFirst, partnerLast,
                    names.first(Gender.MALE, partnerBirth.getYear() - 30, random), partnerGender, partnerBirth, random)
                    .withMobile(random.nextInt(100) < 25 ? mobile(random) : null));
        }
        String childrenLast = gender == Gender.MALE ? familyName : partnerLast;
        String childrenFather = gender == Gender.MALE ? mainFirst : partnerFirst;
        for (int age : childAges) {
            if (family.size() > budget) {
                break;
            }
            Gender childGender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            LocalDate birth = birthDate(age, random);
            family.add(person(Relation.CHILD, names.first(childGender, birth.getYear(), random), childrenLast,
                    childrenFather, childGender, birth, random)
                    .withMobile(age >= 18 && random.nextInt(100) < 15 ? mobile(random) : null));
        }
        if (withFather && family.size() <= budget) {
            int age = Math.min(92, mainAge + 22 + random.nextInt(17));
            LocalDate birth = birthDate(age, random);
            family.add(person(Relation.FATHER, fatherFirst, familyName,
                    names.first(Gender.MALE, birth.getYear() - 30, random), Gender.MALE, birth, random)
                    .withMobile(random.nextInt(100) < 5 ? mobile(random) : null));
        }
        if (withMother && family.size() <= budget) {
            int age = Math.min(90, mainAge + 19 + random.nextInt(17));
            LocalDate birth = birthDate(age, random);
            family.add(person(Relation.MOTHER, names.first(Gender.FEMALE, birth.getYear(), random),
                    names.lastOtherThan(familyName, random), names.first(Gender.MALE, birth.getYear() - 30, random),
                    Gender.FEMALE, birth, random));
        }
        return family;
    }

    /**
     * A family whose main member is fixed (the demo logins): their national ID, names, birth date and mobile are
     * given; the dependents are the spouse (if {@code spouse}) and children of the given ages.
     */
    List<Member> fixedFamily(SplittableRandom random, String nationalId, String first, String last, String father,
                             Gender gender, LocalDate birth, String mobile, FixedDependent... dependents) {
        List<Member> family = new ArrayList<>();
        Member main = new Member(Relation.SELF, nationalId, first, last, father, gender, birth,
                certificate(nationalId, birth, random), mobile, null, null, null, null);
        family.add(main);
        for (FixedDependent d : dependents) {
            String id = nationalIds.next();
            LocalDate b = today.minusYears(d.age()).minusDays(40);
            String dependentFather = d.relation() == Relation.CHILD
                    ? (gender == Gender.MALE ? first : d.father()) : d.father();
            family.add(new Member(d.relation(), id, d.first(), d.last(), dependentFather, d.gender(), b,
                    certificate(id, b, random), null, null, null, null, null));
        }
        return family;
    }

    record FixedDependent(Relation relation, String first, String last, String father, Gender gender, int age) {
    }

    /**
     * Ages of the children, oldest first: born when the mother was 18 to 45 and the father at least 20 (a year more in
     * whole ages, as birthdays fall anywhere in the year).
     */
    private static int[] childAges(int count, int motherAge, int fatherAge, SplittableRandom random) {
        int oldest = Math.min(Math.min(motherAge - 19, fatherAge - 21), 25);
        int youngest = Math.max(0, motherAge - 45);
        if (count == 0 || oldest < youngest) {
            return new int[0];
        }
        int[] ages = new int[count];
        for (int i = 0; i < count; i++) {
            ages[i] = youngest + random.nextInt(oldest - youngest + 1);
        }
        Arrays.sort(ages);
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            int t = ages[i];
            ages[i] = ages[j];
            ages[j] = t;
        }
        return ages;
    }

    private Member person(Relation relation, String first, String last, String father, Gender gender,
                          LocalDate birth, SplittableRandom random) {
        String id = nationalIds.next();
        return new Member(relation, id, first, last, father, gender, birth, certificate(id, birth, random), null,
                null, null, null, null);
    }

    /** Address, landline, postal code and IBAN: the main member's, for about half of them. */
    private void addMainContacts(List<Member> family, SplittableRandom random) {
        Member m = family.get(0);
        String address = null;
        String phone = null;
        String postalCode = null;
        if (random.nextInt(100) < 55) {
            DemoCatalog.City city = DemoCatalog.CITIES.get(random.nextInt(DemoCatalog.CITIES.size()));
            String street = city.streets()[random.nextInt(city.streets().length)];
            address = city.name() + "، " + street + "، کوچه " + (1 + random.nextInt(40)) + "، پلاک "
                    + (1 + random.nextInt(120));
            postalCode = postalCode(random);
            if (random.nextInt(100) < 40) {
                phone = city.dialCode() + (2 + random.nextInt(8)) + digits(random, 7);
            }
        }
        String iban = random.nextInt(100) < 40 ? iban(random) : null;
        family.set(0, new Member(m.relation(), m.nationalId(), m.firstName(), m.lastName(), m.fatherName(),
                m.gender(), m.birthDate(), m.birthCertificateNo(), m.mobile(), phone, address, postalCode, iban));
    }

    /** A birth date of someone exactly {@code age} years old today. */
    private LocalDate birthDate(int age, SplittableRandom random) {
        LocalDate latest = today.minusYears(age);
        LocalDate birth = latest.minusDays(random.nextInt(365));
        return age == 0 && birth.isAfter(today.minusDays(7)) ? today.minusDays(7) : birth;
    }

    private static String certificate(String nationalId, LocalDate birth, SplittableRandom random) {
        if (!birth.isBefore(CERTIFICATE_IS_NATIONAL_ID_FROM)) {
            return nationalId;
        }
        int length = 1 + random.nextInt(6);
        return Integer.toString(1 + random.nextInt((int) Math.pow(10, length) - 1));
    }

    /** An Iranian mobile number; never the fixed number of the demo activation login. */
    static String mobile(SplittableRandom random) {
        String mobile;
        do {
            String prefix = DemoCatalog.MOBILE_PREFIXES[random.nextInt(DemoCatalog.MOBILE_PREFIXES.length)];
            mobile = prefix + digits(random, 7);
        } while (mobile.equals(DemoLogins.ACTIVATION_MOBILE));
        return mobile;
    }

    /** An Iranian IBAN: IR, two check digits, a bank code (3 digits) and an account (19 digits). */
    static String iban(SplittableRandom random) {
        String bban = DemoCatalog.BANK_CODES[random.nextInt(DemoCatalog.BANK_CODES.length)] + "0"
                + digits(random, 18);
        return ibanOf(bban);
    }

    /**
     * The IBAN of an Iranian BBAN (ISO 13616): the check digits are 98 minus the remainder by 97 of the BBAN followed
     * by the country's letters as numbers (I = 18, R = 27) and 00.
     */
    static String ibanOf(String bban) {
        String number = bban + "1827" + "00";
        int remainder = 0;
        for (int i = 0; i < number.length(); i++) {
            remainder = (remainder * 10 + (number.charAt(i) - '0')) % 97;
        }
        int check = 98 - remainder;
        return "IR" + (check < 10 ? "0" : "") + check + bban;
    }

    /** Ten digits; the first five without 0 and 2, as Iranian postal codes are. */
    private static String postalCode(SplittableRandom random) {
        char[] allowed = {'1', '3', '4', '5', '6', '7', '8', '9'};
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 5; i++) {
            code.append(allowed[random.nextInt(allowed.length)]);
        }
        return code.append(digits(random, 5)).toString();
    }

    private static String digits(SplittableRandom random, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }
}
