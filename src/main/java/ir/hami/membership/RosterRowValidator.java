package ir.hami.membership;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.Iban;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules one roster row must satisfy on its own: every cell is normalised first (Persian and Arabic digits and
 * letters), then national IDs (check digit), names, gender, relation, dates, the coverage period within the
 * contract's, mobile and IBAN, and the main member's national ID against the relation. Pure: no database; the rules
 * that need the whole file are in {@link RosterScan}, those that need the database in {@link RosterImporter}.
 */
public final class RosterRowValidator {

    /** The words of the gender column and what they mean. */
    public static final Map<String, Gender> GENDERS;
    /** The words of the relation column and what they mean. */
    public static final Map<String, Relation> RELATIONS;

    static {
        Map<String, Gender> genders = new LinkedHashMap<>();
        genders.put("مرد", Gender.MALE);
        genders.put("زن", Gender.FEMALE);
        GENDERS = Collections.unmodifiableMap(genders);
        Map<String, Relation> relations = new LinkedHashMap<>();
        relations.put("اصلی", Relation.SELF);
        relations.put("همسر", Relation.SPOUSE);
        relations.put("فرزند", Relation.CHILD);
        relations.put("پدر", Relation.FATHER);
        relations.put("مادر", Relation.MOTHER);
        relations.put("سایر", Relation.OTHER);
        RELATIONS = Collections.unmodifiableMap(relations);
    }

    private final LocalDate contractStart;
    private final LocalDate contractEnd;
    private final LocalDate today;

    /**
     * @param contractStart first day of the contract; the default start of a coverage
     * @param contractEnd   last day of the contract; the default end of a coverage
     * @param today         birth dates after this day are refused
     */
    public RosterRowValidator(LocalDate contractStart, LocalDate contractEnd, LocalDate today) {
        this.contractStart = Objects.requireNonNull(contractStart);
        this.contractEnd = Objects.requireNonNull(contractEnd);
        this.today = Objects.requireNonNull(today);
    }

    /** The word of the gender column for a gender. */
    public static String genderTitle(Gender gender) {
        return GENDERS.entrySet().stream().filter(e -> e.getValue() == gender).findFirst().orElseThrow().getKey();
    }

    /** The word of the relation column for a relation. */
    public static String relationTitle(Relation relation) {
        return RELATIONS.entrySet().stream().filter(e -> e.getValue() == relation).findFirst().orElseThrow().getKey();
    }

    /**
     * What is known of a row after its own checks. {@code nationalId}, {@code memberCode} and {@code relation} are
     * set whenever they could be read, even if other cells are wrong (the file-wide rules need them);
     * {@code entry} is set only when there is no problem.
     */
    public record Result(RosterRow row, String nationalId, String memberCode, Relation relation,
                         String mainNationalId, RosterEntry entry, List<RosterProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }

