package ir.hami.messaging;

import java.io.Serializable;

/** A staff member a thread can be assigned to. */
public record StaffOption(String username, String displayName) implements Serializable {
}
