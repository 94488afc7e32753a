package ir.hami.api;

import ir.hami.claims.Claim;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimDocument;
import ir.hami.claims.ClaimDraftRow;
import ir.hami.claims.ClaimEvent;
import ir.hami.claims.ClaimItem;
import ir.hami.claims.ClaimRow;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimTimeline;
import ir.hami.claims.ClaimView;
import ir.hami.claims.DocumentType;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of a member's claims in the members' API ({@link ClaimsResource}, {@link ClaimDraftsResource}):
 * read from what the claims services return, with the Persian texts the member's pages show (state names, timeline
 * sentences, the explanation of every amount and deduction) and Jalali dates beside the ISO ones. Nothing is
 * computed here that the pages do not show.
 */
public final class ClaimViews {

    private ClaimViews() {
    }

    static String fa(String key, Object... args) {
        return key == null ? null : Messages.text(key, args, LocaleBean.PERSIAN);
    }

    static String jalali(LocalDate d) {
        return d == null ? null : Jalali.format(d);
    }

    // ---------------------------------------------------------------- the list

    @Schema(description = "One claim of the list (a card of the claims page)")
    public record ClaimCard(
            @Schema(example = "4211") long id,
            @Schema(description = "Tracking code (کد رهگیری)", example = "1403572911") String trackingCode,
            @Schema(description = "State", example = "PAID") String state,
            @Schema(description = "The state's Persian name", example = "پرداخت شده") String stateTitle,
            @Schema(example = "2026-11-20") LocalDate serviceDate,
            @Schema(example = "1405/08/29") String serviceDateJalali,
            Instant createdAt,
            @Schema(example = "سارا احمدی") String patientName,
            @Schema(example = "ویزیت پزشک عمومی") String serviceTitle,
            @Schema(description = "What the member asked for, Rials", example = "2500000") Long requestedAmount,
            @Schema(description = "What is paid, Rials; null before assessment", example = "2250000")
            Long payableAmount,
            @Schema(description = "The assessor's reason while documents are asked for") String deficiencyNote,
            @Schema(description = "The member has to act (send documents or the originals)") boolean memberToAct) {

        static ClaimCard of(ClaimRow r) {
            return new ClaimCard(r.id(), r.trackingCode(), r.state().name(), fa(r.state().key()), r.serviceDate(),
                    jalali(r.serviceDate()), r.createdAt(), r.patientName(), r.serviceTitle(), r.requestedAmount(),
                    r.payableAmount(), r.state() == ClaimState.DEFICIENCY ? r.deficiencyNote() : null,
                    r.isMemberToAct());
        }
    }

    @Schema(description = "A draft the member is writing")
    public record DraftCard(long id, LocalDate serviceDate, String serviceDateJalali, Instant updatedAt,
                            String patientName,
                            @Schema(description = "The wizard's step reached, 1 to 5", example = "3") int step,
                            String serviceTitle) {
        static DraftCard of(ClaimDraftRow r) {
            return new DraftCard(r.id(), r.serviceDate(), jalali(r.serviceDate()), r.updatedAt(), r.patientName(),
                    r.step(), r.serviceTitle());
        }
    }

    // ---------------------------------------------------------------- one claim

    @Schema(description = "A stage of the claim's timeline with its Persian sentences")
    public record TimelineStep(
            @Schema(example = "ASSESSMENT") String stage,
            @Schema(example = "ارزیابی") String stageTitle,
            @Schema(enumeration = {"DONE", "CURRENT", "MEMBER", "STOPPED", "WAITING"}) String status,
            String statusTitle, LocalDate day, String dayJalali,
            @Schema(description = "What happened at this stage") String detail,
            @Schema(description = "For the current stage: what happens next and who acts") String next) {

        static TimelineStep of(ClaimTimeline.Step s) {
            return new TimelineStep(s.stage().name(), fa(s.stage().getKey()), s.status().name(),
                    fa(s.status().getKey()), s.day(), jalali(s.day()), fa(s.detailKey(), s.getDetailArgs()),
                    fa(s.nextKey(), s.getNextArgs()));
        }
    }

    @Schema(description = "An amount of the claim in Rials with the sentence that explains it")
    public record Amount(@Schema(example = "2500000") Long amount,
                         @Schema(example = "مبلغی که هنگام ثبت درخواست اعلام کردید.") String explanation) {
    }

