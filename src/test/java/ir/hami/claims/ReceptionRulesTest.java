package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.*;

import ir.hami.platform.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reception: which assessor a claim goes to, the supervisor's reassignment, and the originals' delivery. */
class ReceptionRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final long INSURER = 4;
    private static final long TEHRAN_PROVINCE = 8, FARS = 17, GILAN = 25;

    private static AssignmentRule rule(Long province, String assessor) {
        return new AssignmentRule(INSURER, province, assessor, "admin", T0);
    }

    private static Claim registered() {
        Claim c = new Claim(ClaimChannel.MEMBER, "0012345679", "key-1",
                new Claim.Subject(7, 5, 3, INSURER, "0012345679", "علی حسین‌زاده"), LocalDate.of(2026, 10, 20), T0);
        c.submit("0012345679", "1234567897", null, null, T0.plusSeconds(60));
        return c;
    }

    @Test
    void aClaimGoesToTheAssessorOfItsProvinceElseTheInsurersDefault() {
        List<AssignmentRule> rules = List.of(rule(null, "default_assessor"), rule(TEHRAN_PROVINCE, "tehran_assessor"),
                rule(FARS, "fars_assessor"));
        assertEquals(Optional.of("tehran_assessor"), AssignmentRule.choose(rules, TEHRAN_PROVINCE));
        assertEquals(Optional.of("fars_assessor"), AssignmentRule.choose(rules, FARS));
        assertEquals(Optional.of("default_assessor"), AssignmentRule.choose(rules, GILAN));
        assertEquals(Optional.of("default_assessor"), AssignmentRule.choose(rules, null),
                "a member whose province is unknown: the insurer's default");
    }

    @Test
    void withoutADefaultAClaimOfAnotherProvinceStaysUnassigned() {
        List<AssignmentRule> rules = List.of(rule(FARS, "fars_assessor"));
        assertEquals(Optional.empty(), AssignmentRule.choose(rules, GILAN));
        assertEquals(Optional.empty(), AssignmentRule.choose(List.of(), FARS));
    }

    @Test
    void theProvincesRuleWinsWhicheverOrderTheRulesCome() {
        List<AssignmentRule> rules = List.of(rule(FARS, "fars_assessor"), rule(null, "default_assessor"));
        assertEquals(Optional.of("fars_assessor"), AssignmentRule.choose(rules, FARS));
    }

    @Test
    void reassignmentIsAnEventThatKeepsTheStateAndSaysFromWhomToWhom() {
        Claim c = registered();
        c.assignTo("assessor");
        ClaimEvent e = c.reassign("supervisor", "assessor2", T0.plusSeconds(600));
        assertEquals("assessor2", c.getAssignedTo());
        assertEquals(ClaimAction.REASSIGNED, e.getAction());
        assertEquals(ClaimState.REGISTERED, e.getFromState());
        assertEquals(ClaimState.REGISTERED, e.getToState());
        assertEquals("supervisor", e.getActor());
        assertEquals("assessor → assessor2", e.getNote());
        assertTrue(ClaimAction.REASSIGNED.isBackOfficeOnly());
        c.reassign("supervisor", null, T0.plusSeconds(700));
        assertNull(c.getAssignedTo(), "back to the unassigned pool");
    }

    @Test
    void anAssessedClaimIsNotReassigned() {
        Claim c = registered();
        c.reject("assessor", RejectReason.DUPLICATE, "تکراری", T0.plusSeconds(120));
        ValidationException e = assertThrows(ValidationException.class,
                () -> c.reassign("supervisor", "assessor2", T0.plusSeconds(600)));
        assertEquals(Claim.NOT_ALLOWED, e.key());
    }

    @Test
    void theBranchRecordsTheDayAndPlaceTheOriginalsArrived() {
        Claim c = registered();
        Instant asked = Instant.parse("2026-11-02T06:00:00Z");
        c.requestOriginals("assessor", "شعبه مرکزی تهران", asked);
        Instant now = Instant.parse("2026-11-05T06:00:00Z");
        c.originalsDelivered("assessor", LocalDate.of(2026, 11, 4), "  شعبه شیراز ", now);
        assertEquals(ClaimState.ORIGINALS_DELIVERED, c.getState());
        assertEquals(LocalDate.of(2026, 11, 4), c.getOriginalsDeliveredOn());
        assertEquals("شعبه شیراز", c.getOriginalsDeliveredPlace());
        assertEquals(now, c.getOriginalsDeliveredAt());
    }

    @Test
    void withoutADayOrPlaceTheOriginalsArrivedTodayWhereTheyWereAsked() {
        Claim c = registered();
        c.requestOriginals("assessor", "شعبه مرکزی تهران", Instant.parse("2026-11-02T06:00:00Z"));
        // 22:00 UTC is already the next day in Tehran
        c.originalsDelivered("assessor", Instant.parse("2026-11-05T22:00:00Z"));
        assertEquals(LocalDate.of(2026, 11, 6), c.getOriginalsDeliveredOn());
        assertEquals("شعبه مرکزی تهران", c.getOriginalsDeliveredPlace());
    }

    @Test
    void aDeliveryDayInTheFutureOrBeforeTheRequestIsRefused() {
        Claim c = registered();
        c.requestOriginals("assessor", "شعبه مرکزی", Instant.parse("2026-11-02T06:00:00Z"));
        Instant now = Instant.parse("2026-11-05T06:00:00Z");
        assertEquals("claims.originals.deliveredInFuture", assertThrows(ValidationException.class,
                () -> c.originalsDelivered("assessor", LocalDate.of(2026, 11, 6), null, now)).key());
        assertEquals("claims.originals.deliveredBeforeRequest", assertThrows(ValidationException.class,
                () -> c.originalsDelivered("assessor", LocalDate.of(2026, 11, 1), null, now)).key());
        assertEquals(ClaimState.AWAITING_ORIGINALS, c.getState(), "nothing changed");
    }
}
