package ir.hami.access;

import ir.hami.platform.cluster.Grid;
import ir.hami.platform.cluster.SharedMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of the members' API tokens, from configuration. {@code hami.api.token.key-file}: the PEM (PKCS#8) RSA
 * private key that signs new tokens, under the key id {@code hami.api.token.key-id}; its public half verifies them.
 * {@code hami.api.token.previous-keys}: {@code kid=/path/public.pem} pairs, comma separated, of keys that no longer
 * sign but whose tokens are still accepted until they expire. Rotating without downtime: give the nodes the new key
 * and id with the old key's public half in {@code previous-keys}; remove it after the access tokens' lifetime.
 * With no key file configured (a laptop, the demo) a key pair is generated at start and offered to the portal's
 * {@link Grid}: the first node's key is put there and every later node takes it, so all nodes sign and accept the
 * same tokens; they die when the last node stops (without the grid: with this node), which the log says. The dev
 * key's private half then sits in the grid's memory: production configures a key file.
 */
@ApplicationScoped
public class ApiSigningKeys {

    private static final Logger LOG = Logger.getLogger(ApiSigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "hami.api.token.key-file", defaultValue = " ")
    String keyFile;

    @Inject
    @ConfigProperty(name = "hami.api.token.key-id", defaultValue = "k1")
    String keyId;

    @Inject
    @ConfigProperty(name = "hami.api.token.previous-keys", defaultValue = " ")
    String previousKeys;

    /** The grid's map of the generated key: {@value #DEV_KEY} → "kid base64(PKCS#8)". */
    static final String MAP = "api-signing-keys";
    static final String DEV_KEY = "dev";

    @Inject
    Grid grid;

    private volatile String signingKeyId;
    private volatile PrivateKey signingKey;
    private volatile Map<String, PublicKey> verifying;

    @PostConstruct
    void load() {
        try {
            Map<String, PublicKey> keys = new HashMap<>();
            if (keyFile == null || keyFile.isBlank()) {
                String shared = devKey(grid.map(MAP, Duration.ZERO, 0));
                int space = shared.indexOf(' ');
                signingKeyId = shared.substring(0, space);
                signingKey = privateKey(Base64.getDecoder().decode(shared.substring(space + 1)));
                keys.put(signingKeyId, publicOf(signingKey));
                LOG.warning("hami.api.token.key-file is not set: the members' API signs its tokens with a key made at "
                        + "start (" + signingKeyId + ") and kept in " + grid.describe() + "; its tokens end when "
                        + (grid.shared() ? "the last node stops" : "this node stops, and other nodes do not accept them"));
            } else {
                signingKeyId = keyId.trim();
                signingKey = privateKey(pem(Path.of(keyFile.trim())));
                keys.put(signingKeyId, publicOf(signingKey));
            }
            if (previousKeys != null && !previousKeys.isBlank()) {
                for (String entry : previousKeys.split(",")) {
                    String[] pair = entry.trim().split("=", 2);
                    if (pair.length != 2 || pair[0].isBlank()) {
                        throw new IllegalStateException("hami.api.token.previous-keys: kid=/path/public.pem, got " + entry);
                    }
                    keys.putIfAbsent(pair[0].trim(), publicKey(pem(Path.of(pair[1].trim()))));
                }
            }
            verifying = Map.copyOf(keys);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the members' API token keys cannot be read", e);
        }
    }

    /** The grid's dev key, "kid base64(PKCS#8)": the one there, or a new one that this node puts there first. */
    static String devKey(SharedMap keys) throws GeneralSecurityException {
        String there = keys.get(DEV_KEY);
        if (there != null) {
            return there;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        String mine = "dev-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id) + " "
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        there = keys.putIfAbsent(DEV_KEY, mine);
        return there == null ? mine : there;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    /** Every key id whose tokens are accepted, with its public key. */
    public Map<String, PublicKey> verifyingKeys() {
        return verifying;
    }

    static byte[] pem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
    }

    static PublicKey publicOf(PrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("an RSA private key in PKCS#8 with its public exponent is needed");
        }
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }
}
