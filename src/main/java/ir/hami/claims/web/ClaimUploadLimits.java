package ir.hami.claims.web;

import ir.hami.claims.ClaimFiles;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The image limit of claim and admission uploads as the pages' {@code hami-attach} fields need it: attachments.js
 * drops a file over it before it is sent (a 50 MB photo never leaves the phone) and says why beside the field. The
 * server checks every file again.
 */
@Named("claimUploads")
@RequestScoped
public class ClaimUploadLimits {

    @Inject
    ClaimFiles files;

    public long getMaxBytes() {
        return files.maxFileMb() * 1024L * 1024L;
    }

    public String getTooLargeText() {
        return Texts.text("upload.tooLarge", files.maxFileMb());
    }
}
