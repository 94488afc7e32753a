package ir.hami.membership;

/**
 * Why a roster row is rejected. Each reason is a message key of {@code ir.hami.i18n.messages}; the report of
 * rejected rows shows its Persian text.
 */
public enum RosterReason {

    /** argument: the column's title */
    REQUIRED("roster.reason.required"),
    /** arguments: the column's title, the longest length allowed */
    TOO_LONG("roster.reason.tooLong"),
    NATIONAL_ID_FORMAT("roster.reason.nationalId.format"),
    NATIONAL_ID_CHECK_DIGIT("roster.reason.nationalId.checkDigit"),
    MAIN_NATIONAL_ID_INVALID("roster.reason.mainNationalId.invalid"),
    GENDER_UNKNOWN("roster.reason.gender.unknown"),
    RELATION_UNKNOWN("roster.reason.relation.unknown"),
    /** argument: the column's title */
    DATE_INVALID("roster.reason.date.invalid"),
    BIRTH_DATE_FUTURE("roster.reason.birthDate.future"),
    COVERAGE_END_BEFORE_START("roster.reason.coverage.endBeforeStart"),
    /** arguments: the contract's start and end, Jalali */
    COVERAGE_OUTSIDE_CONTRACT("roster.reason.coverage.outsideContract"),
    MOBILE_INVALID("roster.reason.mobile.invalid"),
    IBAN_INVALID("roster.reason.iban.invalid"),
    MAIN_ID_DIFFERS_FOR_SELF("roster.reason.self.mainDiffers"),
    MAIN_ID_MISSING("roster.reason.dependent.mainMissing"),
    DEPENDENT_OWN_MAIN("roster.reason.dependent.ownMain"),
    /** argument: the other row with the same national ID */
    DUPLICATE_NATIONAL_ID("roster.reason.nationalId.duplicate"),
    /** argument: the other row with this member code */
    MEMBER_CODE_DUPLICATE("roster.reason.memberCode.duplicate"),
    /** argument: the national ID of the person who has the code in this contract */
    MEMBER_CODE_TAKEN("roster.reason.memberCode.taken"),
    /** argument: the main member's national ID */
    MAIN_NOT_FOUND("roster.reason.main.notFound"),
    /** argument: the main member's national ID */
    MAIN_REJECTED("roster.reason.main.rejected"),
    TEMPLATE_EXAMPLE("roster.reason.templateExample");

    private final String key;

    RosterReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
