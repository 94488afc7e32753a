package ir.hami.claims.web;

import ir.hami.claims.ItemKind;
import ir.hami.claims.ServiceType;
import ir.hami.claims.Tariff;
import ir.hami.claims.TariffAdmin;
import ir.hami.claims.TariffSheet;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.platform.web.UploadedFiles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The tariff for administrators ({@code /admin/tariffs.xhtml}): a lazy table searched by code or title, a dialog to
 * add or edit a row (with the version the administrator saw), deactivation, the template and the .xlsx import with
 * its report of rejected rows.
 */
@Named
@ViewScoped
public class TariffsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "tariffsForm:tariffsTable";
    private static final String EDITOR = "tariffsForm:";

    @Inject
    TariffAdmin admin;

    private String search;
    private List<ServiceType> serviceTypes = List.of();
    /** The dialog's fields; {@code id} null for a new row. */
    private Long id;
    private long version;
    private String code;
    private String title;
    private ItemKind kind;
    private Long serviceTypeId;
    private String unitPrice;
    private boolean active = true;
    private boolean editing;

    private transient UploadedFile upload;
    private byte[] rejectedReport;

    private final PagedModel<Tariff> model = new PagedModel<>(this::count, this::page, Tariff::getId);

    @PostConstruct
    void init() {
        serviceTypes = admin.serviceTypes();
    }

    private long count() {
        return admin.count(search);
    }

    private List<Tariff> page(int first, int size) {
        return admin.page(search, first, size);
    }

    public void searchChanged() {
        PagedModel.firstPage(TABLE);
    }

    public void create() {
        id = null;
        version = 0;
        code = null;
        title = null;
        kind = null;
        serviceTypeId = null;
        unitPrice = null;
        active = true;
        editing = true;
    }

    public void edit(long tariffId) {
        try {
            TariffAdmin.Entry e = admin.load(tariffId);
            id = e.id();
            version = e.version();
            code = e.code();
            title = e.title();
            kind = e.kind();
            serviceTypeId = e.serviceTypeId();
            unitPrice = e.unitPrice();
            active = e.active();
            editing = true;
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void save() {
        if (!editing) {
            return; // a second click after the dialog was saved and closed
        }
        try {
            Tariff saved = admin.save(new TariffAdmin.Entry(id, version, code, title, kind, serviceTypeId, unitPrice,
                    active));
            editing = false;
            Texts.info(null, "tariffs.saved", saved.getCode());
            PrimeFaces.current().executeScript("PF('tariffDialog').hide()");
        } catch (ValidationException e) {
            Texts.error(field(e.key()), e.key(), e.args());
        }
    }

    /** Deactivates (or activates again) a row as the table showed it. */
    public void toggle(Tariff row) {
        try {
            Tariff t = admin.setActive(row.getId(), row.getVersion(), !row.isActive());
            Texts.info(null, t.isActive() ? "tariffs.activated" : "tariffs.deactivated", t.getCode());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    private static String field(String key) {
        return switch (key) {
            case TariffAdmin.KEY_CODE_INVALID, TariffAdmin.KEY_CODE_TAKEN -> EDITOR + "tcode";
            case TariffAdmin.KEY_TITLE_REQUIRED, TariffAdmin.KEY_TITLE_TOO_LONG -> EDITOR + "ttitle";
            case TariffAdmin.KEY_KIND_REQUIRED -> EDITOR + "tkind";
            case TariffAdmin.KEY_TYPE_REQUIRED -> EDITOR + "ttype";
            case TariffAdmin.KEY_PRICE_INVALID -> EDITOR + "tprice";
            default -> null; // a conflict or a vanished row: above the form
        };
    }

    // ---------------------------------------------------------------- import

    public void importFile() {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("tariffImportForm:file", "roster.file.required");
            return;
        }
        try {
            TariffAdmin.ImportResult result = UploadedFiles.onDisk(upload, "tariff-", admin::importFile);
            rejectedReport = result.report();
            Texts.info(null, "tariffs.import.result", result.accepted(), result.created(), result.rejected());
        } catch (ValidationException e) {
            rejectedReport = null;
            Texts.error("tariffImportForm:file", e.key(), e.args());
        } catch (IOException e) {
            rejectedReport = null;
            Texts.error("tariffImportForm:file", ExcelSheet.KEY_UNREADABLE);
        } finally {
            upload = null;
        }
    }

    public StreamedContent getRejected() {
        byte[] bytes = rejectedReport;
        return DefaultStreamedContent.builder().name("rejected-tariff-rows.xlsx").contentType(TariffSheet.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(bytes == null ? new byte[0] : bytes)).build();
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder().name(TariffSheet.FILE_NAME).contentType(TariffSheet.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(TariffSheet.template())).build();
    }

    public boolean isHasRejected() { return rejectedReport != null; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }

    public LazyDataModel<Tariff> getModel() { return model; }
    public List<ServiceType> getServiceTypes() { return serviceTypes; }
    public ItemKind[] getKinds() { return ItemKind.values(); }

    /** The service type's title for the table. */
    public String typeTitle(long typeId) {
        return serviceTypes.stream().filter(t -> t.getId() == typeId).map(ServiceType::getTitle).findFirst()
                .orElse("-");
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return id == null; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public Long getServiceTypeId() { return serviceTypeId; }
    public void setServiceTypeId(Long serviceTypeId) { this.serviceTypeId = serviceTypeId; }
    public String getUnitPrice() { return unitPrice; }
    public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
