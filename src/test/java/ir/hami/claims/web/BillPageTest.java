package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ir.hami.claims.BillingRules;
import ir.hami.claims.ClaimFiles;
import org.junit.jupiter.api.Test;

/** Each refusal of a bill is shown beside the field it is about. */
class BillPageTest {

    @Test
    void eachRefusalStandsBesideItsField() {
        assertEquals("letterForm:letter", BillPage.fieldOf(BillingRules.LETTER_REFUSED));
        assertEquals("letterForm:letter", BillPage.fieldOf(BillingRules.LETTER_NOT_ISSUED));
        assertEquals("billForm:serviceDate", BillPage.fieldOf(BillingRules.SERVICE_DATE_OUTSIDE));
        assertEquals("billForm:invoiceNumber", BillPage.fieldOf(BillingRules.INVOICE_NUMBER_TOO_LONG));
        assertEquals("billForm:invoiceDate", BillPage.fieldOf(BillingRules.INVOICE_DATE_BEFORE_SERVICE));
        assertEquals("billForm:procedure", BillPage.fieldOf(BillingRules.PROCEDURE_MISMATCH));
        assertEquals("billForm:amount", BillPage.fieldOf(BillingRules.AMOUNT_OVER_LEFT));
        assertEquals("billForm:iban", BillPage.fieldOf("iban.checksum"));
        assertEquals("billForm:iban", BillPage.fieldOf(BillingRules.IBAN_REQUIRED));
        assertEquals("billForm:images", BillPage.fieldOf(BillingRules.IMAGES_REQUIRED));
        assertEquals("billForm:images", BillPage.fieldOf(ClaimFiles.KEY_TYPE));
        assertEquals("billForm:images", BillPage.fieldOf("upload.tooLarge"));
        assertNull(BillPage.fieldOf("claims.refused"));
    }
}
