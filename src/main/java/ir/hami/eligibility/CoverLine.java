package ir.hami.eligibility;

import java.io.Serializable;

/** One cover of the plan as the centre sees it: title, annual ceiling in Rials, franchise %. */
public final class CoverLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final long annualCeiling;
    private final int franchisePercent;

    public CoverLine(String title, long annualCeiling, int franchisePercent) {
        this.title = title;
        this.annualCeiling = annualCeiling;
        this.franchisePercent = franchisePercent;
    }

    public String getTitle() { return title; }
    public long getAnnualCeiling() { return annualCeiling; }
    public int getFranchisePercent() { return franchisePercent; }
}
