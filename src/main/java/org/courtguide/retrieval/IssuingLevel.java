package org.courtguide.retrieval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells local regulations (a province's, a city's or a county's own rules) from national law by the law's title: a
 * local rule is named after its place first ("上海市物业管理条例", "东营市养犬管理条例", "深圳经济特区…",
 * "延边朝鲜族自治州…"), national laws, administrative regulations, departmental rules and judicial interpretations are
 * not. A layperson's question that names no place is answered by national law first; local rules, which often repeat
 * the national wording for one place, would otherwise crowd the national articles out of a large corpus.
 */
public final class IssuingLevel {

    private static final String PROVINCES =
            "北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西" + "|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门";

    /** Titles of national bodies start with these; they are never local whatever follows. */
    private static final Pattern NATIONAL = Pattern.compile("^(中华人民共和国|最高人民法院|最高人民检察院|全国人民代表大会|国务院)");

    /**
     * The place at the start of a local title: a province; an autonomous prefecture or county (long names such as
     * "彭水苗族土家族自治县"); a city, county, league or prefecture (short names); a special economic zone; a pilot free
     * trade zone "中国（上海）…". Words like 城市/城乡/城镇 start national titles and
     * 市场 is a market, not a city ("人力资源市场暂行条例"); neither is a place.
     */
    private static final Pattern LOCAL = Pattern.compile("^(?!城市|城乡|城镇)(?:(?<province>" + PROVINCES + ")"
            + "|(?<autonomous>\\p{IsHan}{2,7}?)自治[州县旗]"
            + "|(?<city>\\p{IsHan}{2,4}?)(?:市(?!场)|县|盟|地区|经济特区)"
            + "|中国（(?<zone>\\p{IsHan}{2,3})）)");

    private IssuingLevel() {}

    /** The place a local regulation belongs to ("上海", "东营"); empty for national law or an unrecognised title. */
    public static Optional<String> localPlace(String lawTitle) {
        if (lawTitle == null || lawTitle.isBlank() || NATIONAL.matcher(lawTitle).lookingAt()) {
            return Optional.empty();
        }
        Matcher m = LOCAL.matcher(lawTitle.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        for (String group : new String[] {"province", "autonomous", "city", "zone"}) {
            String place = m.group(group);
            if (place != null) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** Whether a passage of law {@code lawTitle} is a local rule for a place the question does not mention. */
    public static boolean isLocalElsewhere(String lawTitle, String question) {
        return localPlace(lawTitle).filter(place -> !question.contains(place)).isPresent();
    }
}
