package ir.hami.membership.demo;

import ir.hami.membership.Gender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Persian first names by gender and by era (a grandmother is more likely an «اشرف», a granddaughter a «ستایش»),
 * and last names, some with a zero-width non-joiner («حسین‌زاده»). The lists are the text files beside this class.
 */
final class PersianNames {

    /** Born before this year: the old names join the common ones. */
    static final int OLD_BEFORE = 1965;
    /** Born after this year: the new names join the common ones. */
    static final int NEW_AFTER = 2000;

    private final String[][] male;
    private final String[][] female;
    private final String[] last;

    private PersianNames(String[][] male, String[][] female, String[] last) {
        this.male = male;
        this.female = female;
        this.last = last;
    }

    static PersianNames load() {
        return new PersianNames(firstNames("first-names-male.txt"), firstNames("first-names-female.txt"),
                lines("last-names.txt").toArray(String[]::new));
    }

    /** A first name fitting the gender and the year of birth. */
    String first(Gender gender, int birthYear, SplittableRandom random) {
        String[][] pools = gender == Gender.MALE ? male : female;
        String[] all = pools[0];
        String[] era = birthYear < OLD_BEFORE ? pools[1] : birthYear > NEW_AFTER ? pools[2] : null;
        int size = all.length + (era == null ? 0 : era.length);
        int pick = random.nextInt(size);
        return pick < all.length ? all[pick] : era[pick - all.length];
    }

    String last(SplittableRandom random) {
        return last[random.nextInt(last.length)];
    }

    /** A last name other than the given one (an Iranian wife keeps her own family name). */
    String lastOtherThan(String name, SplittableRandom random) {
        String other;
        do {
            other = last(random);
        } while (other.equals(name));
        return other;
    }

    int firstNameCount() {
        return male[0].length + male[1].length + male[2].length + female[0].length + female[1].length
                + female[2].length;
    }

    int lastNameCount() {
        return last.length;
    }

    private static String[][] firstNames(String resource) {
        List<String> all = new ArrayList<>();
        List<String> old = new ArrayList<>();
        List<String> young = new ArrayList<>();
        for (String line : lines(resource)) {
            int space = line.indexOf(' ');
            String era = line.substring(0, space);
            String name = line.substring(space + 1).trim();
            switch (era) {
                case "all" -> all.add(name);
                case "old" -> old.add(name);
                case "new" -> young.add(name);
                default -> throw new IllegalStateException(resource + ": unknown era in line " + line);
            }
        }
        return new String[][] {all.toArray(String[]::new), old.toArray(String[]::new), young.toArray(String[]::new)};
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PersianNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
