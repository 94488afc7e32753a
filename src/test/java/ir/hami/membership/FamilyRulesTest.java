package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyRulesTest {

    private static final long MAIN = 10;
    private static final long SPOUSE = 11;
    private static final long OTHER_MAIN = 20;
    private static final long OTHER_CHILD = 21;

    @Test
    void mainMemberSeesTheWholeFamilyADependentOnlyThemself() {
        assertEquals(FamilyRules.Scope.WHOLE_FAMILY, FamilyRules.scopeOf(Relation.SELF));
        for (Relation r : List.of(Relation.SPOUSE, Relation.CHILD, Relation.FATHER, Relation.MOTHER, Relation.OTHER)) {
            assertEquals(FamilyRules.Scope.ONLY_SELF, FamilyRules.scopeOf(r));
        }
    }

    @Test
    void everybodySeesThemself() {
        assertTrue(FamilyRules.mayView(SPOUSE, SPOUSE, List.of()));
        assertTrue(FamilyRules.mayView(SPOUSE, SPOUSE, MAIN));
    }

    @Test
    void mainMemberSeesTheirDependent() {
        assertTrue(FamilyRules.mayView(MAIN, SPOUSE, MAIN));
        assertTrue(FamilyRules.mayView(MAIN, SPOUSE, List.of(OTHER_MAIN, MAIN)));
    }

    @Test
    void dependentDoesNotSeeTheMainMember() {
        // the main member's own coverage has themself as main member
        assertFalse(FamilyRules.mayView(SPOUSE, MAIN, MAIN));
        assertFalse(FamilyRules.mayView(SPOUSE, MAIN, List.of(MAIN)));
    }

    @Test
    void nobodySeesAnotherFamily() {
        assertFalse(FamilyRules.mayView(MAIN, OTHER_CHILD, OTHER_MAIN));
        assertFalse(FamilyRules.mayView(MAIN, OTHER_MAIN, List.of(OTHER_MAIN)));
        assertFalse(FamilyRules.mayView(MAIN, OTHER_CHILD, List.of()));
    }

    @Test
    void aRecordIsSeenByItsPersonAndTheMainMemberOfItsCoverageOnly() {
        assertTrue(FamilyRules.maySeeRecord(SPOUSE, SPOUSE, MAIN));
        assertTrue(FamilyRules.maySeeRecord(MAIN, SPOUSE, MAIN));
        // the spouse's own record after a divorce (made under their own cover) is not the former main member's
        assertFalse(FamilyRules.maySeeRecord(MAIN, SPOUSE, SPOUSE));
        // nor is the main member's record the spouse's
        assertFalse(FamilyRules.maySeeRecord(SPOUSE, MAIN, MAIN));
        assertFalse(FamilyRules.maySeeRecord(OTHER_MAIN, SPOUSE, MAIN));
    }

    @Test
    void currentDataOnlyThroughACoverageInForceToday() {
        assertTrue(FamilyRules.maySeeCurrentData(MAIN, SPOUSE, MAIN, true));
        assertFalse(FamilyRules.maySeeCurrentData(MAIN, SPOUSE, MAIN, false), "a former main member");
        assertFalse(FamilyRules.maySeeCurrentData(SPOUSE, MAIN, MAIN, true), "a dependent");
        assertFalse(FamilyRules.maySeeCurrentData(OTHER_MAIN, SPOUSE, MAIN, true));
        assertTrue(FamilyRules.maySeeCurrentData(SPOUSE, SPOUSE, MAIN, false), "one's own data, always");
    }
}
