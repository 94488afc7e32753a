package ir.hami.eligibility;

import ir.hami.membership.Relation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of one eligibility check, for the centres' panel and the API alike. When not covered, only the reason
 * (and for expired or future coverage the date it ended or starts) is filled: nothing about the person is revealed
 * beyond that.
 */
public final class Eligibility implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nationalId;
    private final LocalDate checkedOn;
    private final Reason reason;
    private final LocalDate reasonDate;
    private final String fullName;
    private final String insurer;
    private final String contractNumber;
    private final String policyholder;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final String mainMemberName;
    private final Relation relation;
    private final List<CoverLine> covers;

    private Eligibility(String nationalId, LocalDate checkedOn, Reason reason, LocalDate reasonDate, String fullName,
                        String insurer, String contractNumber, String policyholder, LocalDate coveredFrom,
                        LocalDate coveredTo, String mainMemberName, Relation relation, List<CoverLine> covers) {
        this.nationalId = nationalId;
        this.checkedOn = checkedOn;
        this.reason = reason;
        this.reasonDate = reasonDate;
        this.fullName = fullName;
        this.insurer = insurer;
        this.contractNumber = contractNumber;
        this.policyholder = policyholder;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.mainMemberName = mainMemberName;
        this.relation = relation;
        this.covers = List.copyOf(covers);
    }

    public static Eligibility covered(String nationalId, LocalDate today, String fullName, String insurer,
                                      String contractNumber, String policyholder, LocalDate from, LocalDate to,
                                      String mainMemberName, Relation relation, List<CoverLine> covers) {
        return new Eligibility(nationalId, today, Reason.COVERED, null, fullName, insurer, contractNumber,
                policyholder, from, to, mainMemberName, relation, covers);
    }

    public static Eligibility notCovered(String nationalId, LocalDate today, Reason reason, LocalDate reasonDate) {
        if (reason.isCovered()) {
            throw new IllegalArgumentException("not covered needs a reason");
        }
        return new Eligibility(nationalId, today, reason, reasonDate, null, null, null, null, null, null, null, null,
                List.of());
    }

    /** The audit trail's one-line summary (no names: the national ID is in its own column). */
    public String summary() {
        return switch (reason) {
            case COVERED -> "COVERED " + insurer + " / " + contractNumber + " (" + relation + ")";
            case EXPIRED -> "EXPIRED on " + reasonDate;
            case NOT_STARTED -> "NOT_STARTED until " + reasonDate;
            default -> reason.name();
        };
    }

    public boolean isCovered() { return reason.isCovered(); }
    public String getNationalId() { return nationalId; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public Reason getReason() { return reason; }
    public LocalDate getReasonDate() { return reasonDate; }
    public String getFullName() { return fullName; }
    public String getInsurer() { return insurer; }
    public String getContractNumber() { return contractNumber; }
    public String getPolicyholder() { return policyholder; }
    public LocalDate getCoveredFrom() { return coveredFrom; }
    public LocalDate getCoveredTo() { return coveredTo; }
    public String getMainMemberName() { return mainMemberName; }
    public Relation getRelation() { return relation; }
    public List<CoverLine> getCovers() { return covers; }
}
