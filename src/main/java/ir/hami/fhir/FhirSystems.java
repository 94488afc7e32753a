package ir.hami.fhir;

/**
 * The identifier and code systems of Hami's FHIR resources, defined once. Ours live under
 * {@link #BASE}; HL7's and CARIN's are used where they have the code.
 */
public final class FhirSystems {

    public static final String BASE = "https://hami.example/fhir";

    /** A person's 10-digit national ID (کد ملی): how centres name the patient. */
    public static final String NATIONAL_ID = BASE + "/sid/national-id";
    /** A coverage's member code within its contract. */
    public static final String MEMBER_CODE = BASE + "/sid/member-code";
    /** An insurance contract's number. */
    public static final String CONTRACT_NUMBER = BASE + "/sid/contract-number";
    /** A claim's tracking code (the EOB's identifier). */
    public static final String CLAIM_TRACKING_CODE = BASE + "/sid/claim-tracking-code";
    /** A referral request's tracking code. */
    public static final String REFERRAL_TRACKING_CODE = BASE + "/sid/referral-tracking-code";
    /** An issued referral letter's number (the ClaimResponse's preAuthRef). */
    public static final String LETTER_NUMBER = BASE + "/sid/referral-letter-number";
    /** The centre's own identifier of a prior-authorisation Claim when it sends no Idempotency-Key. */
    public static final String CENTER_CLAIM_ID = BASE + "/sid/center-claim-id";

    /** The plan's covers (benefit categories), by kind; the cover's title is the text. */
    public static final String COVER_KIND = BASE + "/CodeSystem/cover-kind";
    /** Our benefit types beside HL7's: what is left of a ceiling. */
    public static final String BENEFIT_TYPE = BASE + "/CodeSystem/benefit-type";
    /** Our adjudication categories beside HL7's and CARIN's: over ceiling, out of tariff. */
    public static final String ADJUDICATION = BASE + "/CodeSystem/adjudication";
    /** Claim states as the member's list names them. */
    public static final String CLAIM_STATE = BASE + "/CodeSystem/claim-state";

    public static final String HL7_ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    public static final String CARIN_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
    public static final String HL7_BENEFIT_TYPE = "http://terminology.hl7.org/CodeSystem/benefit-type";
    public static final String HL7_BENEFIT_TERM = "http://terminology.hl7.org/CodeSystem/benefit-term";
    public static final String HL7_BENEFIT_NETWORK = "http://terminology.hl7.org/CodeSystem/benefit-network";
    public static final String HL7_CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    public static final String HL7_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    public static final String HL7_PAYEE_TYPE = "http://terminology.hl7.org/CodeSystem/payeetype";

    /** Money is integer Rials. */
    public static final String CURRENCY = "IRR";

    private FhirSystems() {
    }
}
