package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person reads exists in Persian and in English, and every page asks only for texts that exist. */
class BundlesTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/ir/hami/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void persianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> persian = new TreeSet<>(bundle("messages_fa").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("messages_en").stringPropertyNames());
        Set<String> onlyPersian = new TreeSet<>(persian);
        onlyPersian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(persian);
        assertEquals(Set.of(), onlyPersian, "keys without English");
        assertEquals(Set.of(), onlyEnglish, "keys without Persian");
    }

    @Test
    void everyTextAPageAsksForExists() throws IOException {
        Properties persian = bundle("messages_fa");
        Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!persian.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }
}
