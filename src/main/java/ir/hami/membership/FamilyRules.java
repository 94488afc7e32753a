package ir.hami.membership;

/**
 * Who sees whom in a family (seed 004, «افراد تحت تکفل»).
 *
 * <p>Rules: in a contract where a member is the main member (relation SELF), they see everyone covered under them
 * there (the coverages whose main member they are: themself and their dependents). A dependent sees only
 * themself, in every contract. So a person is visible to a viewer when it is the viewer, or when the viewer is the
 * main member of a coverage of that person.
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
     * @param viewerPersonId the member who asks
     * @param targetPersonId the person asked about
     * @param targetMainPersonId the main member of one coverage of the target
     * @return whether that coverage makes the target visible to the viewer
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
