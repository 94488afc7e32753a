package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.hami.claims.Admission;
import ir.hami.claims.AdmissionDocument;
import ir.hami.claims.ClaimCatalogAdmin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The claims extras' text fields stop at their columns' lengths (as FormLimitsTest does for the older pages). */
class ExtrasFormLimitsTest {

    private static final Pattern INPUT = Pattern.compile("<(?:p|h):(?:inputText|inputTextarea)\\b[^>]*>",
            Pattern.DOTALL);

    @Test
    void fieldsThatFillAColumnStopAtItsLength() throws IOException {
        Map<String, Map<String, Integer>> pages = Map.of(
                "member/admissions.xhtml", Map.of("title", Admission.TITLE_LENGTH,
                        "description", Admission.DESCRIPTION_LENGTH),
                "member/admission.xhtml", Map.of("title", Admission.TITLE_LENGTH,
                        "description", Admission.DESCRIPTION_LENGTH, "note", AdmissionDocument.NOTE_LENGTH,
                        "docNote", AdmissionDocument.NOTE_LENGTH),
                "admin/claim-catalogue.xhtml", Map.of("code", ClaimCatalogAdmin.CODE_LENGTH,
                        "title", ClaimCatalogAdmin.TITLE_LENGTH, "order", 4));
        List<String> wrong = new ArrayList<>();
        for (var page : pages.entrySet()) {
            String text = Files.readString(Path.of("src/main/webapp", page.getKey()), StandardCharsets.UTF_8);
            Matcher m = INPUT.matcher(text);
            int seen = 0;
            while (m.find()) {
                seen++;
                String id = attribute(m.group(), "id");
                Integer expected = page.getValue().get(id);
                String max = attribute(m.group(), "maxlength");
                if (expected == null || max == null || Integer.parseInt(max) != expected) {
                    wrong.add(page.getKey() + "#" + id + " maxlength=" + max + " column=" + expected);
                }
            }
            if (seen == 0) {
                wrong.add(page.getKey() + ": no text field found");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]+)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }
}
