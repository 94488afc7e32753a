package ir.hami.referral;

import ir.hami.platform.web.FormKey;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's request as the form sends it: the insured person and the contract chosen, the centre, the planned
 * admission date, physician, procedure (of the list, optional) and cause, the member's staged uploads of the
 * doctor's order and the national card ({@link ir.hami.platform.files.Staging}), and the form's one-time key (a
 * double submit makes one request).
 */
public record MemberRequestForm(long personId, long contractId, Long centerId, LocalDate admissionDate,
                                String physician, Long procedureId, String cause, Long doctorOrderUploadId,
                                Long nationalCardUploadId, FormKey formKey) implements Serializable {
}
