package ir.hami.claims;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the member's claim page shows, read as stored ({@link ClaimTracking#details}): the claim, the names it
 * refers to, its assessed items and deductions (grouped by kind, each with its explanation), its history, its
 * document images by round, the timeline, and the payment's account as a masked IBAN.
 */
public record ClaimView(Claim claim, Names names, List<ClaimItem> items, List<DeductionGroup> deductions,
                        List<ClaimEvent> events, List<DocumentRound> rounds, ClaimTimeline timeline,
                        String maskedIban, List<ClaimCatalog.Requirement> documentTypes) implements Serializable {

    /** The names of the centre, service type, service, province, cover, contract (number, name) and insurer. */
    public record Names(String center, String serviceType, String service, String province, String cover,
                        String contractNumber, String contractName, String insurer) implements Serializable {
        public String getCenter() { return center; }
        public String getServiceType() { return serviceType; }
        public String getService() { return service; }
        public String getProvince() { return province; }
        public String getCover() { return cover; }
        public String getContractNumber() { return contractNumber; }
        public String getContractName() { return contractName; }
        public String getInsurer() { return insurer; }
    }

    /** One deduction of an item: the item's title, the amount and the sentence that explains it. */
    public record DeductionLine(String item, long amount, String explanation) implements Serializable {
        public String getItem() { return item; }
        public long getAmount() { return amount; }
        public String getExplanation() { return explanation; }
    }

    /** The deductions of one kind, their sum and lines. */
    public record DeductionGroup(DeductionKind kind, long total, List<DeductionLine> lines) implements Serializable {
        public DeductionKind getKind() { return kind; }
        public long getTotal() { return total; }
        public List<DeductionLine> getLines() { return lines; }
    }

    /** A document image as listed: its id (for the image's address), type, name, when, and whether removable. */
    public record Document(long id, String type, String fileName, Instant addedAt, boolean removable)
            implements Serializable {
        public long getId() { return id; }
        public String getType() { return type; }
        public String getFileName() { return fileName; }
        public Instant getAddedAt() { return addedAt; }
        public boolean isRemovable() { return removable; }
    }

    /** The images of one round: 0 came with the claim, n to fix the n-th deficiency. */
    public record DocumentRound(int round, List<Document> documents) implements Serializable {
        public int getRound() { return round; }
        public List<Document> getDocuments() { return documents; }
    }

    public Claim getClaim() { return claim; }
    public Names getNames() { return names; }
    public List<ClaimItem> getItems() { return items; }
    public List<DeductionGroup> getDeductions() { return deductions; }
    public List<ClaimEvent> getEvents() { return events; }
    public List<DocumentRound> getRounds() { return rounds; }
    public ClaimTimeline getTimeline() { return timeline; }
    public String getMaskedIban() { return maskedIban; }
    public List<ClaimCatalog.Requirement> getDocumentTypes() { return documentTypes; }

    /** The items' totals, what the insured pays of them (everything deducted), and what is paid. */
    public long getItemsTotal() { return items.stream().mapToLong(ClaimItem::getTotalAmount).sum(); }
    public long getItemsInsuredShare() { return items.stream().mapToLong(ClaimItem::getDeductedAmount).sum(); }
    public long getItemsPayable() { return items.stream().mapToLong(ClaimItem::getPayableAmount).sum(); }
    public long getDeductionsTotal() { return deductions.stream().mapToLong(DeductionGroup::total).sum(); }

    /** Images the member added in the round being asked for (a deficiency is fixed only with at least one). */
    public long getNewImages() {
        return rounds.stream().filter(r -> r.round() == claim.getDeficiencyRound() && claim.getDeficiencyRound() > 0)
                .mapToLong(r -> r.documents().size()).sum();
    }

    /**
     * An IBAN as the member's pages show it: the country and check digits, then only the last four digits, e.g.
     * {@code IR12 **** **** 3456}; null for none.
     */
    public static String maskIban(String iban) {
        if (iban == null || iban.isBlank()) {
            return null;
        }
        String s = iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() < 8) {
            return "****";
        }
        return s.substring(0, 4) + " **** **** " + s.substring(s.length() - 4);
    }
}
