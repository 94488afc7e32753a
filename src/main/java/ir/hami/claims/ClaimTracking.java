package ir.hami.claims;

import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Following a claim (issue 15, "Tracking"): one person's claims list by state filter and tracking code, the
 * viewer's drafts, seed 004's report, a claim's details with its timeline, and fixing a deficiency. Who may see what
 * is decided here: a member sees the claims of a person only when they are that person or the claim's stored main
 * member (in the SQL, so a former family member's later claims never show); another family's claim is refused with
 * the same message as a claim that does not exist.
 */
@Stateless
@RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class ClaimTracking {

    /** Counts stop here: the list says "more than 1,000" rather than count a large history. */
    public static final long COUNT_CAP = 1_000;
    /** Message key: a deficiency is fixed only with at least one new image. */
    public static final String KEY_NEW_IMAGE = "claims.track.newImageRequired";
    /** The longest page a list asks for. */
    static final int MAX_PAGE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FamilyService family;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    // ---------------------------------------------------------------- the list

    /** A page of the person's claims in the filter, newest first. */
    public List<ClaimRow> page(ClaimViewer viewer, long personId, ClaimFilter filter, String search, int first,
                               int size) {
        ClaimQueries.Where w = where(viewer, personId, filter, search);
        Query q = bind(em.createNativeQuery(ClaimQueries.page(w)), w.params());
        q.setParameter(w.params().size() + 1, Math.max(1, Math.min(size, MAX_PAGE)));
        q.setParameter(w.params().size() + 2, Math.max(0, first));
        return rows(q).stream().map(ClaimQueries::row).toList();
    }

    /** How many claims {@link #page} has, at most {@link #COUNT_CAP} + 1. */
    public long count(ClaimViewer viewer, long personId, ClaimFilter filter, String search) {
        ClaimQueries.Where w = where(viewer, personId, filter, search);
        Query q = bind(em.createNativeQuery(ClaimQueries.countUpTo(w)), w.params());
        q.setParameter(w.params().size() + 1, COUNT_CAP + 1);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The drafts the viewer is writing, newest first (at most {@code limit}). */
    public List<ClaimDraftRow> drafts(ClaimViewer viewer, int limit) {
        if (!viewer.isMember()) {
            return List.of();
        }
        Query q = em.createNativeQuery(ClaimQueries.DRAFTS);
        q.setParameter(1, viewer.username());
        q.setParameter(2, Math.max(1, Math.min(limit, MAX_PAGE)));
        return rows(q).stream().map(ClaimQueries::draftRow).toList();
    }

    /** Seed 004's report: the person's claims under contracts in force today, newest first. */
    public List<ClaimReportRow> report(ClaimViewer viewer, long personId, int first, int size) {
        ClaimQueries.Where w = where(viewer, personId, ClaimFilter.ALL, null);
        Query q = bind(em.createNativeQuery(ClaimQueries.report(w)), w.params());
        int n = w.params().size();
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(clock));
        q.setParameter(n + 1, today);
        q.setParameter(n + 2, today);
        q.setParameter(n + 3, Math.max(1, Math.min(size, MAX_PAGE)));
        q.setParameter(n + 4, Math.max(0, first));
        return rows(q).stream().map(ClaimQueries::reportRow).toList();
    }

    public long reportCount(ClaimViewer viewer, long personId) {
        ClaimQueries.Where w = where(viewer, personId, ClaimFilter.ALL, null);
        Query q = bind(em.createNativeQuery(ClaimQueries.reportCountUpTo(w)), w.params());
        int n = w.params().size();
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(clock));
        q.setParameter(n + 1, today);
        q.setParameter(n + 2, today);
        q.setParameter(n + 3, COUNT_CAP + 1);
        return ((Number) q.getSingleResult()).longValue();
    }

    private ClaimQueries.Where where(ClaimViewer viewer, long personId, ClaimFilter filter, String search) {
        if (viewer.isClaimsStaff()) {
            return ClaimQueries.person(personId, null, filter, search);
        }
        if (!viewer.isMember()) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        try {
            family.requireRecordsVisible(viewer.personId(), personId);
        } catch (ValidationException e) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        return ClaimQueries.person(personId, viewer.personId(), filter, search);
    }

    // ---------------------------------------------------------------- one claim

    /** Everything about a claim the viewer may see; otherwise {@link ClaimRecords#REFUSED}. */
    public ClaimView details(ClaimViewer viewer, long claimId) {
        Claim c = records.visible(viewer, claimId);
        List<ClaimEvent> events = records.events(claimId);
        if (!viewer.isClaimsStaff()) {
            // who in the back office holds the claim is the office's business, not the member's
            events = events.stream().filter(e -> !e.getAction().isBackOfficeOnly()).toList();
        }
        List<ClaimItem> items = em.createQuery("select i from ClaimItem i where i.claimId = :c order by i.lineNo",
                ClaimItem.class).setParameter("c", claimId).getResultList();
        List<ClaimDeduction> deductions = em.createQuery(
                        "select d from ClaimDeduction d where d.claimId = :c order by d.id", ClaimDeduction.class)
                .setParameter("c", claimId).getResultList();
        return new ClaimView(c, names(claimId), items, groups(items, deductions), events,
                rounds(viewer, c, records.documents(claimId)), ClaimTimeline.of(c, events),
                ClaimView.maskIban(c.getPaymentIban()), documentTypes(c));
    }

    /**
     * The member sent the images the assessor asked for: back to the assessor's queue (DEFICIENCY_FIXED), the
     * family told by SMS and on the portal. Only in DEFICIENCY and with at least one image in the current round.
     *
     * @throws ValidationException {@link ClaimRecords#REFUSED}, {@link ClaimRecords#CONFLICT},
     *                             {@link Claim#NOT_ALLOWED}, {@link #KEY_NEW_IMAGE}, {@code claims.note.tooLong}
     */
    public Claim fixDeficiency(ClaimViewer viewer, long claimId, long seenVersion, String note) {
        Claim c = records.visible(viewer, claimId);
        if (!viewer.isMember() || c.getState() != ClaimState.DEFICIENCY) {
            throw new ValidationException(Claim.NOT_ALLOWED);
        }
        String text = TextLimit.paragraphs(note, Claim.NOTE_LENGTH, "claims.note.tooLong");
        c = records.forChange(viewer, claimId, seenVersion);
        long added = em.createQuery("select count(d) from ClaimDocument d where d.claimId = :c and d.round = :r",
                Long.class).setParameter("c", claimId).setParameter("r", c.getDeficiencyRound()).getSingleResult();
        if (added == 0) {
            throw new ValidationException(KEY_NEW_IMAGE);
        }
        records.record(c, c.fixDeficiency(viewer.username(), text, clock.instant().truncatedTo(ChronoUnit.SECONDS)),
                "claims.sms.deficiencyFixed", c.getTrackingCode());
        return c;
    }

    // ---------------------------------------------------------------- pieces

    private ClaimView.Names names(long claimId) {
        Query q = em.createNativeQuery(ClaimQueries.NAMES);
        q.setParameter(1, claimId);
        Object[] r = rows(q).get(0);
        return new ClaimView.Names((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7]);
    }

    /** The deductions by kind (in the kind's order), each line with its item's title. */
    static List<ClaimView.DeductionGroup> groups(List<ClaimItem> items, List<ClaimDeduction> deductions) {
        Map<Long, String> titles = new HashMap<>();
        items.forEach(i -> titles.put(i.getId(), i.getTitle()));
        Map<DeductionKind, List<ClaimView.DeductionLine>> byKind = new EnumMap<>(DeductionKind.class);
        for (ClaimDeduction d : deductions) {
            byKind.computeIfAbsent(d.getKind(), k -> new ArrayList<>()).add(new ClaimView.DeductionLine(
                    d.getItemId() == null ? null : titles.get(d.getItemId()), d.getAmount(), d.getExplanation()));
        }
        List<ClaimView.DeductionGroup> out = new ArrayList<>();
        byKind.forEach((kind, lines) -> out.add(new ClaimView.DeductionGroup(kind,
                lines.stream().mapToLong(ClaimView.DeductionLine::amount).sum(), List.copyOf(lines))));
        return out;
    }

    private List<ClaimView.DocumentRound> rounds(ClaimViewer viewer, Claim c, List<ClaimDocument> docs) {
        boolean editable = viewer.isMember() && c.getState() == ClaimState.DEFICIENCY;
        Map<Long, String> types = new HashMap<>();
        Map<Integer, List<ClaimView.Document>> byRound = new TreeMap<>();
        for (ClaimDocument d : docs) {
            String type = types.computeIfAbsent(d.getDocumentTypeId(),
                    id -> catalog.documentType(id).map(DocumentType::getTitle).orElse(""));
            byRound.computeIfAbsent(d.getRound(), r -> new ArrayList<>()).add(new ClaimView.Document(d.getId(),
                    type, d.getFileName(), d.getAddedAt(), editable && d.getRound() == c.getDeficiencyRound()));
        }
        if (editable) {
            byRound.computeIfAbsent(c.getDeficiencyRound(), r -> new ArrayList<>());
        }
        List<ClaimView.DocumentRound> out = new ArrayList<>();
        byRound.forEach((round, list) -> out.add(new ClaimView.DocumentRound(round, List.copyOf(list))));
        return out;
    }

    private List<ClaimCatalog.Requirement> documentTypes(Claim c) {
        if (c.getState() != ClaimState.DEFICIENCY) {
            return List.of();
        }
        if (c.getServiceId() != null) {
            return catalog.requirements(c.getServiceId());
        }
        return catalog.documentTypes().stream().map(t -> new ClaimCatalog.Requirement(t, false)).toList();
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }
}
