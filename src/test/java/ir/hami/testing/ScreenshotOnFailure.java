package ir.hami.testing;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot of every {@link Browser} field of a failed test under target/screenshots. */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Object test = context.getTestInstance().orElse(null);
        if (test == null) {
            return;
        }
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Browser.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        Browser browser = (Browser) field.get(test);
                        if (browser != null) {
                            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                                    + context.getRequiredTestMethod().getName() + "-" + field.getName());
                        }
                    } catch (IllegalAccessException ignored) {
                        // no screenshot then
                    }
                }
            }
        }
    }
}
