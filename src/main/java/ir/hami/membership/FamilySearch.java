package ir.hami.membership;

import ir.hami.platform.text.PersianText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a member typed in the search box of the family table, read once at the edge.
 *
 * <p>Rules: the text is normalised with {@link PersianText} (Persian and Arabic digits become ASCII, Arabic ي/ى/ك
 * become Persian ی/ک, spaces collapse). Words of digits only are joined into a national ID prefix (exact or
 * prefix match: "۰۰۱۲" finds 0012345679); every other word must appear in the first or the last name (so "علی
 * تست" finds علی تست‌زاده). At most {@value #MAX_WORDS} name words of at most {@value #MAX_WORD_LENGTH}
 * characters are kept. Blank input matches everybody.
 *
 * @param nationalIdPrefix the digits to match at the start of the national ID, or {@code null}
 * @param nameWords        words that must each occur in the first or the last name, possibly empty
 */
public record FamilySearch(String nationalIdPrefix, List<String> nameWords) implements Serializable {

    public static final int MAX_WORDS = 5;
    public static final int MAX_WORD_LENGTH = 50;

    /** Escape character of the LIKE patterns made by {@link #contains(String)} and {@link #startsWith(String)}. */
    public static final char LIKE_ESCAPE = '!';

    private static final FamilySearch EVERYBODY = new FamilySearch(null, List.of());

    public FamilySearch {
        nameWords = List.copyOf(nameWords);
    }

    public static FamilySearch everybody() {
        return EVERYBODY;
    }

    public static FamilySearch parse(String typed) {
        String text = PersianText.normalize(typed);
        if (text == null || text.isEmpty()) {
            return EVERYBODY;
        }
        StringBuilder digits = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                digits.append(word);
            } else if (words.size() < MAX_WORDS) {
                words.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
            }
        }
        // more than ten digits can match no national ID; eleven are kept so that it still matches nothing
        String prefix = digits.length() == 0 ? null
                : digits.length() > 10 ? digits.substring(0, 11) : digits.toString();
        return new FamilySearch(prefix, words);
    }

    public boolean isEverybody() {
        return nationalIdPrefix == null && nameWords.isEmpty();
    }

    /** A LIKE pattern that finds the word anywhere, with {@link #LIKE_ESCAPE} before %, _ and itself. */
    public static String contains(String word) {
        return "%" + escape(word) + "%";
    }

    /** A LIKE pattern that finds values starting with the text. */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
