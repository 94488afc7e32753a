package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.cluster.LocalGrid;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import org.junit.jupiter.api.Test;

class ApiSigningKeysTest {

    private static ApiSigningKeys node(LocalGrid grid) {
        ApiSigningKeys keys = new ApiSigningKeys();
        keys.keyFile = " ";
        keys.keyId = "k1";
        keys.previousKeys = " ";
        keys.grid = grid;
        keys.load();
        return keys;
    }

    @Test
    void withoutAKeyFileEveryNodeOnOneGridSignsWithTheFirstNodesKey() throws GeneralSecurityException {
        LocalGrid grid = new LocalGrid();
        ApiSigningKeys one = node(grid);
        ApiSigningKeys two = node(grid);
        assertTrue(one.signingKeyId().startsWith("dev-"));
        assertEquals(one.signingKeyId(), two.signingKeyId());

        byte[] data = "a member's token".getBytes(StandardCharsets.UTF_8);
        Signature sign = Signature.getInstance("SHA256withRSA");
        sign.initSign(one.signingKey());
        sign.update(data);
        byte[] signature = sign.sign();
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(two.verifyingKeys().get(one.signingKeyId()));
        verify.update(data);
        assertTrue(verify.verify(signature), "a token made on node one is accepted on node two");
    }

    @Test
    void nodesOnTheirOwnMakeTheirOwnKeys() {
        assertNotEquals(node(new LocalGrid()).signingKeyId(), node(new LocalGrid()).signingKeyId());
    }
}
