package ir.hami.home.web;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.security.PortalUser;
import ir.hami.home.AnnouncementService;
import ir.hami.home.AnnouncementView;
import ir.hami.membership.InsurerOption;
import ir.hami.membership.Insurers;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Announcements administration (اعلانات): a paged table, a dialog to create or edit, delete. */
@Named
@ViewScoped
public class AnnouncementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "announcementForm:";

    @Inject
    AnnouncementService announcements;

    @Inject
    Insurers insurerOptions;

    @Inject
    PortalUser user;

    @Inject
    Clock clock;

    private List<InsurerOption> insurers;
    // lambdas, not method references: the service is injected after this field is set
    private final PagedModel<AnnouncementView> model = new PagedModel<>(() -> announcements.count(),
            (first, size) -> announcements.page(first, size), AnnouncementView::id);

    private Long id;
    private long version;
    private String title;
    private String body;
    private Long insurerId;
    private LocalDate publishedOn;
    private LocalDate expiresOn;
    private boolean active = true;
    private String dialogError;
    /** The one-time key of the new announcement's form (a double submit creates one). */
    private FormKey formKey = FormKey.random();

    @PostConstruct
    void init() {
        insurers = insurerOptions.options();
    }

    public void create() {
        dialogError = null;
        formKey = FormKey.random();
        id = null;
        version = 0;
        title = null;
        body = null;
        insurerId = null;
        publishedOn = LocalDate.now(clock);
        expiresOn = null;
        active = true;
    }

    public void edit(AnnouncementView row) {
        dialogError = null;
        try {
            AnnouncementView a = announcements.find(row.id());
            id = a.id();
            version = a.version();
            title = a.title();
            body = a.body();
            insurerId = a.insurerId();
            publishedOn = a.publishedOn();
            expiresOn = a.expiresOn();
            active = a.active();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void save() {
        dialogError = null;
        try {
            try {
                announcements.save(formKey, id, version, title, body, insurerId, publishedOn, expiresOn, active,
                        user.getUsername(), Requests.clientIp());
            } catch (ValidationException e) {
                if (!FormSubmissions.REPEATED.equals(e.key())) {
                    throw e;
                }
                // the same new announcement sent twice at once: the first one stands
            }
            Texts.info(null, "announcements.saved");
        } catch (ValidationException e) {
            String field = fieldOf(e.key());
            if (field == null) {
                dialogError = Texts.text(e.key(), e.args());
            } else {
                Texts.error(field, e.key(), e.args());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void delete(AnnouncementView row) {
        try {
            announcements.delete(row.id(), row.version(), user.getUsername(), Requests.clientIp());
            Texts.info(null, "announcements.deleted");
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case AnnouncementService.KEY_EXPIRES_BEFORE -> FORM + "expiresOn";
            case AnnouncementService.KEY_TITLE_LONG -> FORM + "title";
            case AnnouncementService.KEY_BODY_LONG -> FORM + "body";
            case AnnouncementService.KEY_UNKNOWN_INSURER -> FORM + "insurer";
            default -> null;
        };
    }

    public boolean isEditing() { return id != null; }
    public String getDialogError() { return dialogError; }
    public List<InsurerOption> getInsurers() { return insurers; }
    public LazyDataModel<AnnouncementView> getModel() { return model; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
