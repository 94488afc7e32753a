package ir.hami.claims.web;

import ir.hami.platform.web.Fields;
import ir.hami.claims.ClaimCatalogAdmin;
import ir.hami.claims.DocumentType;
import ir.hami.claims.MedicalService;
import ir.hami.claims.ServiceType;
import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The claims catalogue for administrators ({@code /admin/claim-catalogue.xhtml}): service types, the services of the
 * chosen type, document types, and the required documents of the chosen service. Rows are added, edited and
 * deactivated; a create form has its one-time key.
 */
@Named
@ViewScoped
public class ClaimCataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimCatalogAdmin admin;

    private List<ServiceType> types = List.of();
    private List<MedicalService> services = List.of();
    private List<DocumentType> documentTypes = List.of();
    private List<ClaimCatalogAdmin.Requirement> requirements = List.of();
    private Long typeId;
    private Long serviceId;
    private Long requireTypeId;
    private boolean requireMandatory = true;
    private final CatalogueEditor typeEditor = new CatalogueEditor();
    private final CatalogueEditor serviceEditor = new CatalogueEditor();
    private final CatalogueEditor documentEditor = new CatalogueEditor();

    @PostConstruct
    void init() {
        types = admin.serviceTypes();
        documentTypes = admin.documentTypes();
        if (!types.isEmpty()) {
            typeId = types.get(0).getId();
        }
        typeChanged();
    }

    // ---------------------------------------------------------------- service types

    public void newType() {
        typeEditor.clear(null);
    }

    public void editType(long id) {
        types.stream().filter(t -> t.getId() == id).findFirst().ifPresent(t -> typeEditor.load(t.getId(),
                t.getVersion(), t.getCode(), t.getTitle(), t.getCoverKind(), t.getSortOrder(), null, t.isActive()));
    }

    public void saveType() {
        save("typesForm:", () -> admin.saveServiceType(typeEditor.entry()), () -> {
            typeEditor.clear(null);
            types = admin.serviceTypes();
        });
    }

    public void typeChanged() {
        services = typeId == null ? List.of() : admin.services(typeId);
        serviceEditor.clear(typeId);
        serviceId = services.isEmpty() ? null : services.get(0).getId();
        serviceChanged();
    }

    // ---------------------------------------------------------------- services

    public void newService() {
        serviceEditor.clear(typeId);
    }

    public void editService(long id) {
        services.stream().filter(s -> s.getId() == id).findFirst().ifPresent(s -> serviceEditor.load(s.getId(),
                s.getVersion(), s.getCode(), s.getTitle(), null, 0, s.getTypeId(), s.isActive()));
    }

    public void saveService() {
        try {
            MedicalService saved = admin.saveService(serviceEditor.entry());
            services = admin.services(typeId);
            serviceEditor.clear(typeId);
            chooseService(saved.getId()); // its required documents next
            Texts.info(null, "catalogue.saved");
        } catch (ValidationException e) {
            Fields.error(fieldOf("servicesForm:", e.key()), e.key(), e.args());
        }
    }

    /** Shows the required documents of a service. */
    public void chooseService(long id) {
        serviceId = id;
        serviceChanged();
    }

    public void serviceChanged() {
        requirements = serviceId == null ? List.of() : admin.requirements(serviceId);
    }

    // ---------------------------------------------------------------- requirements

    public void require() {
        if (serviceId == null || requireTypeId == null) {
            Texts.error("requirementsForm:requireType", "catalogue.requirement.choose");
            return;
        }
        try {
            admin.require(serviceId, requireTypeId, requireMandatory);
            requirements = admin.requirements(serviceId);
            requireTypeId = null;
            Texts.info(null, "catalogue.saved");
        } catch (ValidationException e) {
            Texts.error("requirementsForm:requireType", e.key(), e.args());
        }
    }

    public void toggleMandatory(ClaimCatalogAdmin.Requirement r) {
        admin.require(serviceId, r.documentTypeId(), !r.mandatory());
        requirements = admin.requirements(serviceId);
    }

    public void unrequire(long requirementId) {
        admin.unrequire(requirementId);
        requirements = admin.requirements(serviceId);
    }

    // ---------------------------------------------------------------- document types

    public void newDocumentType() {
        documentEditor.clear(null);
    }

    public void editDocumentType(long id) {
        documentTypes.stream().filter(d -> d.getId() == id).findFirst().ifPresent(d -> documentEditor.load(
                d.getId(), d.getVersion(), d.getCode(), d.getTitle(), null, 0, null, d.isActive()));
    }

    public void saveDocumentType() {
        save("documentTypesForm:", () -> admin.saveDocumentType(documentEditor.entry()), () -> {
            documentEditor.clear(null);
            documentTypes = admin.documentTypes();
        });
    }

    // ---------------------------------------------------------------- helpers

    private void save(String form, Supplier<Object> action, Runnable after) {
        try {
            action.get();
            after.run();
            Texts.info(null, "catalogue.saved");
        } catch (ValidationException e) {
            Fields.error(fieldOf(form, e.key()), e.key(), e.args());
        }
    }

    static String fieldOf(String form, String key) {
        if (key.startsWith("catalogue.code.")) {
            return form + "code";
        }
        if (key.startsWith("catalogue.title.")) {
            return form + "title";
        }
        if (key.startsWith("catalogue.order.")) {
            return form + "order";
        }
        if (key.startsWith("catalogue.kind.")) {
            return form + "kind";
        }
        return null;
    }

    public String serviceTitle() {
        return services.stream().filter(s -> s.getId().equals(serviceId)).map(MedicalService::getTitle).findFirst()
                .orElse("");
    }

    public CoverKind[] getKinds() { return CoverKind.values(); }
    public List<ServiceType> getTypes() { return types; }
    public List<MedicalService> getServices() { return services; }
    public List<DocumentType> getDocumentTypes() { return documentTypes; }
    public List<ClaimCatalogAdmin.Requirement> getRequirements() { return requirements; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public Long getServiceId() { return serviceId; }
    public String getServiceTitle() { return serviceTitle(); }
    public Long getRequireTypeId() { return requireTypeId; }
    public void setRequireTypeId(Long requireTypeId) { this.requireTypeId = requireTypeId; }
    public boolean isRequireMandatory() { return requireMandatory; }
    public void setRequireMandatory(boolean requireMandatory) { this.requireMandatory = requireMandatory; }
    public CatalogueEditor getTypeEditor() { return typeEditor; }
    public CatalogueEditor getServiceEditor() { return serviceEditor; }
    public CatalogueEditor getDocumentEditor() { return documentEditor; }
}
