package ir.hami.network;

import ir.hami.platform.web.FormKey;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator edits about a centre, and what one row of the network's Excel file holds. Services are one
 * title a line; physicians one a line as «نام؛ تخصص؛ کد نظام پزشکی».
 */
public class CenterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    /** A new centre's form: its one-time key (a double submit creates one centre); null for imports and edits. */
    private FormKey formKey;
    private long version;
    private String code;
    private String name;
    private CenterType type;
    private ContractType contractType = ContractType.DIRECT;
    private Long provinceId;
    private Long cityId;
    private String address;
    private String phone;
    private String fax;
    private String website;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean issuesReferrals;
    private boolean onlineReferrals;
    private boolean active = true;
    private List<Long> insurerIds = new ArrayList<>();
    private String services;
    private String physicians;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CenterType getType() { return type; }
    public void setType(CenterType type) { this.type = type; }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType contractType) { this.contractType = contractType; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getCityId() { return cityId; }
    public void setCityId(Long cityId) { this.cityId = cityId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public boolean isIssuesReferrals() { return issuesReferrals; }
    public void setIssuesReferrals(boolean issuesReferrals) { this.issuesReferrals = issuesReferrals; }
    public boolean isOnlineReferrals() { return onlineReferrals; }
    public void setOnlineReferrals(boolean onlineReferrals) { this.onlineReferrals = onlineReferrals; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<Long> getInsurerIds() { return insurerIds; }
    public void setInsurerIds(List<Long> insurerIds) { this.insurerIds = insurerIds == null ? new ArrayList<>() : insurerIds; }
    public String getServices() { return services; }
    public void setServices(String services) { this.services = services; }
    public String getPhysicians() { return physicians; }
    public void setPhysicians(String physicians) { this.physicians = physicians; }

    public FormKey getFormKey() { return formKey; }
    public void setFormKey(FormKey formKey) { this.formKey = formKey; }
}
