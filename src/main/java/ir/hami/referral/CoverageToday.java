package ir.hami.referral;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The member's eligibility today under the request's contract, as the referral unit sees it beside a request:
 * covered or not today (and, when not, whether the coverage has ended or not started), the contract, policyholder,
 * period (the earlier of the person's and the contract's end) and the plan's covers with ceiling and franchise %.
 * Read from membership data; no centre's audit row is written.
 */
public record CoverageToday(boolean covered, LocalDate today, String insurerName, String contractNumber,
                            String policyholderName, LocalDate from, LocalDate to, List<Line> covers)
        implements Serializable {

    /** One cover of the plan: title, annual ceiling (Rials), franchise %. */
    public record Line(String title, long annualCeiling, int franchisePercent) implements Serializable {
        public String getTitle() { return title; }
        public long getAnnualCeiling() { return annualCeiling; }
        public int getFranchisePercent() { return franchisePercent; }
    }

    /** Bundle key of the verdict: covered, ended, or not started yet. */
    public String verdictKey() {
        if (covered) {
            return "workbench.coverage.covered";
        }
        return from != null && today.isBefore(from) ? "workbench.coverage.notStarted" : "workbench.coverage.ended";
    }

    public boolean isCovered() { return covered; }
    public LocalDate getToday() { return today; }
    public String getInsurerName() { return insurerName; }
    public String getContractNumber() { return contractNumber; }
    public String getPolicyholderName() { return policyholderName; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public List<Line> getCovers() { return covers; }
    public String getVerdictKey() { return verdictKey(); }
}
