package ir.hami.referral;

import ir.hami.platform.web.FormKey;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A centre's online request for a patient at its desk: national ID (any digits), procedure of the list (optional) and
 * cause, physician, admission date (today when empty), and the form's one-time key.
 */
public record CenterRequestForm(String nationalId, Long procedureId, String cause, String physician,
                                LocalDate admissionDate, FormKey formKey) implements Serializable {
}
