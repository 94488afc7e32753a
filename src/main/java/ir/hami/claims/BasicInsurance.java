package ir.hami.claims;

/** The person's basic insurance (بیمه پایه), asked on the claim. */
public enum BasicInsurance {
    SOCIAL_SECURITY, SALAMAT, ARMED_FORCES, OTHER_OR_NONE;

    public String key() {
        return "claims.basic." + name();
    }

    public String getKey() {
        return key();
    }
}