    @Schema(description = "The claim's amounts after assessment")
    public record Amounts(Amount requested, Amount total, Amount commitment, Amount franchise, Amount payable,
                          @Schema(description = "Sum of all deductions, Rials") long deductionsTotal) {
    }

    @Schema(description = "An assessed item of the claim")
    public record Item(int lineNo, String kind, String kindTitle, String title, String physician, int quantity,
                       @Schema(description = "Rials") long totalAmount,
                       @Schema(description = "What the insured pays of it, Rials") long insuredShare,
                       @Schema(description = "Rials") long payableAmount) {
        static Item of(ClaimItem i) {
            return new Item(i.getLineNo(), i.getKind().name(), fa(i.getKind().key()), i.getTitle(), i.getPhysician(),
                    i.getQuantity(), i.getTotalAmount(), i.getDeductedAmount(), i.getPayableAmount());
        }
    }

    @Schema(description = "One deduction line with its Persian explanation")
    public record DeductionLine(@Schema(description = "The item's title, if on one item") String item,
                                @Schema(example = "250000") long amount,
                                @Schema(example = "سهم شما از هزینه طبق درصد فرانشیز قرارداد؛ این بخش را بیمه‌گر پرداخت نمی‌کند.")
                                String explanation) {
    }

    @Schema(description = "The deductions of one kind (کسورات)")
    public record DeductionGroup(
            @Schema(enumeration = {"FRANCHISE", "OVER_CEILING", "OUT_OF_TARIFF", "NOT_COVERED"}) String kind,
            @Schema(example = "فرانشیز") String title, long total, List<DeductionLine> lines) {
        static DeductionGroup of(ClaimView.DeductionGroup g) {
            String general = fa(g.kind().explanationKey());
            return new DeductionGroup(g.kind().name(), fa(g.kind().key()), g.total(), g.lines().stream()
                    .map(l -> new DeductionLine(l.item(), l.amount(),
                            l.explanation() == null || l.explanation().isBlank() ? general : l.explanation()))
                    .toList());
        }
    }

    @Schema(description = "The payment of the claim; the account as a masked IBAN")
    public record Payment(LocalDate issuedOn, String issuedOnJalali, LocalDate sentToBankOn,
                          String sentToBankOnJalali, LocalDate depositedOn, String depositedOnJalali,
                          @Schema(example = "IR06 **** **** 0001") String maskedIban, String remittanceNumber,
                          String remittanceType, String payingUnit, String returnLetterNumber, LocalDate returnedOn,
                          String returnedOnJalali,
                          @Schema(description = "A notice to show (on its way to the bank, or returned: fix the IBAN)")
                          List<String> notices) {
    }

    @Schema(description = "A document image; fetch it with the bearer token at href")
    public record Document(long id, int round, long documentTypeId, String type, String fileName, Instant addedAt,
                           @Schema(description = "The member may still remove it") boolean removable,
                           @Schema(example = "/api/v1/me/claims/4211/documents/981") String href) {
    }

    @Schema(description = "A document type a service asks for")
    public record Requirement(long documentTypeId, String title, boolean mandatory) {
        static Requirement of(ClaimCatalog.Requirement r) {
            return new Requirement(r.type().getId(), r.type().getTitle(), r.mandatory());
        }

        static Requirement of(DocumentType t) {
            return new Requirement(t.getId(), t.getTitle(), true);
        }
    }

    @Schema(description = "An event of the claim's history")
    public record Event(Instant at, String action, String actionTitle, String note) {
        static Event of(ClaimEvent e) {
            return new Event(e.getAt(), e.getAction().name(), fa(e.getAction().key()), e.getNote());
        }
    }

