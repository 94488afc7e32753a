package ir.hami.network;

import java.io.Serializable;

/** What an administrator edits about an insurer's referral-unit lines; the version guards against a stale edit. */
public class ReferralContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long insurerId;
    private String insurerName;
    private String officeHours;
    private String officePhones;
    private String officeExtensions;
    private String afterHoursPhones;
    private String afterHoursExtensions;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public String getInsurerName() { return insurerName; }
    public void setInsurerName(String insurerName) { this.insurerName = insurerName; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
    public String getOfficePhones() { return officePhones; }
    public void setOfficePhones(String officePhones) { this.officePhones = officePhones; }
    public String getOfficeExtensions() { return officeExtensions; }
    public void setOfficeExtensions(String officeExtensions) { this.officeExtensions = officeExtensions; }
    public String getAfterHoursPhones() { return afterHoursPhones; }
    public void setAfterHoursPhones(String afterHoursPhones) { this.afterHoursPhones = afterHoursPhones; }
    public String getAfterHoursExtensions() { return afterHoursExtensions; }
    public void setAfterHoursExtensions(String afterHoursExtensions) { this.afterHoursExtensions = afterHoursExtensions; }
}
