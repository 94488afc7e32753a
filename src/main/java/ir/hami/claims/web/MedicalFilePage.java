package ir.hami.claims.web;

import ir.hami.claims.ClaimViewer;
import ir.hami.claims.MedicalFile;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.LazyDataModel;

/**
 * The medical file ({@code /member/medical-file.xhtml}, seed 003): the chosen person's prescriptions, drugs, medical
 * services and physicians from assessed claims, each a lazy table with a link to the claim.
 */
@Named
@ViewScoped
public class MedicalFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] TABLES = {"fileForm:tabs:prescriptionsTable", "fileForm:tabs:drugsTable",
            "fileForm:tabs:servicesTable", "fileForm:tabs:physiciansTable"};

    @Inject
    MedicalFile file;

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private final MemberChoice choice = new MemberChoice();
    private Boolean empty;

    private String search;
    private String appliedSearch;
    /** What the rows opened in this view showed (a row's details are read once, not at every mention). */
    private final Map<String, Serializable> opened = new HashMap<>();
    private final PagedModel<MedicalFile.Prescription> prescriptions = new PagedModel<>(
            () -> safe(() -> file.prescriptionCount(viewer(), person(), appliedSearch), 0L),
            (first, size) -> safe(() -> file.prescriptions(viewer(), person(), appliedSearch, first, size), List.of()),
            MedicalFile.Prescription::getKey);
    private final PagedModel<MedicalFile.Item> drugs = new PagedModel<>(
            () -> safe(() -> file.drugCount(viewer(), person()), 0L),
            (first, size) -> safe(() -> file.drugs(viewer(), person(), first, size), List.of()),
            MedicalFile.Item::getId);
    private final PagedModel<MedicalFile.Item> services = new PagedModel<>(
            () -> safe(() -> file.serviceCount(viewer(), person()), 0L),
            (first, size) -> safe(() -> file.services(viewer(), person(), first, size), List.of()),
            MedicalFile.Item::getId);
    private final PagedModel<MedicalFile.Physician> physicians = new PagedModel<>(
            () -> safe(() -> file.physicianCount(viewer(), person()), 0L),
            (first, size) -> safe(() -> file.physicians(viewer(), person(), first, size), List.of()),
            MedicalFile.Physician::getKey);

    @PostConstruct
    void init() {
        choice.init(family, user);
    }

    public void contractChanged() {
        choice.contractChanged(family, user);
        filter();
    }

    public void filter() {
        empty = null;
        opened.clear();
        search = null;
        appliedSearch = null;
        for (String t : TABLES) {
            PagedModel.firstPage(t);
        }
    }

    /** The prescriptions with this tracking code (any of its digits from the start), or all again. */
    public void searchPrescriptions() {
        appliedSearch = search;
        PagedModel.firstPage(TABLES[0]);
    }

    /** One prescription opened: its items, remarks and stages (read once per view). */
    public MedicalFile.PrescriptionDetails details(MedicalFile.Prescription p) {
        return opened.computeIfAbsent("rx" + p.claimId(),
                k -> safe(() -> file.prescription(viewer(), person(), p.claimId()), null)) instanceof
                MedicalFile.PrescriptionDetails d ? d : null;
    }

    /** A drug or a service opened: prices, deductions and its prescription (read once per view). */
    public MedicalFile.ItemDetails itemDetails(MedicalFile.Item item) {
        return opened.computeIfAbsent("item" + item.id(),
                k -> safe(() -> file.item(viewer(), person(), item.id()), null)) instanceof
                MedicalFile.ItemDetails d ? d : null;
    }

    /** A physician opened: the prescriptions of theirs in the file. */
    public List<MedicalFile.Prescription> prescriptionsBy(MedicalFile.Physician ph) {
        return safe(() -> file.prescriptionsBy(viewer(), person(), ph.name(), ph.councilCode(), 20), List.of());
    }

    /** Whether the person has nothing in the file yet (it fills as claims are assessed). */
    public boolean isFileEmpty() {
        if (empty == null) {
            empty = choice.getPersonId() == null
                    || safe(() -> file.prescriptionCount(viewer(), person(), null), 0L) == 0;
        }
        return empty;
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    private long person() {
        if (choice.getPersonId() == null) {
            throw new ValidationException("family.noContract");
        }
        return choice.getPersonId();
    }

    private static <T> T safe(Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (ValidationException e) {
            if (!"family.noContract".equals(e.key())) {
                Texts.error(null, e.key(), e.args());
            }
            return otherwise;
        }
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<MedicalFile.Prescription> getPrescriptions() { return prescriptions; }
    public LazyDataModel<MedicalFile.Item> getDrugs() { return drugs; }
    public LazyDataModel<MedicalFile.Item> getServices() { return services; }
    public LazyDataModel<MedicalFile.Physician> getPhysicians() { return physicians; }
    public List<ContractChoice> getContracts() { return choice.getContracts(); }
    public List<FamilyMember> getPersons() { return choice.getPersons(); }
    public Long getContractId() { return choice.getContractId(); }
    public void setContractId(Long id) { choice.setContractId(id); }
    public Long getPersonId() { return choice.getPersonId(); }
    public void setPersonId(Long id) { choice.setPersonId(id); }
    public String getPersonName() { return choice.personName(user); }
}
