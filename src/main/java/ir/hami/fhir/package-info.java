/**
 * FHIR R4 under {@code /fhir} for hospitals and partners: the CapabilityStatement, eligibility
 * ({@code CoverageEligibilityRequest/$submit}), prior authorisation as Da Vinci PAS does it ({@code Claim/$submit},
 * {@code $inquire}: a centre's online referral-letter request) and, for members, Patient, Coverage and
 * ExplanationOfBenefit in the CARIN Blue Button style. Last in the import order and thin: HAPI FHIR's model and JSON
 * parser ({@code hapi-fhir-structures-r4}, not its server) over the features' services, which keep every rule
 * (centre API keys, rate limits and the audit row of eligibility; the referral desk's issue-or-queue rules; the
 * family's ownership of records). Every error is an {@code OperationOutcome}.
 */
package ir.hami.fhir;