        /** Whether this row is for a main member (relation «اصلی»), valid or not. */
        public boolean isMainRow() {
            return relation == Relation.SELF;
        }
    }

    public Result validate(RosterRow row) {
        List<RosterProblem> problems = new ArrayList<>();

        String nationalId = nationalId(row, problems);
        String memberCode = text(row, RosterColumn.MEMBER_CODE, true, problems);
        String firstName = text(row, RosterColumn.FIRST_NAME, true, problems);
        String lastName = text(row, RosterColumn.LAST_NAME, true, problems);
        String fatherName = text(row, RosterColumn.FATHER_NAME, false, problems);
        String certificateNo = text(row, RosterColumn.BIRTH_CERTIFICATE_NO, false, problems);

        Gender gender = null;
        String genderText = PersianText.normalize(row.raw(RosterColumn.GENDER));
        if (genderText == null || genderText.isEmpty()) {
            problems.add(new RosterProblem(RosterReason.REQUIRED, RosterColumn.GENDER.title()));
        } else {
            gender = GENDERS.get(genderText);
            if (gender == null) {
                problems.add(new RosterProblem(RosterReason.GENDER_UNKNOWN));
            }
        }

        Relation relation = null;
        String relationText = PersianText.normalize(row.raw(RosterColumn.RELATION));
        if (relationText == null || relationText.isEmpty()) {
            problems.add(new RosterProblem(RosterReason.REQUIRED, RosterColumn.RELATION.title()));
        } else {
            relation = RELATIONS.get(relationText);
            if (relation == null) {
                problems.add(new RosterProblem(RosterReason.RELATION_UNKNOWN));
            }
        }

        String mainNationalId = mainNationalId(row, nationalId, relation, problems);

        LocalDate birthDate = date(row, RosterColumn.BIRTH_DATE, problems);
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(new RosterProblem(RosterReason.BIRTH_DATE_FUTURE));
        }

        LocalDate start = date(row, RosterColumn.COVERAGE_START, problems);
        LocalDate end = date(row, RosterColumn.COVERAGE_END, problems);
        boolean startRead = start != null || row.raw(RosterColumn.COVERAGE_START) == null;
        boolean endRead = end != null || row.raw(RosterColumn.COVERAGE_END) == null;
        if (start == null) {
            start = contractStart;
        }
        if (end == null) {
            end = contractEnd;
        }
        if (startRead && endRead) {
            if (end.isBefore(start)) {
                problems.add(new RosterProblem(RosterReason.COVERAGE_END_BEFORE_START));
            } else if (start.isBefore(contractStart) || end.isAfter(contractEnd)) {
                problems.add(new RosterProblem(RosterReason.COVERAGE_OUTSIDE_CONTRACT,
                        Jalali.format(contractStart), Jalali.format(contractEnd)));
            }
        }

        String mobile = null;
        String mobileText = row.raw(RosterColumn.MOBILE);
        if (mobileText != null) {
            try {
                mobile = MobileNumber.parse(mobileText).value();
            } catch (ValidationException e) {
                problems.add(new RosterProblem(RosterReason.MOBILE_INVALID));
            }
        }

        String iban = null;
        String ibanText = row.raw(RosterColumn.IBAN);
        if (ibanText != null) {
            try {
                iban = Iban.parse(ibanText).value();
            } catch (ValidationException e) {
                problems.add(new RosterProblem(RosterReason.IBAN_INVALID));
            }
        }

        if (RosterTemplate.EXAMPLE_NATIONAL_ID.equals(nationalId)) {
            problems.add(new RosterProblem(RosterReason.TEMPLATE_EXAMPLE));
        }

        RosterEntry entry = null;
        if (problems.isEmpty()) {
            entry = new RosterEntry(row.line(), nationalId, memberCode, firstName, lastName, fatherName, gender,
                    birthDate, certificateNo, relation, mainNationalId, mobile, iban, start, end);
        }
        return new Result(row, nationalId, memberCode, relation, mainNationalId, entry, List.copyOf(problems));
    }

    private static String nationalId(RosterRow row, List<RosterProblem> problems) {
        String raw = row.raw(RosterColumn.NATIONAL_ID);
        if (raw == null) {
            problems.add(new RosterProblem(RosterReason.REQUIRED, RosterColumn.NATIONAL_ID.title()));
            return null;
        }
        try {
            return NationalId.parse(raw).value();
        } catch (ValidationException e) {
            problems.add(new RosterProblem(NationalId.KEY_FORMAT.equals(e.key())
                    ? RosterReason.NATIONAL_ID_FORMAT : RosterReason.NATIONAL_ID_CHECK_DIGIT));
            return null;
        }
    }

    private static String mainNationalId(RosterRow row, String nationalId, Relation relation,
                                         List<RosterProblem> problems) {
        String raw = row.raw(RosterColumn.MAIN_NATIONAL_ID);
        String main = null;
        if (raw != null) {
            try {
                main = NationalId.parse(raw).value();
            } catch (ValidationException e) {
                problems.add(new RosterProblem(RosterReason.MAIN_NATIONAL_ID_INVALID));
                return null;
            }
        }
        if (relation == null) {
            return main;
        }
        if (relation.isMain()) {
            if (main != null && nationalId != null && !main.equals(nationalId)) {
                problems.add(new RosterProblem(RosterReason.MAIN_ID_DIFFERS_FOR_SELF));
            }
            return nationalId;
        }
        if (raw == null) {
            problems.add(new RosterProblem(RosterReason.MAIN_ID_MISSING));
        } else if (main.equals(nationalId)) {
            problems.add(new RosterProblem(RosterReason.DEPENDENT_OWN_MAIN));
        }
        return main;
    }

    private static String text(RosterRow row, RosterColumn column, boolean required, List<RosterProblem> problems) {
        String value = PersianText.normalize(row.raw(column));
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new RosterProblem(RosterReason.REQUIRED, column.title()));
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            problems.add(new RosterProblem(RosterReason.TOO_LONG, column.title(),
                    String.valueOf(column.maxLength())));
            return null;
        }
        return value;
    }

    /** A Jalali date as text ("1398/06/14", Persian digits too, or eight digits "13980614"); null when empty. */
    private static LocalDate date(RosterRow row, RosterColumn column, List<RosterProblem> problems) {
        String raw = row.raw(column);
        if (raw == null) {
            return null;
        }
        String text = PersianText.normalize(raw);
        if (text.matches("[0-9]{8}")) {
            text = text.substring(0, 4) + "/" + text.substring(4, 6) + "/" + text.substring(6);
        }
        try {
            return Jalali.parse(text);
        } catch (ValidationException | IllegalArgumentException e) {
            problems.add(new RosterProblem(RosterReason.DATE_INVALID, column.title()));
            return null;
        }
    }
}
