package ir.hami.api;

import ir.hami.platform.web.FormKey;
import jakarta.ws.rs.WebApplicationException;

/**
 * {@code Idempotency-Key} of the members' API: every create sends one, the same on each retry, so a request retried
 * on a bad mobile network makes one record. The header becomes the create's {@link FormKey}, the portal's one
 * idempotency rule that the pages' forms use too (recorded under a unique constraint with what it created; a repeat
 * answers with the first result). The form key is derived from the account and the header, so two members who send
 * the same header never meet, and nobody can name another account's key.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private Idempotency() {
    }

    /** The create's form key; a 400 problem when the header is missing or malformed. */
    public static FormKey formKey(ApiCaller caller, String header) {
        if (header == null || !header.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw new WebApplicationException(ApiProblems.idempotencyKeyMissing().response(0));
        }
        return FormKey.derivedFrom("api|" + caller.accountId() + "|" + header);
    }
}
