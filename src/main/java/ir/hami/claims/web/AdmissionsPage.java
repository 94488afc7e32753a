package ir.hami.claims.web;

import ir.hami.platform.web.Fields;
import ir.hami.claims.Admission;
import ir.hami.claims.AdmissionState;
import ir.hami.claims.Admissions;
import ir.hami.claims.ClaimViewer;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * Admissions (پذیرش‌ها, seed 003, {@code /member/admissions.xhtml}): a person's admissions by state (in progress,
 * completed, rejected), a page at a time, and the form that starts a new one for the chosen person.
 */
@Named
@ViewScoped
public class AdmissionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "newForm:";
    static final String TABLE = "admissionsForm:admissionsTable";

    @Inject
    Admissions admissions;

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private final MemberChoice choice = new MemberChoice();
    private AdmissionState state = AdmissionState.IN_PROGRESS;
    private FormKey formKey = FormKey.random();
    private String title;
    private String description;
    private final PagedModel<Admission> model = new PagedModel<>(this::count, this::page, Admission::getId);

    @PostConstruct
    void init() {
        choice.init(family, user);
    }

    public void contractChanged() {
        choice.contractChanged(family, user);
        PagedModel.firstPage(TABLE);
    }

    public void filter() {
        PagedModel.firstPage(TABLE);
    }

    /** Starts an admission for the chosen person and opens it. */
    public void create() throws IOException {
        if (choice.getContractId() == null || choice.getPersonId() == null) {
            Texts.error(FORM + "title", "family.noContract");
            return;
        }
        ClaimViewer viewer = ClaimViewer.of(user);
        Admission a;
        try {
            a = admissions.create(viewer, new Admissions.Form(choice.getPersonId(), choice.getContractId(), title,
                    description, formKey));
        } catch (ValidationException e) {
            Optional<Admission> first = admissions.byClientKey(user.getUsername(), formKey);
            if (first.isEmpty()) {
                Fields.error(fieldOf(e.key()), e.key(), e.args());
                return;
            }
            a = first.get();
        }
        formKey = FormKey.random();
        FacesContext.getCurrentInstance().getExternalContext().redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/member/admission.xhtml?id=" + a.getId());
    }

    static String fieldOf(String key) {
        if (key.startsWith("admissions.description.")) {
            return FORM + "description";
        }
        if (key.startsWith("admissions.title.")) {
            return FORM + "title";
        }
        return null;
    }

    private long count() {
        try {
            return choice.getPersonId() == null ? 0
                    : admissions.ofPersonCount(ClaimViewer.of(user), choice.getPersonId(), state);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return 0;
        }
    }

    private List<Admission> page(int first, int size) {
        try {
            return choice.getPersonId() == null ? List.of()
                    : admissions.ofPerson(ClaimViewer.of(user), choice.getPersonId(), state, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    /** A new admission only for someone covered today. */
    public List<FamilyMember> getActivePersons() {
        return choice.getPersons().stream().filter(FamilyMember::active).toList();
    }

    public boolean isChosenActive() {
        return getActivePersons().stream().anyMatch(p -> choice.getPersonId() != null
                && p.personId() == choice.getPersonId());
    }

    public AdmissionState[] getStates() { return AdmissionState.values(); }
    public AdmissionState getState() { return state; }
    public void setState(AdmissionState state) { this.state = state == null ? AdmissionState.IN_PROGRESS : state; }
    public List<ContractChoice> getContracts() { return choice.getContracts(); }
    public List<FamilyMember> getPersons() { return choice.getPersons(); }
    public Long getContractId() { return choice.getContractId(); }
    public void setContractId(Long id) { choice.setContractId(id); }
    public Long getPersonId() { return choice.getPersonId(); }
    public void setPersonId(Long id) { choice.setPersonId(id); }
    public String getPersonName() { return choice.personName(user); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LazyDataModel<Admission> getModel() { return model; }
}
