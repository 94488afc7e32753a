package ir.hami.eligibility;

import java.io.Serializable;

/** The centre behind a valid API key, and the key's id and prefix (its name in the audit trail). */
public record ApiClient(long keyId, long centerId, String prefix) implements Serializable {

    public String actor() {
        return "api:" + prefix;
    }
}
