package ir.hami.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work that a start does after the deployment instead of before it (today the demo data), so the first page
 * answers early: while any such work runs, {@link #isBusy()} is true and the login page says the demo data is still
 * being loaded. One per node; a node that has nothing to load is never busy.
 */
@Named("backgroundStart")
@ApplicationScoped
public class BackgroundStart {

    private final AtomicInteger running = new AtomicInteger();

    /** A piece of start-up work began; call {@link #finished()} in a {@code finally}. */
    public void started() {
        running.incrementAndGet();
    }

    public void finished() {
        running.decrementAndGet();
    }

    public boolean isBusy() {
        return running.get() > 0;
    }
}
