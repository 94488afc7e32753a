package ir.hami.messaging.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.ThreadRow;
import ir.hami.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** «پیام‌های من»: the member's own messages, the newest first, each with its tracking code and status. */
@Named
@ViewScoped
public class MyMessagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageDesk desk;

    @Inject
    PortalUser user;

    private final PagedModel<ThreadRow> model = new PagedModel<>(() -> desk.countMine(user.getPersonId()),
            (first, size) -> desk.mine(user.getPersonId(), first, size), ThreadRow::id);

    public LazyDataModel<ThreadRow> getModel() {
        return model;
    }
}
