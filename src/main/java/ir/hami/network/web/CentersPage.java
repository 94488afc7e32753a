package ir.hami.network.web;

import ir.hami.platform.web.PagedModel;
import ir.hami.platform.security.PortalUser;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterFilter;
import ir.hami.network.CenterMarker;
import ir.hami.network.CenterType;
import ir.hami.network.City;
import ir.hami.network.Province;
import ir.hami.network.ReferralContact;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ir.hami.platform.text.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * Treatment centres (وضعیت مراکز درمانی, seed 004): the referral unit's lines of the member's insurer, a search by
 * name, province, city, type and referral flags, a paged table, a details dialog and a map of the results.
 */
@Named
@ViewScoped
public class CentersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "centersForm:centersTable";

    @Inject
    CenterDirectory directory;

    @Inject
    PortalUser user;

    @Inject
    PortalConfig config;

    private String name;
    private Long provinceId;
    private Long cityId;
    private CenterType type;
    private boolean issuesReferrals;
    private boolean onlineReferrals;

    private CenterFilter filter = CenterFilter.all();
    private List<Province> provinces;
    private List<City> cities = List.of();
    private ReferralContact referralContact;
    private TreatmentCenter selected;
    private String markersJson;
    private final PagedModel<TreatmentCenter> model = new PagedModel<>(() -> directory.count(filter),
            (first, size) -> directory.search(filter, first, size), TreatmentCenter::getId);

    @PostConstruct
    void init() {
        provinces = directory.provinces();
        referralContact = directory.referralContact(user.getInsurerId()).orElse(null);
        markersJson = isMapShown() ? toJson(directory.markers(filter)) : "[]";
    }

    public void provinceChanged() {
        cities = directory.cities(provinceId);
        cityId = null;
    }

    /** The search button: the new filter, the first page, the new markers. */
    public void search() {
        filter = new CenterFilter(name, provinceId, cityId, type, issuesReferrals, onlineReferrals);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
        markersJson = isMapShown() ? toJson(directory.markers(filter)) : "[]";
    }

    public void show(long centerId) {
        selected = directory.details(centerId).orElse(null);
    }

    /** The insurers of the chosen centre by name, joined for display. */
    public String getSelectedInsurers() {
        return selected == null ? "" : selected.getInsurers().stream().map(Insurer::getName).sorted()
                .collect(Collectors.joining("، "));
    }

    public boolean isMapShown() {
        return getTilesUrl() != null;
    }

    public String getTilesUrl() {
        return config.getMapTilesUrl();
    }

    static String toJson(List<CenterMarker> markers) {
        JsonArrayBuilder array = JsonBuilders.array();
        for (CenterMarker m : markers) {
            array.add(JsonBuilders.object().add("id", m.id()).add("name", m.name())
                    .add("lat", m.latitude()).add("lng", m.longitude()));
        }
        return array.build().toString();
    }

    public CenterType[] getTypes() { return CenterType.values(); }
    public List<Province> getProvinces() { return provinces; }
    public List<City> getCities() { return cities; }
    public ReferralContact getReferralContact() { return referralContact; }

    /** The referral unit's office hours in the reader's digits (stored with ASCII digits). */
    public String getOfficeHours() {
        return referralContact == null ? null
                : PersianText.localizeDigits(referralContact.getOfficeHours(), Texts.currentLocale());
    }
    public TreatmentCenter getSelected() { return selected; }
    public String getMarkersJson() { return markersJson; }
    public LazyDataModel<TreatmentCenter> getModel() { return model; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getCityId() { return cityId; }
    public void setCityId(Long cityId) { this.cityId = cityId; }
    public CenterType getType() { return type; }
    public void setType(CenterType type) { this.type = type; }
    public boolean isIssuesReferrals() { return issuesReferrals; }
    public void setIssuesReferrals(boolean issuesReferrals) { this.issuesReferrals = issuesReferrals; }
    public boolean isOnlineReferrals() { return onlineReferrals; }
    public void setOnlineReferrals(boolean onlineReferrals) { this.onlineReferrals = onlineReferrals; }
}
