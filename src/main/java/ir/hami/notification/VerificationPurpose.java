package ir.hami.notification;

/** What an SMS code proves. A code made for one purpose never passes for another. */
public enum VerificationPurpose {
    ACTIVATION, RECOVERY, MOBILE_CHANGE, PASSWORD_CHANGE, CLAIM
}
