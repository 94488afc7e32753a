package ir.hami.messaging;

import java.io.Serializable;

/**
 * What a sender typed on «ارسال فایل / پیام». For a logged-in member, name, mobile and email are taken from the
 * member's own record and these are ignored.
 */
public record NewMessage(Long insurerId, Unit unit, String subject, String body, String name, String mobile,
                         String email) implements Serializable {
}
