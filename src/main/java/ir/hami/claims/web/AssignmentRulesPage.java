package ir.hami.claims.web;

import ir.hami.claims.ClaimAssignments;
import ir.hami.claims.ClaimViewer;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.network.Province;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/claim-assignment.xhtml}: the reception rules an administrator keeps. Insurer + province → assessor;
 * a rule without a province is the insurer's default. A claim is given to the assessor when it is registered.
 */
@Named
@ViewScoped
public class AssignmentRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimAssignments assignments;

    @Inject
    CenterDirectory centers;

    @Inject
    PortalUser user;

    private List<Insurer> insurers;
    private List<Province> provinces;
    private List<String[]> assessors;
    private Long insurerId;
    private Long provinceId;
    private String assessor;

    private final PagedModel<ClaimAssignments.RuleRow> model = new PagedModel<>(() -> assignments.ruleCount(),
            (first, size) -> assignments.rules(first, size), ClaimAssignments.RuleRow::id);

    @PostConstruct
    void init() {
        insurers = centers.insurers();
        provinces = centers.provinces();
        assessors = assignments.assessors();
    }

    public void add() {
        try {
            if (insurerId == null) {
                Texts.error("ruleForm:insurer", "claims.assign.insurerRequired");
                return;
            }
            assignments.addRule(ClaimViewer.of(user), insurerId, provinceId, assessor);
            Texts.info(null, "claims.assign.ruleSaved");
            provinceId = null;
        } catch (ValidationException e) {
            Texts.error(ClaimAssignments.RULE_EXISTS.equals(e.key()) ? "ruleForm:province" : "ruleForm:assessor",
                    e.key(), e.args());
        }
    }

    public void remove(ClaimAssignments.RuleRow row) {
        try {
            assignments.removeRule(ClaimViewer.of(user), row.id(), row.version());
            Texts.info(null, "claims.assign.ruleRemoved");
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        } catch (EJBException e) {
            Texts.error(null, "claims.conflict");
        }
    }

    public List<Insurer> getInsurers() { return insurers; }
    public List<Province> getProvinces() { return provinces; }
    public List<String[]> getAssessors() { return assessors; }
    public LazyDataModel<ClaimAssignments.RuleRow> getModel() { return model; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public String getAssessor() { return assessor; }
    public void setAssessor(String assessor) { this.assessor = assessor; }
}