    @Schema(description = "A claim with everything its page shows")
    public record ClaimDetails(
            long id,
            @Schema(description = "Send it back to change the claim (deficiency fix)") long version,
            String trackingCode, String state, String stateTitle, String channel, String channelTitle,
            long personId, String patientName, String nationalId, LocalDate serviceDate, String serviceDateJalali,
            String serviceType, String service, String center, String province, String contractNumber,
            String contractName, String insurer, String cover, Instant registeredAt, String description,
            String deficiencyNote, String rejectReason, String assessor, String assessorRemark,
            String financeFileNumber, String financeRemark,
            List<TimelineStep> timeline,
            @Schema(description = "Null before assessment") Amounts amounts,
            List<Item> items, List<DeductionGroup> deductions,
            @Schema(description = "Null until the payment is issued") Payment payment,
            List<Document> documents,
            @Schema(description = "In a deficiency: the types an image may be sent as") List<Requirement>
                    deficiencyDocumentTypes,
            List<Event> history) {

        static ClaimDetails of(ClaimView v) {
            Claim c = v.claim();
            ClaimView.Names n = v.names();
            Amounts amounts = c.getState().isAssessed() ? new Amounts(
                    new Amount(c.getRequestedAmount(), fa("claims.track.amount.requested.explained")),
                    new Amount(c.getTotalAmount(), fa("claims.track.amount.total.explained")),
                    new Amount(c.getCommitmentAmount(), fa("claims.track.amount.commitment.explained")),
                    new Amount(c.getFranchiseAmount(), fa("claims.track.amount.franchise.explained")),
                    new Amount(c.getPayableAmount(), fa("claims.track.amount.payable.explained")),
                    v.getDeductionsTotal()) : null;
            Payment payment = null;
            if (c.getSentToBankOn() != null || c.getPaymentIssuedOn() != null) {
                List<String> notices = new ArrayList<>();
                if (c.getState() == ClaimState.PAYMENT_RETURNED) {
                    notices.add(fa("finance.member.fixIban"));
                }
                if (c.getSentToBankOn() != null && c.getState() == ClaimState.SENT_TO_FINANCE) {
                    notices.add(fa("claims.track.payment.notice"));
                    notices.add(fa("claims.track.payment.notice.paya"));
                }
                payment = new Payment(c.getPaymentIssuedOn(), jalali(c.getPaymentIssuedOn()), c.getSentToBankOn(),
                        jalali(c.getSentToBankOn()), c.getDepositedOn(), jalali(c.getDepositedOn()), v.maskedIban(),
                        c.getRemittanceNumber(), c.getRemittanceType(), c.getPayingUnit(), c.getReturnLetterNumber(),
                        c.getReturnedOn(), jalali(c.getReturnedOn()), notices);
            }
            List<Document> docs = new ArrayList<>();
            for (ClaimView.DocumentRound r : v.rounds()) {
                for (ClaimView.Document d : r.documents()) {
                    docs.add(new Document(d.id(), r.round(), 0, d.type(), d.fileName(), d.addedAt(), d.removable(),
                            href(c.getId(), d.id())));
                }
            }
            return new ClaimDetails(c.getId(), c.getVersion(), c.getTrackingCode(), c.getState().name(),
                    fa(c.getState().key()), c.getChannel().name(), fa("claims.channel." + c.getChannel().name()),
                    c.getPersonId(), c.getPatientName(), c.getNationalId(), c.getServiceDate(),
                    jalali(c.getServiceDate()), n.serviceType(), n.service(),
                    n.center() != null ? n.center() : c.getCenterName(), n.province(), n.contractNumber(),
                    n.contractName(), n.insurer(), n.cover(), c.getRegisteredAt(), c.getDescription(),
                    c.getState() == ClaimState.DEFICIENCY ? c.getDeficiencyNote() : null, c.getRejectReason(),
                    c.getAssessor(), c.getAssessorRemark(), c.getFinanceFileNumber(), c.getFinanceRemark(),
                    v.timeline().getSteps().stream().map(TimelineStep::of).toList(), amounts,
                    v.items().stream().map(Item::of).toList(),
                    v.deductions().stream().map(DeductionGroup::of).toList(), payment, docs,
                    v.documentTypes().stream().map(Requirement::of).toList(),
                    v.events().stream().map(Event::of).toList());
        }
    }

    /**
     * A create keyed by an {@code Idempotency-Key}: when a twin with the same key raced it and won, the service refused
     * with {@code form.repeated} and kept nothing; asked again, it answers with the twin's record.
     */
    static <T> T once(java.util.function.Supplier<T> create) {
        try {
            return create.get();
        } catch (ir.hami.platform.ValidationException e) {
            if (!ir.hami.platform.persistence.FormSubmissions.REPEATED.equals(e.key())) {
                throw e;
            }
            return create.get();
        }
    }

    static String href(long claimId, long documentId) {
        return "/api/v1/me/claims/" + claimId + "/documents/" + documentId;
    }

    static Document document(ClaimDocument d, String typeTitle, boolean removable) {
        return new Document(d.getId(), d.getRound(), d.getDocumentTypeId(), typeTitle, d.getFileName(),
                d.getAddedAt(), removable, href(d.getClaimId(), d.getId()));
    }
}
