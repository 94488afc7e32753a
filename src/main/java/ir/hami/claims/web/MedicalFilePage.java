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
import java.util.List;
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

    private final PagedModel<MedicalFile.Prescription> prescriptions = new PagedModel<>(
            () -> safe(() -> file.prescriptionCount(viewer(), person()), 0L),
            (first, size) -> safe(() -> file.prescriptions(viewer(), person(), first, size), List.of()),
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
        for (String t : TABLES) {
            PagedModel.firstPage(t);
        }
    }

    /** The items of one prescription, for its row's details. */
    public List<MedicalFile.Item> items(MedicalFile.Prescription p) {
        return safe(() -> file.prescriptionItems(viewer(), person(), p), List.of());
    }

    /** Whether the person has nothing in the file yet (it fills as claims are assessed). */
    public boolean isFileEmpty() {
        if (empty == null) {
            empty = choice.getPersonId() == null
                    || safe(() -> file.drugCount(viewer(), person()) + file.serviceCount(viewer(), person()), 0L) == 0;
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
