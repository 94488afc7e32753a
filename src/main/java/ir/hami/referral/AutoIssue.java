package ir.hami.referral;

/**
 * A centre's online request for a patient at its desk (seed 004): issued at once, or queued for the referral unit.
 * Rules, in order: a centre without the online flag may not ask at all (refused, nothing is recorded); a person who
 * is not covered today is refused (nothing is recorded: there is nothing for the unit to decide); a centre not
 * contracted with the person's insurer, or a procedure that needs the trusted-physician exam, or a cause typed
 * freely (no procedure of the list) goes to the unit; everything else is issued at once.
 */
public final class AutoIssue {

    /** The outcome; for QUEUE, {@code reason} is the bundle key of what the centre is told. */
    public record Decision(Outcome outcome, String reason) {
        public boolean issued() {
            return outcome == Outcome.ISSUE;
        }
    }

    public enum Outcome { ISSUE, QUEUE, REFUSE }

    public static final String NOT_ONLINE = "referral.center.notOnline";
    public static final String NOT_COVERED = "referral.center.notCovered";
    public static final String QUEUED_NOT_CONTRACTED = "referral.center.queued.notContracted";
    public static final String QUEUED_EXAM = "referral.center.queued.exam";
    public static final String QUEUED_FREE_CAUSE = "referral.center.queued.freeCause";

    private AutoIssue() {
    }

    /**
     * @param centerOnline      the centre has the «issues referral letters online» flag
     * @param covered           the person is covered today
     * @param contractedInsurer the centre is contracted with the insurer of that coverage
     * @param procedureKnown    a procedure of the list was chosen (not only a typed cause)
     * @param requiresExam      that procedure needs the trusted-physician exam
     */
    public static Decision decide(boolean centerOnline, boolean covered, boolean contractedInsurer,
                                  boolean procedureKnown, boolean requiresExam) {
        if (!centerOnline) {
            return new Decision(Outcome.REFUSE, NOT_ONLINE);
        }
        if (!covered) {
            return new Decision(Outcome.REFUSE, NOT_COVERED);
        }
        if (!contractedInsurer) {
            return new Decision(Outcome.QUEUE, QUEUED_NOT_CONTRACTED);
        }
        if (!procedureKnown) {
            return new Decision(Outcome.QUEUE, QUEUED_FREE_CAUSE);
        }
        if (requiresExam) {
            return new Decision(Outcome.QUEUE, QUEUED_EXAM);
        }
        return new Decision(Outcome.ISSUE, null);
    }
}
