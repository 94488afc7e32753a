package ir.hami.access.web;

import ir.hami.access.SelfDeclaredMobiles;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The referral unit's page of self-declared mobiles (issue 14): confirm one after a check, or clear it. */
@Named
@ViewScoped
public class DeclaredMobilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfDeclaredMobiles mobiles;

    private final PagedModel<SelfDeclaredMobiles.Row> rows = new PagedModel<>(() -> mobiles.uncheckedCount(),
            (first, size) -> mobiles.unchecked(first, size), SelfDeclaredMobiles.Row::accountId);

    public void confirm(long accountId) {
        try {
            mobiles.confirm(accountId, Requests.clientIp());
            Texts.info(null, "declaredMobile.confirmed");
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void clear(long accountId) {
        try {
            mobiles.clear(accountId, Requests.clientIp());
            Texts.info(null, "declaredMobile.cleared");
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public LazyDataModel<SelfDeclaredMobiles.Row> getRows() { return rows; }
}
