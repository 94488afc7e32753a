package ir.hami.network.web;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.PagedModel;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterAdmin;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterExport;
import ir.hami.network.CenterFilter;
import ir.hami.network.CenterImport;
import ir.hami.platform.excel.ExcelSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.primefaces.model.file.UploadedFile;
import ir.hami.network.CenterForm;
import ir.hami.network.CenterType;
import ir.hami.network.City;
import ir.hami.network.ContractType;
import ir.hami.network.NetworkWorkbook;
import ir.hami.network.Province;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import ir.hami.platform.web.UploadedFiles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** Administrators: the network's centres (active or not) by name, a create/edit dialog, the Excel export. */
@Named
@ViewScoped
public class CentersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "adminCentersForm:adminCentersTable";

    @Inject
    CenterDirectory directory;

    @Inject
    CenterAdmin admin;

    @Inject
    CenterExport export;

    @Inject
    CenterImport importer;

    private transient UploadedFile upload;
    private byte[] rejectedReport;

    private String search;
    private CenterFilter filter = new CenterFilter(null, null, null, null, false, false, true);
    private List<Province> provinces;
    private List<Insurer> insurers;
    private List<City> cities = List.of();
    private CenterForm form;
    private final PagedModel<TreatmentCenter> model = new PagedModel<>(() -> directory.count(filter),
            (first, size) -> directory.search(filter, first, size), TreatmentCenter::getId);

    @PostConstruct
    void init() {
        provinces = directory.provinces();
        insurers = directory.insurers();
    }

    public void searchChanged() {
        filter = new CenterFilter(search, null, null, null, false, false, true);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void create() {
        form = new CenterForm();
        form.setFormKey(FormKey.random());
        cities = List.of();
    }

    public void edit(long id) {
        try {
            form = admin.load(id);
            cities = directory.cities(form.getProvinceId());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void provinceChanged() {
        cities = directory.cities(form.getProvinceId());
        form.setCityId(null);
    }

    public void save() {
        if (form == null) {
            return; // a second click after the dialog was saved and closed
        }
        try {
            try {
                admin.save(form);
            } catch (ValidationException e) {
                if (!FormSubmissions.REPEATED.equals(e.key())) {
                    throw e;
                }
                // the same new centre sent twice at once: the first one stands
            }
            Texts.info(null, "centers.admin.saved", form.getName());
            form = null;
            PrimeFaces.current().executeScript("PF('centerEditDialog').hide()");
        } catch (ValidationException e) {
            Texts.error("adminCentersForm:editMessages", e.key(), e.args());
        } catch (EJBException | OptimisticLockException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                Texts.error("adminCentersForm:editMessages", CenterAdmin.KEY_CONFLICT);
            } else {
                throw e;
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The network's .xlsx: every row checked, rejected rows in a report, accepted ones written together. */
    public void importFile() {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("importForm:file", "roster.file.required");
            return;
        }
        try {
            CenterImport.Result result = UploadedFiles.onDisk(upload, "centres-", importer::importFile);
            rejectedReport = result.report();
            Texts.info(null, "centers.import.result", result.accepted(), result.rejected());
        } catch (ValidationException e) {
            rejectedReport = null;
            Texts.error("importForm:file", e.key(), e.args());
        } catch (IOException e) {
            rejectedReport = null;
            Texts.error("importForm:file", ExcelSheet.KEY_UNREADABLE);
        } finally {
            upload = null;
        }
    }

    public StreamedContent getRejected() {
        byte[] bytes = rejectedReport;
        return DefaultStreamedContent.builder().name("rejected-centres.xlsx").contentType(NetworkWorkbook.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isHasRejected() { return rejectedReport != null; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }

    public StreamedContent getExport() {
        CenterExport service = export;
        return DefaultStreamedContent.builder().name(NetworkWorkbook.FILE_NAME)
                .contentType(NetworkWorkbook.CONTENT_TYPE).writer(service::export).build();
    }

    public CenterType[] getTypes() { return CenterType.values(); }
    public ContractType[] getContractTypes() { return ContractType.values(); }
    public List<Province> getProvinces() { return provinces; }
    public List<City> getCities() { return cities; }
    public List<Insurer> getInsurers() { return insurers; }
    public CenterForm getForm() { return form; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<TreatmentCenter> getModel() { return model; }
}
