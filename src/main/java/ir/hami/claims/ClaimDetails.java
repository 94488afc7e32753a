package ir.hami.claims;

import java.io.Serializable;

/**
 * Step 2 of a claim (seed 002), as the service has checked it: province of residence, the centre (or the typed name
 * of one not in the list), the service type, service and the cover that pays it, the amount paid (Rials), basic
 * insurance, physician's council code, the e-prescription and a description.
 */
public record ClaimDetails(Long provinceId, Long centerId, String centerName, Long serviceTypeId, Long serviceId,
                           Long coverId, Long requestedAmount, BasicInsurance basicInsurance, String councilCode,
                           boolean ePrescription, String ePrescriptionCode, String description) implements Serializable {
}
