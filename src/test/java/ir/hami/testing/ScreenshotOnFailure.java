package ir.hami.testing;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;

/**
 * Saves a screenshot of every {@link Browser} field of a failed test under target/screenshots, right after the
 * test method and before any {@code @AfterEach} closes the browser.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Object test = context.getTestInstance().orElse(null);
        if (test == null || context.getExecutionException().isEmpty()) {
            return;
        }
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() != Browser.class) {
                    continue;
                }
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
