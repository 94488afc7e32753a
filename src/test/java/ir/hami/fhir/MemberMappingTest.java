package ir.hami.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.CeilingLine;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimChannel;
import ir.hami.claims.ClaimItem;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimView;
import ir.hami.claims.DeductionKind;
import ir.hami.membership.Gender;
import ir.hami.membership.MemberInquiry;
import ir.hami.membership.Relation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class MemberMappingTest {

    static MemberInquiry inquiry() {
        return new MemberInquiry(12, "مریم کریمی", "حسن", Gender.FEMALE, "123", "0012345679", 40,
                LocalDate.of(1985, 3, 21), Relation.SPOUSE, "M-12", 3, "K-1", "شرکت نفت", "بیمه دانا",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, "09120000000", List.of());
    }

    @Test
    void patientAndCoverageOfTheInquiry() {
        Patient p = FhirChecks.valid(MemberMapping.patient(inquiry()));
        assertEquals("12", p.getIdElement().getIdPart());
        assertEquals(FhirSystems.NATIONAL_ID, p.getIdentifierFirstRep().getSystem());
        assertEquals("1985-03-21", p.getBirthDateElement().getValueAsString());
        Coverage c = FhirChecks.valid(MemberMapping.coverage(inquiry(), LocalDate.of(2026, 12, 3)));
        assertEquals("12-3", c.getIdElement().getIdPart());
        assertEquals(Coverage.CoverageStatus.ACTIVE, c.getStatus());
        assertEquals("spouse", c.getRelationship().getCodingFirstRep().getCode());
        assertEquals("Patient/12", c.getBeneficiary().getReference());
        assertEquals(Coverage.CoverageStatus.CANCELLED,
                MemberMapping.coverage(inquiry(), LocalDate.of(2027, 1, 1)).getStatus());
    }

    static ClaimView paidClaim(ClaimChannel channel) {
        Claim c = FhirChecks.newEntity(Claim.class);
        FhirChecks.set(c, "id", 99L);
        FhirChecks.set(c, "trackingCode", "C-0099");
        FhirChecks.set(c, "channel", channel);
        FhirChecks.set(c, "personId", 12L);
        FhirChecks.set(c, "contractId", 3L);
        FhirChecks.set(c, "patientName", "مریم کریمی");
        FhirChecks.set(c, "serviceDate", LocalDate.of(2026, 11, 20));
        FhirChecks.set(c, "state", ClaimState.PAID);
        FhirChecks.set(c, "createdAt", Instant.parse("2026-11-21T08:00:00Z"));
        FhirChecks.set(c, "registeredAt", Instant.parse("2026-11-21T08:05:00Z"));
        FhirChecks.set(c, "updatedAt", Instant.parse("2026-11-30T08:00:00Z"));
        FhirChecks.set(c, "totalAmount", 10_000_000L);
        FhirChecks.set(c, "franchiseAmount", 900_000L);
        FhirChecks.set(c, "overCeilingAmount", 100_000L);
        FhirChecks.set(c, "outOfTariffAmount", 1_000_000L);
        FhirChecks.set(c, "notCoveredAmount", 2_000_000L);
        FhirChecks.set(c, "payableAmount", 6_000_000L);
        FhirChecks.set(c, "depositedOn", LocalDate.of(2026, 11, 30));
        ClaimItem visit = item(1, "ویزیت", 4_000_000L, 400_000L, 3_600_000L);
        ClaimItem drug = item(2, "دارو", 6_000_000L, 3_600_000L, 2_400_000L);
        List<ClaimView.DeductionGroup> deductions = List.of(
                new ClaimView.DeductionGroup(DeductionKind.FRANCHISE, 900_000L, List.of(
                        new ClaimView.DeductionLine("ویزیت", 400_000L, null),
                        new ClaimView.DeductionLine("دارو", 500_000L, null))),
                new ClaimView.DeductionGroup(DeductionKind.OVER_CEILING, 100_000L, List.of(
                        new ClaimView.DeductionLine("دارو", 100_000L, null))),
                new ClaimView.DeductionGroup(DeductionKind.OUT_OF_TARIFF, 1_000_000L, List.of(
                        new ClaimView.DeductionLine("دارو", 1_000_000L, null))),
                new ClaimView.DeductionGroup(DeductionKind.NOT_COVERED, 2_000_000L, List.of(
                        new ClaimView.DeductionLine("دارو", 2_000_000L, null))));
        return new ClaimView(c, new ClaimView.Names("درمانگاه", "ویزیت", null, null, "سرپایی", "K-1", "نفت",
                "بیمه دانا"), List.of(visit, drug), deductions, List.of(), List.of(), null, null, List.of());
    }

    static ClaimItem item(int line, String title, long total, long deducted, long payable) {
        ClaimItem i = FhirChecks.newEntity(ClaimItem.class);
        FhirChecks.set(i, "lineNo", line);
        FhirChecks.set(i, "title", title);
        FhirChecks.set(i, "quantity", 1);
        FhirChecks.set(i, "totalAmount", total);
        FhirChecks.set(i, "deductedAmount", deducted);
        FhirChecks.set(i, "payableAmount", payable);
        return i;
    }

    private static Map<String, BigDecimal> amounts(List<ExplanationOfBenefit.AdjudicationComponent> list) {
        return list.stream().collect(Collectors.toMap(a -> a.getCategory().getCodingFirstRep().getCode(),
                a -> a.getAmount().getValue()));
    }

    @Test
    void aPaidClaimIsAnEobWithEveryAdjudicationAndTheBalances() {
        ExplanationOfBenefit e = FhirChecks.valid(MemberMapping.eob(paidClaim(ClaimChannel.MEMBER), List.of(
                new CeilingLine(1, "سرپایی", null, false, 50_000_000L, 6_000_000L))));
        assertEquals("99", e.getIdElement().getIdPart());
        assertEquals("C-0099", e.getIdentifierFirstRep().getValue());
        assertEquals("Patient/12", e.getPatient().getReference());
        assertEquals("Coverage/12-3", e.getInsuranceFirstRep().getCoverage().getReference());
        Map<String, BigDecimal> drug = amounts(e.getItem().get(1).getAdjudication());
        assertEquals(new BigDecimal(6_000_000L), drug.get("submitted"));
        assertEquals(new BigDecimal(500_000L), drug.get("coinsurance"));
        assertEquals(new BigDecimal(100_000L), drug.get("over-ceiling"));
        assertEquals(new BigDecimal(1_000_000L), drug.get("out-of-tariff"));
        assertEquals(new BigDecimal(2_000_000L), drug.get("noncovered"));
        assertEquals(new BigDecimal(2_400_000L), drug.get("paidtopatient"));
        Map<String, BigDecimal> totals = e.getTotal().stream().collect(Collectors.toMap(
                t -> t.getCategory().getCodingFirstRep().getCode(), t -> t.getAmount().getValue()));
        assertEquals(new BigDecimal(10_000_000L), totals.get("submitted"));
        assertEquals(new BigDecimal(6_000_000L), totals.get("paidtopatient"));
        assertEquals(new BigDecimal(900_000L), totals.get("coinsurance"));
        assertEquals("2026-11-30", e.getPayment().getDateElement().getValueAsString());
        ExplanationOfBenefit.BenefitBalanceComponent balance = e.getBenefitBalanceFirstRep();
        assertEquals(new BigDecimal(50_000_000L), balance.getFinancial().get(0).getAllowedMoney().getValue());
        assertEquals(new BigDecimal(6_000_000L), balance.getFinancial().get(0).getUsedMoney().getValue());
        assertEquals(new BigDecimal(44_000_000L), balance.getFinancial().get(1).getAllowedMoney().getValue());
        assertTrue(e.getTotal().stream().allMatch(t -> "IRR".equals(t.getAmount().getCurrency())));
    }

    @Test
    void aCentresDirectBillingIsPaidToTheProvider() {
        ExplanationOfBenefit e = FhirChecks.valid(MemberMapping.eob(paidClaim(ClaimChannel.CENTER), List.of()));
        assertTrue(amounts(e.getItem().get(0).getAdjudication()).containsKey("paidtoprovider"));
        assertEquals("provider", e.getPayee().getType().getCodingFirstRep().getCode());
    }
}
