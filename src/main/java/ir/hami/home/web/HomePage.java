package ir.hami.home.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.membership.FamilyService;
import ir.hami.home.AnnouncementService;
import ir.hami.home.AnnouncementView;
import ir.hami.notification.Notification;
import ir.hami.notification.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The member's home (صفحه نخست پرتال, seed 004): the logo of the chosen contract's insurer, the latest
 * announcements for that insurer or for all, and three quick links. On the first visit after login, the member's
 * first contract in force and the member themself are chosen as the insured person.
 */
@Named
@RequestScoped
public class HomePage {

    static final int ANNOUNCEMENTS = 5;
    static final int NOTICES = 5;

    @Inject
    FamilyService family;

    @Inject
    AnnouncementService announcements;

    @Inject
    PortalUser user;

    @Inject
    Notifications notifications;

    private List<AnnouncementView> latest;
    private List<Notification> notices;
    private long unread;
    private boolean noContract;

    /** f:viewAction: runs before the template shows the insured person's box. */
    public void open() {
        if (!user.isInsuredSelected()) {
            noContract = !family.chooseDefault(user.getPersonId());
        }
        latest = announcements.latestFor(user.getInsurerId(), ANNOUNCEMENTS);
        notices = notifications.latest(user.getPersonId(), NOTICES);
        unread = notifications.unreadCount(user.getPersonId());
    }

    /** The notifications card's button: all read. */
    public void markAllRead() {
        notifications.markAllRead(user.getPersonId());
        notices = notifications.latest(user.getPersonId(), NOTICES);
        unread = 0;
    }

    /** The logo servlet's address for the chosen insurer (the generic image when none is chosen). */
    public String getLogoPath() {
        return user.getInsurerId() == null ? "/logo" : "/logo?insurer=" + user.getInsurerId();
    }

    public List<AnnouncementView> getLatest() { return latest; }
    public boolean isNoContract() { return noContract; }
    public List<Notification> getNotices() { return notices; }
    public long getUnread() { return unread; }
}
