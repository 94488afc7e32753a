package ir.hami.claims;

/** What an assessed item of a claim is; the medical file groups items by it (seed 003). */
public enum ItemKind {
    VISIT, DRUG, SERVICE, LAB, IMAGING, HOSPITAL, DENTAL, OPTICS;

    public String key() {
        return "claims.item." + name();
    }

    public String getKey() {
        return key();
    }
}
