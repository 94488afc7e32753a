package ir.hami.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A signed JSON Web Token in the MicroProfile JWT shape ({@code RS256}, header {@code kid}; claims {@code iss},
 * {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}), plus Hami's own {@code aid}
 * (account id) and {@code pid} (person id). Pure: keys come in, nothing is looked up. Verifying checks, in order:
 * the shape, {@code alg} = RS256 exactly (never {@code none}, never a key of another type), a known {@code kid}, the
 * signature, the issuer and the expiry (with a small leeway for clocks). Rotation without downtime: sign with the
 * new key while the old key's public half is still in the verifying map until the last token it signed expires.
 */
public final class Jwt {

    /** Clock difference between portal nodes that an expiry tolerates. */
    public static final long LEEWAY_SECONDS = 30;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /*
     * The JSON-P factories, looked up once: Json.createReader() and friends look the provider up through the
     * ServiceLoader at every call, which was three quarters of a token check's CPU (see benchmarks.md, issue 17).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private Jwt() {
    }

    /** What an access token says about its holder. */
    public record Claims(String issuer, String username, long accountId, Long personId, Role role, String tokenId,
                         Instant issuedAt, Instant expiresAt) {
    }

    /** Signs {@code claims} with {@code key} under {@code keyId}: the compact serialisation. */
    public static String sign(Claims claims, String keyId, PrivateKey key) {
        String header = B64.encodeToString(BUILDERS.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", keyId).build().toString().getBytes(StandardCharsets.UTF_8));
        JsonObjectBuilder body = BUILDERS.createObjectBuilder()
                .add("iss", claims.issuer())
                .add("sub", claims.username())
                .add("upn", claims.username())
                .add("groups", BUILDERS.createArrayBuilder().add(claims.role().name()))
                .add("aid", claims.accountId())
                .add("iat", claims.issuedAt().getEpochSecond())
                .add("exp", claims.expiresAt().getEpochSecond())
                .add("jti", claims.tokenId());
        if (claims.personId() != null) {
            body.add("pid", claims.personId());
        }
        String payload = B64.encodeToString(body.build().toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /**
     * The claims of a valid token, or empty when anything is wrong with it (malformed, another algorithm, unknown
     * key, bad signature, other issuer, expired). Never throws on what a caller sent.
     */
    public static Optional<Claims> verify(String token, Map<String, PublicKey> keys, String issuer, Instant now) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || second == token.length() - 1 || token.indexOf('.', second + 1) >= 0) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(B64D.decode(token.substring(0, first)));
            if (!"RS256".equals(string(header, "alg"))) {
                return Optional.empty();
            }
            PublicKey key = keys.get(string(header, "kid"));
            if (key == null) {
                return Optional.empty();
            }
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(token.substring(0, second).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(B64D.decode(token.substring(second + 1)))) {
                return Optional.empty();
            }
            JsonObject body = json(B64D.decode(token.substring(first + 1, second)));
            if (!issuer.equals(string(body, "iss"))) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(number(body, "exp"));
            if (!now.isBefore(expires.plusSeconds(LEEWAY_SECONDS))) {
                return Optional.empty();
            }
            String username = string(body, "upn");
            Role role = roleOf(body);
            if (username == null || role == null || !body.containsKey("aid")) {
                return Optional.empty();
            }
            Long personId = body.containsKey("pid") ? number(body, "pid") : null;
            return Optional.of(new Claims(issuer, username, number(body, "aid"), personId, role,
                    string(body, "jti"), Instant.ofEpochSecond(number(body, "iat")), expires));
        } catch (RuntimeException | GeneralSecurityException e) {
            // bad Base64, bad JSON, a claim of the wrong type, a key of another algorithm: simply not valid
            return Optional.empty();
        }
    }

    private static Role roleOf(JsonObject body) {
        JsonValue groups = body.get("groups");
        if (groups == null || groups.getValueType() != JsonValue.ValueType.ARRAY || groups.asJsonArray().size() != 1) {
            return null;
        }
        String name = groups.asJsonArray().getString(0);
        return Set.of(Role.values()).stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static JsonObject json(byte[] bytes) {
        try (JsonReader reader = READERS.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.longValueExact();
        }
        throw new IllegalArgumentException(name);
    }
}
