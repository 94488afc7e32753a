package ir.hami.referral;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public verification page shows of a letter: genuine or not, and when genuine its number, state on the
 * day asked, dates, centre, insurer and the patient's initials only — no name, national ID or procedure.
 */
public record Verification(State state, String letterNumber, String initials, String centerName, String insurerName,
                           LocalDate validFrom, LocalDate validTo) implements Serializable {

    public enum State { VALID, NOT_YET_VALID, EXPIRED }

    public State getState() { return state; }
    public String getLetterNumber() { return letterNumber; }
    public String getInitials() { return initials; }
    public String getCenterName() { return centerName; }
    public String getInsurerName() { return insurerName; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isValid() { return state == State.VALID; }

    /** The state of a letter with these dates on this day. */
    public static State stateOn(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        if (day.isBefore(validFrom)) {
            return State.NOT_YET_VALID;
        }
        return day.isAfter(validTo) ? State.EXPIRED : State.VALID;
    }
}
