package ir.hami.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers of the members' API that the app may poll cheaply: the body is written once as JSON, its SHA-256 is the
 * {@code ETag}, and a request whose {@code If-None-Match} names it gets 304 with no body. {@code Cache-Control:
 * private, no-cache}: the phone may keep the answer but must ask again each time; no shared cache keeps it.
 */
public final class Conditional {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    /** One shared JSON-B (thread safe, costly to create). */
    public static final Jsonb JSONB = JsonbBuilder.create();

    private Conditional() {
    }

    public static Response ok(Request request, Object entity) {
        String json = JSONB.toJson(entity);
        EntityTag tag = new EntityTag(hash(json), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", "private, no-cache").build();
        }
        return Response.ok(json, JSON).tag(tag).header("Cache-Control", "private, no-cache").build();
    }

    /** A plain JSON answer that no cache keeps (a create's result, a token). */
    public static Response noStore(Response.Status status, Object entity) {
        return Response.status(status).entity(JSONB.toJson(entity)).type(JSON).header("Cache-Control", "no-store")
                .build();
    }

    private static String hash(String json) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
