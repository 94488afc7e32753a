package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.qr.QrImage;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralLetter;
import ir.hami.referral.VerificationLink;
import ir.hami.referral.Viewer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The printable letter ({@code /referral/letter.xhtml?id=…}): only an issued request, only for a viewer who may see
 * it (the family, its centre, the referral unit). Its QR code carries the public verification address.
 */
@Named
@ViewScoped
public class LetterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QR_PIXELS = 180;

    @Inject
    ReferralDesk desk;

    @Inject
    PortalConfig config;

    @Inject
    PortalUser user;

    private String id;
    private ReferralLetter letter;
    private String verificationUrl;
    private String qr;

    /** f:viewAction. */
    public void open() {
        letter = null;
        Long requestId = Requests.id(id).orElse(null);
        if (requestId == null) {
            Texts.error(null, ReferralDesk.REFUSED);
            return;
        }
        try {
            letter = desk.letter(Viewer.of(user), requestId);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String base = VerificationLink.base(config.getPublicUrl(), request.getScheme(), request.getServerName(),
                request.getServerPort(), request.getContextPath());
        verificationUrl = VerificationLink.url(base, letter.getRequest().getVerificationCode());
        qr = QrImage.dataUri(verificationUrl, QR_PIXELS);
    }

    /** The insurer's logo (the existing logo servlet). */
    public String getLogoPath() {
        return letter == null ? "/logo" : "/logo?insurer=" + letter.getDetails().insurerId();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReferralLetter getLetter() { return letter; }
    public String getVerificationUrl() { return verificationUrl; }
    public String getQr() { return qr; }
}
