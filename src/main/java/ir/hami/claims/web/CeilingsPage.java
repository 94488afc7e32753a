package ir.hami.claims.web;

import ir.hami.claims.CeilingLine;
import ir.hami.claims.Ceilings;
import ir.hami.claims.ClaimViewer;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What is left of each ceiling ({@code /member/ceilings.xhtml}): for the chosen person and contract, a bar per cover
 * with the ceiling, what assessed claims used and what remains, said in a Persian sentence, person or family ceiling
 * said plainly.
 */
@Named
@ViewScoped
public class CeilingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ceilings ceilings;

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private final MemberChoice choice = new MemberChoice();
    private List<CeilingLine> lines = List.of();

    @PostConstruct
    void init() {
        choice.init(family, user);
        load();
    }

    public void contractChanged() {
        choice.contractChanged(family, user);
        load();
    }

    public void filter() {
        load();
    }

    private void load() {
        lines = List.of();
        if (choice.getContractId() == null || choice.getPersonId() == null) {
            return;
        }
        try {
            lines = ceilings.of(ClaimViewer.of(user), choice.getPersonId(), choice.getContractId());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public List<CeilingLine> getLines() { return lines; }
    public List<ContractChoice> getContracts() { return choice.getContracts(); }
    public List<FamilyMember> getPersons() { return choice.getPersons(); }
    public Long getContractId() { return choice.getContractId(); }
    public void setContractId(Long id) { choice.setContractId(id); }
    public Long getPersonId() { return choice.getPersonId(); }
    public void setPersonId(Long id) { choice.setPersonId(id); }
    public String getPersonName() { return choice.personName(user); }
}
