package ir.hami.membership;

/**
 * Who sees whom in a family (seed 004, «افراد تحت تکفل»).
 *
 * <p>Rules: in a contract where a member is the main member (relation SELF), they see everyone covered under them
 * there (the coverages whose main member they are: themself and their dependents). A dependent sees only
 * themself, in every contract. Families change (a divorce, a child with their own job cover), so what a viewer may
 * see is bound to one coverage and to time, never to "was once in the same family":
 * <ul>
 *   <li>a <em>record</em> made under a coverage (a referral request, later a claim) is visible to the person it is
 *       about and to the main member of that coverage, as stored on the record ({@link #maySeeRecord});</li>
 *   <li>a person's <em>current</em> data (the inquiry card's IBAN, mobile and address, choosing them as the insured
 *       person, making a new record for them) only to themself, or through a coverage of theirs in force today
 *       whose main member is the viewer ({@link #maySeeCurrentData}).</li>
 * </ul>
 */
public final class FamilyRules {

    /** Whom the family table of one contract shows to the viewer. */
    public enum Scope {
        /** The viewer is the main member there: themself and their dependents. */
        WHOLE_FAMILY,
        /** The viewer is a dependent there: only themself. */
        ONLY_SELF
    }

    private FamilyRules() {
    }

    /**
     * @param viewerRelation the viewer's relation in the contract
     * @return what the viewer's family table of that contract shows
     */
    public static Scope scopeOf(Relation viewerRelation) {
        return viewerRelation.isMain() ? Scope.WHOLE_FAMILY : Scope.ONLY_SELF;
    }

    /**
     * A record made under a coverage: the person it is about and the main member of that coverage (the one stored
     * on the record when it was made), whatever became of the family since.
     *
     * @param viewerPersonId     the member who asks
     * @param recordPersonId     the person the record is about
     * @param recordMainPersonId the main member of the coverage the record was made under
     */
    public static boolean maySeeRecord(long viewerPersonId, long recordPersonId, long recordMainPersonId) {
        return viewerPersonId == recordPersonId || viewerPersonId == recordMainPersonId;
    }

    /**
     * A person's current data through one of their coverages: their own always; another's only when the viewer is
     * the main member of that coverage and it is in force today.
     *
     * @param coverageMainPersonId the main member of the target's coverage
     * @param inForceToday         whether that coverage covers today
     */
    public static boolean maySeeCurrentData(long viewerPersonId, long targetPersonId, long coverageMainPersonId,
                                            boolean inForceToday) {
        return viewerPersonId == targetPersonId || (inForceToday && viewerPersonId == coverageMainPersonId);
    }

    /**
     * @param viewerPersonId the member who asks
     * @param targetPersonId the person asked about
     * @param targetMainPersonId the main member of one coverage of the target
     * @return whether that coverage makes the viewer the target or its main member (at any time: callers add the
     *         rule of time, see {@link #maySeeCurrentData})
     */
    public static boolean mayView(long viewerPersonId, long targetPersonId, long targetMainPersonId) {
        return viewerPersonId == targetPersonId || viewerPersonId == targetMainPersonId;
    }

    /**
     * @param viewerPersonId the member who asks
     * @param targetPersonId the person asked about
     * @param targetMainPersonIds the main members of all the target's coverages
     * @return whether any of them makes the target visible to the viewer
     */
    public static boolean mayView(long viewerPersonId, long targetPersonId, Iterable<Long> targetMainPersonIds) {
        if (viewerPersonId == targetPersonId) {
            return true;
        }
        for (Long main : targetMainPersonIds) {
            if (main != null && mayView(viewerPersonId, targetPersonId, main.longValue())) {
                return true;
            }
        }
        return false;
    }
}
