package ir.hami.network;

import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import ir.hami.membership.Insurer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import ir.hami.platform.excel.RejectedRowsReport;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Messages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Imports the network's .xlsx (the columns of {@link NetworkWorkbook}, as the export writes them): a row whose
 * centre code exists updates that centre, any other row creates one. Every row is checked first and a rejected row
 * goes, with its reasons in Persian, to the report of rejected rows; the accepted rows are written in one
 * transaction after the whole file was read, so a file that turns out broken changes nothing.
 */
@RolesAllowed(Roles.ADMIN)
@Stateless
public class CenterImport {

    /** Key: the header lacks columns; argument: their titles. */
    public static final String KEY_MISSING_COLUMNS = "centers.import.missingColumns";
    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @PersistenceContext(unitName = "hami")
    EntityManager em;

    @Inject
    CenterAdmin admin;

    /** What came of an import. */
    public record Result(int accepted, int rejected, byte[] report) {
    }

    private record Reference(Map<String, Long> provinces, Map<Long, Map<String, Long>> cities,
                             Map<String, Long> insurers, Map<String, long[]> centers) {
    }

    public Result importFile(Path file) {
        ExcelSheet sheet = ExcelSheet.open(file);
        Map<String, Integer> columns = columns(sheet.titles());
        Reference reference = reference();
        List<CenterForm> accepted = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (RejectedRowsReport report = new RejectedRowsReport(sheet.titles())) {
            sheet.forEachRow(Set.of(), row -> {
                List<String> reasons = new ArrayList<>();
                CenterForm form = read(row.cells(), columns, reference, reasons);
                if (form.getCode() != null && !codes.add(form.getCode())) {
                    reasons.add(text("centers.import.duplicateCode", form.getCode()));
                }
                if (reasons.isEmpty()) {
                    accepted.add(form);
                } else {
                    StringJoiner joined = new StringJoiner(RejectedRowsReport.REASON_SEPARATOR);
                    reasons.forEach(joined::add);
                    report.reject(row.line(), row.cells(), joined.toString());
                }
            });
            int written = 0;
            for (CenterForm form : accepted) {
                admin.save(form);
                if (++written % 200 == 0) {
                    em.flush();
                    em.clear();
                }
            }
            return new Result(accepted.size(), report.rows(), report.rows() == 0 ? null : report.toBytes());
        }
    }

