package ir.hami.claims;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of seed 004's claims report («گزارش خسارت‌های من»): the claim's code, the contract's number and name, the
 * service date, the reason, the type (channel), the state and the payable amount (null before assessment).
 */
public record ClaimReportRow(long id, String trackingCode, String contractNumber, String contractName,
                             LocalDate serviceDate, String reason, ClaimChannel channel, ClaimState state,
                             Long payableAmount) implements Serializable {

    public long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public String getContractNumber() { return contractNumber; }
    public String getContractName() { return contractName; }
    public LocalDate getServiceDate() { return serviceDate; }
    public String getReason() { return reason; }
    public ClaimChannel getChannel() { return channel; }
    public ClaimState getState() { return state; }
    public Long getPayableAmount() { return payableAmount; }
}
