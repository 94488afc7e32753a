package ir.hami.claims.web;

import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import java.io.Serializable;
import java.util.List;

/**
 * The person and contract a member page is about (like the other member pages): the contract chosen in the session
 * (or the member's first one in force), the family of the member in it, and the insured person chosen.
 */
final class MemberChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FAMILY_MAX = 50;

    private List<ContractChoice> contracts = List.of();
    private List<FamilyMember> persons = List.of();
    private Long contractId;
    private Long personId;

    void init(FamilyService family, PortalUser user) {
        if (user.getPersonId() == null) {
            return;
        }
        if (user.getContractId() == null) {
            family.chooseDefault(user.getPersonId());
        }
        contracts = family.contractsOf(user.getPersonId());
        contractId = user.getContractId() != null ? user.getContractId()
                : contracts.stream().map(ContractChoice::contractId).findFirst().orElse(null);
        loadPersons(family, user);
        personId = user.getInsuredPersonId() != null && has(user.getInsuredPersonId()) ? user.getInsuredPersonId()
                : user.getPersonId();
    }

    /** The contract changed: its family; the person stays if covered there, else the member. */
    void contractChanged(FamilyService family, PortalUser user) {
        loadPersons(family, user);
        if (personId == null || !has(personId)) {
            personId = user.getPersonId();
        }
    }

    private void loadPersons(FamilyService family, PortalUser user) {
        persons = List.of();
        if (contractId != null) {
            try {
                persons = family.family(user.getPersonId(), contractId, FamilySearch.everybody(), 0, FAMILY_MAX);
            } catch (ValidationException e) {
                persons = List.of();
            }
        }
    }

    private boolean has(long id) {
        return persons.stream().anyMatch(p -> p.personId() == id);
    }

    String personName(PortalUser user) {
        return persons.stream().filter(p -> personId != null && p.personId() == personId)
                .map(FamilyMember::fullName).findFirst().orElse(user.getDisplayName());
    }

    List<ContractChoice> getContracts() { return contracts; }
    List<FamilyMember> getPersons() { return persons; }
    Long getContractId() { return contractId; }
    void setContractId(Long contractId) { this.contractId = contractId; }
    Long getPersonId() { return personId; }
    void setPersonId(Long personId) { this.personId = personId; }
}
