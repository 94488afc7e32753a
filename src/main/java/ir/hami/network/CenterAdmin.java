package ir.hami.network;

import ir.hami.platform.persistence.FormSubmissions;
import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import ir.hami.membership.Insurer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.text.PersianText;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Administrators create and edit centres. Checks: a code (unique), a name, a type and a city; latitude within
 * −90..90 and longitude within −180..180, both or neither; online referrals imply referrals; physicians' lines as
 * «نام؛ تخصص؛ کد». An edit made on an older version of the centre is refused ({@link #KEY_CONFLICT}). A new or
 * renamed centre's rows of the name index are written with it.
 */
// Administrators only (the centres admin page); checked here as well as by the page's URL.
@RolesAllowed(Roles.ADMIN)
@Stateless
public class CenterAdmin {

    public static final String KEY_CONFLICT = "centers.admin.conflict";
    public static final String KEY_REQUIRED = "centers.admin.required";
    public static final String KEY_CODE_TAKEN = "centers.admin.codeTaken";
    public static final String KEY_LATITUDE = "centers.admin.latitude.range";
    public static final String KEY_LONGITUDE = "centers.admin.longitude.range";
    public static final String KEY_LOCATION_HALF = "centers.admin.locationHalf";
    public static final String KEY_NO_CITY = "centers.admin.noCity";
    public static final String KEY_PHYSICIAN_LINE = "centers.admin.physicianLine";
    public static final String KEY_SERVICE_LONG = "centers.admin.service.tooLong";
    public static final String KEY_PHYSICIAN_LONG = "centers.admin.physician.tooLong";

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

    static final String FORM_KIND = "center";

    @jakarta.inject.Inject
    FormSubmissions submissions;

    @PersistenceContext(unitName = "hami")
    EntityManager em;

    /** The form of an existing centre. */
    public CenterForm load(long id) {
        TreatmentCenter c = em.find(TreatmentCenter.class, id);
        if (c == null) {
            throw new ValidationException(KEY_CONFLICT);
        }
        CenterForm f = new CenterForm();
        f.setId(c.getId());
        f.setVersion(c.getVersion());
        f.setCode(c.getCode());
        f.setName(c.getName());
        f.setType(c.getType());
        f.setContractType(c.getContractType());
        f.setProvinceId(c.getProvince().getId());
        f.setCityId(c.getCity().getId());
        f.setAddress(c.getAddress());
        f.setPhone(c.getPhone());
        f.setFax(c.getFax());
        f.setWebsite(c.getWebsite());
        f.setLatitude(c.getLatitude());
        f.setLongitude(c.getLongitude());
        f.setIssuesReferrals(c.isIssuesReferrals());
        f.setOnlineReferrals(c.isOnlineReferrals());
        f.setActive(c.isActive());
        f.setInsurerIds(c.getInsurers().stream().map(Insurer::getId).sorted().collect(Collectors.toList()));
        f.setServices(c.getServices().stream().map(CenterService::getTitle).collect(Collectors.joining("\n")));
        f.setPhysicians(c.getPhysicians().stream()
                .map(p -> String.join("؛ ", p.getName(), nz(p.getSpecialty()), nz(p.getCouncilCode())))
                .collect(Collectors.joining("\n")));
        return f;
    }

    /** Creates or updates the centre; returns its id. */
    public long save(CenterForm f) {
        if (f.getId() == null) {
            Optional<Long> earlier = submissions.earlier(f.getFormKey(), FORM_KIND);
            if (earlier.isPresent()) {
                return earlier.get(); // the same new centre's form sent again
            }
        }
        String code = PersianText.normalize(f.getCode());
        String name = PersianText.normalize(f.getName());
        if (code == null || code.isEmpty() || name == null || name.isEmpty() || f.getType() == null
                || f.getContractType() == null || f.getCityId() == null) {
            throw new ValidationException(KEY_REQUIRED);
        }
        checkLengths(f);
        checkLocation(f.getLatitude(), f.getLongitude());
        List<String[]> physicians = physicianLines(f.getPhysicians());
        City city = em.find(City.class, f.getCityId());
        if (city == null || (f.getProvinceId() != null && !city.getProvince().getId().equals(f.getProvinceId()))) {
            throw new ValidationException(KEY_NO_CITY);
        }
        List<Long> sameCode = em.createQuery("select c.id from TreatmentCenter c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (sameCode.stream().anyMatch(id -> !id.equals(f.getId()))) {
            throw new ValidationException(KEY_CODE_TAKEN, code);
        }
        TreatmentCenter c;
        boolean renamed;
        if (f.getId() == null) {
            submissions.begin(f.getFormKey(), FORM_KIND, null);
            c = new TreatmentCenter(code, name, f.getType(), f.getContractType(), city);
            em.persist(c);
            renamed = true;
        } else {
            c = em.find(TreatmentCenter.class, f.getId());
            if (c == null || c.getVersion() != f.getVersion()) {
                throw new ValidationException(KEY_CONFLICT);
            }
            renamed = !c.getSearchName().equals(TreatmentCenter.searchForm(name));
            c.rename(name);
            c.setType(f.getType());
            c.setContractType(f.getContractType());
            c.moveTo(city);
        }
        c.setAddress(blankToNull(PersianText.normalize(f.getAddress())));
        c.setPhone(blankToNull(PersianText.normalizeDigits(f.getPhone())));
        c.setFax(blankToNull(PersianText.normalizeDigits(f.getFax())));
        c.setWebsite(blankToNull(f.getWebsite()));
        c.setLocation(f.getLatitude(), f.getLongitude());
        c.setReferralFlags(f.isIssuesReferrals(), f.isOnlineReferrals());
        c.setActive(f.isActive());
        c.getInsurers().clear();
        for (Long insurerId : new HashSet<>(f.getInsurerIds())) {
            c.getInsurers().add(em.getReference(Insurer.class, insurerId));
        }
        c.getServices().clear();
        c.getPhysicians().clear();
        em.flush();
        for (String title : lines(f.getServices())) {
            c.offer(title);
        }
        for (String[] p : physicians) {
            c.employ(p[0], p[1], p[2]);
        }
        if (renamed) {
            indexName(c);
        }
        em.flush();
        if (f.getId() == null) {
            submissions.made(f.getFormKey(), c.getId());
        }
        return c.getId();
    }

    /**
     * Replaces the centre's rows in the name index ({@link TreatmentCenter#nameTokens}); for a centre written
     * without {@link #save}, after it was flushed.
     */
    public void indexName(TreatmentCenter c) {
        em.createQuery("delete from CenterNameToken t where t.centerId = :center")
                .setParameter("center", c.getId()).executeUpdate();
        for (String token : TreatmentCenter.nameTokens(c.getName())) {
            em.persist(new CenterNameToken(token, c.getId()));
        }
    }

    /**
     * Every text of the form, as {@link #save} stores it, within its column.
     *
     * @throws ValidationException {@link TextLimit#TOO_LONG} with the field's label, {@link #KEY_SERVICE_LONG} or
     *                             {@link #KEY_PHYSICIAN_LONG} for a line of the services or physicians
     */
    public static void checkLengths(CenterForm f) {
        TextLimit.line(f.getCode(), TreatmentCenter.CODE_LENGTH, new TextLimit.Label("centers.admin.code"));
        TextLimit.line(f.getName(), TreatmentCenter.NAME_LENGTH, new TextLimit.Label("centers.name"));
        TextLimit.line(f.getAddress(), TreatmentCenter.ADDRESS_LENGTH, new TextLimit.Label("centers.address"));
        TextLimit.within(blankToNull(PersianText.normalizeDigits(f.getPhone())), TreatmentCenter.PHONE_LENGTH,
                new TextLimit.Label("centers.phone"));
        TextLimit.within(blankToNull(PersianText.normalizeDigits(f.getFax())), TreatmentCenter.PHONE_LENGTH,
                new TextLimit.Label("centers.fax"));
        TextLimit.within(blankToNull(f.getWebsite()), TreatmentCenter.WEBSITE_LENGTH,
                new TextLimit.Label("centers.website"));
        for (String title : lines(f.getServices())) {
            TextLimit.within(title, CenterService.TITLE_LENGTH, KEY_SERVICE_LONG);
        }
        for (String[] p : physicianLines(f.getPhysicians())) {
            if (p[0].length() > Physician.NAME_LENGTH || (p[1] != null && p[1].length() > Physician.SPECIALTY_LENGTH)
                    || (p[2] != null && p[2].length() > Physician.COUNCIL_CODE_LENGTH)) {
                throw new ValidationException(KEY_PHYSICIAN_LONG, Physician.NAME_LENGTH,
                        Physician.COUNCIL_CODE_LENGTH);
            }
        }
    }

    /** Both or neither, each in range. */
    public static void checkLocation(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new ValidationException(KEY_LOCATION_HALF);
        }
        if (latitude != null && latitude.abs().compareTo(NINETY) > 0) {
            throw new ValidationException(KEY_LATITUDE);
        }
        if (longitude != null && longitude.abs().compareTo(ONE_EIGHTY) > 0) {
            throw new ValidationException(KEY_LONGITUDE);
        }
    }

    /** Non-blank lines, normalised. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(PersianText::normalize).filter(s -> s != null && !s.isEmpty()).toList();
    }

    /** «نام؛ تخصص؛ کد» a line (or with ";"); the name is required. */
    public static List<String[]> physicianLines(String text) {
        return lines(text).stream().map(line -> {
            String[] parts = line.split("\\s*[؛;]\\s*", -1);
            if (parts.length > 3 || parts[0].isBlank()) {
                throw new ValidationException(KEY_PHYSICIAN_LINE, line);
            }
            return new String[] {parts[0], parts.length > 1 ? blankToNull(parts[1]) : null,
                parts.length > 2 ? blankToNull(parts[2]) : null};
        }).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
