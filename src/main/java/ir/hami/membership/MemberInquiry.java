package ir.hami.membership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Member inquiry (استعلام اعضای تحت پوشش, seed 003): everything about one covered person under one contract.
 * Dates are ISO; the page shows them in Jalali.
 */
public record MemberInquiry(long personId, String fullName, String fatherName, Gender gender,
                            String birthCertificateNo, String nationalId, Integer age, LocalDate birthDate,
                            Relation relation, String memberCode, long contractId, String contractNumber,
                            String policyholderName, String insurerName, LocalDate policyStart, LocalDate policyEnd,
                            String iban, String phone, String mobile, List<CoverLine> covers) implements Serializable {

    public MemberInquiry {
        covers = List.copyOf(covers);
    }

    /** One cover of the plan: title, annual ceiling in Rials, franchise percent. */
    public record CoverLine(String title, long annualCeiling, int franchisePercent) implements Serializable {
    }
}
