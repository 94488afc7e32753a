package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Browser;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/** Test only: a page that fits the phone's width (no sideways scrolling). */
final class PhoneFit {

    private PhoneFit() {
    }

    static void assertFits(Browser browser, String page) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertTrue(widths.get(0).longValue() <= widths.get(1).longValue(),
                page + " is " + widths.get(0) + " px wide in a " + widths.get(1) + " px window");
    }
}
