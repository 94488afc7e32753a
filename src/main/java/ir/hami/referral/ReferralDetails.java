package ir.hami.referral;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a details page or the printable letter shows about one request: the request (with the letter when
 * issued), the names of its centre, insurer, contract, policyholder, procedure, the attachments and the history.
 */
public record ReferralDetails(ReferralRequest request, String centerName, String centerAddress, String insurerName,
                              Long insurerId, String contractNumber, String policyholderName, String procedureTitle,
                              List<ReferralAttachment> attachments, List<ReferralEvent> events)
        implements Serializable {

    public ReferralRequest getRequest() { return request; }
    public String getCenterName() { return centerName; }
    public String getCenterAddress() { return centerAddress; }
    public String getInsurerName() { return insurerName; }
    public Long getInsurerId() { return insurerId; }
    public String getContractNumber() { return contractNumber; }
    public String getPolicyholderName() { return policyholderName; }
    public String getProcedureTitle() { return procedureTitle; }
    public List<ReferralAttachment> getAttachments() { return attachments; }
    public List<ReferralEvent> getEvents() { return events; }
}
