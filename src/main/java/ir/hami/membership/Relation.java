package ir.hami.membership;

/** A covered person's relation to the main member (نسبت). */
public enum Relation {
    SELF, SPOUSE, CHILD, FATHER, MOTHER, OTHER;

    public boolean isMain() {
        return this == SELF;
    }
}
