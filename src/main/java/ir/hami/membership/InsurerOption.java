package ir.hami.membership;

import java.io.Serializable;

/** An insurer as a choice in a form. */
public record InsurerOption(long id, String name) implements Serializable {
}
