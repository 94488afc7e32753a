package ir.hami.membership.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.id.Iban;
import ir.hami.platform.id.NationalId;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NationalIdSequenceTest {

    @Test
    void twoHundredThousandIdsAreValidAndDistinct() {
        NationalIdSequence ids = new NationalIdSequence(1405, Set.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = ids.next();
            assertTrue(NationalId.isValid(id), id);
            assertTrue(seen.add(id), "repeated " + id);
        }
    }

    @Test
    void reservedIdsAreNeverHandedOut() {
        NationalIdSequence probe = new NationalIdSequence(9, Set.of());
        String first = probe.next();
        String second = probe.next();
        NationalIdSequence ids = new NationalIdSequence(9, Set.of(first));
        assertEquals(second, ids.next());
    }

    @Test
    void theSeedDecidesTheSequence() {
        assertEquals(new NationalIdSequence(5, Set.of()).next(), new NationalIdSequence(5, Set.of()).next());
        assertNotEquals(new NationalIdSequence(5, Set.of()).next(), new NationalIdSequence(6, Set.of()).next());
    }

    @Test
    void ibanCheckDigitsFollowIso13616() {
        // A published example of an Iranian IBAN: its check digits are recomputed from the BBAN.
        assertEquals("IR062960000000100324200001", FamilyFactory.ibanOf("2960000000100324200001"));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            String iban = FamilyFactory.iban(random);
            assertTrue(Iban.isValid(iban), iban);
        }
    }

    @Test
    void mobilesAreIranianAndNeverTheActivationMobile() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 10_000; i++) {
            String mobile = FamilyFactory.mobile(random);
            assertTrue(mobile.matches("09[0-9]{9}"), mobile);
            assertFalse(mobile.equals(DemoLogins.ACTIVATION_MOBILE));
        }
    }
}
