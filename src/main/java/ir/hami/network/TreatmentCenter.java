package ir.hami.network;

import ir.hami.membership.Insurer;
import ir.hami.platform.text.PersianText;
import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A contracted treatment centre (مرکز درمانی طرف قرارداد). Whether it issues referral letters, and whether online
 * (the member just shows the national ID there), is what members look it up for. A centre issuing online must issue.
 */
@Entity
@Table(name = "treatment_center")
public class TreatmentCenter implements Serializable {

    /** The longest index token and the longest typed word searched: the column {@code center_name_token.token}. */
    public static final int TOKEN_LENGTH = 50;
    /** Lengths of the text columns an administrator types into (V2__network_core.sql). */
    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;
    public static final int PHONE_LENGTH = 40;
    public static final int WEBSITE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "treatment_center")
    @TableGenerator(name = "treatment_center", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "treatment_center", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "search_name", nullable = false, length = NAME_LENGTH)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "center_type", nullable = false, length = 30)
    private CenterType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 30)
    private ContractType contractType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "fax", length = PHONE_LENGTH)
    private String fax;

    @Column(name = "website", length = WEBSITE_LENGTH)
    private String website;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "issues_referrals", nullable = false)
    private boolean issuesReferrals;

    @Column(name = "online_referrals", nullable = false)
    private boolean onlineReferrals;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "center_insurer", joinColumns = @JoinColumn(name = "center_id"),
            inverseJoinColumns = @JoinColumn(name = "insurer_id"))
    private Set<Insurer> insurers = new HashSet<>();

    @OneToMany(mappedBy = "center", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CenterService> services = new ArrayList<>();

    @OneToMany(mappedBy = "center", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Physician> physicians = new ArrayList<>();

    @Version
    private long version;

    protected TreatmentCenter() {
    }

    public TreatmentCenter(String code, String name, CenterType type, ContractType contractType, City city) {
        this.code = code;
        this.type = type;
        this.contractType = contractType;
        rename(name);
        moveTo(city);
    }

    /** The form of a name that search compares: Persian letters and digits normalised, lower case. */
    public static String searchForm(String text) {
        String normalized = PersianText.normalize(text);
        return normalized == null ? "" : normalized.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a text's search form: runs of letters, digits and combining marks; spaces, punctuation, symbols
     * and ZWNJ separate them («بیمارستان ابن‌سینا، (شیراز)» has «بیمارستان»، «ابن»، «سینا»، «شیراز»).
     */
    public static List<String> searchWords(String text) {
        String form = searchForm(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        form.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The rows of the name index ({@code center_name_token}): every suffix of every {@link #searchWords word} of the
     * name, cut to {@value #TOKEN_LENGTH} characters. A typed word is then found with {@code token like 'word%'}
     * wherever it stands inside a word of the name, through the index.
     */
    public static Set<String> nameTokens(String name) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : searchWords(name)) {
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                String suffix = word.substring(i);
                tokens.add(cut(suffix));
            }
        }
        return tokens;
    }

    /** The first {@value #TOKEN_LENGTH} characters, never half of a surrogate pair. */
    public static String cut(String word) {
        if (word.length() <= TOKEN_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(TOKEN_LENGTH - 1)) ? TOKEN_LENGTH - 1 : TOKEN_LENGTH;
        return word.substring(0, end);
    }

    public void rename(String newName) {
        this.name = PersianText.normalize(newName);
        this.searchName = searchForm(newName);
    }

    public void moveTo(City newCity) {
        this.city = newCity;
        this.province = newCity.getProvince();
    }

    /** Sets the two referral flags; online issuing implies issuing. */
    public void setReferralFlags(boolean issues, boolean online) {
        this.issuesReferrals = issues || online;
        this.onlineReferrals = online;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSearchName() { return searchName; }
    public CenterType getType() { return type; }
    public void setType(CenterType type) { this.type = type; }
    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType contractType) { this.contractType = contractType; }
    public Province getProvince() { return province; }
    public City getCity() { return city; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLocation(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
    public boolean isIssuesReferrals() { return issuesReferrals; }
    public boolean isOnlineReferrals() { return onlineReferrals; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Set<Insurer> getInsurers() { return insurers; }
    public long getVersion() { return version; }
    public List<CenterService> getServices() { return services; }
    public List<Physician> getPhysicians() { return physicians; }

    public CenterService offer(String title) {
        CenterService service = new CenterService(this, title);
        services.add(service);
        return service;
    }

    public Physician employ(String name, String specialty, String councilCode) {
        Physician physician = new Physician(this, name, specialty, councilCode);
        physicians.add(physician);
        return physician;
    }
}
