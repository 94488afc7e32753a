package ir.hami.claims;

import ir.hami.platform.ClockProducer;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a claim is, as the member reads it: its stages in order — document reception, (the originals, only when they
 * were asked for), assessment, sent to finance, sent to the bank, deposited — each with its day, whether it is done,
 * the current one, or still waiting, and for the current one a sentence of what happens next and who acts. A
 * deficiency and a rejection are shown in place, on the assessment; a returned payment on the deposit. Read from the
 * claim as stored (and its events for the days the claim keeps no column of); nothing is recomputed.
 */
public final class ClaimTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Stage {
        RECEPTION, ORIGINALS, ASSESSMENT, FINANCE, BANK, DEPOSIT;

        public String getKey() {
            return "claims.timeline." + name();
        }
    }

    public enum Status {
        /** Happened, on its day. */
        DONE,
        /** Where the claim is now; someone else (the assessor, finance, the bank) acts. */
        CURRENT,
        /** Where the claim is now and the member has to act (a deficiency, the originals). */
        MEMBER,
        /** Stopped here: rejected, or the payment came back. */
        STOPPED,
        /** Later. */
        WAITING;

        public String getKey() {
            return "claims.timeline.status." + name();
        }
    }

    /**
     * One stage: its day (null while it has none), status, a sentence about it ({@code detailKey} with its
     * arguments, or null) and, for the current stage, what happens next ({@code nextKey} with its arguments).
     */
    public record Step(Stage stage, Status status, LocalDate day, String detailKey, List<Object> detailArgs,
                       String nextKey, List<Object> nextArgs) implements Serializable {

        public Stage getStage() { return stage; }
        public Status getStatus() { return status; }
        public LocalDate getDay() { return day; }
        public String getDetailKey() { return detailKey; }
        public Object[] getDetailArgs() { return detailArgs.toArray(); }
        public String getNextKey() { return nextKey; }
        public Object[] getNextArgs() { return nextArgs.toArray(); }
        public boolean isNow() { return status == Status.CURRENT || status == Status.MEMBER || status == Status.STOPPED; }
    }

    private final List<Step> steps;

    private ClaimTimeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Step> getSteps() {
        return steps;
    }

    /** The stage the claim is at now (the first not done), or the last when all are done. */
    public Step getCurrent() {
        return steps.stream().filter(Step::isNow).findFirst().orElse(steps.get(steps.size() - 1));
    }

    /** The claim's timeline; {@code events} (oldest first) give the day of a deficiency or a rejection. */
    public static ClaimTimeline of(Claim c, List<ClaimEvent> events) {
        ClaimState s = c.getState();
        List<Step> out = new ArrayList<>();

        // document reception: online, with the submission
        if (c.getReceivedAt() != null) {
            out.add(step(Stage.RECEPTION, Status.DONE, day(c.getReceivedAt()), "claims.timeline.RECEPTION.done"));
        } else {
            out.add(step(Stage.RECEPTION, Status.WAITING, null, null));
        }

        // the originals, only when the assessor asked for them
        if (c.getOriginalsRequestedAt() != null) {
            if (c.getOriginalsDeliveredAt() != null) {
                out.add(new Step(Stage.ORIGINALS, Status.DONE, day(c.getOriginalsDeliveredAt()),
                        "claims.timeline.ORIGINALS.delivered", List.of(text(c.getOriginalsPlace())), null, List.of()));
            } else if (s == ClaimState.AWAITING_ORIGINALS) {
                out.add(new Step(Stage.ORIGINALS, Status.MEMBER, day(c.getOriginalsRequestedAt()),
                        "claims.timeline.ORIGINALS.requested", List.of(text(c.getOriginalsPlace())),
                        "claims.timeline.next.ORIGINALS", List.of(text(c.getOriginalsPlace()))));
            } else {
                out.add(new Step(Stage.ORIGINALS, Status.DONE, day(c.getOriginalsRequestedAt()),
                        "claims.timeline.ORIGINALS.requested", List.of(text(c.getOriginalsPlace())), null, List.of()));
            }
        }

        // assessment, with a deficiency or a rejection in place
        if (c.getAssessedAt() != null) {
            out.add(new Step(Stage.ASSESSMENT, Status.DONE, day(c.getAssessedAt()), "claims.timeline.ASSESSMENT.done",
                    List.of(text(c.getAssessor())), null, List.of()));
        } else if (s == ClaimState.DEFICIENCY) {
            out.add(new Step(Stage.ASSESSMENT, Status.MEMBER, lastDay(events, ClaimAction.DEFICIENCY_DECLARED),
                    "claims.timeline.ASSESSMENT.deficiency", List.of(text(c.getDeficiencyNote())),
                    "claims.timeline.next.DEFICIENCY", List.of()));
        } else if (s == ClaimState.REJECTED) {
            out.add(new Step(Stage.ASSESSMENT, Status.STOPPED, lastDay(events, ClaimAction.REJECTED),
                    "claims.timeline.ASSESSMENT.rejected", List.of(text(c.getRejectReason())),
                    "claims.timeline.next.REJECTED", List.of()));
            return new ClaimTimeline(out); // nothing follows a rejection
        } else if (s.isAwaitingAssessor()) {
            String detail = s == ClaimState.DEFICIENCY_FIXED ? "claims.timeline.ASSESSMENT.fixed" : null;
            out.add(new Step(Stage.ASSESSMENT, Status.CURRENT, null, detail, List.of(),
                    "claims.timeline.next.ASSESSMENT", List.of()));
        } else {
            out.add(step(Stage.ASSESSMENT, Status.WAITING, null, null));
        }

        // finance, under the core system's file number
        if (c.getSentToFinanceAt() != null) {
            out.add(new Step(Stage.FINANCE, Status.DONE, day(c.getSentToFinanceAt()), "claims.timeline.FINANCE.done",
                    List.of(text(c.getFinanceFileNumber())), null, List.of()));
        } else if (s == ClaimState.ASSESSED) {
            out.add(new Step(Stage.FINANCE, Status.CURRENT, null, null, List.of(), "claims.timeline.next.FINANCE",
                    List.of()));
        } else {
            out.add(step(Stage.FINANCE, Status.WAITING, null, null));
        }

        // the bank
        if (c.getSentToBankOn() != null) {
            out.add(step(Stage.BANK, Status.DONE, c.getSentToBankOn(), "claims.timeline.BANK.done"));
        } else if (s == ClaimState.SENT_TO_FINANCE) {
            out.add(new Step(Stage.BANK, Status.CURRENT, null, null, List.of(), "claims.timeline.next.BANK",
                    List.of()));
        } else {
            out.add(step(Stage.BANK, Status.WAITING, null, null));
        }

        // the deposit (or its return)
        if (s == ClaimState.PAID) {
            out.add(step(Stage.DEPOSIT, Status.DONE, c.getDepositedOn(), "claims.timeline.DEPOSIT.done"));
        } else if (s == ClaimState.PAYMENT_RETURNED) {
            out.add(new Step(Stage.DEPOSIT, Status.STOPPED, c.getReturnedOn(), "claims.timeline.DEPOSIT.returned",
                    List.of(text(c.getReturnLetterNumber())), "claims.timeline.next.RETURNED", List.of()));
        } else if (s == ClaimState.SENT_TO_FINANCE && c.getSentToBankOn() != null) {
            out.add(new Step(Stage.DEPOSIT, Status.CURRENT, null, null, List.of(), "claims.timeline.next.DEPOSIT",
                    List.of()));
        } else {
            out.add(step(Stage.DEPOSIT, Status.WAITING, null, null));
        }
        return new ClaimTimeline(out);
    }

    private static Step step(Stage stage, Status status, LocalDate day, String detailKey) {
        return new Step(stage, status, day, detailKey, List.of(), null, List.of());
    }

    private static LocalDate lastDay(List<ClaimEvent> events, ClaimAction action) {
        LocalDate day = null;
        for (ClaimEvent e : events) {
            if (e.getAction() == action) {
                day = day(e.getAt());
            }
        }
        return day;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(ClockProducer.TEHRAN).toLocalDate();
    }
}
