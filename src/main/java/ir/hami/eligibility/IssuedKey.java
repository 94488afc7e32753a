package ir.hami.eligibility;

/** A key just issued: the full key is shown once, then only its prefix is known. */
public record IssuedKey(String key, long keyId, String prefix) {
    public String getKey() { return key; }
    public String getPrefix() { return prefix; }
}
