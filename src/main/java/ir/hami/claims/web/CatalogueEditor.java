package ir.hami.claims.web;

import ir.hami.claims.ClaimCatalogAdmin;
import ir.hami.membership.CoverKind;
import ir.hami.platform.web.FormKey;
import java.io.Serializable;

/** The editor of one catalogue row on the administrators' page: empty for a new row (with a fresh form key). */
public final class CatalogueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String title;
    private CoverKind kind;
    private String order;
    private Long typeId;
    private boolean active = true;
    private FormKey formKey = FormKey.random();

    void clear(Long typeId) {
        id = null;
        version = 0;
        code = null;
        title = null;
        kind = null;
        order = null;
        this.typeId = typeId;
        active = true;
        formKey = FormKey.random();
    }

    void load(Long id, long version, String code, String title, CoverKind kind, int sortOrder, Long typeId,
              boolean active) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.order = Integer.toString(sortOrder);
        this.typeId = typeId;
        this.active = active;
    }

    ClaimCatalogAdmin.Entry entry() {
        return new ClaimCatalogAdmin.Entry(id, version, code, title, kind, sortOrder(), typeId, active, formKey);
    }

    /** The order typed (Persian, Arabic or Latin digits); empty is 0. */
    int sortOrder() {
        String typed = order == null ? "" : ir.hami.platform.text.PersianText.normalizeDigits(order).strip();
        if (typed.isEmpty()) {
            return 0;
        }
        if (!typed.matches("[0-9]{1,4}")) {
            throw new ir.hami.platform.ValidationException("catalogue.order.invalid");
        }
        return Integer.parseInt(typed);
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public CoverKind getKind() { return kind; }
    public void setKind(CoverKind kind) { this.kind = kind; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
