package ir.hami.claims.web;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Test only: claims written into the browser tests' database as the model leaves them in each state (the browser
 * portal runs apart, so its services cannot be called from the test): the row with its stage dates and amounts, its
 * events, items, deductions and document images.
 */
public final class BrowserClaims {

    /** V15's starter catalogue: type 1 (ویزیت پزشک), service 1 (ویزیت پزشک عمومی), document type 1 (invoice). */
    static final long VISIT_TYPE = 1;
    static final long GP_VISIT = 1;
    static final long INVOICE = 1;

    private final TestData data;

    public BrowserClaims(TestData data) {
        this.data = data;
    }

    public record Made(long id, String trackingCode) {
    }

    /** A claim submitted five days ago for the patient under the main member, REGISTERED; then moved by the setters. */
    public Made submitted(TestData.Member patient, TestData.Member main, long contractId, long amount) {
        long id = data.nextId("claim");
        String nine = String.valueOf(300_000_000L + id);
        String code = nine + TrackingCodes.luhnDigit(nine);
        Object insurer = data.queryValue("select insurer_id from insurance_contract where id = ?", contractId);
        Instant at = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).plusSeconds(id % 1000);
        data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, contract_id, "
                        + "insurer_id, national_id, patient_name, service_date, center_name, service_type_id, service_id, "
                        + "requested_amount, basic_insurance, e_prescription, description, draft_step, state, "
                        + "created_at, registered_at, updated_at, received_at, deficiency_round, version) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, code, "MEMBER", main.nationalId(), patient.personId(), main.personId(), contractId, insurer,
                patient.nationalId(), patient.fullName(), LocalDate.now().minusDays(7), "درمانگاه آزمون", VISIT_TYPE,
                GP_VISIT, amount, "SALAMAT", false, "ویزیت پزشک عمومی", 5, "REGISTERED", at, at, at, at, 0, 0);
        event(id, at, main.nationalId(), "SUBMITTED", null, "REGISTERED", null);
        image(id, main.personId(), 0, "invoice.png", main.nationalId());
        return new Made(id, code);
    }

    public void deficiency(long id, String note) {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        data.update("update claim set state = 'DEFICIENCY', deficiency_note = ?, deficiency_round = 1, "
                + "updated_at = ? where id = ?", note, at, id);
        event(id, at, "assessor_b", "DEFICIENCY_DECLARED", "REGISTERED", "DEFICIENCY", note);
    }

    /**
     * Assessed (one visit of {@code total} with a franchise and a not-covered part), sent to finance, to the bank and
     * deposited, as finance leaves a paid claim.
     */
    public void paid(long id, long total, long franchise, long notCovered) {
        Instant assessed = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long commitment = total - notCovered;
        long payable = commitment - franchise;
        data.update("update claim set state = 'PAID', total_amount = ?, franchise_amount = ?, over_ceiling_amount = 0, "
                        + "out_of_tariff_amount = 0, not_covered_amount = ?, commitment_amount = ?, payable_amount = ?, "
                        + "assessed_at = ?, assessor = ?, assessor_remark = ?, sent_to_finance_at = ?, "
                        + "finance_file_number = ?, paying_unit = ?, payment_issued_on = ?, sent_to_bank_on = ?, "
                        + "deposited_on = ?, payment_iban = ?, remittance_number = ?, remittance_type = ?, "
                        + "updated_at = ? where id = ?",
                total, franchise, notCovered, commitment, payable, assessed, "دکتر ارزیاب آزمون", "نسخه کامل بود",
                assessed.plusSeconds(86_400), "FN-4455", "واحد مالی تهران", LocalDate.now().minusDays(2),
                LocalDate.now().minusDays(2), LocalDate.now().minusDays(1), "IR120170000000123456783456", "R-99",
                "پایا", assessed, id);
        long item = data.nextId("claim_item");
        data.update("insert into claim_item (id, claim_id, line_no, item_kind, title, physician, quantity, "
                        + "total_amount, deducted_amount, payable_amount) values (?,?,?,?,?,?,?,?,?,?)",
                item, id, 1, "VISIT", "ویزیت متخصص قلب", "دکتر قلبی", 1, total, franchise + notCovered, payable);
        data.update("insert into claim_deduction (id, claim_id, item_id, kind, amount, explanation) values (?,?,?,?,?,?)",
                data.nextId("claim_deduction"), id, item, "FRANCHISE", franchise,
                "سهم شما از هزینه طبق درصد فرانشیز قرارداد؛ این بخش را بیمه‌گر پرداخت نمی‌کند.");
        data.update("insert into claim_deduction (id, claim_id, item_id, kind, amount, explanation) values (?,?,?,?,?,?)",
                data.nextId("claim_deduction"), id, item, "NOT_COVERED", notCovered, "هزینه پرونده‌سازی در تعهد نیست");
        event(id, assessed, "assessor_b", "ASSESSED", "REGISTERED", "ASSESSED", "نسخه کامل بود");
        event(id, assessed.plusSeconds(86_400), "finance_b", "SENT_TO_FINANCE", "ASSESSED", "SENT_TO_FINANCE", null);
        event(id, assessed.plusSeconds(2 * 86_400), "finance_b", "SENT_TO_BANK", "SENT_TO_FINANCE", "SENT_TO_FINANCE", null);
        event(id, assessed.plusSeconds(3 * 86_400), "finance_b", "DEPOSITED", "SENT_TO_FINANCE", "PAID", null);
    }

    /** A document image of a round; its id. */
    long image(long claimId, long mainPersonId, int round, String name, String by) {
        long file = data.storedFile(name, "image/png", TestData.png());
        long id = data.nextId("claim_document");
        data.update("insert into claim_document (id, claim_id, main_person_id, file_id, document_type_id, file_name, "
                        + "sha256, round_no, added_by, added_at) values (?,?,?,?,?,?,?,?,?,?)",
                id, claimId, mainPersonId, file, INVOICE, name, ir.hami.platform.files.FileStore.sha256(TestData.png()),
                round, by, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return id;
    }

    private void event(long claimId, Instant at, String actor, String action, String from, String to, String note) {
        data.update("insert into claim_event (id, claim_id, at_time, actor, action, from_state, to_state, note) "
                + "values (?,?,?,?,?,?,?,?)", data.nextId("claim_event"), claimId, at, actor, action, from, to, note);
    }
}