    private static Map<String, Integer> columns(List<String> titles) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = PersianText.normalize(titles.get(i));
            if (title != null) {
                columns.putIfAbsent(title, i);
            }
        }
        StringJoiner missing = new StringJoiner("، ");
        for (String title : NetworkWorkbook.TITLES) {
            if (!columns.containsKey(PersianText.normalize(title))) {
                missing.add(title);
            }
        }
        if (missing.length() > 0) {
            throw new ValidationException(KEY_MISSING_COLUMNS, missing.toString());
        }
        return columns;
    }

    private Reference reference() {
        Map<String, Long> provinces = new HashMap<>();
        for (Province p : em.createQuery("select p from Province p", Province.class).getResultList()) {
            provinces.put(PersianText.normalize(p.getName()), p.getId());
        }
        Map<Long, Map<String, Long>> cities = new HashMap<>();
        for (Object[] c : em.createQuery("select c.province.id, c.name, c.id from City c", Object[].class)
                .getResultList()) {
            cities.computeIfAbsent((Long) c[0], k -> new HashMap<>()).put(PersianText.normalize((String) c[1]), (Long) c[2]);
        }
        Map<String, Long> insurers = new HashMap<>();
        for (Insurer i : em.createQuery("select i from Insurer i", Insurer.class).getResultList()) {
            insurers.put(i.getCode(), i.getId());
        }
        Map<String, long[]> centers = new HashMap<>();
        for (Object[] c : em.createQuery("select t.code, t.id, t.version from TreatmentCenter t", Object[].class)
                .getResultList()) {
            centers.put((String) c[0], new long[] {(Long) c[1], (Long) c[2]});
        }
        return new Reference(provinces, cities, insurers, centers);
    }

    private static CenterForm read(List<String> cells, Map<String, Integer> columns, Reference ref,
                                   List<String> reasons) {
        CenterForm f = new CenterForm();
        String code = cell(cells, columns, 0);
        String name = cell(cells, columns, 1);
        if (code == null) {
            reasons.add(text("centers.import.required", NetworkWorkbook.TITLES.get(0)));
        }
        if (name == null) {
            reasons.add(text("centers.import.required", NetworkWorkbook.TITLES.get(1)));
        }
        f.setCode(code);
        f.setName(name);
        long[] existing = code == null ? null : ref.centers().get(code);
        if (existing != null) {
            f.setId(existing[0]);
            f.setVersion(existing[1]);
        }
        String type = cell(cells, columns, 2);
        f.setType(NetworkWorkbook.centerType(type));
        if (f.getType() == null) {
            reasons.add(text("centers.import.unknown", NetworkWorkbook.TITLES.get(2), type == null ? "-" : type));
        }
        String contract = cell(cells, columns, 3);
        f.setContractType(contract == null ? ContractType.DIRECT : NetworkWorkbook.contractType(contract));
        if (f.getContractType() == null) {
            reasons.add(text("centers.import.unknown", NetworkWorkbook.TITLES.get(3), contract));
        }
        String province = cell(cells, columns, 4);
        String city = cell(cells, columns, 5);
        Long provinceId = province == null ? null : ref.provinces().get(province);
        if (provinceId == null) {
            reasons.add(text("centers.import.unknown", NetworkWorkbook.TITLES.get(4), province == null ? "-" : province));
        } else {
            Long cityId = city == null ? null : ref.cities().getOrDefault(provinceId, Map.of()).get(city);
            if (cityId == null) {
                reasons.add(text("centers.import.unknownCity", city == null ? "-" : city, province));
            }
            f.setProvinceId(provinceId);
            f.setCityId(cityId);
        }
        f.setAddress(cell(cells, columns, 6));
        f.setPhone(cell(cells, columns, 7));
        f.setFax(cell(cells, columns, 8));
        f.setWebsite(cell(cells, columns, 9));
        f.setLatitude(number(cells, columns, 10, reasons));
        f.setLongitude(number(cells, columns, 11, reasons));
        try {
            CenterAdmin.checkLocation(f.getLatitude(), f.getLongitude());
        } catch (ValidationException e) {
            reasons.add(Messages.text(e.key(), e.args(), PERSIAN));
        }
        f.setIssuesReferrals(flag(cells, columns, 12, false, reasons));
        f.setOnlineReferrals(flag(cells, columns, 13, false, reasons));
        f.setActive(flag(cells, columns, 14, true, reasons));
        List<Long> insurers = new ArrayList<>();
        for (String insurerCode : list(cell(cells, columns, 15))) {
            Long id = ref.insurers().get(insurerCode);
            if (id == null) {
                reasons.add(text("centers.import.unknown", NetworkWorkbook.TITLES.get(15), insurerCode));
            } else {
                insurers.add(id);
            }
        }
        f.setInsurerIds(insurers);
        f.setServices(String.join("\n", list(cell(cells, columns, 16))));
        StringJoiner physicians = new StringJoiner("\n");
        for (String item : list(cell(cells, columns, 17))) {
            String[] parts = item.split("\\s*\\|\\s*", -1);
            if (parts.length > 3 || parts[0].isBlank()) {
                reasons.add(text("centers.admin.physicianLine", item));
            } else {
                physicians.add(String.join("؛ ", parts));
            }
        }
        f.setPhysicians(physicians.toString());
        try {
            CenterAdmin.checkLengths(f); // a row with a text longer than its column is rejected with the reason
        } catch (ValidationException e) {
            reasons.add(Messages.text(e.key(), e.args(), PERSIAN));
        }
        return f;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, int title) {
        int index = columns.get(PersianText.normalize(NetworkWorkbook.TITLES.get(title)));
        String value = index < cells.size() ? PersianText.normalize(cells.get(index)) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private static BigDecimal number(List<String> cells, Map<String, Integer> columns, int title, List<String> reasons) {
        String value = cell(cells, columns, title);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(PersianText.normalizeDigits(value).replace('٫', '.'));
        } catch (NumberFormatException e) {
            reasons.add(text("centers.import.notNumber", NetworkWorkbook.TITLES.get(title), value));
            return null;
        }
    }

    private static boolean flag(List<String> cells, Map<String, Integer> columns, int title, boolean empty,
                                List<String> reasons) {
        String value = cell(cells, columns, title);
        if (value == null) {
            return empty;
        }
        if (value.equals(NetworkWorkbook.YES) || value.equalsIgnoreCase("true") || value.equals("1")) {
            return true;
        }
        if (value.equals(NetworkWorkbook.NO) || value.equalsIgnoreCase("false") || value.equals("0")) {
            return false;
        }
        reasons.add(text("centers.import.notYesNo", NetworkWorkbook.TITLES.get(title), value));
        return empty;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split("[؛;]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static String text(String key, Object... args) {
        return Messages.text(key, args, PERSIAN);
    }
}
