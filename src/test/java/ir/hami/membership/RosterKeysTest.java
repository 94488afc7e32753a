package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The roster's texts live in the portal's bundles (messages_fa, messages_en): every key the
 * roster code and page use must be there, in Persian, with an English line under it.
 */
class RosterKeysTest {

    record Text(String persian, String english) {
    }

    static Map<String, Text> keys() throws IOException {
        java.util.Properties persian = bundle("messages_fa");
        java.util.Properties english = bundle("messages_en");
        Map<String, Text> keys = new LinkedHashMap<>();
        for (String key : persian.stringPropertyNames()) {
            if (key.startsWith("roster.")) {
                keys.put(key, new Text(persian.getProperty(key), english.getProperty(key)));
            }
        }
        return keys;
    }

    private static java.util.Properties bundle(String name) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = RosterKeysTest.class.getResourceAsStream("/ir/hami/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<String> usedKeys() throws IOException {
        List<String> used = new ArrayList<>();
        for (RosterReason reason : RosterReason.values()) {
            used.add(reason.key());
        }
        for (RosterImport.Status status : RosterImport.Status.values()) {
            used.add("roster.status." + status);
        }
        used.addAll(List.of(RosterSheet.KEY_EMPTY, RosterSheet.KEY_NOT_EXCEL, RosterSheet.KEY_OLD_OR_ENCRYPTED,
                RosterSheet.KEY_UNREADABLE, RosterSheet.KEY_NO_HEADER, RosterHeader.KEY_MISSING_COLUMNS,
                RosterImporter.KEY_TOO_LARGE, RosterImporter.KEY_TOO_MANY_ROWS, RosterImporter.KEY_NO_ROWS,
                RosterImporter.KEY_NO_CONTRACT, RosterImporter.KEY_FAILED));
        Pattern key = Pattern.compile("\"(roster\\.[a-zA-Z.]+)\"|msg\\['(roster\\.[a-zA-Z.]+)'\\]");
        for (Path source : List.of(Path.of("src/main/webapp/admin/roster.xhtml"),
                Path.of("src/main/java/ir/hami/membership/web/RosterImportPage.java"))) {
            Matcher m = key.matcher(Files.readString(source));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return used;
    }

    @Test
    void everyKeyUsedIsThereInPersianAndEnglish() throws IOException {
        Map<String, Text> keys = keys();
        for (String key : usedKeys()) {
            Text text = keys.get(key);
            if (text == null) {
                fail("missing in the bundles: " + key);
            }
            assertTrue(text.persian().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.ARABIC), key + " is not Persian: " + text.persian());
            assertTrue(text.english() != null && !text.english().isBlank(), key + " has no English line");
            assertEquals(new MessageFormat(text.persian()).getFormatsByArgumentIndex().length,
                    new MessageFormat(text.english()).getFormatsByArgumentIndex().length, key + ": arguments differ");
        }
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        List<String> used = usedKeys();
        for (String key : keys().keySet()) {
            assertTrue(used.contains(key), "not used: " + key);
        }
    }

    @Test
    void reasonsDoNotContainTheSeparatorOfReasons() throws IOException {
        keys().forEach((key, text) -> {
            if (key.startsWith("roster.reason.")) {
                assertTrue(!text.persian().contains("؛"), key);
            }
        });
    }
}
