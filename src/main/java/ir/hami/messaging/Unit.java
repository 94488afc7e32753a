package ir.hami.messaging;

/**
 * The unit of an insurer a message goes to («واحد مورد نظر», seed 004). A fixed list combined with the chosen insurer,
 * not a table per insurer: the units are the assistance company's own departments, the same for every insurer it
 * serves, and each is answered by a staff role, so a new unit needs code (its role and routing) anyway.
 */
public enum Unit {
    /** واحد معرفی‌نامه: referral letters (doctor's order, national card). */
    REFERRAL,
    /** واحد خسارت: claims. */
    CLAIMS,
    /** امور مشتریان: everything else. */
    CUSTOMER_SERVICE
}
