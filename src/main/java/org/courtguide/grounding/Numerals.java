package org.courtguide.grounding;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a text states, whichever way it writes them, as values: {@code 15日}, {@code 十五日} and
 * {@code fifteen days} are all 15; {@code 5万元}, {@code 五万元} and {@code 50,000 yuan} are all 50000;
 * {@code 第一百七十一条} is 171; {@code 二〇二四年} is 2024. Units are not compared: a number is checked against the
 * numbers of a source, and a source that says 15 days and 15 yuan states both.
 * <p>
 * Words that only contain a numeral character ({@code 一般}, {@code 一定}, {@code 统一}, {@code 千万不要},
 * {@code 十分}) are not numbers: a lone numeral character counts only before a unit ({@code 五日}, {@code 三个月})
 * or after {@code 第}; English number words count only before a unit ({@code fifteen days}), so "one of the parties"
 * states no number.
 */
public final class Numerals {

    /** Citation markers ({@code [1]}, {@code 【2】}) are not numbers of the text. */
    private static final Pattern MARKER = Pattern.compile("[\\[【［]\\s*\\d{1,3}(?:\\s*[,，、]\\s*\\d{1,3})*\\s*[\\]】］]");

    private static final Pattern ARABIC =
            Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*([万亿])?");
    private static final String ZH_DIGITS = "零〇一二两三四五六七八九";
    private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*");
    /** What may follow a lone numeral character for it to be a quantity. */
    private static final Pattern ZH_UNIT =
            Pattern.compile("^(?:个(?:月|工作日|小时|星期)|工作日|日|天|年|月|周|星期|小时|分钟|次|倍|份|名|人|项|条|款|元|岁|级|页|件|成)");

    private static final Map<String, Integer> EN_SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final String EN_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|thousand|million)";
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(" + EN_WORD + "(?:(?:[\\s-]+|\\s+and\\s+)" + EN_WORD
                    + ")*)(?=[\\s-]+(?:(?:working|calendar|business|more)[\\s-]+)?(?:days?|weeks?|months?|years?|hours?|"
                    + "minutes?|yuan|per\\s*cent|percent|times|copies|copy|instances?)\\b)",
            Pattern.CASE_INSENSITIVE);

    private Numerals() {}

    /** The values stated in {@code text}, as plain decimal strings ({@code "15"}, {@code "0.5"}, {@code "50000"}). */
    public static Set<String> in(String text) {
        Set<String> values = new LinkedHashSet<>();
        for (BigDecimal value : find(text)) {
            values.add(canonical(value));
        }
        return values;
    }

    /** The values stated in {@code text}, in order of appearance within each notation. */
    public static List<BigDecimal> find(String text) {
        List<BigDecimal> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String t =
                MARKER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ");
        Matcher a = ARABIC.matcher(t);
        while (a.find()) {
            BigDecimal value = new BigDecimal(a.group(1).replace(",", "") + (a.group(2) == null ? "" : a.group(2)));
            if (a.group(3) != null) {
                value = value.multiply(
                        a.group(3).equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            }
            found.add(value);
        }
        Matcher c = CHINESE.matcher(t);
        while (c.find()) {
            String numeral = c.group();
            boolean ordinal = c.start() > 0 && t.charAt(c.start() - 1) == '第';
            boolean percent = c.start() >= 3 && t.startsWith("百分之", c.start() - 3);
            if (numeral.length() == 1
                    && !ordinal
                    && !percent
                    && !ZH_UNIT.matcher(t.substring(c.end())).find()) {
                continue;
            }
            Long value = chinese(numeral);
            if (value != null) {
                found.add(BigDecimal.valueOf(value));
            }
        }
        Matcher e = ENGLISH.matcher(t);
        while (e.find()) {
            Long value = english(e.group(1));
            if (value != null) {
                found.add(BigDecimal.valueOf(value));
            }
        }
        return found;
    }

    public static String canonical(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A Chinese numeral's value: {@code 十五} 15, {@code 一百二十} 120, {@code 三万五千} 35000, {@code 两} 2; a run of
     * digit characters without any unit ({@code 二〇二四}) is read digit by digit. {@code null} if it is not a number.
     */
    static Long chinese(String numeral) {
        boolean units = numeral.chars().anyMatch(ch -> "十百千万亿".indexOf(ch) >= 0);
        if (!units) {
            long value = 0;
            for (char ch : numeral.toCharArray()) {
                value = value * 10 + digit(ch);
            }
            return value;
        }
        long result = 0;
        long section = 0;
        long digit = -1;
        for (char ch : numeral.toCharArray()) {
            int d = ZH_DIGITS.indexOf(ch);
            if (d >= 0) {
                digit = digit(ch);
                continue;
            }
            switch (ch) {
                case '十', '百', '千' -> {
                    long unit = ch == '十' ? 10 : ch == '百' ? 100 : 1000;
                    section += (digit < 0 ? 1 : digit) * unit;
                    digit = -1;
                }
                case '万' -> {
                    section += Math.max(digit, 0);
                    result += (section == 0 ? 1 : section) * 10_000L;
                    section = 0;
                    digit = -1;
                }
                case '亿' -> {
                    section += Math.max(digit, 0);
                    result = (result + (section == 0 && result == 0 ? 1 : section)) * 100_000_000L;
                    section = 0;
                    digit = -1;
                }
                default -> {
                    return null;
                }
            }
        }
        return result + section + Math.max(digit, 0);
    }

    private static int digit(char ch) {
        return switch (ch) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }

    /** {@code fifteen} 15, {@code twenty-five} 25, {@code one hundred and twenty} 120, {@code fifty thousand} 50000. */
    static Long english(String words) {
        long result = 0;
        long current = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (word.equals("and") || word.isEmpty()) {
                continue;
            }
            Integer small = EN_SMALL.get(word);
            if (small != null) {
                current += small;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (word.equals("thousand") || word.equals("million")) {
                result += (current == 0 ? 1 : current) * (word.equals("thousand") ? 1_000L : 1_000_000L);
                current = 0;
            } else {
                return null;
            }
        }
        return result + current;
    }
}
