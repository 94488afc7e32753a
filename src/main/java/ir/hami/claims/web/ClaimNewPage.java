package ir.hami.claims.web;

import ir.hami.claims.BasicInsurance;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimDocument;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimSubmission;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.ClaimWizardRules;
import ir.hami.claims.DocumentType;
import ir.hami.claims.MedicalService;
import ir.hami.claims.ServiceType;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterFilter;
import ir.hami.network.CenterType;
import ir.hami.network.Province;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import ir.hami.referral.web.CenterOption;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The member's claim wizard ({@code /member/claim-new.xhtml?id=<draft>}, seed 002): five steps saved on a draft as
 * each one is left, so a closed browser or a new login resumes it from the claims list. The page holds only what the
 * member is typing; every rule is {@link ClaimSubmission}'s. Step 1 of a new claim sends the browser to the draft's
 * own address.
 */
@Named
@ViewScoped
public class ClaimNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "claimForm:";
    static final String FILES = "claimFiles:";
    private static final int FAMILY_MAX = 50;
    private static final int SUGGESTIONS = 15;

    @Inject
    ClaimSubmission submission;

    @Inject
    ClaimFiles files;

    @Inject
    ClaimCatalog catalog;

    @Inject
    FamilyService family;

    @Inject
    CenterDirectory directory;

    @Inject
    PortalUser user;

    private final FormKey formKey = FormKey.random();
    private Long claimId;
    private long version;
    private int step = 1;
    private boolean refused;
    private String trackingCode;

    // step 1
    private List<ContractChoice> contracts = List.of();
    private List<FamilyMember> persons = List.of();
    private Long contractId;
    private Long personId;
    private LocalDate serviceDate;

    // step 2
    private List<Province> provinces = List.of();
    private List<ServiceType> serviceTypes = List.of();
    private List<MedicalService> services = List.of();
    private Long provinceId;
    private Long centerProvinceId;
    private CenterType centerType;
    private CenterOption center;
    private boolean centerNotFound;
    private String centerName;
    private Long amount;
    private Long serviceTypeId;
    private Long serviceId;
    private BasicInsurance basicInsurance;
    private String councilCode;
    private Boolean ePrescription;
    private String ePrescriptionCode;
    private String description;

    // step 3
    private List<ClaimCatalog.Requirement> requirements = List.of();
    private List<ClaimDocument> documents = List.of();
    private List<DocumentType> missing = List.of();
    private Long documentTypeId;
    private transient List<Part> cameraFiles;
    private transient List<Part> galleryFiles;

    // step 4
    private String mobile;
    private String code;
    private boolean codeSent;
    private boolean confirmed;

    // step 5
    private ClaimSubmission.Duplicate duplicate;
    private String duplicateReason;

    // the member's other drafts, offered on a new claim's first step
    private List<Claim> drafts = List.of();

    @PostConstruct
    void init() {
        contracts = submission.contracts(viewer());
        provinces = directory.provinces();
        serviceTypes = catalog.serviceTypes();
        Optional<Long> id = Requests.id(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id"));
        if (id.isPresent()) {
            load(id.get());
            return;
        }
        drafts = submission.drafts(viewer());
        if (!contracts.isEmpty()) {
            contractId = user.getContractId() != null && contracts.stream()
                    .anyMatch(c -> c.contractId() == user.getContractId()) ? user.getContractId()
                    : contracts.get(0).contractId();
            personId = user.getInsuredPersonId() != null ? user.getInsuredPersonId() : user.getPersonId();
            loadPersons();
        }
    }

    private void load(long id) {
        Claim c;
        try {
            c = submission.claim(viewer(), id);
        } catch (ValidationException e) {
            refused = true;
            Texts.error(null, e.key(), e.args());
            return;
        }
        claimId = c.getId();
        if (c.getState() != ClaimState.DRAFT) {
            trackingCode = c.getTrackingCode();
            return;
        }
        fill(c);
        step = Math.max(1, Math.min(c.getDraftStep(), 5));
        enter(step);
    }

    /** The page's fields from the draft as stored. */
    private void fill(Claim c) {
        version = c.getVersion();
        contractId = c.getContractId();
        personId = c.getPersonId();
        serviceDate = c.getServiceDate();
        loadPersons();
        provinceId = c.getResidenceProvinceId();
        center = c.getCenterId() == null ? null
                : directory.details(c.getCenterId()).map(CenterOption::of).orElse(null);
        centerNotFound = c.getCenterId() == null && c.getCenterName() != null;
        centerName = c.getCenterName();
        amount = c.getRequestedAmount();
        serviceTypeId = c.getServiceTypeId();
        loadServices();
        serviceId = c.getServiceId();
        basicInsurance = c.getBasicInsurance();
        councilCode = c.getCouncilCode();
        ePrescription = c.getServiceId() == null ? null : c.isEPrescription();
        ePrescriptionCode = c.getEPrescriptionCode();
        description = c.getDescription();
        confirmed = c.getMobileConfirmedAt() != null;
    }

    private void reload() {
        Claim c = submission.claim(viewer(), claimId);
        version = c.getVersion();
        confirmed = c.getMobileConfirmedAt() != null;
    }

    /** What a step shows is read when it is entered. */
    private void enter(int target) {
        step = target;
        if (claimId == null) {
            return;
        }
        try {
            if (target >= 3) {
                requirements = submission.requirements(viewer(), claimId);
                documents = submission.documents(viewer(), claimId);
                missing = submission.missingDocuments(viewer(), claimId);
                if (documentTypeId == null && !requirements.isEmpty()) {
                    documentTypeId = missing.isEmpty() ? requirements.get(0).type().getId() : missing.get(0).getId();
                }
            }
            if (target == 4) {
                mobile = submission.mobileOf(viewer(), claimId);
            }
            if (target == 5) {
                duplicate = submission.duplicate(viewer(), claimId).orElse(null);
            }
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    // ---------------------------------------------------------------- step 1

    public void contractChanged() {
        loadPersons();
    }

    private void loadPersons() {
        if (contractId == null) {
            persons = List.of();
            return;
        }
        try {
            persons = family.family(user.getPersonId(), contractId, FamilySearch.everybody(), 0, FAMILY_MAX)
                    .stream().filter(FamilyMember::active).toList();
        } catch (ValidationException e) {
            persons = List.of();
        }
    }

    public String saveStep1() {
        if (contractId == null || personId == null) {
            Texts.error(FORM + "contract", "claims.new.noContract");
            return null;
        }
        try {
            if (claimId == null) {
                Claim c = submission.start(viewer(), formKey, personId, contractId, serviceDate);
                return "/member/claim-new?faces-redirect=true&id=" + c.getId();
            }
            Claim c = submission.changeStep1(viewer(), claimId, version, personId, contractId, serviceDate);
            version = c.getVersion();
            reload();
            enter(2);
        } catch (ValidationException e) {
            error(e, step1Field(e.key()));
        }
        return null;
    }

    static String step1Field(String key) {
        if (key.startsWith("claims.new.date.")) {
            return "serviceDate";
        }
        if (key.startsWith("claims.new.contract.")) {
            return "contract";
        }
        if (key.equals(FamilyService.REFUSED) || key.startsWith("claims.new.person.")) {
            return "person";
        }
        return null;
    }

    // ---------------------------------------------------------------- step 2

    public List<CenterOption> completeCenter(String text) {
        CenterFilter filter = new CenterFilter(PersianText.normalize(text), centerProvinceId, null, centerType, false,
                false);
        return directory.search(filter, 0, SUGGESTIONS).stream().map(CenterOption::of).toList();
    }

    public void serviceTypeChanged() {
        serviceId = null;
        loadServices();
    }

    private void loadServices() {
        services = serviceTypeId == null ? List.of() : catalog.services(serviceTypeId);
    }

    public void saveStep2() {
        ClaimSubmission.DetailsForm form = new ClaimSubmission.DetailsForm(provinceId,
                center == null ? null : center.id(), centerNotFound, centerName, amount, serviceTypeId, serviceId,
                basicInsurance, councilCode, ePrescription, ePrescriptionCode, description);
        try {
            submission.describe(viewer(), claimId, version, form);
            reload();
            documentTypeId = null;
            enter(3);
        } catch (ValidationException e) {
            error(e, step2Field(e.key()));
        }
    }

    static String step2Field(String key) {
        Map<String, String> fields = Map.ofEntries(
                Map.entry(ClaimWizardRules.PROVINCE_REQUIRED, "province"),
                Map.entry(ClaimWizardRules.CENTER_REQUIRED, "center"),
                Map.entry(ClaimWizardRules.CENTER_NAME_REQUIRED, "centerName"),
                Map.entry(ClaimWizardRules.CENTER_NAME_TOO_LONG, "centerName"),
                Map.entry(ClaimWizardRules.AMOUNT_REQUIRED, "amount"),
                Map.entry(ClaimWizardRules.AMOUNT_POSITIVE, "amount"),
                Map.entry(ClaimWizardRules.AMOUNT_TOO_LARGE, "amount"),
                Map.entry(ClaimWizardRules.SERVICE_TYPE_REQUIRED, "serviceType"),
                Map.entry(ClaimWizardRules.SERVICE_REQUIRED, "service"),
                Map.entry(ClaimWizardRules.NO_COVER, "serviceType"),
                Map.entry(ClaimWizardRules.BASIC_REQUIRED, "basic"),
                Map.entry(ClaimWizardRules.COUNCIL_DIGITS, "council"),
                Map.entry(ClaimWizardRules.PRESCRIPTION_REQUIRED, "prescription"),
                Map.entry(ClaimWizardRules.PRESCRIPTION_CODE_REQUIRED, "prescriptionCode"),
                Map.entry(ClaimWizardRules.PRESCRIPTION_CODE_TOO_LONG, "prescriptionCode"),
                Map.entry(ClaimWizardRules.DESCRIPTION_TOO_LONG, "description"));
        return fields.get(key);
    }

    // ---------------------------------------------------------------- step 3

    public void uploadCamera() {
        upload(cameraFiles, FILES + "camera");
        cameraFiles = null;
    }

    public void uploadGallery() {
        upload(galleryFiles, FILES + "gallery");
        galleryFiles = null;
    }

    private void upload(List<Part> parts, String field) {
        if (documentTypeId == null) {
            Texts.error(FILES + "documentType", "claims.new.file.choose");
            return;
        }
        if (parts != null) {
            for (Part part : parts) {
                if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                        || part.getSubmittedFileName().isEmpty())) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    files.add(viewer(), claimId, documentTypeId, part.getSubmittedFileName(), in.readAllBytes());
                } catch (ValidationException e) {
                    Texts.error(field, e.key(), e.args());
                } catch (IOException e) {
                    Texts.error(field, "upload.empty");
                }
            }
        }
        enter(3);
    }

    public void removeDocument(long documentId) {
        try {
            files.remove(viewer(), documentId);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
        enter(3);
    }

    public void saveStep3() {
        try {
            submission.documentsDone(viewer(), claimId, version);
            reload();
            enter(4);
        } catch (ValidationException e) {
            Texts.error(FILES + "documents", e.key(), e.args());
            enter(3);
        }
    }

    /** A document type's title, for the list of images. */
    public String typeTitle(long typeId) {
        return titles().getOrDefault(typeId, "");
    }

    private Map<Long, String> titles() {
        return requirements.stream().map(ClaimCatalog.Requirement::type)
                .collect(Collectors.toMap(DocumentType::getId, DocumentType::getTitle, (a, b) -> a));
    }

    // ---------------------------------------------------------------- step 4

    public void sendCode() {
        try {
            submission.sendCode(viewer(), claimId, Requests.clientIp());
            codeSent = true;
            Texts.info(FORM + "code", "claims.new.code.sent");
        } catch (ValidationException e) {
            error(e, "code");
        }
    }

    public void confirmCode() {
        try {
            submission.confirmCode(viewer(), claimId, code);
            code = null;
            reload();
            enter(5);
        } catch (ValidationException e) {
            error(e, "code");
        }
    }

    /** Step 4 left with a confirmation still fresh (after editing an earlier step). */
    public void skipCode() {
        enter(5);
    }

    // ---------------------------------------------------------------- step 5

    public void edit(int target) {
        enter(target);
    }

    public void back() {
        enter(Math.max(1, step - 1));
    }

    public void submit() {
        if (trackingCode != null) {
            return; // this view already submitted: a second click shows the same claim
        }
        try {
            Claim c = submission.submit(viewer(), claimId, version, duplicateReason);
            trackingCode = c.getTrackingCode();
        } catch (ValidationException e) {
            if (e.key().startsWith("claims.new.duplicate.")) {
                error(e, "duplicateReason");
            } else if (ClaimWizardRules.MOBILE_NOT_CONFIRMED.equals(e.key())) {
                reload();
                Texts.error(null, e.key(), e.args());
                enter(4);
            } else {
                Texts.error(null, e.key(), e.args());
            }
            if (trackingCode == null) {
                enter(5);
            }
        }
    }

    public String discard() {
        try {
            submission.discard(viewer(), claimId);
            Texts.info(null, "claims.new.discarded");
            Texts.keepForRedirect();
            return "/member/claim-new?faces-redirect=true";
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return null;
        }
    }

    // ---------------------------------------------------------------- pieces

    private void error(ValidationException e, String field) {
        Texts.error(field == null ? null : FORM + field, e.key(), e.args());
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    /** Labels of the review, read from the lists the page already has. */
    public String getContractLabel() {
        return contracts.stream().filter(c -> c.contractId() == (contractId == null ? -1 : contractId)).findFirst()
                .map(c -> c.insurerName() + " – " + c.number()).orElse("");
    }

    public String getPersonLabel() {
        return persons.stream().filter(p -> personId != null && p.personId() == personId).findFirst()
                .map(FamilyMember::fullName).orElse("");
    }

    public String getProvinceLabel() {
        return label(provinces, Province::getId, Province::getName, provinceId);
    }

    public String getServiceTypeLabel() {
        return label(serviceTypes, ServiceType::getId, ServiceType::getTitle, serviceTypeId);
    }

    public String getServiceLabel() {
        return label(services, MedicalService::getId, MedicalService::getTitle, serviceId);
    }

    public String getCenterLabel() {
        return centerNotFound ? centerName : center == null ? "" : center.label();
    }

    private static <T> String label(List<T> list, Function<T, Long> id, Function<T, String> title, Long wanted) {
        return wanted == null ? "" : list.stream().filter(t -> wanted.equals(id.apply(t))).findFirst().map(title)
                .orElse("");
    }

    public String getMissingTitles() {
        return missing.stream().map(DocumentType::getTitle).collect(Collectors.joining("، "));
    }

    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4, 5);
    }

    public BasicInsurance[] getBasicInsurances() { return BasicInsurance.values(); }
    public CenterType[] getCenterTypes() { return CenterType.values(); }
    public int getMaxFiles() { return files.maxFiles(); }
    public int getMaxFileMb() { return files.maxFileMb(); }
    public boolean isDone() { return trackingCode != null; }
    public boolean isRefused() { return refused; }
    public boolean isHasContract() { return !contracts.isEmpty(); }
    public List<ClaimSubmission.Duplicate> getDuplicates() {
        return duplicate == null ? List.of() : new ArrayList<>(List.of(duplicate));
    }
    public List<Claim> getDrafts() { return drafts; }
    public Long getClaimId() { return claimId; }
    public int getStep() { return step; }
    public String getTrackingCode() { return trackingCode; }
    public List<ContractChoice> getContracts() { return contracts; }
    public List<FamilyMember> getPersons() { return persons; }
    public Long getContractId() { return contractId; }
    public void setContractId(Long contractId) { this.contractId = contractId; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public List<Province> getProvinces() { return provinces; }
    public List<ServiceType> getServiceTypes() { return serviceTypes; }
    public List<MedicalService> getServices() { return services; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getCenterProvinceId() { return centerProvinceId; }
    public void setCenterProvinceId(Long centerProvinceId) { this.centerProvinceId = centerProvinceId; }
    public CenterType getCenterType() { return centerType; }
    public void setCenterType(CenterType centerType) { this.centerType = centerType; }
    public CenterOption getCenter() { return center; }
    public void setCenter(CenterOption center) { this.center = center; }
    public boolean isCenterNotFound() { return centerNotFound; }
    public void setCenterNotFound(boolean centerNotFound) { this.centerNotFound = centerNotFound; }
    public String getCenterName() { return centerName; }
    public void setCenterName(String centerName) { this.centerName = centerName; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public Long getServiceTypeId() { return serviceTypeId; }
    public void setServiceTypeId(Long serviceTypeId) { this.serviceTypeId = serviceTypeId; }
    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
    public BasicInsurance getBasicInsurance() { return basicInsurance; }
    public void setBasicInsurance(BasicInsurance basicInsurance) { this.basicInsurance = basicInsurance; }
    public String getCouncilCode() { return councilCode; }
    public void setCouncilCode(String councilCode) { this.councilCode = councilCode; }
    public Boolean getEPrescription() { return ePrescription; }
    public void setEPrescription(Boolean ePrescription) { this.ePrescription = ePrescription; }
    public String getEPrescriptionCode() { return ePrescriptionCode; }
    public void setEPrescriptionCode(String ePrescriptionCode) { this.ePrescriptionCode = ePrescriptionCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<ClaimCatalog.Requirement> getRequirements() { return requirements; }
    public List<ClaimDocument> getDocuments() { return documents; }
    public List<DocumentType> getMissing() { return missing; }
    public Long getDocumentTypeId() { return documentTypeId; }
    public void setDocumentTypeId(Long documentTypeId) { this.documentTypeId = documentTypeId; }
    public List<Part> getCameraFiles() { return cameraFiles; }
    public void setCameraFiles(List<Part> cameraFiles) { this.cameraFiles = cameraFiles; }
    public List<Part> getGalleryFiles() { return galleryFiles; }
    public void setGalleryFiles(List<Part> galleryFiles) { this.galleryFiles = galleryFiles; }
    public String getMobile() { return mobile; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isCodeSent() { return codeSent; }
    public boolean isConfirmed() { return confirmed; }
    public ClaimSubmission.Duplicate getDuplicate() { return duplicate; }
    public String getDuplicateReason() { return duplicateReason; }
    public void setDuplicateReason(String duplicateReason) { this.duplicateReason = duplicateReason; }
}
