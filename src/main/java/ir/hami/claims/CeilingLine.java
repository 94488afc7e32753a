package ir.hami.claims;

import ir.hami.membership.CoverKind;
import java.io.Serializable;

/**
 * What is left of one cover's annual ceiling: the ceiling, what assessed claims used of it (the person's own use, or
 * the whole family's for a family ceiling) and what remains, never below zero. Exact Rials.
 *
 * @param familyCeiling whether the ceiling is shared by the family (the use is the family's sum)
 */
public record CeilingLine(long coverId, String title, CoverKind kind, boolean familyCeiling, long ceiling, long used)
        implements Serializable {

    public CeilingLine {
        if (ceiling < 0 || used < 0) {
            throw new IllegalArgumentException("negative amount");
        }
    }

    /** What may still be paid: the ceiling less the use, zero once used up (or over-used). */
    public long remaining() {
        return Math.max(0, ceiling - used);
    }

    /** What was used beyond the ceiling (an assessment may charge the whole of a claim's line), else zero. */
    public long overUsed() {
        return Math.max(0, used - ceiling);
    }

    /** Whole percent used, 0..100 (a zero ceiling counts as used up once anything is used). */
    public int percentUsed() {
        if (ceiling == 0) {
            return used > 0 ? 100 : 0;
        }
        if (used >= ceiling) {
            return 100;
        }
        // floor, so that 99.6% is not shown as a full bar while something remains
        long percent = used <= Long.MAX_VALUE / 100 ? used * 100 / ceiling : (long) ((double) used / ceiling * 100);
        return (int) Math.min(99, percent);
    }

    /** The part of the bar that remains, 0..100. */
    public int percentRemaining() {
        return 100 - percentUsed();
    }

    public long getCoverId() { return coverId; }
    public String getTitle() { return title; }
    public CoverKind getKind() { return kind; }
    public boolean isFamilyCeiling() { return familyCeiling; }
    public long getCeiling() { return ceiling; }
    public long getUsed() { return used; }
    public long getRemaining() { return remaining(); }
    public long getOverUsed() { return overUsed(); }
    public int getPercentUsed() { return percentUsed(); }
    public int getPercentRemaining() { return percentRemaining(); }
}
