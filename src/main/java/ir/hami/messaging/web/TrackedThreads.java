package ir.hami.messaging.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** The threads a visitor opened in this session with their tracking code and mobile: their files may be downloaded. */
@SessionScoped
public class TrackedThreads implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> ids = new HashSet<>();

    public synchronized void add(long threadId) {
        ids.add(threadId);
    }

    public synchronized Set<Long> ids() {
        return Set.copyOf(ids);
    }
}
