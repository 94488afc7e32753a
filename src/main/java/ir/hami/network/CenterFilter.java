package ir.hami.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member chose above the centres table, read once at the edge.
 *
 * <p>Rules: the name is put in {@link TreatmentCenter#searchForm search form} (Arabic ي/ك become Persian ی/ک,
 * digits ASCII, lower case) and split into {@link TreatmentCenter#searchWords words}, as the centres' names are;
 * every word must appear somewhere inside a word of the centre's name ("شفا شیر" finds «بیمارستان شفا، (شیراز)»,
 * "راز" finds it too). The condition reads the name index ({@link CenterNameToken}: every suffix of every word of
 * the name), one {@code token like 'word%'} per word, so it uses an index instead of reading every centre. At most
 * {@value #MAX_WORDS} words of at most {@value #MAX_WORD_LENGTH} characters are kept. A city narrows further than its province; the referral flags only
 * narrow when ticked. Only active centres are listed, except to administrators ({@code includeInactive}).
 */
public record CenterFilter(String name, Long provinceId, Long cityId, CenterType type, boolean issuesReferrals,
                           boolean onlineReferrals, boolean includeInactive) implements Serializable {

    /** A member's filter: active centres only. */
    public CenterFilter(String name, Long provinceId, Long cityId, CenterType type, boolean issuesReferrals,
                        boolean onlineReferrals) {
        this(name, provinceId, cityId, type, issuesReferrals, onlineReferrals, false);
    }

    public static final int MAX_WORDS = 5;
    public static final int MAX_WORD_LENGTH = TreatmentCenter.TOKEN_LENGTH;

    public static CenterFilter all() {
        return new CenterFilter(null, null, null, null, false, false);
    }

    public List<String> nameWords() {
        List<String> words = new ArrayList<>();
        for (String word : TreatmentCenter.searchWords(name)) {
            if (words.size() < MAX_WORDS) {
                words.add(TreatmentCenter.cut(word));
            }
        }
        return words;
    }

    /** The JPQL condition on the centre alias {@code c} and its named parameters. */
    public Where where() {
        StringBuilder jpql = new StringBuilder(includeInactive ? "c.id is not null" : "c.active = true");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> words = nameWords();
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and c.id in (select t").append(i).append(".centerId from CenterNameToken t").append(i)
                    .append(" where t").append(i).append(".token like :w").append(i).append(')');
            params.put("w" + i, words.get(i) + '%');
        }
        if (cityId != null) {
            jpql.append(" and c.city.id = :city");
            params.put("city", cityId);
        } else if (provinceId != null) {
            jpql.append(" and c.province.id = :province");
            params.put("province", provinceId);
        }
        if (type != null) {
            jpql.append(" and c.type = :type");
            params.put("type", type);
        }
        if (issuesReferrals) {
            jpql.append(" and c.issuesReferrals = true");
        }
        if (onlineReferrals) {
            jpql.append(" and c.onlineReferrals = true");
        }
        return new Where(jpql.toString(), params);
    }

    /** A JPQL condition and its parameters. */
    public record Where(String jpql, Map<String, Object> params) {
    }
}
