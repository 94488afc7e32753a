package ir.hami.membership;

/**
 * What a cover (پوشش) pays for. A claim's service type names the kind of cover that pays it; the claim is charged to
 * the contract's cover of that kind (see {@code ir.hami.claims}).
 */
public enum CoverKind {
    HOSPITAL, OUTPATIENT, PARACLINIC, DRUG, DENTAL, OPTICS, OTHER;

    /** Bundle key of its Persian name. */
    public String key() {
        return "cover.kind." + name();
    }
}
