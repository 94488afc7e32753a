package ir.hami.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What {@code /fhir} supports, exactly: the CapabilityStatement of {@code GET /fhir/metadata}. */
public final class Capability {

    private Capability() {
    }

    public static CapabilityStatement statement(String baseUrl, Date date) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("hami");
        cs.setUrl(baseUrl + "/metadata");
        cs.setName("HamiFhir");
        cs.setTitle("Hami FHIR R4 API / رابط FHIR حامی");
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(date);
        cs.setPublisher("Hami");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getImplementation().setDescription("Hami health-insurance assistance portal").setUrl(baseUrl);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        cs.setDescription("Centres (API key in X-Api-Key): eligibility and prior authorisation (referral letters). "
                + "Members (Authorization: Bearer <token> from POST /api/v1/auth/token): their Patient, Coverage and "
                + "ExplanationOfBenefit records. The patient of a centre's request is named by national ID (system "
                + FhirSystems.NATIONAL_ID + ") in a contained Patient, a Bundle Patient entry (PAS), a conditional "
                + "reference Patient?identifier=" + FhirSystems.NATIONAL_ID + "|<id>, or reference.identifier. "
                + "Money is integer Rials (IRR). Errors are OperationOutcome with English diagnostics and Persian "
                + "details.text.");

        CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false)
                .addService(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth"))
                        .setText("Bearer token"))
                .setDescription("Centre operations: the centre's API key in the X-Api-Key header (401 when missing "
                        + "or revoked, 429 with Retry-After when rate limited). Member operations: "
                        + "Authorization: Bearer <token> of the member (401 without). A member sees only the "
                        + "persons and claims of their own coverage; any other id answers 404.");

        CapabilityStatementRestResourceComponent eligibility = rest.addResource()
                .setType("CoverageEligibilityRequest")
                .setDocumentation("Centre (X-Api-Key). POST the request (or to $submit); the answer is a "
                        + "CoverageEligibilityResponse with the insurance in force and, per cover, the annual "
                        + "ceiling (benefit allowed), used, remaining and the franchise (copay-percent). "
                        + "Optional contained Patient.birthDate narrows the check.");
        eligibility.addInteraction().setCode(TypeRestfulInteraction.CREATE);
        eligibility.addOperation().setName("submit")
                .setDefinition(baseUrl + "/OperationDefinition/CoverageEligibilityRequest-submit");
        rest.addResource().setType("CoverageEligibilityResponse")
                .setDocumentation("Returned by CoverageEligibilityRequest; not stored or searchable.");

        CapabilityStatementRestResourceComponent claim = rest.addResource().setType("Claim")
                .setDocumentation("Centre (X-Api-Key). Da Vinci PAS style prior authorisation: POST a Bundle "
                        + "(or a Claim) whose Claim has use = preauthorization to Claim/$submit: the online referral-"
                        + "letter request. item[0].productOrService: a coding of " + PriorAuthMapping.PROCEDURE_SYSTEM
                        + " (procedure id) or text (cause); item[0].servicedDate: admission (default today); "
                        + "careTeam[0].provider.display: physician. Idempotent by the Idempotency-Key header, else "
                        + "by Claim.identifier, within the centre's API key. $inquire with the same identifier (or "
                        + "key) answers the current state.");
        claim.addOperation().setName("submit").setDefinition(baseUrl + "/OperationDefinition/Claim-submit");
        claim.addOperation().setName("inquire").setDefinition(baseUrl + "/OperationDefinition/Claim-inquire");
        rest.addResource().setType("ClaimResponse")
                .setDocumentation("Returned by Claim/$submit and $inquire: outcome complete with preAuthRef (letter "
                        + "number), preAuthPeriod (validity) and the commitment ceiling as total (benefit); queued "
                        + "(pended) while the referral unit decides; error when refused.");

        CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient")
                .setDocumentation("Member (Bearer). The member and the persons of a coverage in force whose main "
                        + "member they are. Without parameters: the member themself.");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ);
        patient.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        patient.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation(FhirSystems.NATIONAL_ID + "|<national ID>");
        patient.addSearchParam().setName("_id").setType(Enumerations.SearchParamType.TOKEN);

        CapabilityStatementRestResourceComponent coverage = rest.addResource().setType("Coverage")
                .setDocumentation("Member (Bearer). Id <personId>-<contractId>.");
        coverage.addInteraction().setCode(TypeRestfulInteraction.READ);
        coverage.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        coverage.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        coverage.addSearchParam().setName("beneficiary").setType(Enumerations.SearchParamType.REFERENCE);

        CapabilityStatementRestResourceComponent eob = rest.addResource().setType("ExplanationOfBenefit")
                .setDocumentation("Member (Bearer). Each assessed claim: item and total adjudications submitted, "
                        + "coinsurance (franchise), over-ceiling, out-of-tariff, noncovered, paidtoprovider or "
                        + "paidtopatient; payment date; benefitBalance per cover. Paged with _count (max "
                        + SearchParams.MAX_COUNT + ") and Bundle next links; without patient: the member's own.");
        eob.addInteraction().setCode(TypeRestfulInteraction.READ);
        eob.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        eob.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        eob.addSearchParam().setName("service-date").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("eq, ne, lt, le, gt, ge with yyyy-mm-dd");
        eob.addSearchParam().setName("_lastUpdated").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("eq, ne, lt, le, gt, ge with yyyy-mm-dd (Tehran's day)");
        eob.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation(FhirSystems.CLAIM_TRACKING_CODE + "|<tracking code>");
        eob.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER);
        return cs;
    }
}
