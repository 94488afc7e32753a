package ir.hami.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the portal, in Tehran time: "today" for coverage and Jalali dates is Tehran's today. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(TEHRAN);
    }
}
