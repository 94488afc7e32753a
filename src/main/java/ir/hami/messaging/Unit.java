package ir.hami.messaging;

import ir.hami.platform.security.Role;

/**
 * The unit of an insurer a message goes to («واحد مورد نظر», seed 004). A fixed list combined with the chosen insurer,
 * not a table per insurer: the units are the assistance company's own departments, the same for every insurer it
 * serves, and each is answered by a staff role, so a new unit needs code (its role and routing) anyway.
 */
public enum Unit {
    /** واحد معرفی‌نامه: referral letters (doctor's order, national card); answered by the referral unit. */
    REFERRAL(Role.REFERRAL),
    /** واحد خسارت: claims; answered by the claims assessors. */
    CLAIMS(Role.ASSESSOR),
    /** امور مشتریان: everything else; answered by the referral unit (there is no customer-affairs role yet). */
    CUSTOMER_SERVICE(Role.REFERRAL);

    private final Role answeredBy;

    Unit(Role answeredBy) {
        this.answeredBy = answeredBy;
    }

    /** The staff role that answers this unit's threads (administrators answer every unit). */
    public Role answeredBy() {
        return answeredBy;
    }

    /** Whether someone of this role may see and act on this unit's threads. */
    public boolean isAnsweredBy(Role role) {
        return role == Role.ADMIN || role == answeredBy;
    }

    /** The units whose threads someone of this role sees; none for members, centres and finance. */
    public static java.util.Set<Unit> answeredBy(Role role) {
        java.util.EnumSet<Unit> units = java.util.EnumSet.noneOf(Unit.class);
        for (Unit unit : values()) {
            if (role != null && unit.isAnsweredBy(role)) {
                units.add(unit);
            }
        }
        return units;
    }
}
