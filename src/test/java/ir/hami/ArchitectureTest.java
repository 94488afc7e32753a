package ir.hami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the order of the feature packages (README, "Architecture"): each may import only the packages listed
 * before it, so that no two features import each other.
 */
class ArchitectureTest {

    /** The features in order; {@code platform} knows no feature, {@code demo} sets up all of them. */
    static final List<String> ORDER = List.of("platform", "notification", "membership", "access", "network",
            "referral", "claims", "eligibility", "messaging", "home", "api", "fhir", "demo");

    private static final Path MAIN = Path.of("src/main/java/ir/hami");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?ir\\.hami\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])ir\\.hami\\.(\\w+)\\.");

    @Test
    void everyTopLevelPackageHasAPlaceInTheOrder() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            List<String> unknown = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !ORDER.contains(name)).toList();
            assertEquals(List.of(), unknown, "packages missing from ArchitectureTest.ORDER");
        }
    }

    @Test
    void featuresImportOnlyThoseBeforeThem() throws IOException {
        List<String> backward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = MAIN.relativize(file).getName(0).toString();
                int rank = ORDER.indexOf(feature);
                String source = Files.readString(file);
                TreeSet<String> used = new TreeSet<>();
                collect(IMPORT.matcher(source), used);
                collect(QUALIFIED.matcher(source), used);
                for (String other : used) {
                    if (!other.equals(feature) && ORDER.indexOf(other) > rank) {
                        backward.add(MAIN.relativize(file) + " uses ir.hami." + other);
                    }
                }
            }
        }
        assertEquals(List.of(), backward, "a feature may import only those listed before it: " + ORDER);
    }

    @Test
    void theCheckSeesABackwardImport() {
        TreeSet<String> used = new TreeSet<>();
        collect(IMPORT.matcher("package ir.hami.membership;\nimport ir.hami.access.Accounts;\n"), used);
        assertTrue(ORDER.indexOf(used.first()) > ORDER.indexOf("membership"));
    }

    private static void collect(Matcher m, TreeSet<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
