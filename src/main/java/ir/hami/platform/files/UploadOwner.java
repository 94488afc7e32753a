package ir.hami.platform.files;

import ir.hami.platform.web.FormKey;
import java.io.Serializable;

/**
 * Whose staged uploads these are, for the quotas of {@link Staging}: a logged-in account (by its user name), or a
 * visitor of the public site, who has no account: then the form they fill in, and the address they came from (which
 * the hourly per-address limit counts).
 *
 * @param key     {@code account:<username>} or {@code visitor:<form key>}, at most 120 characters
 * @param address the client address of a visitor; null for an account
 */
public record UploadOwner(String key, String address) implements Serializable {

    public UploadOwner {
        if (key == null || key.isBlank() || key.length() > 120) {
            throw new IllegalArgumentException("not an upload owner");
        }
    }

    public static UploadOwner account(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("no account");
        }
        return new UploadOwner("account:" + username, null);
    }

    public static UploadOwner visitor(FormKey form, String address) {
        return new UploadOwner("visitor:" + form.value(), address == null ? "unknown" : address);
    }

    public boolean isVisitor() {
        return address != null;
    }
}
